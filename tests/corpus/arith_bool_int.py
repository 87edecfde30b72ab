# bool as int subclass
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True, +False)
print(sum([True, False, True, True]), max(True, 0), min(False, -1))
print(True == 1, False == 0, True == 1.0, 2 == True)
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool({}), bool(()))
print(str(True), repr(False), int(True), float(True), True ** 2, 2 ** True)
l = ["a", "b", "c"]
print(l[True], l[False], l[-True])
d = {1: "one", True: "true?", 0: "zero"}
print(d, len(d))
d2 = {True: "t"}
d2[1] = "one"
d2[1.0] = "float"
print(d2)
print(True and 5, False and 5, True or 5, 0 or "x", not 0, not "a")
print(1 if True else 2, [x for x in range(5) if x % 2])
print(True < 2, False < True, sorted([True, False, 2, -1, 0.5]))
print(True.real, True.imag, True.numerator, (5).real, (5).denominator)
print(bool.__name__, type(bool(5)).__name__, True.bit_length())
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False), hash(-0.0), hash(2 ** 10) == hash(1024.0))
