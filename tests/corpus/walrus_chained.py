# walrus, chained comparisons, conditional expressions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6], y)
it = iter(data)
while (v := next(it, None)) is not None:
    print(v, end=" ")
print()
print((w := 10) + w, w)
def f(x):
    print("  f", x)
    return x
print(1 < f(2) < 3, 1 < f(5) < 3, f(1) < f(0) < f(9))
a = 5
print(0 < a < 10, 0 < a < 3, 10 > a >= 5, a == 5 != 6, 1 < 2 < 3 < 4 < 5, 1 < 3 > 2, 1 in [1] in [[1]])
print(a is a is not None, [] == [] != [1], "a" < "b" <= "b" < "c")
print("pos" if a > 0 else "neg" if a < 0 else "zero", "x" if 0 else "y", (1 if True else 2) + 1)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 72, 10, 90, 80)])
print(0 or None or "" or "last", 1 and 2 and 3, 1 and 0 and 3, None or 0, [] or {} or (), "a" and "")
def side(tag, val):
    print("  eval", tag)
    return val
print(side("A", 0) and side("B", 1), side("C", 1) or side("D", 0), not side("E", []))
values = [0, 1, 2]
if any((found := v) > 0 for v in values):
    print("found", found)
print([(last := i) for i in range(3)], last)
