# class-level features: __init_subclass__, __class_getitem__-free, type() creation, class counters
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
class CSV(Plugin, name="csv"):
    pass
class JSON(Plugin):
    pass
print(sorted(Plugin.registry), Plugin.registry["csv"].__name__)
Dyn = type("Dyn", (object,), {"x": 5, "double": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, d.x, d.double(), type(d).__name__, isinstance(d, Dyn))
Child = type("Child", (Dyn,), {"x": 21})
print(Child().double(), [c.__name__ for c in Child.__mro__])
print(type(int), type(type), type(Dyn), isinstance(Dyn, type), type(5) is int, type("s")("abc"))
class Counted:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounted(Counted):
    pass
Counted(); Counted(); SubCounted()
print(Counted.instances, SubCounted.instances)
class WithDoc:
    """The docstring."""
    def m(self):
        "method doc"
print(WithDoc.__doc__, WithDoc.m.__doc__, WithDoc.__name__)
class A:
    def hello(self):
        return "A"
def new_hello(self):
    return "patched"
a = A()
A.hello = new_hello
print(a.hello())
a.hello = lambda: "instance"
print(a.hello(), A().hello())
print(hasattr(A, "hello"), callable(A.hello), A.__dict__["hello"].__name__)
class Ordered:
    z = 1
    a = 2
    m = 3
print([k for k in Ordered.__dict__ if not k.startswith("__")])
