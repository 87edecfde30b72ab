# 'X' object is not callable and friends
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("int call", lambda: (5)())
check("str call", lambda: "abc"())
check("list call", lambda: [1]())
check("None call", lambda: None())
check("dict call", lambda: {}())
check("tuple call", lambda: (1, 2)(0))
class Foo:
    pass
check("instance call", lambda: Foo()())
check("bool call", lambda: True())
x = 3
check("var call", lambda: x(1))
check("float call", lambda: 1.5())
