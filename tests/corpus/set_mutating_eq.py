# Set and dict operations whose __eq__/__hash__ empty the containers being
# read must neither crash nor lose objects still in use (CPython's bpo-46615
# regression test, made deterministic).
import copy

state = {"n": 0, "period": 3}
victims = []


class Bad:
    def __init__(self, k):
        self.k = k
        self.payload = [k] * 3

    def __eq__(self, other):
        state["n"] += 1
        if state["n"] % state["period"] == 0:
            for v in victims:
                v.clear()
        return isinstance(other, Bad) and self.k % 3 == other.k % 3

    def __hash__(self):
        return self.k % 2

    def __repr__(self):
        return "Bad(%d)" % self.k


def pair(c1, c2, n1=8, n2=6):
    saved = state["period"]
    state["period"] = 10 ** 9
    a = c1(Bad(i) for i in range(n1))
    b = c2(Bad(i) for i in range(100, 100 + n2))
    state["period"] = saved
    victims[:] = [x for x in (a, b) if hasattr(x, "clear")]
    return a, b


def iand(a, b):
    a &= b
    return a


def ior(a, b):
    a |= b
    return a


def isub(a, b):
    a -= b
    return a


def ixor(a, b):
    a ^= b
    return a


ops = {
    "==": lambda a, b: a == b, "<": lambda a, b: a < b, ">=": lambda a, b: a >= b,
    "&": lambda a, b: a & b, "|": lambda a, b: a | b, "-": lambda a, b: a - b, "^": lambda a, b: a ^ b,
    "&=": iand, "|=": ior, "-=": isub, "^=": ixor,
    "issubset": lambda a, b: a.issubset(b), "issuperset": lambda a, b: a.issuperset(b),
    "isdisjoint": lambda a, b: a.isdisjoint(b), "union": lambda a, b: a.union(b, b),
    "intersection": lambda a, b: a.intersection(b, b), "difference": lambda a, b: a.difference(b, b),
    "symmetric_difference": lambda a, b: a.symmetric_difference(b),
    "update": lambda a, b: set(a).update(b), "difference_update": lambda a, b: set(a).difference_update(b),
    "intersection_update": lambda a, b: set(a).intersection_update(b),
    "symmetric_difference_update": lambda a, b: set(a).symmetric_difference_update(b),
    "in": lambda a, b: [x in b for x in list(a)],
    "dict==": lambda a, b: dict.fromkeys(a, 1) == dict.fromkeys(b, 1),
    "repr": lambda a, b: repr(a) and None,
    "deepcopy": lambda a, b: copy.deepcopy(a),
}


class S(set):
    pass


outcomes = {}
for period in (1, 3):
    state["period"] = period
    for c1, c2 in [(set, set), (S, S), (set, list), (frozenset, set), (S, frozenset)]:
        for name, op in ops.items():
            a, b = pair(c1, c2)
            try:
                r = op(a, b)
                kind = "ok"
            except RuntimeError as e:
                kind = "RuntimeError" if "changed size during iteration" in str(e) else "bad: %s" % e
            except TypeError as e:
                kind = "TypeError: %s" % e
            outcomes[kind] = outcomes.get(kind, 0) + 1
            # Everything the operation saw is still a valid object.
            for x in list(a) + list(b):
                assert x.payload == [x.k] * 3
print(sorted(k for k in outcomes if k != "RuntimeError"))

# dict views and **kwargs from a mapping whose __getitem__ allocates.
class M:
    def keys(self):
        return ["a", "b", "c"]

    def __getitem__(self, k):
        return [k] * 1000


def f(**kw):
    return sorted((k, len(v)) for k, v in kw.items())


print(f(**M()), f(*[], **M()))
print(sorted(dict(M()).items())[0][0])
