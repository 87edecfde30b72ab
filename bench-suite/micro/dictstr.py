# Dict updates keyed by formatted strings.
d = {}
for i in range(1_000_000):
    k = "k" + str(i % 1000)
    d[k] = d.get(k, 0) + 1
assert len(d) == 1000 and d["k7"] == 1000, (len(d), d["k7"])
