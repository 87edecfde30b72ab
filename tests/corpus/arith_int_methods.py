# int methods and numeric builtins
for n in (0, 1, -1, 255, -256, 2 ** 64, -(2 ** 100) + 1):
    print(n, n.bit_length(), abs(n), n.__abs__(), -n, +n, n.real, n.imag, n.numerator, n.denominator)
print((10).to_bytes(2, "big"), (10).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True), (2 ** 64).to_bytes(9, "big"))
print((7).as_integer_ratio(), (3).conjugate(), (6).__index__(), int.__mro__[0].__name__)
print(divmod(2 ** 70 + 5, 2 ** 35), pow(10, 3), pow(-3, 3), pow(2, 0), abs(-(10 ** 30)))
print(round(123456, -3), round(-123456, -3), round(150, -2), round(250, -2), round(2 ** 70 + 5, -1))
print(int.__name__, isinstance(2 ** 100, int), type(2 ** 100) is int, type(2 ** 10) is type(2 ** 100))
print(min(2 ** 64, 2 ** 63), max(-(2 ** 64), -(2 ** 65)), sorted([2 ** 65, -3, 2 ** 64, 0]))
print(hash(2 ** 10) == 1024, hash(-1) == hash(-2), 12 .bit_length(), (1).__add__(2), (5).__sub__(7), (3).__mul__(-2))
print((5).__truediv__(2), (7).__floordiv__(2), (7).__mod__(-2), (2).__pow__(10), (1).__radd__(2), (5).__rsub__(1))
print((5).__eq__(5.0), (5).__add__(1.0), (5).__lt__("a"))
print(str(10 ** 30), repr(-(10 ** 30)), f"{10 ** 30:,}", f"{-(2 ** 64):x}", "%d" % 2 ** 70, "%x" % 2 ** 70)
