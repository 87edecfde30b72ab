# KeyError / IndexError str and repr
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for key in ["name", 0, (1, 2), None, "", "it's", 1.5, frozenset()]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(key), "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
check("pop empty list", lambda: [].pop())
check("pop index", lambda: [1, 2].pop(7))
check("insert fine", lambda: [].insert(10, 1))
check("set remove", lambda: {1}.remove(2))
check("set pop empty", lambda: set().pop())
check("dict pop", lambda: {}.pop("x"))
check("dict popitem", lambda: {}.popitem())
check("str idx", lambda: "x"[1])
check("tuple idx neg", lambda: ()[-1])
check("bytes idx", lambda: b"ab"[2])
check("deque-free list del", lambda: [].__delitem__(0))
