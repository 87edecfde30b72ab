# wrong argument counts for methods and constructors
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class C:
    def __init__(self, x):
        self.x = x
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a
class NoInit:
    pass
check("init missing", lambda: C())
check("init too many", lambda: C(1, 2))
check("method missing", lambda: C(1).m())
check("method too many", lambda: C(1).m(1, 2))
check("unbound no self", lambda: C.m(1))
check("static missing", lambda: C.s())
check("classmethod too many", lambda: C.c(1, 2))
check("object init args", lambda: NoInit(1))
check("unexpected kw init", lambda: C(y=2))
check("missing two", lambda: (lambda a, b, c: 0)(1))
check("missing three", lambda: (lambda a, b, c: 0)())
