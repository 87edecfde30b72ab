# super() with arguments, cooperative multiple inheritance with kwargs
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            print("  leftover", sorted(kw))
class Named(Base):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")
class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")
p = Person(name="Ann", age=30)
print(p.name, p.age, p.log, [c.__name__ for c in Person.__mro__])
q = Person(name="X", extra=1)
print(q.age)
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B.f+" + super().f()
class C(B):
    def f(self):
        return "C.f+" + super(B, self).f()
print(C().f(), super(C, C()).f())
class Shape:
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
print(Rect(2, 3).describe(), Square(4).describe(), isinstance(Square(1), Rect))
class Meta:
    @classmethod
    def create(cls):
        return cls()
    def __repr__(self):
        return f"<{type(self).__name__}>"
class Derived(Meta):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.extra = True
        return obj
print(Derived.create(), Derived.create().extra, Meta.create())
