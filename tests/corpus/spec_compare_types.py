# COMPARE_OP sites warmed up on ints, then fed floats, strs, mixed, user classes.
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v > o.v
    def __eq__(self, o):
        return isinstance(o, Rev) and self.v == o.v
    def __gt__(self, o):
        return self.v < o.v

class S(str):
    def __lt__(self, o):
        return len(self) < len(o)

def lt(a, b):
    return a < b
def le(a, b):
    return a <= b
def eq(a, b):
    return a == b
def ne(a, b):
    return a != b
def gt(a, b):
    return a > b
def ge(a, b):
    return a >= b
fs = [lt, le, eq, ne, gt, ge]

def row(a, b):
    out = []
    for f in fs:
        try:
            out.append(f(a, b))
        except TypeError as e:
            out.append("TE:" + str(e))
    return out

gens = [
    lambda i: (i, 30),
    lambda i: (i * 0.5, 15.0),
    lambda i: ("k%02d" % i, "k30"),
    lambda i: (i, 15.5),
    lambda i: (float(i), 30),
    lambda i: (2 ** 70 + i, 2 ** 70 + 30),
    lambda i: (Rev(i), Rev(30)),
    lambda i: (S("a" * (i % 5)), "bbb"),
    lambda i: (i, "x"),
    lambda i: (None, None),
    lambda i: ((i, 1), (30, 0)),
    lambda i: ([i], [30]),
    lambda i: (i % 2 == 0, True),
    lambda i: (i, 30),
]
for k, g in enumerate(gens):
    acc = []
    for i in range(50):
        r = row(*g(i))
        if i in (0, 29, 30, 31, 49):
            acc.append(r)
    print(k, acc)

# chained comparisons at one site
def between(lo, x, hi):
    return lo < x < hi
print([between(0, i, 10) for i in range(-2, 14)])
print([between(0.0, i / 2, 5) for i in range(-2, 14)])
print([between("b", c, "e") for c in "abcdefg"])
