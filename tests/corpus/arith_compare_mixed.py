# comparisons mixing int, float, bool; hashing equal numbers
print(1 == 1.0, 1 == True, 0 == False, 0.0 == False, 2 == 2.0000000000000001)
print(1 < 1.5 < 2, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 30 > 1e29, 10 ** 30 == 1e30, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000), float("nan") < 1, float("nan") > 1, float("nan") == float("nan"))
print(True > False, True >= 1, False <= 0.0, -1 < False, 1.5 > True)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 64) == hash(2.0 ** 64), hash(-1), hash(-2), hash(10 ** 20) == hash(1e20))
s = {1, 1.0, True}
print(len(s), s)
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d = {0.0: "a"}
d[0] = "b"
d[False] = "c"
d[-0.0] = "d"
print(d)
print(3 in [1.0, 2.0, 3.0], 1.0 in {1}, True in [1], 0 in (False,))
print([1, 2.0] == [1.0, 2], (1, True) == (1.0, 1), {1: 2} == {1.0: 2.0})
print(max(1, 1.0), max(1.0, 1), min(True, 1), sorted([3, 1.5, True, 2, 0.5, False]))
print(1 != 1.0, 5 > 4.99999, -0.0 < 0)
print((1).__eq__(1.0), (1).__lt__(2), (1.0).__eq__(1))
a = 5
print(1 < a < 10, 1 < a > 4, 1 < a < 3, a == 5 == 5.0, 0 < a != 6)
