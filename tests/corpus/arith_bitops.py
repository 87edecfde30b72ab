# Bitwise operations and shifts
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1, -a & 0xff)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 5, -8 >> 1, -1 >> 10, -(2 ** 70) >> 3, 1024 >> 20)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 65) ^ (2 ** 64))
print(-5 & 3, -5 | 3, -5 ^ 3, ~(2 ** 70))
print(-(2 ** 70) & 0xffff, -(2 ** 70) | 0xffff)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-1).bit_length(), (2 ** 100).bit_length())
print((0xff).bit_count(), (-7).bit_count())
x = 0
for i in range(0, 20, 3):
    x |= 1 << i
print(x, bin(x))
x &= ~(1 << 9)
print(x, bin(x))
x ^= 0b111
print(x)
x <<= 3
print(x)
x >>= 5
print(x)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print(0x7fffffffffffffff + 1 == 1 << 63)
