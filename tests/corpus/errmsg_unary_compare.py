# unary operator and comparison TypeErrors
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("-str", lambda: -"a")
check("+list", lambda: +[])
check("~float", lambda: ~1.5)
check("~str", lambda: ~"x")
check("-None", lambda: -None)
check("int < str", lambda: 1 < "a")
check("str > int", lambda: "a" > 1)
check("list <= tuple", lambda: [1] <= (1,))
check("None < None", lambda: None < None)
check("dict < dict", lambda: {} < {})
check("complex-ish obj", lambda: object() < object())
check("set < list", lambda: {1} < [1])
check("eq is fine", lambda: (1 == "a", [] == (), None == 0))
check("sort mixed", lambda: sorted([3, "a", 1]))
check("max mixed", lambda: max(1, "2"))
