# CONTAINS_OP sites alternating between dicts, sets, lists, strs, user
# containers, and unhashable keys.
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        return x in self.items
class Iter:
    def __iter__(self):
        return iter([1, 2, 3])
class D(dict):
    def __contains__(self, k):
        return True

def has(x, c):
    return x in c
def hasnt(x, c):
    return x not in c

def check(x, c):
    try:
        return (has(x, c), hasnt(x, c))
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)

containers = [{1: "a", 2: "b"}, {1, 2}, frozenset({2, 3}), [1, 3], "123", (1, 2, 3),
              Box([2]), Iter(), D(), range(1, 3), {"1": 0}, b"\x01\x02", {1: 2}.keys()]
probes = [1, 2, 5, "1", "12", 1.0, True, [1], {1: 2}, (1,), None, 2 ** 70]
for c in containers:
    warm = [check(i % 4, containers[0]) for i in range(60)]
    print(type(c).__name__, warm[-1], [check(p, c) for p in probes])

# one site alternating within a loop
acc = []
for i in range(100):
    c = containers[i % 7] if i >= 50 else containers[1]
    acc.append(check(i % 5, c))
print(acc[45:60])
s = set()
for i in range(60):
    if not has(i % 7, s):
        s.add(i % 7)
print(sorted(s))
d = {}
for i in range(60):
    if hasnt(str(i % 4), d):
        d[str(i % 4)] = i
print(d)
print(check([], {}), check({}, set()), check(set(), frozenset()), check(frozenset({1}), {frozenset({1}): 1}))
nan = float("nan")
print(has(nan, [nan]), has(nan, {nan}), has(nan, (nan, 1)), hasnt(nan, {1: 2}))
