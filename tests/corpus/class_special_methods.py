# __str__/__repr__ fallbacks, __eq__ default, __getattr__, __setattr__, __class__
class R:
    def __repr__(self):
        return "R-repr"
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(str(R()), repr(R()), [R()], str(S()), [S()], f"{S()}", f"{S()!r}", "%s %r" % (S(), S()))
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_yo"), hasattr(d, "zzz"), getattr(d, "zzz", "dflt"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        super().__setattr__(name, value)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
l = Logged()
l.a = 1
l.secret = "real"
print(l.a, l.secret, l.__dict__)
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("  E.__eq__")
        return self.v == getattr(o, "v", None)
print(E(1) == E(1), E(1) != E(2), E(1) in [E(0), E(1)])
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, p1 is p1, p1.__class__.__name__, Plain.__class__.__name__)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slots()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
class WithNew:
    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, x):
        print("  __init__", x)
w = WithNew(5)
print(w.created)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
