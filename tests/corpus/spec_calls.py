# CALL sites whose callee changes: Python functions of other arities,
# defaults, keywords, generators, builtins, classes, bound methods; a
# function's __code__ reassigned; recursion.
def f1(a):
    return ("f1", a)
def f2(a, b=10):
    return ("f2", a, b)
def f3(*args):
    return ("f3", args)
def f4(a, **kw):
    return ("f4", a, sorted(kw.items()))
def g(a):
    yield a
    yield a + 1
def f0():
    return "f0"
class K:
    def __init__(self, a):
        self.a = a
    def meth(self, a):
        return ("meth", self.a, a)
    def __repr__(self):
        return "K(%r)" % self.a
class NoInit:
    pass
class CallMe:
    def __call__(self, a):
        return ("called", a)

def call1(f, x):
    return f(x)

k = K(0)
callees = [f1, f2, f3, f4, g, abs, str, K, k.meth, CallMe(), f0, NoInit, len, list, K.meth,
           lambda a, b: a, print, isinstance, type, f1]
for c in callees:
    res = [call1(f1, i) for i in range(60)]
    try:
        r = call1(c, 3)
        if type(r).__name__ == "generator":
            r = list(r)
    except TypeError as e:
        r = "TypeError: " + str(e)
    print(res[-1], r)

# the hot site itself alternating between callees
out = []
for i in range(120):
    c = callees[i // 10 % 4] if i < 80 else (f1 if i % 2 else f2)
    out.append(call1(c, i))
print(out[::7])

# __code__ reassigned after warm-up
def target(a):
    return a + 1
res = [call1(target, i) for i in range(60)]
target.__code__ = (lambda a: a * 100).__code__
res.append(call1(target, 5))
target.__code__ = (lambda a, b=2: a * b).__code__
target.__defaults__ = (2,)
res.append(call1(target, 5))
target.__defaults__ = (7,)
res.append(call1(target, 5))
target.__code__ = (lambda a, b: a).__code__
target.__defaults__ = None
try:
    call1(target, 5)
except TypeError as e:
    res.append(str(e))
target.__code__ = (lambda a: (yield a)).__code__
res.append(list(call1(target, 9)))
print(res[58:])

# defaults changed on a warmed-up function
def d(a, b=1):
    return a + b
print([call1(d, i) for i in range(60)][-1], end=" ")
d.__defaults__ = (1000,)
print(call1(d, 1))

# recursion through a specialized call site
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(fib(20), depth(400))
fib_ref = fib
def fib(n):
    return "shadow"
print(fib_ref(5))

# method call site with keyword args and changing methods
class M:
    def go(self, a, b=2):
        return a * b
m = M()
print([m.go(i) for i in range(60)][-1], [m.go(i, b=3) for i in range(60)][-1])
M.go = lambda self, *a, **k: (a, sorted(k))
print(m.go(1), m.go(1, b=2))
m.go = lambda *a: ("instance attr", a)
print(m.go(5))
