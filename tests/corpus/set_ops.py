# set and frozenset operations (printed sorted)
a = {1, 2, 3, 4}
b = {3, 4, 5}
P = lambda s: sorted(s)
print(P(a | b), P(a & b), P(a - b), P(b - a), P(a ^ b))
print(P(a.union(b, [9])), P(a.intersection([2, 3], (3, 2))), P(a.difference([1], [2])), P(a.symmetric_difference([1, 10])))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint([7]), {1, 2} == {2, 1})
s = set()
s.add(3); s.add(1); s.add(3)
print(P(s), len(s), 3 in s, 7 not in s)
s.update([5, 6], "ab")
print(P(map(str, s)))
s.discard("a"); s.discard("zz"); s.remove("b")
print(P(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
c = {10, 20}
x = c.pop()
print(x in (10, 20), len(c))
c.clear()
print(c, set(), len(c))
try:
    c.pop()
except KeyError as e:
    print("KeyError:", e)
m = {1, 2, 3}
m |= {4}; m &= {1, 2, 4, 8}; m -= {2}; m ^= {1, 99}
print(P(m))
f = frozenset([3, 1, 2])
print(P(f), type(f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})), P(f | {9}), type(f | {9}).__name__, type({9} | f).__name__)
print({f: "frozen key"}[frozenset([1, 2, 3])], frozenset(), repr(set()), repr(frozenset()))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
print(P({x % 3 for x in range(10)}), P(set("mississippi")), len({1, 1.0, True}))
print(repr({5}), repr(frozenset({7})), {1, 2} < {1, 2, 3} < {1, 2, 3, 4})
m2 = {1, 2, 3}
m2.intersection_update([2, 3, 4]); m2.difference_update([3]); m2.symmetric_difference_update([7])
print(P(m2))
