# Weak references: creation, calling, callbacks, hashing, equality, reuse.
import gc
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType, _remove_dead_weakref

class Thing:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Thing(%s)" % self.name

t = Thing("a")
r = ref(t)
print(r() is t, r().name, ref is ReferenceType, type(r).__name__)
print(ref(t) is r, getweakrefcount(t), getweakrefs(t) == [r])
print(r.__callback__)

log = []
r1 = ref(t, lambda w: log.append(("r1", w() is None)))
r2 = ref(t, lambda w: log.append(("r2", w is r2)))
print(getweakrefcount(t), getweakrefs(t) == [r, r2, r1])
print(r1 is not ref(t, None), r1.__callback__ is not None)

# hash is the referent's, equality compares referents while alive
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return isinstance(o, Key) and o.k == self.k
k1, k2 = Key(1), Key(1)
w1, w2 = ref(k1), ref(k2)
print(hash(w1) == hash(k1), w1 == w2, w1 != w2, w1 == k1)
d = {w1: "one"}
print(d[w2])

del t
gc.collect()
print(r(), r1(), sorted(log))
print(r1.__callback__, getweakrefcount(r1))

# a dead weak reference compares by identity and keeps its cached hash
del k1
gc.collect()
print(w1(), w1 == w2, w1 == w1, hash(w1) == hash(k2))
k3 = Key(3)
w3 = ref(k3)
del k3
gc.collect()
try:
    hash(w3)
except TypeError as e:
    print("TypeError:", e)

# _remove_dead_weakref
dd = {"dead": w3, "live": w2}
_remove_dead_weakref(dd, "dead")
_remove_dead_weakref(dd, "live")
_remove_dead_weakref(dd, "missing")
print(sorted(dd))
try:
    _remove_dead_weakref({"x": 1}, "x")
except TypeError as e:
    print("TypeError:", e)

# what can be weakly referenced
def f(): pass
import sys
for obj in [f, Thing, sys, set(), frozenset(), (x for x in ()), Thing("m").__repr__, f.__code__]:
    print(type(obj).__name__, ref(obj)() is obj)
for obj in [1, 1.5, "s", b"b", (), [], {}, None, True, object(), range(2), bytearray()]:
    try:
        ref(obj)
    except TypeError as e:
        print("TypeError:", e)
class Slotted:
    __slots__ = ("a",)
class SlottedWeak:
    __slots__ = ("a", "__weakref__")
for cls in (Slotted, SlottedWeak):
    try:
        o = cls()
        print(cls.__name__, ref(o)() is o)
    except TypeError as e:
        print("TypeError:", e)
print(getweakrefcount(1), getweakrefs(1))
