# errors from str methods
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("find int", lambda: "abc".find(1))
check("count none", lambda: "abc".count(None))
check("split int", lambda: "a b".split(1))
check("strip int", lambda: "a".strip(1))
check("zfill str", lambda: "1".zfill("5"))
check("ljust float", lambda: "a".ljust(2.5))
check("join nested", lambda: "-".join(["a", ["b"]]))
check("encode bad codec", lambda: "a".encode("no-such-codec"))
check("index oor arg", lambda: "abc".index("c", 0, 1))
check("mul by float", lambda: "ab" * 2.0)
check("expandtabs str", lambda: "a".expandtabs("4"))
check("partition none", lambda: "a".partition(None))
check("format missing key", lambda: "{k}".format())
check("format index", lambda: "{1}".format("a"))
check("format attr", lambda: "{0.nope}".format(1))
check("removeprefix int", lambda: "a".removeprefix(1))
check("str + bytes", lambda: "a" + b"b")
check("in with int", lambda: 1 in "abc")
