# match: or-patterns, as-patterns, guards, and when names get bound
def classify(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case [x, 0] | [0, x]:
            return f"on an axis at {x}"
        case {"a": x} | {"b": x}:
            return f"a-or-b {x}"
        case [(1 | 2) as first, *_] | (first, "tail"):
            return f"first {first!r}"
        case (str() as s) | (bytes() as s):
            return f"text {s!r}"
        case [a, b, c] | [c, b, a, "rev"]:
            return f"abc {a} {b} {c}"
        case (int() | float()) as num if num > 100:
            return f"big number {num}"
        case _:
            return "other"

for v in [1, 3, [5, 0], [0, 6], [0, 0], {"a": 1}, {"b": 2, "a": 3}, {"c": 3}, [2, 8], (7, "tail"),
          "t", b"u", [1, 2, 3], [3, 2, 1, "rev"], 500, 500.5, 50]:
    print(repr(v), "->", classify(v))

# nested as-patterns capture at every level
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)

# a failed pattern binds nothing, even for sub-patterns that matched
x = "unchanged"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        print("after failed pattern x =", x)

# a failed guard runs after binding: the names stay bound
match (1, 2):
    case (p, q) if p > q:
        print("no")
    case _:
        print("after failed guard p, q =", p, q)

# guards are evaluated only when the pattern matched, in case order
def check(tag, result):
    print("  guard", tag)
    return result
match 5:
    case 1 if check("a", True):
        print("no")
    case 5 if check("b", False):
        print("no")
    case 5 if check("c", True):
        print("matched c")
    case 5 if check("d", True):
        print("no")

# walrus inside a guard binds in the enclosing scope
for n in [3, 10]:
    match n:
        case k if (double := k * 2) > 15:
            print("double of", k, "is large:", double)
        case k:
            print("double of", k, "is", double)

# a guarded wildcard may come before other cases
for v in [0, 1, 2]:
    match v:
        case _ if v == 1:
            print(v, "guarded wildcard")
        case 0:
            print(v, "zero")
        case other:
            print(v, "caught by", "other")

# alternatives may bind the same names in different orders
def swap(pair):
    match pair:
        case ("L", left, right) | ("R", right, left):
            return left, right
print(swap(("L", 1, 2)), swap(("R", 1, 2)), swap(("X", 1, 2)))

# the order of alternatives decides which one binds
match [1, 1]:
    case [a, 1] | [1, a]:
        print("first alternative wins:", a)
