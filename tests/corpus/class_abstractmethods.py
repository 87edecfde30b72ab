# The machinery abc.ABCMeta relies on: __abstractmethods__ blocks
# instantiation, object.__subclasshook__ returns NotImplemented.
class Shape:
    pass

Shape.__abstractmethods__ = frozenset({"area", "name"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset({"area"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)

class Sub(Shape):
    pass
Shape.__abstractmethods__ = ("x",)
print(type(Sub()).__name__)
try:
    object.__new__(Shape)
except TypeError as e:
    print("TypeError:", e)

print(object.__subclasshook__(), Shape.__subclasshook__(int))
class Hooked:
    @classmethod
    def __subclasshook__(cls, other):
        return other is int
print(Hooked.__subclasshook__(int), Hooked.__subclasshook__(str))
