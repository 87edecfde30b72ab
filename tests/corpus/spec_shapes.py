# Instances of one class whose attribute layouts diverge: different
# insertion orders, deleted attributes, attributes added later.
class P:
    pass

def make(order, i):
    p = P()
    for name in order:
        setattr(p, name, "%s%d" % (name, i))
    return p

def get_a(p):
    return p.a
def get_b(p):
    return p.b
def set_c(p, v):
    p.c = v
def get_all(p):
    out = []
    for f in (get_a, get_b):
        try:
            out.append(f(p))
        except AttributeError as e:
            out.append("AE:" + str(e))
    return out

orders = ["ab", "ba", "abc", "cab", "b", "a", "bca"]
for k in range(len(orders)):
    ps = [make(orders[(k + j) % len(orders)], j) for j in range(len(orders))]
    res = []
    for r in range(70):
        p = ps[r % len(ps)] if r >= 40 else ps[0]
        res.append(tuple(get_all(p)))
        set_c(p, r)
    print(k, res[38:46], sorted(vars(ps[0]).items()))

# deletions after warm-up
q = make("abc", 0)
res = []
for r in range(150):
    if r == 50:
        del q.a
    if r == 80:
        q.a = "new a"
    if r == 100:
        del q.b
        del q.c
    if r == 120:
        q.b = "b again"
    res.append(tuple(get_all(q)))
    set_c(q, r)
print(res[48:52], res[78:82], res[98:102], res[118:122], res[-1])
print(sorted(vars(q).items()))

# many attributes (long shape chain), then store with a different order
class W:
    def __init__(self, rev):
        names = ["f%d" % i for i in range(20)]
        if rev:
            names.reverse()
        for n in names:
            setattr(self, n, n)
    def total(self):
        return self.f0 + self.f10 + self.f19
ws = [W(False) for _ in range(3)] + [W(True)]
print([w.total() for w in ws for _ in range(30)][::29])
