# isinstance/issubclass in CPython order: hooks on non-class objects (typing aliases),
# metaclass hooks, __class__ overrides, __bases__ walking, type.__subclasscheck__.
import typing, abc
print(issubclass(dict, typing.Collection), isinstance({}, typing.Collection))
print(type.__subclasscheck__(int, bool), type.__instancecheck__(int, 1))
class M(type):
    def __subclasscheck__(cls, sub): print('sc'); return False
    def __instancecheck__(cls, o): print('ic'); return False
class A(metaclass=M): pass
class B(A): pass
print(issubclass(B, A), issubclass(A, A), isinstance(B(), A), isinstance(A(), A))
class P:
    @property
    def __class__(self): return int
print(isinstance(P(), int), isinstance(P(), P), isinstance(P(), str))
class Fake:
    __bases__ = ()
f = Fake()
class G:
    __bases__ = (f,)
print(issubclass(G(), f))
try: issubclass(1, int)
except TypeError as e: print(e)
try: issubclass(int, 1)
except TypeError as e: print(e)
try: isinstance(1, 1)
except TypeError as e: print(e)
try: issubclass(G(), 1)
except TypeError as e: print(e)
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
print(isinstance(1, (str, (int,))), issubclass(bool, ()))
try: isinstance(1, list[int])
except TypeError as e: print(e)
class Meta(abc.ABCMeta): pass
class X(metaclass=Meta): pass
X.register(int)
print(isinstance(3, X), issubclass(bool, X))
