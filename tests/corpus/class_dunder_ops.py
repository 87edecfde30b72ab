# operator overloading and reflected ops
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        print("  radd", o)
        return self + o
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __bool__(self):
        return any(self.c)
    def __iadd__(self, o):
        print("  iadd")
        self.c = (self + o).c
        return self
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, abs(V(3, 4)), a + 1, 10 + a)
print(a == V(1, 2), a != b, a == 5, len(a), a[0], a[-1], a[0:1], bool(V(0, 0)), bool(a))
print(sum([a, b], V(0, 0)))
x = a
x += b
print(x, a, x is a)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" - a
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __repr__(self):
        return f"N{self.v}"
    def __floordiv__(self, o): return Num(self.v // o)
    def __truediv__(self, o): return Num(self.v / o)
    def __mod__(self, o): return Num(self.v % o)
    def __pow__(self, o): return Num(self.v ** o)
    def __rpow__(self, o): return Num(o ** self.v)
    def __and__(self, o): return Num(self.v & o)
    def __or__(self, o): return Num(self.v | o)
    def __xor__(self, o): return Num(self.v ^ o)
    def __lshift__(self, o): return Num(self.v << o)
    def __rshift__(self, o): return Num(self.v >> o)
    def __invert__(self): return Num(~self.v)
    def __pos__(self): return Num(+self.v)
    def __matmul__(self, o): return Num(self.v * o.v)
n = Num(13)
print(n // 4, n / 2, n % 5, n ** 2, 2 ** n, n & 6, n | 2, n ^ 1, n << 2, n >> 1, ~n, +n, n @ Num(2))
print(Num(1) < Num(2), Num(3) > Num(2), Num(2) >= Num(2), sorted([Num(3), Num(1), Num(2)]))
try:
    Num(1) == Num(1) and print("eq is identity:", Num(1) == Num(1))
    Num(1) + 1
except TypeError as e:
    print("TypeError:", e)
