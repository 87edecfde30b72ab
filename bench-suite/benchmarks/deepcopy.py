"""deepcopy: copy.deepcopy of nested containers and user objects.

A graph of objects (with __slots__ and with __dict__), lists, tuples,
dicts with tuple keys, sets, frozensets, shared sub-objects and reference
cycles (child -> parent links) is deep-copied three times; one class
defines __deepcopy__, the __slots__ class goes through copy's __reduce_ex__
path.  SIZE is the number of top-level
records.  The copy must be equal in structure, share nothing mutable with
the original, keep sharing and cycles, and leave the original unchanged
when modified.
"""

import copy

NAME = "deepcopy"
SIZES = {"smoke": 100, "default": 1200}


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Node:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.children = []
        self.parent = None
        self.meta = {"created": value, "labels": ["n", str(value)]}


class Counted:
    copies = 0

    def __init__(self, items):
        self.items = items

    def __deepcopy__(self, memo):
        Counted.copies += 1
        return Counted(copy.deepcopy(self.items, memo))


def make_records(n):
    state = 141421
    shared = {"unit": "m", "scale": [1, 10, 100]}
    records = []
    for i in range(n):
        state = state * 48271 % 2147483647
        root = Node("root%d" % i, i)
        for k in range(state % 4):
            child = Node("c%d" % k, k)
            child.parent = root
            root.children.append(child)
        records.append({
            "id": i,
            "points": [Point(state % 100, k) for k in range(3)],
            "pair": (i, [i, i + 1]),
            "grid": {(r, c): r * c for r in range(2) for c in range(3)},
            "tags": {"a%d" % (state % 5), "b"},
            "frozen": frozenset([1, 2, state % 7]),
            "tree": root,
            "shared": shared,
            "counted": Counted([i, (i, "x")]),
        })
    return records


def run(size):
    Counted.copies = 0
    records = make_records(size)
    copies = [copy.deepcopy(records) for _ in range(3)]
    return records, copies, Counted.copies


def equal_trees(a, b):
    if a.name != b.name or a.value != b.value or a.meta != b.meta:
        return False
    if len(a.children) != len(b.children):
        return False
    for ca, cb in zip(a.children, b.children):
        if cb.parent is not b or not equal_trees(ca, cb):
            return False
    return True


def check(size, result):
    records, copies, counted = result
    if counted != 3 * size:
        return "__deepcopy__ called %d times, expected %d" % (counted, 3 * size)
    for dup in copies:
        if len(dup) != size:
            return "copy has %d records, expected %d" % (len(dup), size)
        shared = dup[0]["shared"]
        for original, clone in zip(records, dup):
            if clone is original or clone["tree"] is original["tree"]:
                return "deepcopy shared a mutable object"
            if clone["shared"] is not shared or shared is original["shared"]:
                return "deepcopy broke sharing of a common sub-object"
            if clone["points"] != original["points"] or clone["points"][0] is original["points"][0]:
                return "points were not copied"
            if clone["pair"] != original["pair"] or clone["pair"][1] is original["pair"][1]:
                return "tuple contents were not copied"
            if clone["grid"] != original["grid"] or clone["tags"] != original["tags"]:
                return "dict or set contents differ"
            if clone["frozen"] != original["frozen"]:
                return "frozenset differs"
            if not equal_trees(original["tree"], clone["tree"]):
                return "tree structure or parent links differ"
            if clone["counted"].items != original["counted"].items:
                return "__deepcopy__ result differs"
    probe = copies[0][0]
    probe["pair"][1].append(99)
    probe["tree"].meta["labels"].append("changed")
    if records[0]["pair"][1] != [0, 1] or records[0]["tree"].meta["labels"] != ["n", "0"]:
        return "modifying the copy changed the original"
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
