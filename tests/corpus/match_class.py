# match: class patterns, __match_args__, keyword sub-patterns, self-matching builtins
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Plain:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point3(z=z) if z > 10:
            return f"high up at z={z}"
        case Point(x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case Plain(name=n, age=int(a)):
            return f"plain {n} aged {a}"
        case Plain(name=n):
            return f"plain {n}"
        case Plain():
            return "plain without name"
        case _:
            return "not a point"

for p in [Point3(0, 0, 0), Point(0, 0), Point3(0, 0, 1), Point(0, 5), Point(4, 0), Point3(1, 2, 30),
          Point(3, 3), Point(1, 2), Plain(name="ann", age=30), Plain(name="bob", age="x"), Plain(), (0, 0)]:
    print(where(p))

# builtin classes match the subject itself with one positional sub-pattern
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([first, *_]) | tuple((first, *_)):
            return f"non-empty sequence starting {first!r}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case bytearray():
            return "bytearray"
        case object(__class__=cls):
            return f"other: {cls.__name__}"

for v in [True, -3, 42, 2.5, "hi", b"by", [1, 2], (9,), [], {"k": 1}, {1, 2}, frozenset(), None]:
    print(repr(v), "->", kind(v))

# subclasses inherit the self-matching behaviour unless they define __match_args__
class MyInt(int):
    pass
class Celsius(float):
    __match_args__ = ("real",)
match MyInt(7):
    case int(n):
        print("MyInt matched int(n):", n, type(n).__name__)
match Celsius(21.5):
    case Celsius(r):
        print("Celsius real:", r, type(r).__name__)

# attribute lookups happen in order and stop at the first missing one
class Traced:
    __match_args__ = ("a", "b", "c")
    @property
    def a(self):
        print("  get a")
        return 1
    @property
    def b(self):
        print("  get b")
        raise AttributeError("b")
    @property
    def c(self):
        print("  get c")
        return 3
match Traced():
    case Traced(1, _, 3):
        print("no")
    case Traced(a=1, c=3):
        print("matched by keywords")

# isinstance honours __instancecheck__
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Robot:
    quack = "beep"
for thing in [Robot(), 5]:
    match thing:
        case Duck(quack=q):
            print("duck-like:", q)
        case _:
            print("not a duck:", type(thing).__name__)
