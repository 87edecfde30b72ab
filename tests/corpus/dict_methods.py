# dict methods and insertion order
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
d["b"] = 20
print(d)
d["a"] = 111
print(d, "value update keeps position")
print(d.popitem(), d)
d.update({"x": 1, "a": 0})
d.update([("y", 2)], z=3)
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([("k", "v")]), dict(zip("xy", [1, 2])))
c = d.copy()
c["new"] = 1
print(len(d), len(c))
d.clear()
print(d, bool(d))
for op in [lambda: {}["k"], lambda: {}.pop("k"), lambda: {}.popitem()]:
    try:
        op()
    except KeyError as e:
        print("KeyError", e, repr(e))
m = {1: "a"} | {2: "b", 1: "c"}
print(m)
m |= {3: "d"}
print(m)
del m[2]
print(m, {1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {})
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), list(reversed({"p": 1, "q": 2})))
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], nested)
print({k: v for k, v in [(1, 2), (1, 3)]}, {(1, 2): "tuple key", None: "none", 1.5: "f"})
