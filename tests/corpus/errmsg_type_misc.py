# miscellaneous TypeErrors
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
I = lambda v: v  # hides literals from compile-time SyntaxWarnings

check("str * list", lambda: "a" * [1])
check("list index str", lambda: I([1])["0"])
check("str join ints", lambda: ",".join([1, 2]))
check("str concat None", lambda: "a" + None)
check("startswith list", lambda: "a".startswith(["a"]))
check("replace int", lambda: "a".replace(1, 2))
check("format int arg", lambda: "{:d}".format("x"))
check("percent mismatch", lambda: "%d %d" % (1,))
check("percent too many", lambda: "%d" % (1, 2))
check("dict unhashable key", lambda: {[]: 1})
check("set of sets", lambda: {{1}})
check("cannot compare list int", lambda: [1, 2].sort(key=lambda v: [v, "a"][v - 1]))
check("getattr non str", lambda: getattr(1, 2))
check("setattr on builtin", lambda: setattr(int, "x", 1))
check("super outside", lambda: super().x)
check("isinstance tuple bad", lambda: isinstance(1, (int, 5)))
check("issubclass non class", lambda: issubclass(1, int))
check("type 2 args", lambda: type(1, 2))
check("object() arg", lambda: object(1))
check("str() bad", lambda: str(1, 2, 3, 4))
