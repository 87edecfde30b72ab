# One BINARY_OP site sees ints, then floats, strs, user classes, bools,
# int/str subclasses and big ints, after the specializer has warmed up.
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        o = other.v if isinstance(other, Money) else other
        return Money(self.v + o)
    def __radd__(self, other):
        return Money(other + self.v)
    def __sub__(self, other):
        return Money(self.v - (other.v if isinstance(other, Money) else other))
    def __mul__(self, other):
        return Money(self.v * (other.v if isinstance(other, Money) else other))
    def __repr__(self):
        return "Money(%r)" % (self.v,)

class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 1000)
    def __repr__(self):
        return "MyInt(%d)" % int(self)

class MyStr(str):
    def __add__(self, other):
        return MyStr(str.__add__(self, other) + "!")

def add(a, b):
    return a + b
def sub(a, b):
    return a - b
def mul(a, b):
    return a * b
def iadd(a, b):
    a += b
    return a

phases = [
    ("int", lambda i: (i, i + 1)),
    ("float", lambda i: (i * 0.5, 1.25)),
    ("str", lambda i: (str(i), "x")),
    ("money", lambda i: (Money(i), Money(2))),
    ("int+money", lambda i: (i, Money(3))),
    ("bool", lambda i: (i % 2 == 0, True)),
    ("myint", lambda i: (MyInt(i), 1)),
    ("mystr", lambda i: (MyStr("s%d" % i), "t")),
    ("big", lambda i: (2 ** 62 + i, 2 ** 62)),
    ("int", lambda i: (i, -i)),
    ("mixed", lambda i: (i, 0.5)),
    ("float", lambda i: (1e308, 1e308 * (i % 3))),
]
for name, make in phases:
    out = []
    for i in range(60):
        a, b = make(i)
        try:
            r = (add(a, b), iadd(a, b))
        except TypeError as e:
            r = ("TypeError", str(e))
        try:
            r2 = (sub(a, b), mul(a, b))
        except TypeError as e:
            r2 = ("TypeError", str(e))
        if i % 7 == 0 or i == 59:
            out.append((i, r, r2))
    print(name, out)

# Overflow out of the small-int range at a warmed-up int site.
x = 1
for i in range(200):
    x = add(x, x) if i < 100 else sub(x, 3)
    if i % 25 == 0 or 60 <= i <= 66:
        print(i, x)
y = 7
for i in range(100):
    y = mul(y, 3)
print(y, type(y).__name__)
print(mul(-2 ** 62, 2), mul(2 ** 31, 2 ** 31), sub(-2 ** 63, 1), add(2 ** 63 - 1, 1))
