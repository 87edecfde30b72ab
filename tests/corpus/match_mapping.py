# match: mapping patterns, **rest, missing/extra keys, get() semantics, key errors
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"plain key {k!r}"
        case {"type": t, **rest}:
            return f"unknown event {t!r}, rest={rest}"
        case {}:
            return f"mapping without type ({len(event)} items)"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": (3, 4, 5)},
    {"pos": (1, 2), "type": "click", "extra": True},
    {"type": "key", "key": "q", "ctrl": True, "alt": False},
    {"type": "key", "key": "q"},
    {"type": "key", "key": 7},
    {"type": "scroll", "dy": -1},
    {"ty": "pe"},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

# non-string and mixed keys; 1, 1.0 and True are the same key at run time
def keys(m):
    match m:
        case {1: a, None: b}:
            return ("one/None", a, b)
        case {-1: a, b"k": b}:
            return ("neg/bytes", a, b)
        case {0.5: a}:
            return ("half", a)
    return "no"
print(keys({1.0: "x", None: "y"}), keys({True: "t", None: 0}), keys({-1: 1, b"k": 2}), keys({0.5: 3}), keys({"1": 1}))

# **rest is a fresh dict without the matched keys; the subject is untouched
src = {"a": 1, "b": 2, "c": 3}
match src:
    case {"b": b, **others}:
        others["z"] = 26
        print("b =", b, "others =", others, "src =", src)

# get() is used, so __missing__ is never triggered by a failed lookup
class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0
d = Defaulting(a=1)
match d:
    case {"a": 1, "b": b}:
        print("unexpected", b)
    case {"a": a}:
        print("matched a =", a, "keys now", sorted(d))
print("subscript still uses __missing__:", d["q"])

# a dict subclass overriding get() is consulted, in key order
class Loud(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)
match Loud(x=1, y=2, z=3):
    case {"x": 1, "w": _, "z": _}:
        print("no")
    case {"x": 1, "z": z, **r}:
        print("matched z =", z, "rest =", r)

# length check happens before any lookup
match Loud(x=1):
    case {"x": 1, "y": 2}:
        print("no")
    case _:
        print("too short: no get() calls")

# keys from value patterns can collide or be unhashable at run time
class K:
    a = "same"
    b = "same"
    bad = [1]
try:
    match {"same": 1, "other": 2}:
        case {K.a: 1, K.b: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)
try:
    match {1: 1}:
        case {K.bad: _}:
            pass
except TypeError as e:
    print("TypeError:", e)
