# dict patterns: grouping, counting, nested updates, __missing__
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for w in "a b a c b a".split():
    c[w] += 1
print(c, c["zzz"], "zzz" in c, type(c).__name__)
class AutoDict(dict):
    def __missing__(self, key):
        v = self[key] = AutoDict()
        return v
tree = AutoDict()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree)
groups = {}
for n in range(15):
    groups.setdefault(n % 4, []).append(n)
print(groups)
inventory = {"apples": 3}
for item, qty in [("apples", 2), ("pears", 5), ("apples", -1)]:
    inventory[item] = inventory.get(item, 0) + qty
print(inventory)
def deep_merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if k in out and isinstance(out[k], dict) and isinstance(v, dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out
print(deep_merge({"db": {"host": "x", "port": 1}, "debug": False}, {"db": {"port": 2}, "debug": True}))
print({k: v for k, v in sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])})
print(dict(sorted({"q": 1, "p": 2}.items())), max({"a": 5, "b": 9}.items(), key=lambda kv: kv[1]))
class Cfg(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
cfg = Cfg(debug=True, level=3)
print(cfg.debug, cfg.level, getattr(cfg, "nope", "dflt"))
