# nested loops with break/continue/else and flags
for i in range(2, 30):
    for d in range(2, i):
        if i % d == 0:
            break
    else:
        print(i, end=" ")
print()
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print("found", found)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        print((i, j), end="")
        j += 1
    i += 1
print()
out = []
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a + b + c == 4 and a <= b <= c:
                out.append((a, b, c))
print(out)
table = ""
for r in range(1, 6):
    for c in range(1, 6):
        table += f"{r * c:4}"
    table += "\n"
print(table, end="")
count = 0
for x in range(10):
    if x % 2:
        continue
    for y in range(x):
        if y > 3:
            break
        count += 1
    else:
        count += 100
print(count)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
