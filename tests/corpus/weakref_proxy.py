# weakref proxies forward attributes, calls and operators to their referent.
import gc
from _weakref import proxy, ref, getweakrefcount, getweakrefs, ProxyType, CallableProxyType

class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __repr__(self): return "Vec%r" % (tuple(self.xs),)
    def __str__(self): return "<%s>" % ",".join(map(str, self.xs))
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __contains__(self, x): return x in self.xs
    def __add__(self, o): return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __mul__(self, k): return Vec(*[a * k for a in self.xs])
    def __rmul__(self, k): return Vec(*[k * a for a in self.xs])
    def __neg__(self): return Vec(*[-a for a in self.xs])
    def __eq__(self, o): return isinstance(o, Vec) and o.xs == self.xs
    def __lt__(self, o): return self.xs < o.xs
    def __bool__(self): return any(self.xs)
    def total(self): return sum(self.xs)

v = Vec(1, 2, 3)
p = proxy(v)
print(type(p) is ProxyType, type(p).__name__, p is proxy(v))
print(p.xs, p.total(), len(p), p[1], 2 in p, list(p), str(p), bool(p))
p[0] = 10
del p[2]
print(v.xs, p.__class__.__name__)
p.extra = "set through proxy"
print(v.extra)
del p.extra
print(hasattr(v, "extra"))
w = Vec(5, 5)
print(p + w, w + p, p * 2, 3 * p, -p)
print(p == Vec(10, 2), p == v, p != v, p < Vec(11), proxy(w) < p)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

def double(x): return 2 * x
cp = proxy(double)
print(type(cp) is CallableProxyType, cp(21), cp.__name__)

# proxies and refs share the weak reference list
r = ref(v)
print(getweakrefcount(v), getweakrefs(v) == [r, p])

log = []
p2 = proxy(v, lambda x: log.append(type(x).__name__))
del v
gc.collect()
print(log)
for action in (lambda: p.xs, lambda: len(p), lambda: p + w, lambda: str(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(r())

# what cannot be proxied
try:
    proxy(1)
except TypeError as e:
    print("TypeError:", e)
try:
    ref(p2)
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(ProxyType):
        pass
except TypeError as e:
    print("TypeError:", e)
