# errors from list operations
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("extend int", lambda: [].extend(5))
check("list + str", lambda: [] + "ab")
check("insert str idx", lambda: [].insert("0", 1))
check("index bad start", lambda: [1].index(1, "a"))
check("sort key not callable", lambda: [2, 1].sort(key=5))
check("sort bad kwarg", lambda: [2, 1].sort(cmp=None))
check("sort positional", lambda: [2, 1].sort(lambda x: x))
check("slice step 0", lambda: [1, 2][::0])
check("slice str bound", lambda: [1, 2]["a":])
check("list * list", lambda: [1] * [2])
check("list mul neg fine", lambda: [1] * -3)
check("pop str", lambda: [1].pop("0"))
check("copy arg", lambda: [].copy(1))
check("count no arg", lambda: [].count())
check("reverse arg", lambda: [].reverse(1))
check("append two", lambda: [].append(1, 2))
