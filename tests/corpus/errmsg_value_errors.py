# ValueError messages from builtins and methods
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("int abc", lambda: int("abc"))
check("int float str", lambda: int("1.5"))
check("int empty", lambda: int(""))
check("int base 2", lambda: int("2", 2))
check("int spaces inside", lambda: int("1 2"))
check("float bad", lambda: float("1,5"))
check("list.index", lambda: [1, 2].index(3))
check("list.remove", lambda: [].remove(0))
check("tuple.index", lambda: (1,).index(2))
check("str.index", lambda: "abc".index("d"))
check("split empty sep", lambda: "a".split(""))
check("too large range step", lambda: range(0, 1, 0))
check("chr neg", lambda: chr(-1))
check("unpack str", lambda: dict(["abc"]))
check("int huge base", lambda: int("1", 99))
check("str.center", lambda: "a".center(3, ""))
check("bytes range", lambda: bytes([256]))
check("neg shift", lambda: 1 << -2)
check("format bad", lambda: format(1, "zz"))
