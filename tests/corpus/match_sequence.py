# match: sequence patterns, star patterns; str/bytes/bytearray are not sequences
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"pair: {a!r}, {b!r}"
        case [first, *middle, last] if middle:
            return f"first={first!r} middle={middle!r} last={last!r}"
        case [*_]:
            return "some other sequence"
        case _:
            return f"not a sequence: {type(x).__name__}"

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], tuple("wxyz"), range(5), range(0),
          "ab", "", b"ab", {1: 2}, {1, 2}, frozenset(), 7, None]:
    print(repr(v), "->", shape(v))

# star capture is always a list, whatever the subject type
def star(x):
    match x:
        case (1, *mid, 9):
            return ("mid", mid)
        case (*head, 0):
            return ("head", head)
        case [0, *tail]:
            return ("tail", tail)
        case [*_, "x", _]:
            return "x is second to last"
        case [*everything]:
            return ("all", everything)
for v in [(1, 9), (1, 2, 3, 9), [3, 0], (0,), range(4), [5, "x", 6], ("x", 1), "str"]:
    print(v, "->", star(v))

# nested sequences and mixed brackets: (a, b) and [a, b] are the same pattern
match [1, (2, [3, 4]), (5,)]:
    case (a, [b, (c, d)], [e]):
        print("nested", a, b, c, d, e)

# a list subclass is a sequence; observe which protocol calls matching makes
class Logged(list):
    def __len__(self):
        print("  __len__")
        return super().__len__()
    def __getitem__(self, i):
        print("  __getitem__", i)
        return super().__getitem__(i)
    def __iter__(self):
        print("  __iter__")
        return super().__iter__()

print("fixed length:")
match Logged([1, 2]):
    case [a, b]: print("  got", a, b)
print("star wildcard (indexes from both ends):")
match Logged([1, 2, 3, 4]):
    case [a, *_, z]: print("  got", a, z)
print("star capture (iterates):")
match Logged([1, 2, 3]):
    case [a, *rest]: print("  got", a, rest)
print("only wildcards (length check only):")
match Logged([1, 2]):
    case [_, _]: print("  two items")
print("length mismatch stops early:")
match Logged([1, 2, 3]):
    case [a, b]: print("  no")
    case _: print("  no match")

# a str subclass is still not a sequence; a tuple subclass is
class S(str): pass
class T(tuple): pass
for v in [S("ab"), T((1, 2))]:
    match v:
        case [x, y]: print(type(v).__name__, "is a sequence", x, y)
        case _: print(type(v).__name__, "is not a sequence")

# iterators and generators are not sequences
def gen():
    yield 1
for v in [gen(), iter([1]), list(gen())]:
    match v:
        case [1]: print(type(v).__name__, "matched [1]")
        case _: print(type(v).__name__, "is not a sequence")
