# Data-model corners: __set_name__, __prepare__, __mro_entries__, numeric
# rounding dunders, __dir__, zip(strict=), breakpoint hooks, __build_class__.
import math, sys, builtins

class Field:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
    def __get__(self, obj, cls=None):
        return f"{self.owner}.{self.name}"

class Rec:
    a = Field()
    b = Field()
print(Rec().a, Rec.b)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], sorted(kw))
        d = {"injected": 42}
        return d
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class P(metaclass=Meta, flag=True):
    x = 1
print(P.injected, P.x)

class Proxy:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        print("mro_entries", [type(b).__name__ for b in bases])
        return (self.real,)

class Base:
    def hello(self):
        return "base hello"

class Derived(Proxy(Base), int.__class__.__class__ and object):
    pass
print(Derived().hello(), [c.__name__ for c in Derived.__mro__], Derived.__orig_bases__[0].__class__.__name__)

class Num:
    def __init__(self, v): self.v = v
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num(2.5)
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), type(round(2.5)).__name__)
print(math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.2), math.floor(7), round(7, 1))

class D:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(D()))
class E:
    def __init__(self): self.q = 1
    def m(self): pass
print([n for n in dir(E()) if not n.startswith("__")])

print(list(zip([1, 2], "ab", strict=True)))
for args in (([1, 2, 3], "ab"), ([1], "ab"), ([], [1])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or "hooked"
print(breakpoint(1, key="v"), calls)
sys.breakpointhook = sys.__breakpointhook__

C2 = builtins.__build_class__(lambda: None, "C2")
print(C2.__name__, C2.__bases__, type(C2).__name__)
C3 = builtins.__build_class__(lambda: None, "C3", Base, metaclass=Meta)
print(C3.__name__, C3.__bases__[0].__name__, C3.injected, C3().hello())
for bad in ((1, "X"), (lambda: None,), (lambda: None, 5)):
    try:
        builtins.__build_class__(*bad)
    except TypeError as e:
        print("TypeError:", e)
