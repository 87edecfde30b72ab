# dict insertion order semantics
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), list(d.values()))
del d["alpha"]
d["alpha"] = 0
print(list(d))
d["zeta"] = 99
print(list(d.items())[0])
d2 = dict.fromkeys("hello")
print(list(d2))
d3 = {3: "c", 1: "a", 2: "b"}
print(d3, sorted(d3), list(d3.keys()))
inv = {v: k for k, v in d3.items()}
print(inv)
m = {**{"x": 1, "y": 2}, **{"z": 3, "x": 4}}
print(m)
u = {"a": 1}
u.update(b=2, a=3)
print(u)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(reversed(counts.items())), next(iter(counts)), next(reversed(counts)))
p = counts.copy()
print(p.popitem(), p.popitem(), p)
eq1 = {"a": 1, "b": 2}
eq2 = {"b": 2, "a": 1}
print(eq1 == eq2, list(eq1) == list(eq2))
big = {i: i * i for i in range(20)}
for i in range(0, 20, 2):
    del big[i]
big[0] = "back"
print(list(big)[:5], list(big)[-2:], len(big))
