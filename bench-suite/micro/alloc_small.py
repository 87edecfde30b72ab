# Many short-lived small objects: tuples, lists, instances and small dicts
# made and dropped at once (nothing survives an iteration).
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

total = 0
for i in range(1_000_000):
    t = (i, i + 1)
    l = [i, t]
    p = P(i, l)
    d = {"a": p.x, "b": len(p.y)}
    total += t[1] - d["a"] + d["b"]
assert total == 3_000_000, total
