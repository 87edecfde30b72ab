# while loops: counters, sentinels, digit manipulation, loop-else
n = 1234567
rev = 0
while n:
    n, d = divmod(n, 10)
    rev = rev * 10 + d
print(rev)
a, b = 48, 180
while b:
    a, b = b, a % b
print("gcd", a)
x = 2.0
guess = 1.0
while abs(guess * guess - x) > 1e-12:
    guess = (guess + x / guess) / 2
print(round(guess, 10))
stack = [1, [2, [3, 4], 5], [[6]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
    else:
        flat.append(item)
print(sorted(flat), flat)
i = 10
while i > 0:
    i -= 3
    if i == 1:
        print("hit 1")
        break
else:
    print("loop ended normally with", i)
i = 10
while i > 0:
    i -= 4
else:
    print("else with", i)
count = 0
while True:
    count += 1
    if count % 2 == 0:
        continue
    if count > 7:
        break
print("count", count)
bits = []
v = 37
while v:
    bits.append(v & 1)
    v >>= 1
print(bits[::-1], bin(37))
