# wrong argument counts for user functions
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def f(a, b): return a + b
def g(x): return x
def h(): return 0
def k(a, b=1): return a
def kw(*, key): return key
def mix(a, /, b, *, c): return a
check("too many", lambda: f(1, 2, 3))
check("too few", lambda: f(1))
check("none given", lambda: f())
check("one missing", lambda: g())
check("zero arity", lambda: h(1))
check("zero arity 2", lambda: h(1, 2))
check("default too many", lambda: k(1, 2, 3))
check("default missing", lambda: k())
check("kwonly missing", lambda: kw())
check("kwonly positional", lambda: kw(1))
check("unexpected kw", lambda: g(y=1))
check("duplicate", lambda: g(1, x=2))
check("posonly as kw", lambda: mix(a=1, b=2, c=3))
check("mix missing c", lambda: mix(1, 2))
check("lambda arity", lambda: (lambda a: a)())
check("lambda many", lambda: (lambda: 0)(5))
