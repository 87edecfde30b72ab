# attribute errors on builtins and user classes
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Foo:
    pass
class Bar:
    __slots__ = ("x",)
check("int attr", lambda: (5).foo)
check("str attr", lambda: "s".append)
check("list attr", lambda: [].push)
check("None attr", lambda: None.x)
check("user obj", lambda: Foo().missing)
check("class attr", lambda: Foo.missing)
check("module-like", lambda: check.nothing)
check("slots unset", lambda: Bar().x)
def set_int():
    (5).x = 1
def set_str_method():
    "a".upper = None
def set_slots():
    b = Bar()
    b.y = 1
def del_missing():
    f = Foo()
    del f.nope
def set_none():
    x = None
    x.attr = 1
check("set on int", set_int)
check("set str method", set_str_method)
check("set slots", set_slots)
check("del missing", del_missing)
check("set on None", set_none)
check("dict attr", lambda: {}.key)
check("tuple attr", lambda: (1,).append)
check("bool attr", lambda: True.nope)
check("float attr", lambda: (1.5).nope)
