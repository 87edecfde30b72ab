# format spec errors
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("int with s", lambda: format(1, "s"))
check("str with d", lambda: format("a", "d"))
check("float with d", lambda: format(1.5, "d"))
check("str with ,", lambda: format("a", ","))
check("bad align", lambda: format(1, "<<<"))
check("double comma", lambda: format(1, ",,"))
check("comma and underscore", lambda: format(1, ",_"))
check("precision on int", lambda: format(1, ".2d"))
check("c with big", lambda: format(0x110000, "c"))
check("c with sign", lambda: format(65, "+c"))
check("str with =", lambda: format("a", "=5"))
check("fstring bad spec", lambda: f"{1:q}")
check("list with spec", lambda: format([], "5"))
check("none with spec", lambda: format(None, "d"))
check("str sign", lambda: format("a", "+"))
check("percent on str", lambda: format("a", "%"))
