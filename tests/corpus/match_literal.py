# match: literal, singleton, capture, wildcard and value (dotted name) patterns
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = 3

class Limits:
    class Inner:
        ZERO = 0
    BIG = 10 ** 30

def describe(x):
    match x:
        case 0:
            return "int zero (or equal to it)"
        case 1.5:
            return "one and a half"
        case -7:
            return "minus seven"
        case 0 + 3j:
            return "complex 3j"
        case -1.5 - 1j:
            return "complex -1.5-1j"
        case 0x10:
            return "sixteen"
        case "":
            return "empty str"
        case "abc" "def":
            return "concatenated literal"
        case b"raw":
            return "bytes raw"
        case None:
            return "None"
        case True:
            return "True (identity)"
        case False:
            return "False (identity)"
        case Color.RED | Color.GREEN:
            return "a color name"
        case Color.BLUE:
            return "blue number"
        case Limits.Inner.ZERO:
            return "unreachable: 0 matched above"
        case Limits.BIG:
            return "big"
        case 1_000_000:
            return "a million"
        case _:
            return "something else"

values = [0, 0.0, False, -0.0, 1.5, -7, -7.0, 16, "", "abcdef",
          b"raw", None, True, 1, 1.0, "red", "green", 3, 3.0,
          10 ** 30, 1000000, "x", [], ()]
for v in values:
    print(repr(v), "->", describe(v))

# True/False/None compare by identity, other literals by ==
def ident(x):
    match x:
        case True:
            return "is True"
        case 1:
            return "== 1"
    return "neither"
print(ident(True), ident(1), ident(1.0), ident("1"))

# capture binds the subject; the wildcard does not bind
def capture(x):
    match x:
        case 1:
            return "one"
        case other:
            return f"captured {other!r}"
print(capture(1), capture("z"), capture([1, 2]))

_ = "wildcard never binds"
match 42:
    case _:
        print("default case; _ is still", repr(_))

# the subject is evaluated exactly once
calls = []
def subject():
    calls.append(1)
    return 5
match subject():
    case 1: print("no")
    case 2: print("no")
    case 5: print("five after", len(calls), "call")

# value patterns look the name up each time
class Mode:
    current = "a"
for cur in ["a", "b"]:
    Mode.current = cur
    match "b":
        case Mode.current:
            print("matches current mode", cur)
        case _:
            print("does not match mode", cur)
