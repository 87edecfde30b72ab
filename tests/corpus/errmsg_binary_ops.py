# unsupported operand types for binary operators
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("int + str", lambda: 1 + "a")
check("str + int", lambda: "a" + 1)
check("list + tuple", lambda: [1] + (2,))
check("int - str", lambda: 1 - "a")
check("str * str", lambda: "a" * "b")
check("list * float", lambda: [1] * 1.5)
check("dict + dict", lambda: {} + {})
check("set + set", lambda: {1} + {2})
check("None + 1", lambda: None + 1)
check("str / int", lambda: "a" / 2)
check("str // int", lambda: "a" // 2)
check("int % list", lambda: 1 % [])
check("float ** str", lambda: 1.5 ** "x")
check("int & float", lambda: 1 & 1.5)
check("float << int", lambda: 1.5 << 1)
check("str - str", lambda: "ab" - "b")
check("tuple + list", lambda: (1,) + [2])
check("str % int", lambda: "abc" % 5)
check("bool + str", lambda: True + "x")
check("int @ int", lambda: 2 @ 3)
