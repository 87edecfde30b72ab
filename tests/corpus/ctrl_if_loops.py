# if/elif/else, while/else, for/else, break/continue
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(n) for n in (-5, 0, 3, 99)])
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while-else ran", i)
i = 0
while True:
    i += 1
    if i > 3:
        break
print("after break", i)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        break
else:
    print("not printed")
print("n =", n)
for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even found")
for x in [1, 4, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even found")
for x in []:
    print("never")
else:
    print("empty for-else")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j, end=" | ")
print()
total = 0
for k in range(100):
    if k % 7:
        continue
    total += k
print(total)
x = 5
if x:
    pass
print("pass ok", "yes" if x > 3 else "no", x > 3 and "and" or "or")
while 0:
    print("never")
else:
    print("while 0 else")
