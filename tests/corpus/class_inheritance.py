# inheritance, super(), MRO, diamond
class A:
    def __init__(self):
        print("  A.__init__")
        self.trail = ["A"]
    def who(self):
        return "A"
    def hello(self):
        return "hello from " + self.who()
class B(A):
    def __init__(self):
        print("  B.__init__")
        super().__init__()
        self.trail.append("B")
    def who(self):
        return "B>" + super().who()
class C(A):
    def __init__(self):
        print("  C.__init__")
        super().__init__()
        self.trail.append("C")
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def __init__(self):
        print("  D.__init__")
        super().__init__()
        self.trail.append("D")
    def who(self):
        return "D>" + super().who()
d = D()
print(d.trail, d.who(), d.hello())
print([k.__name__ for k in D.__mro__])
print(D.__bases__[0].__name__, [b.__name__ for b in D.__bases__], B.__base__.__name__)
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
print([k.__name__ for k in M.mro()])
try:
    class Bad(X, K1): pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, A), issubclass(D, (int, C)), isinstance(d, (str, B)), issubclass(A, D), issubclass(bool, (int,)))
class Base:
    def template(self):
        return self.step1() + "-" + self.step2()
    def step1(self):
        return "base1"
    def step2(self):
        raise NotImplementedError("subclass must implement")
class Impl(Base):
    def step2(self):
        return "impl2"
print(Impl().template())
try:
    Base().template()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Child(A):
    pass
c = Child()
print(c.who(), Child.__mro__[1].__name__, type(c).__mro__[-1].__name__)
print(super(B, d).who(), super(C, d).who())
