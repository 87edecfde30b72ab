# copy and deepcopy of sets, frozensets and subclasses of the builtin
# containers go through __reduce_ex__, which must rebuild their contents.
import copy


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class S(set):
    pass


class F(frozenset):
    pass


class L(list):
    pass


class D(dict):
    pass


data = {
    "tags": {"a", "b"},
    "frozen": frozenset([1, 2, 3]),
    "grid": {(r, c): r * c for r in range(2) for c in range(3)},
    "points": {Point(1, 2), Point(3, 4)},
    "nested": frozenset([frozenset([1]), (2, 3)]),
}
for name in sorted(data):
    orig = data[name]
    for how in (copy.copy, copy.deepcopy):
        c = how(orig)
        print(name, how.__name__, type(c).__name__, c == orig, len(c) == len(orig))

shared = [1, 2]
s = S([1, 2, 3])
s.info = shared
f = F(["x"])
f.info = shared
l = L([shared, shared])
l.info = "list"
d = D(k=shared)
d.info = "dict"
for obj in (s, f, l, d):
    c = copy.deepcopy(obj)
    print(type(c).__name__, c == obj, c is obj, c.info == obj.info,
          c.info is obj.info if not isinstance(obj.info, str) else "-")
    c2 = copy.copy(obj)
    print(" copy", type(c2).__name__, c2 == obj, c2.info is obj.info)
lc = copy.deepcopy(l)
print(lc[0] is lc[1], lc[0] is shared)

# The protocol-2 reduce value of list and dict subclasses.
r = l.__reduce_ex__(2)
print(r[0].__name__, r[1][0].__name__, r[2], list(r[3]), r[4])
r = d.__reduce_ex__(4)
print(r[0].__name__, r[1][0].__name__, r[2], r[3], list(r[4]))


class WithArgs:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __getnewargs__(self):
        return (self.a,)

    def __new__(cls, a, b=0):
        self = object.__new__(cls)
        self.created_with = a
        return self


w = copy.deepcopy(WithArgs(5, 6))
print(w.a, w.b, w.created_with)


class WithKw:
    def __new__(cls, *, size):
        self = object.__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return ((), {"size": self.size})


print(copy.copy(WithKw(size=3)).size, WithKw(size=3).__reduce_ex__(4)[0].__name__)


class BadArgs:
    def __getnewargs__(self):
        return [1]


try:
    copy.copy(BadArgs())
except TypeError as e:
    print("TypeError:", e)

records = [{"set": {i, i + 1}, "fz": frozenset([i]), "pair": (i, [i])} for i in range(5)]
dup = copy.deepcopy(records)
print(dup == records, dup[0]["pair"][1] is records[0]["pair"][1])
