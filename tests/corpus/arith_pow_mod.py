# pow with three args, modular arithmetic
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(7, 0, 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(2, 10 ** 18, 10 ** 9 + 9))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13))
print(pow(10, 100, 2 ** 64 + 13))
print(pow(2, -2), pow(-8, 1), pow(0, 5), pow(1, 10 ** 6))
print(2 ** 0.5, pow(4, 0.5), pow(2.0, 3))
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
for b, e, m in [(2, 100, 97), (12345, 6789, 1000003), (7, 2 ** 70, 2 ** 61 - 1)]:
    print(modexp(b, e, m), pow(b, e, m), modexp(b, e, m) == pow(b, e, m))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
