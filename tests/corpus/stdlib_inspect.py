# inspect: signature/Parameter, getmembers, is* predicates, getdoc,
# getmro, isabstract, getfullargspec, getsource.
import inspect
from abc import ABC, abstractmethod


def func(a, b=2, *args, c, d=4, **kw) -> int:
    """Add things.

    More detail here.
    """
    return a


def gen():
    yield 1


async def coro():
    return 1


class Base:
    """Base docstring."""
    x = 1

    def method(self, y, /, z=3):
        return y

    @classmethod
    def cm(cls):
        return cls

    @staticmethod
    def sm(q: str = "s"):
        return q

    @property
    def prop(self):
        return 5


class Child(Base):
    def method(self, y, /, z=3):
        return super().method(y, z)


class Point:
    def __init__(self, x, y=0, *, label=""):
        self.x, self.y = x, y

    def move(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


sig = inspect.signature(func)
print(sig, sig.return_annotation)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is inspect.Parameter.empty, p.default if p.default is not p.empty else "-")
print(inspect.signature(Base.method), inspect.signature(Base().method))
print(inspect.signature(Base.sm), inspect.signature(Base.cm), inspect.signature(lambda *, k: k))
print(inspect.signature(Point), inspect.signature(Point(1).move))
b = sig.bind(1, 2, 3, c=5, e=6)
print(b.arguments, b.args, b.kwargs)
b.apply_defaults()
print(dict(b.arguments))
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError", e)
print(sig.replace(return_annotation=inspect.Signature.empty))
print(str(inspect.Parameter("p", inspect.Parameter.KEYWORD_ONLY, default=None)))

members = inspect.getmembers(Child)
print([n for n, v in members if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Base(), inspect.ismethod)])
print(inspect.getmro(Child) == (Child, Base, object))

print(inspect.isfunction(func), inspect.isfunction(Base.cm), inspect.ismethod(Base.cm))
print(inspect.isclass(Base), inspect.isclass(Base()), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isgenerator(gen))
c = coro()
print(inspect.iscoroutinefunction(coro), inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(func))
# Not str.upper: Taipan's builtin methods are builtin functions, not
# method_descriptors (docs/compat.md).
print(inspect.isdatadescriptor(Base.__dict__["prop"]), inspect.ismethoddescriptor(Base.__dict__["sm"]))
print(inspect.isdatadescriptor(int.__dict__["real"]), inspect.isdatadescriptor(Base.cm))
print(inspect.getdoc(func))
print(inspect.getdoc(Child))
print(inspect.cleandoc("  first\n    indented\n  back"))


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


print(inspect.isabstract(Shape), inspect.isabstract(Base))
spec = inspect.getfullargspec(func)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)
print(spec.annotations)
print(inspect.getsource(gen))
print(inspect.getsourcelines(Base.sm)[0][0].strip())
print(inspect.getmodule(func).__name__, inspect.getattr_static(Child, "x"))
print(type(inspect.getattr_static(Child(), "prop")).__name__, inspect.getattr_static(Child(), "nope", "dflt"))
inst = Child()
inst.extra = 7
print(inspect.getattr_static(inst, "extra"), type(inspect.getattr_static(Child, "cm")).__name__)


def show_frame():
    f = inspect.currentframe()
    return f.f_code.co_name, f.f_back.f_code.co_name


def caller():
    return show_frame()


print(caller())
print([fi.function for fi in inspect.stack()[:1]])
print(inspect.unwrap(func) is func)
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.getcallargs(func, 1, c=3))
