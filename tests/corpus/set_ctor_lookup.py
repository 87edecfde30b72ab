# set/frozenset constructor argument rules, set keys looked up as the equal
# frozenset, iterator length hints and self-containing set reprs.
class S(set):
    pass


class F(frozenset):
    pass


class WithInit(set):
    def __init__(self, arg, extra=None):
        super().__init__(arg)
        self.extra = extra


class WithNew(frozenset):
    def __new__(cls, arg, extra=None):
        self = super().__new__(cls, arg)
        self.extra = extra
        return self


for label, make in [("F([], 2)", lambda: F([], 2)),
                    ("S(sequence=())", lambda: S(sequence=())), ("F(sequence=())", lambda: F(sequence=())),
                    ("set(x=1)", lambda: set(x=1)), ("set().__init__(1)", lambda: set().__init__(1)),
                    ("WithInit([1], extra=3)", lambda: WithInit([1], extra=3).extra),
                    ("WithNew([1], extra=4)", lambda: WithNew([1], extra=4).extra)]:
    try:
        print(label, "->", make())
    except TypeError as e:
        print(label, "TypeError:", e)

f = frozenset([1])
print(frozenset(f) is f, F(f) is f, frozenset(F(f)) is f, type(frozenset(F(f))).__name__)

# An unhashable set argument is looked up as the equal frozenset.
s = {frozenset([1, 2]), 3}
print({2, 1} in s, {9} in s)
s.discard({1, 2})
print(s)
try:
    s.remove({4})
except KeyError as e:
    print("KeyError", e)


class H(set):
    def __hash__(self):
        return 7


h = H()
box = {h}
print(h in box, len(box))
box.remove(h)
print(box)

print([it.__length_hint__() for it in (iter({1, 2, 3}), iter([1, 2]), iter((1,)), iter(range(0, 10, 3)),
                                        iter(range(5, 0, -2)), iter("héllo"), reversed([1, 2, 3]),
                                        iter({1: 2}), iter({1: 2}.values()), iter({1: 2}.items()))])
it = iter([1, 2, 3])
next(it)
d = {1: 1, 2: 2}
di = iter(d)
next(di)
print(it.__length_hint__(), di.__length_hint__())
d[3] = 3
print(di.__length_hint__())


class Wrap:
    def __repr__(self):
        return "W" + repr(self.value)


for kind in (set, S, frozenset, F):
    w = Wrap()
    c = kind([w])
    w.value = c
    print(repr(c))
