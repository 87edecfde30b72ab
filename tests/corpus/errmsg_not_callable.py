# 'X' object is not callable and friends
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
I = lambda v: v  # hides literals from compile-time SyntaxWarnings

check("int call", lambda: I(5)())
check("str call", lambda: I("abc")())
check("list call", lambda: I([1])())
check("None call", lambda: I(None)())
check("dict call", lambda: I({})())
check("tuple call", lambda: I((1, 2))(0))
class Foo:
    pass
check("instance call", lambda: Foo()())
check("bool call", lambda: I(True)())
x = 3
check("var call", lambda: x(1))
check("float call", lambda: I(1.5)())
