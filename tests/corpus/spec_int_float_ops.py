# Small-int operators (// % & | ^ << >>) and float/int mixes across signs, zero, and the immediate-int boundary, warmed up.
import itertools
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**40, -2**40, 2**46, -(2**46)]
out = []
for _ in range(3):
    for x, y in itertools.product(vals, vals):
        for f in (lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a << (b % 70), lambda a, b: a >> (b % 70), lambda a, b: a << b, lambda a, b: a >> b):
            try:
                out.append(f(x, y))
            except Exception as e:
                out.append(type(e).__name__)
        for g in (lambda a, b: a + 0.5 * b, lambda a, b: 1.5 - a, lambda a, b: a * 2.0, lambda a, b: a / 3.0, lambda a, b: 2.5 / a if a else 0):
            out.append(g(x, y))
print(len(out)); print("\n".join(map(str, out)))
