# types.ModuleType: construction, argument errors, subclasses, repr.
import sys
import types

M = types.ModuleType
for a, k in [((), {}), ((1,), {}), (("x", 1, 2), {}), (("x",), {"doc": 3}),
             ((), {"name": "y"}), (("x",), {"z": 1})]:
    try:
        m = M(*a, **k)
        print(repr(m), sorted(m.__dict__.items(), key=str))
    except TypeError as e:
        print("TypeError", e)

m = M.__new__(M)
print(m.__dict__)
print(repr(m))

class Sub(M):
    def hello(self):
        return "hi " + self.__name__

s = Sub("q", "the doc")
s.extra = 1
print(s, s.__doc__, s.extra, s.hello(), type(s).__name__, isinstance(s, M))
print(sorted(s.__dict__))

m = M("withfile")
m.__file__ = "/some/where.py"
print(m)
m = M("withloader")
m.__loader__ = "LOADER"
print(m)
print(sys)
print(type(sys) is M)
