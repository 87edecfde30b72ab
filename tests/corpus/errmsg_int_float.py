# numeric conversion and overflow errors
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
I = lambda v: v  # hides literals from compile-time SyntaxWarnings

check("float inf to int", lambda: int(float("inf")))
check("float nan to int", lambda: int(float("nan")))
check("big int to float", lambda: float(2 ** 2000))
check("float overflow pow", lambda: 2.0 ** 5000)
check("big int / int", lambda: 2 ** 2000 / 3)
check("round nan", lambda: round(float("nan")))
check("round inf", lambda: round(float("inf")))
check("int() of complex-free string", lambda: int("1e5"))
check("int with base non-str", lambda: int(10, 2))
check("float of bytes list", lambda: float([1.0]))
check("hex of float", lambda: hex(1.5))
check("bin of str", lambda: bin("1"))
check("oct of None", lambda: oct(None))
check("range float", lambda: range(1.0))
check("list index float", lambda: I([1])[0.0])
check("str mul big", lambda: "a" * 1.0)
check("neg pow mod", lambda: pow(2, -1, 6))
check("3 arg pow float", lambda: pow(2, 0.5, 3))
