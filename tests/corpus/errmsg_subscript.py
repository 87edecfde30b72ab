# subscript errors
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
I = lambda v: v  # hides literals from compile-time SyntaxWarnings

check("int subscript", lambda: I(5)[0])
check("None subscript", lambda: I(None)[0])
check("func subscript", lambda: len[0])
check("list str index", lambda: I([1, 2])["a"])
check("list float index", lambda: I([1, 2])[1.0])
check("tuple str index", lambda: I((1,))["x"])
check("str str index", lambda: I("abc")["a"])
check("list index oor", lambda: [1, 2, 3][3])
check("list neg oor", lambda: [1][-2])
check("tuple index oor", lambda: (1, 2)[5])
check("str index oor", lambda: "abc"[10])
check("empty str index", lambda: ""[0])
check("range index oor", lambda: range(3)[3])
check("dict missing", lambda: {"a": 1}["b"])
check("dict list key", lambda: {}[[1]])
check("set subscript", lambda: I({1, 2})[0])
check("int item assign", lambda: (5).__setitem__)
def assign_tuple():
    t = (1, 2)
    t[0] = 9
def assign_str():
    s = "ab"
    s[0] = "x"
def del_tuple():
    t = (1,)
    del t[0]
def assign_oor():
    l = [1]
    l[5] = 0
check("tuple assign", assign_tuple)
check("str assign", assign_str)
check("tuple del", del_tuple)
check("list assign oor", assign_oor)
