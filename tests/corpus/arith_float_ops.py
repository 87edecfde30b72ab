# float operations, round, int/float conversions
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(-0.5))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(-1.23456, 1), round(1234.5678, -2))
print(round(5.5, 0), round(1e20, -5), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(int(1e20), int(-1e20), int(1.9999999999999999), int(2.5e-3), int(1e16))
print(int(float(2 ** 63)), int(1.7976931348623157e308) > 10 ** 307)
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(7.0 // 2, 7.0 % 2.5, -7.0 // 2, divmod(-7.0, 2), 2.0 ** 10, 2 ** -2.0)
print(abs(-3.5), -(-3.5), +2.0, max(1.5, 2), min(1, 1.0), max(1.0, 1))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(1.5 + 2, 3 - 0.5, 2 * 0.25, 1 / 2.0, 6 / 3, type(6 / 3).__name__)
print(float.__name__, type(1e3).__name__, 1e3 == 1000, 1000.0 == 10 ** 3)
print((2.5).__floor__() if hasattr(2.5, "__floor__") else "nofloor", (-2.5).__trunc__(), (2.5).__ceil__())
print(float("  3.25\n"), float("+1.5"), float("-.5e1"), float("1_000.000_1"))
for s in ["abc", "", "1.2.3", "1__0", "1e", "_1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 1024 > 1e308, 10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print("OverflowError:", e)
print((10 ** 400) / (10 ** 399), 1 / (10 ** 400))
