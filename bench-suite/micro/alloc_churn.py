# A big live structure with churn: a dict of 200k entries (each a small list
# holding a string and a tuple) and a list of 200k instances; 600k steps each
# replace one dict value and one list element with fresh objects, so old
# ones become garbage while most of the heap stays alive.
class Rec:
    __slots__ = ("k", "v")
    def __init__(self, k, v):
        self.k = k
        self.v = v

N = 200_000
d = {i: ["v" + str(i), (i, i)] for i in range(N)}
recs = [Rec(i, [i]) for i in range(N)]
seed = 1
for step in range(600_000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    k = seed % N
    old = d[k]
    d[k] = [old[0], (k, old[1][1] + 1)]
    j = (seed >> 8) % N
    r = recs[j]
    recs[j] = Rec(r.k, [r.v[0] + 1])
s1 = 0
for v in d.values():
    s1 += v[1][1] - v[1][0]
s2 = 0
for r in recs:
    s2 += r.v[0] - r.k
assert s1 == 600_000, s1
assert s2 == 600_000, s2
assert len(d) == N and len(recs) == N
