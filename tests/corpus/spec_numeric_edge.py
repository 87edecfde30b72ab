# Float specializations meet nan, inf, -0.0 and division by zero after warm-up.
def div(a, b):
    return a / b
def fdiv(a, b):
    return a // b
def mod(a, b):
    return a % b
def add(a, b):
    return a + b
def mul(a, b):
    return a * b
def lt(a, b):
    return a < b
def eq(a, b):
    return a == b

nan = float("nan")
inf = float("inf")
vals = [1.0, -1.0, 0.0, -0.0, 2.5, inf, -inf, nan, 1e-320, 1e308]
for i in range(80):
    a = 1.0 + i
    b = 2.0 if i < 70 else [0.0, -0.0, inf, nan, -inf][i % 5]
    try:
        r = div(a, b)
    except ZeroDivisionError as e:
        r = "ZeroDivisionError: %s" % e
    try:
        r2 = fdiv(a, b)
    except ZeroDivisionError as e:
        r2 = "ZDE %s" % e
    try:
        r3 = mod(a, b)
    except ZeroDivisionError as e:
        r3 = "ZDE %s" % e
    if i % 10 == 0 or i >= 68:
        print(i, r, r2, r3, add(a, b), mul(a, b), lt(a, b), eq(b, b))

for x in vals:
    row = []
    for y in vals:
        try:
            q = div(x, y)
        except ZeroDivisionError:
            q = "zde"
        row.append((add(x, y), mul(x, y), q, lt(x, y), eq(x, y)))
    print(repr(x), row)

# int division by zero after a warm int site
for i in range(60):
    d = 5 - i // 10
    try:
        r = (div(i, d), fdiv(i, d), mod(i, d))
    except ZeroDivisionError as e:
        r = str(e)
    if i % 6 == 0 or 48 <= i <= 52:
        print(i, d, r)
print(add(-0.0, -0.0), add(0.0, -0.0), mul(-0.0, 5.0), div(-0.0, 3.0), str(mul(inf, 0.0)))
print(add(True, True), mul(True, 3.5), div(True, 2), add(1, 2.5), eq(nan, nan), lt(nan, 1.0))
