# Big integers: transparent overflow past machine word sizes
a = 2 ** 48
print(a, a * a, a + a, a - 1)
b = 2 ** 63 - 1
print(b, b + 1, b * 2, -b - 2)
c = 2 ** 64
print(c, c - 1, c + 1, c * c)
print(2 ** 100, 2 ** 128 - 1)
print(3 ** 200)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 2 ** 20, f % 1000007, f // -(10 ** 10), f % -(10 ** 10))
print(divmod(10 ** 30, 7), divmod(-(10 ** 30), 7))
print(-(2 ** 64) // 3, -(2 ** 64) % 3)
big = 123456789012345678901234567890
print(big * big)
print(big // 987654321, big % 987654321)
print(-big, abs(-big), big == 123456789012345678901234567890)
print(big > 2 ** 64, big < 2 ** 100, 2 ** 64 == 18446744073709551616)
print((2 ** 64) / 2, (2 ** 70) / (2 ** 10))
print(int("9" * 40) + 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4294967295 * 4294967297)
x = 1
for _ in range(70):
    x = x * 2 + 1
print(x, x.bit_length())
print(10 ** 20 // 10 ** 10, 10 ** 20 % (10 ** 10 + 1))
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 15)
print(hex(2 ** 80), oct(2 ** 70), bin(2 ** 65))
print(pow(2, 200) - pow(2, 199) == pow(2, 199))
print((1 << 100) >> 98, 1 << 64, (2 ** 64) >> 1)
print(int(2 ** 53 + 1), float(2 ** 53 + 1), float(2 ** 64))
