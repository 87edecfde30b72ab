# match: a tiny expression language - tokenizer, parser, simplifier, evaluator
class Num:
    __match_args__ = ("value",)
    def __init__(self, value): self.value = value
class Var:
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right
class Let:
    __match_args__ = ("name", "value", "body")
    def __init__(self, name, value, body): self.name, self.value, self.body = name, value, body

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        match text[i]:
            case " ":
                i += 1
            case "(" | ")" | "+" | "-" | "*" | "/" | "=" as ch:
                tokens.append(("op", ch)); i += 1
            case ch if ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit(): j += 1
                tokens.append(("num", int(text[i:j]))); i = j
            case ch if ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum(): j += 1
                word = text[i:j]
                tokens.append(("kw", word) if word in ("let", "in") else ("name", word)); i = j
            case ch:
                raise SyntaxError(f"bad character {ch!r}")
    return tokens

def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ("eof", None)
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        match take():
            case ("num", n): return Num(n)
            case ("name", n): return Var(n)
            case ("op", "("):
                e = expr()
                match take():
                    case ("op", ")"): return e
                    case other: raise SyntaxError(f"expected ) got {other}")
            case ("kw", "let"):
                match take(), take():
                    case ("name", n), ("op", "="): pass
                    case bad: raise SyntaxError(f"bad let {bad}")
                value = expr()
                match take():
                    case ("kw", "in"): return Let(n, value, expr())
            case tok: raise SyntaxError(f"unexpected {tok}")
    def level(ops, sub):
        left = sub()
        while True:
            match peek():
                case ("op", op) if op in ops:
                    take(); left = BinOp(op, left, sub())
                case _:
                    return left
    def term(): return level("*/", atom)
    def expr(): return level("+-", term)
    return expr()

def simplify(e):
    match e:
        case BinOp(op, l, r):
            match op, simplify(l), simplify(r):
                case ("+", Num(0), x) | ("+" | "-", x, Num(0)): return x
                case ("*", Num(1), x) | ("*" | "/", x, Num(1)): return x
                case ("*", Num(0), _) | ("*", _, Num(0)): return Num(0)
                case "-", x, Var(b) if isinstance(x, Var) and x.name == b: return Num(0)
                case op, Num(a), Num(b): return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case op, x, y: return BinOp(op, x, y)
        case Let(n, v, b):
            return Let(n, simplify(v), simplify(b))
        case _:
            return e

def evaluate(e, env):
    match e:
        case Num(v): return v
        case Var(name) if name in env: return env[name]
        case Var(name): raise NameError(f"unbound {name}")
        case Let(name, value, body): return evaluate(body, {**env, name: evaluate(value, env)})
        case BinOp("+", l, r): return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r): return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r): return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, Num(0)): raise ZeroDivisionError("literal division by zero")
        case BinOp("/", l, r): return evaluate(l, env) // evaluate(r, env)

def show(e):
    match e:
        case Num(v): return str(v)
        case Var(n): return n
        case BinOp(op, l, r): return f"({show(l)} {op} {show(r)})"
        case Let(n, v, b): return f"let {n} = {show(v)} in {show(b)}"

for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * 1 + 0", "let x = 4 in x * x - 2", "y - y + 7 * 0",
            "let a = 2 in let b = a * 10 in b / a + 1", "8 / 0", "q + 1", "2 * (3 + 4", "3 $ 4"]:
    try:
        tree = parse(tokenize(src))
        simple = simplify(tree)
        print(f"{src:40} {show(tree):38} => {show(simple):22} = {evaluate(simple, {'x': 5})}")
    except (SyntaxError, NameError, ZeroDivisionError, IndexError) as err:
        print(f"{src:40} {type(err).__name__}: {err}")
