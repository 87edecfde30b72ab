# Subclasses of weakref.ref, as the stdlib's weakref.py defines them.
import gc
from _weakref import ref, getweakrefs

class KeyedRef(ref):
    __slots__ = "key",
    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

class WeakMethod(ref):
    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"
    def __new__(cls, meth, callback=None):
        obj = meth.__self__
        func = meth.__func__
        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self
    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)
    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented
    __hash__ = ref.__hash__

class Node:
    def __init__(self, n): self.n = n
    def get(self): return self.n * 100

removed = []
cache = {}
def remove(wr):
    removed.append(wr.key)
    del cache[wr.key]

nodes = [Node(i) for i in range(4)]
for nd in nodes:
    cache[nd.n] = KeyedRef(nd, remove, nd.n)
print(sorted(cache), type(cache[0]).__name__, isinstance(cache[0], ref))
print(cache[2]().n, cache[2].key)
try:
    cache[2].other = 1
except AttributeError as e:
    print("AttributeError:", e)
del nodes[1], nd
gc.collect()
print(sorted(cache), removed)

n = Node(7)
wm = WeakMethod(n.get, lambda w: print("method gone", w._alive))
print(wm()(), wm == WeakMethod(n.get), hash(wm) == hash(n))
print(ref(wm)() is wm, len(getweakrefs(n)) >= 1)
del n
gc.collect()
print(wm())

class Tagged(ref):
    pass
x = Node(1)
t = Tagged(x)
t.tag = "hello"
print(t.tag, t() is x, t is not ref(x), Tagged.__mro__[1] is ref)
