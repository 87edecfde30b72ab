# match: statements inside cases, loops, generators, closures, scopes
def scan(items):
    out = []
    for item in items:
        match item:
            case int() | float() if item < 0:
                out.append("neg")
                continue
            case int():
                out.append("int")
            case "stop":
                break
            case str(s):
                out.append(s.upper())
            case _:
                out.append("?")
        out.append(".")
    else:
        out.append("no-stop")
    return out
print(scan([1, -2, 3.5, -1.5, "a", None]))
print(scan([1, "stop", 2]))

# return from inside a case, and try/finally within a case body
def divide(v):
    match v:
        case (a, b):
            try:
                return a / b
            except ZeroDivisionError:
                return "div by zero"
            finally:
                print("  finally for", v)
        case _:
            return "not a pair"
print(divide((1, 4)), divide((1, 0)), divide(3))

# generators
def tokens(stream):
    for t in stream:
        match t:
            case ("num", n):
                yield n
            case ("pair", a, b):
                yield a
                yield b
            case "end":
                return
print(list(tokens([("num", 1), ("pair", 2, 3), "skip", "end", ("num", 9)])))

# closures capture names bound by patterns
def make(v):
    match v:
        case {"add": n}:
            return lambda x: x + n
        case {"mul": n}:
            return lambda x: x * n
adders = [make({"add": 1}), make({"mul": 3})]
print([f(10) for f in adders])

# captured names are ordinary locals: unbound if no case bound them
def maybe(v):
    match v:
        case [found]:
            pass
    return found
print(maybe([7]))
try:
    maybe(7)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# class bodies, globals and nonlocals
class Config:
    match {"mode": "fast", "level": 3}:
        case {"mode": mode, "level": level}:
            pass
print(Config.mode, Config.level)

def set_global(v):
    global G
    match v:
        case [G]:
            pass
set_global([42])
print("G =", G)

def counter():
    total = 0
    def add(v):
        nonlocal total
        match v:
            case {"n": total}:
                pass
    add({"n": 5})
    return total
print("nonlocal total =", counter())

# nested match statements and match on computed subjects
def nested(v):
    match v:
        case [x, y]:
            match x, y:
                case int(), int():
                    return "two ints"
                case (str(), _) | (_, str()):
                    return "has a str"
            return "pair"
    return "not a pair"
print(nested([1, 2]), nested(["a", 2]), nested([1.0, 2]), nested(3))

# a match with only a wildcard case, and a match whose cases all fail
match object():
    case _:
        print("wildcard only")
match 1:
    case 2:
        print("no")
print("done")
