# _heapq and _bisect: heap layouts identical to CPython's, max-heap helpers, key=, insort, argument errors
import heapq, bisect
import _heapq as h, _bisect as b
def t(f):
    try: r = f(); print('OK', repr(r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: h.heappush((), 1))
t(lambda: h.heappush([]))
t(lambda: h.heappush([], 1, x=2))
t(lambda: h.heapify(()))
t(lambda: h.heapify())
t(lambda: h.heappop([]))
t(lambda: h.heappop(()))
t(lambda: h.heapreplace([], 1))
t(lambda: h.heappushpop([], 1))
t(lambda: h._heappop_max([]))
t(lambda: h._heapreplace_max([], 1))
t(lambda: h._heapify_max(()))
t(lambda: h.heappush([1], 'a'))
t(lambda: b.bisect_right())
t(lambda: b.bisect_right([1]))
t(lambda: b.bisect_right([1], 1, -1))
t(lambda: b.bisect_right([1], 1, 'a'))
t(lambda: b.bisect_right([1], 1, 0, 'a'))
t(lambda: b.bisect_right(1, 1))
t(lambda: b.bisect_right([1,2,3], 2, hi=-5))
t(lambda: b.bisect_right([1,2,3], 2, hi=-1))
t(lambda: b.bisect_right([1,2,3], 2, lo=10))
t(lambda: b.bisect_left([1,2,3], 2, key=lambda x: x))
t(lambda: b.bisect_left([1,2,3], 2, 0, 3, None))
t(lambda: b.insort_right((1,), 2))
t(lambda: b.insort_left([1], 2, -1))
t(lambda: b.bisect_right([1,2,3], 2, 0, 10))
print(h.heappush.__module__, b.bisect_right.__module__)
data = [5, 3, 8, 1, 9, 2, 7, 1, 5, 0, 3.5, -2]
hp = []
for x in data: heapq.heappush(hp, x)
print(hp, [heapq.heappop(hp) for _ in range(len(hp))])
d2 = list(data); heapq.heapify(d2); print(d2)
d3 = list(data); h._heapify_max(d3); print(d3, h._heappop_max(d3), d3, h._heapreplace_max(d3, 4), d3)
print(heapq.heappushpop([1, 2], 0), heapq.heappushpop([1, 2], 5), heapq.heapreplace([1, 2], 5))
print(heapq.nsmallest(3, data), heapq.nlargest(3, data), list(heapq.merge([1, 4], [2, 3])))
print(heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len), heapq.nsmallest(2, [(1, 'b'), (1, 'a'), (0, 'z')]))
big = [(i * 7919) % 3001 for i in range(3000)]
hb2 = list(big); heapq.heapify(hb2); print(hb2[:20], sum(hb2[i] for i in range(0, 3000, 7)))
out = [heapq.heappop(hb2) for _ in range(3000)]; print(out == sorted(big))
class T:
    def __init__(self, k, n): self.k, self.n = k, n
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return '%s%s' % (self.k, self.n)
ts = [T(i % 3, i) for i in range(12)]; heapq.heapify(ts); print(ts)
print([heapq.heappop(ts) for _ in range(12)])
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 4))
bisect.insort(a, 2.5); bisect.insort_left(a, 2); bisect.insort_right(a, 0); print(a)
keyed = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(keyed, 3, key=lambda p: p[1]), bisect.bisect_right(keyed, 3, key=lambda p: p[1]))
bisect.insort(keyed, ('z', 4), key=lambda p: p[1]); print(keyed)
print(bisect.bisect_left('acegi', 'f'), bisect.bisect_right(range(0, 100, 5), 42))
class L(list):
    def insert(self, i, x):
        print('insert', i, x); super().insert(i, x)
l = L([1, 3]); bisect.insort(l, 2); print(l)
def bad_lt():
    hp = [T(0, 0), T(1, 1), T(2, 2)]
    class M:
        def __lt__(self, o):
            hp.clear(); return True
    heapq.heappush(hp, M())
t(bad_lt)
