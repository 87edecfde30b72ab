# PEP 646 syntax: `*args: *Ts` and starred items in subscripts.
class G:
    def __class_getitem__(cls, item):
        return item

Ts = ["A"]
def f(*args: *Ts): pass
print(f.__annotations__)

def g(a: int, *args: *Ts, b: str = "", **kw: float) -> None: pass
print(g.__annotations__)

for bad in ([1, 2], ()):
    try:
        def h(*args: *bad): pass
    except ValueError as e:
        print("ValueError", e)

pair = ["x", "y"]
print(G[*pair])
print(G[*pair, 1])
print(G[0, *pair])
print(G[*pair, 1:2])
print(G[*pair, *pair])
print(G[*()])

d = {}
d[*pair] = 5
d[*pair, 3] = 6
print(d)
d[*pair] += 1
print(d[*pair])
del d[*pair]
print(d)

src = "from __future__ import annotations\ndef f(*args: *Ts, **k: *X): pass"
for s in ["def f(x: *Ts): pass", "x: *Ts = 1", "def f(**k: *Ts): pass",
          "def f(*, x: *Ts): pass", "def f(*args: *Ts = 1): pass",
          "x[**a]"]:
    try:
        compile(s, "<s>", "exec")
        print("ok", s)
    except SyntaxError as e:
        print("SyntaxError", s, "|", e.msg, e.offset)

ns = {}
exec("from __future__ import annotations\ndef f(*args: *Ts): pass", ns)
print(ns["f"].__annotations__)
