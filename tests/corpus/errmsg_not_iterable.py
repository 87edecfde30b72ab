# 'X' object is not iterable
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Foo:
    pass
check("for int", lambda: [i for i in 5])
check("list(None)", lambda: list(None))
check("tuple(float)", lambda: tuple(1.5))
check("set(int)", lambda: set(3))
check("in int", lambda: 1 in 5)
check("in None", lambda: 1 in None)
check("dict(int)", lambda: dict(5))
check("dict(list of int)", lambda: dict([1, 2]))
check("dict seq len", lambda: dict([(1, 2, 3)]))
check("user obj iter", lambda: list(Foo()))
check("star int", lambda: [*5])
check("zip int", lambda: zip(1, 2))
check("enumerate int", lambda: enumerate(7))
check("sum int", lambda: sum(5))
check("join int", lambda: "".join(5))
check("map int", lambda: list(map(str, 5)))
check("bool iter", lambda: iter(True))
check("dstar list", lambda: dict(**[1]))
