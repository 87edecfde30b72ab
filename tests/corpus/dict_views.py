# dict views: keys/values/items, dynamic, set ops
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(list(k), list(v), list(i), len(k), "a" in k, 4 in v, ("a", 1) in i, ("a", 2) in i)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1), ("b", 0)}), k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
e = {"c": 0, "a": 0, "b": 0, "d": 0}
print(d.keys() == e.keys(), d.values() == e.values(), list(reversed(d.keys())), list(reversed(d.items()))[0])
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(len(d))
for key, val in sorted(d.items()):
    print(key, val, end="; ")
print()
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: (kv[1], kv[0])))
x = {1: "one"}
print(list(x.items())[0], dict(x.items()), {**x, 2: "two"}, {**x, **{1: "uno"}})
