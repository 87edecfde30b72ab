# big-integer algorithms: factorials, fibonacci, isqrt, digits of e
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(f100)), str(f100).rstrip("0")[-5:], len(str(f100)) - len(str(f100).rstrip("0")))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a % 10 ** 9, a.bit_length(), a // 10 ** 50)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 60), isqrt(2 ** 127 - 1), isqrt(0), isqrt(15))
def e_digits(n):
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)
print(e_digits(60))
def catalan(n):
    return fact(2 * n) // (fact(n + 1) * fact(n))
print([catalan(i) for i in range(15)], catalan(60))
print(2 ** 521 - 1 > 10 ** 156, (2 ** 521 - 1) % 1000007, pow(3, 1000) % (2 ** 89 - 1))
print(-(10 ** 50) // 3, -(10 ** 50) % 3, (10 ** 50) // -7, divmod(-(2 ** 100), 2 ** 33 + 5))
print(int("1" * 60) * int("9" * 60))
