# Floor division and modulo with negatives, ints and floats
vals = [7, -7, 3, -3, 10, -10, 1, -1]
for a in vals[:4]:
    for b in [2, -2, 3, -3]:
        print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 0.5))
print(-1 % 10, -11 % 10, 11 % -10, -0.5 % 1, 0.5 % -1)
print(5 % 5, -5 % 5, 0 % -3)
print(1e300 % 7, -1e-300 % 1)
print(-(2 ** 70) // 7, -(2 ** 70) % 7, (2 ** 70) // -7, (2 ** 70) % -7)
print(divmod(-(10 ** 25), 10 ** 12 + 1))
