# Instances of set/frozenset subclasses carry an attribute dict; operations
# on them build results of the base type, as in CPython.
class S(set):
    pass


class F(frozenset):
    pass


s = S([3, 1, 2])
s.label = "s"
print(type(s).__name__, sorted(s), s.label, s.__dict__, s.__class__.__name__)
f = F([1, 2])
f.tag = 7
print(f, f.tag, vars(f), F(), F([]) == frozenset())

# Result types of operators and methods.
for name, r in [("f|f", f | f), ("f&f", f & f), ("f-f", f - f), ("f^f", f ^ f),
                ("f.union", f.union([9])), ("f.copy", f.copy()), ("f.intersection", f.intersection([1])),
                ("f.difference", f.difference()), ("f.symmetric_difference", f.symmetric_difference([1])),
                ("s|s", s | s), ("s.copy", s.copy()), ("s.union", s.union([5])), ("s&f", s & f), ("f&s", f & s)]:
    print(name, type(r).__name__, sorted(r))

# In-place operators keep the subclass instance.
t = S([1, 2])
t.keep = True
u = t
t |= {5}
t &= {1, 5}
t -= {1}
t ^= {8}
print(u is t, type(t).__name__, sorted(t), t.keep)

# __reduce__ rebuilds the elements and the instance dict.
print(set([1]).__reduce__(), frozenset([2]).__reduce_ex__(4))
r = s.__reduce__()
print(r[0].__name__, sorted(r[1][0]), r[2])
r = F([4]).__reduce_ex__(2)
print(r[0].__name__, r[1], r[2])

