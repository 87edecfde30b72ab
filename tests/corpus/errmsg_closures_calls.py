# errors from **kwargs/*args misuse
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def f(a, b=0):
    return a + b
check("star non-iterable", lambda: f(*5))
check("dstar non-mapping", lambda: f(**[1]))
check("dstar dup", lambda: f(1, **{"a": 2}))
check("dstar unknown", lambda: f(1, **{"zz": 2}))
check("dstar non-str key", lambda: f(**{1: 2}))
check("two dstars dup", lambda: f(**{"a": 1}, **{"a": 2}))
check("print bad kw", lambda: print(1, bad=2))
check("sorted positional key", lambda: sorted([1], len))
check("max bad kw", lambda: max([1], foo=1))
check("int kw", lambda: int(x="1"))
check("len kw", lambda: len(obj=[]))
def varkw(**kw):
    return sorted(kw)
check("varkw ok", lambda: varkw(a=1, **{"b": 2}))
check("varkw positional", lambda: varkw(1))
