# exec and eval with globals/locals dicts
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("a + b", {"a": 1}, {"b": 2}))
print(eval("[i * i for i in range(4)]"), eval("'abc'.upper()"), eval(" 5 "), eval("len(s)", {"s": "four"}))
g = {}
exec("y = 10\ndef f(n):\n    return n + y\nz = f(5)", g)
print(g["y"], g["z"], g["f"](1), sorted(k for k in g if k != "__builtins__"))
ns = {"total": 0}
exec("for i in range(5):\n    total += i", ns)
print(ns["total"])
loc = {}
exec("a = 1; b = a + 1", {}, loc)
print(sorted(loc.items()))
code = compile("3 ** 3", "<expr>", "eval")
print(eval(code))
exec(compile("print('compiled exec')", "<s>", "exec"))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError:", e)
print(eval("__builtins__ is not None"), eval("abs(-3)", {}), eval("max", {"max": min})([3, 1]))
x = 100
def scope_test():
    x = 1
    return eval("x"), eval("x", globals())
print(scope_test())
print(exec("1"), eval("None"), eval("(1, 2)"), eval("{'k': [1]}")["k"], eval("lambda q: q * 3")(7))
env = {"__builtins__": {"len": len}}
print(eval("len('abc')", env))
try:
    eval("print('x')", env)
except NameError as e:
    print("NameError:", e)
