# pprint: pformat/pprint of nested structures, width, depth, indent,
# compact, sort_dicts, PrettyPrinter, isreadable/isrecursive, saferepr.
import pprint
import re
from collections import OrderedDict, defaultdict, Counter, deque

data = {
    "name": "taipan",
    "versions": [1, 2, 3, [4, 5, [6, 7]]],
    "meta": {"authors": ["a" * 10, "b" * 12, "c" * 8], "zeta": None, "alpha": (1, 2)},
    "flags": {False, True},  # set order is insertion order in Taipan (docs/compat.md)
    "nums": list(range(30)),
}
print(pprint.pformat(data))
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, width=60, compact=True))
print(pprint.pformat(data, indent=4, width=50, sort_dicts=False))
pprint.pprint([("x" * 20, i) for i in range(4)], width=30)
pprint.pp({"b": 1, "a": 2})
print(pprint.pformat("a long string " * 8, width=30))
print(pprint.pformat(b"bytes " * 12, width=30))
print(pprint.pformat(tuple(range(25)), width=20, compact=True))
print(pprint.pformat((1,)), pprint.pformat(()), pprint.pformat([]), pprint.pformat({}))
print(pprint.pformat(OrderedDict([("z", 1), ("y", [2] * 20)]), width=40))
dd = defaultdict(list, {"k": list(range(15))})
print(pprint.pformat(dd, width=30))
print(pprint.pformat(Counter("mississippi"), width=30))
print(pprint.pformat(deque(range(20)), width=30))
print(pprint.pformat(frozenset({1, 2, 3})), pprint.pformat(set(range(12)), width=20))

rec = [1, 2]
rec.append(rec)


def no_id(s):
    return re.sub(r"id=\d+", "id=N", s)


print(no_id(pprint.pformat(rec)), pprint.isrecursive(rec), pprint.isreadable(rec))
print(no_id(pprint.saferepr(rec)), pprint.isreadable([1, "a", (2,)]))
pp = pprint.PrettyPrinter(width=25, indent=2)
print(pp.pformat({"key%d" % i: [i] * i for i in range(5)}))
nested = [[[[[["deep"]]]]]]
print(pprint.pformat(nested, depth=3))


class Pt:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Pt({self.x})"


print(pprint.pformat([Pt(i) for i in range(8)], width=30))
print(pprint.pformat({(1, 2): Pt(3), (0, 9): "v", (1, 0): [Pt(1)]}))
print(pprint.pformat({3: "c", 1: "a", "s": 0, 2.5: "f"}))
