# The functools module: lru_cache/cache (pure-Python wrapper), wraps, cached_property, total_ordering, partialmethod
import functools
from functools import partial
def f(*a, **k): return a, k
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(60), fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(n): return n * n
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
@functools.cache
def c(x): return x
print(c(1), c.cache_info().hits)
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def named(x):
    "doc"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(3))
class Cls:
    @functools.cached_property
    def val(self):
        print('computing'); return 42
o = Cls(); print(o.val, o.val)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
pm = functools.partialmethod(f, 1)
class H:
    m = functools.partialmethod(f, 'x')
print(H().m(2)[0][1:])
print(functools.reduce(lambda a, b: a * b, range(1, 10)))
print(functools.partial is partial, functools.partial.__module__, functools.reduce(max, [3, 9, 2]))
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
