# int() parsing with bases, int literals, formatting helpers
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("-0b101", 0))
print(int("777", 8), int("0o777", 0), int("z", 36), int("ZZ", 36), int("101", 2))
print(int("1_000_000"), int("0x_ff", 16), int(" 12 "), int("\t-3\n"))
print(int("10", 3), int("-10", 7), int("+0", 0), int("000", 0), int("0", 0))
print(0xdead_beef, 0o17, 0b1111_0000, 1_000_000, 0X1F, 0B11, 0O7)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(0))
print(int(12.99), int(-0.5), int("123456789012345678901234567890"))
print(int(b"42") if False else "skip", int(True) + int(False))
for s, base in [("12", 2), ("", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("0x", 16), ("abc", 10), ("9", 8), ("08", 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(3.5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(int("  0b1010  ", 0), int("0O17", 0), int("0XAB", 0))
