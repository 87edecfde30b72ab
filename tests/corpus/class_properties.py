# properties, classmethods, staticmethods
class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("  deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(v):
        return v >= -273.15
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
print(Temp.from_f(212).celsius, Temp.valid(-500), t.valid(0), Temp.describe())
class Sub(Temp):
    scale = "K"
print(Sub.describe(), type(Sub.from_f(32)).__name__, Sub.from_f(32).celsius)
print(type(Temp.__dict__["celsius"]).__name__, type(Temp.__dict__["from_f"]).__name__, type(Temp.__dict__["valid"]).__name__)
class Lazy:
    def __init__(self):
        self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls * 10
lz = Lazy()
print(lz.value, lz.value, lz.calls)
class P2:
    def get_x(self):
        return "got"
    x = property(get_x, doc="the x")
print(P2().x, P2.x.__doc__)
