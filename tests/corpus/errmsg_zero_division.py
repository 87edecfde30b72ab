# division by zero messages
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("int / 0", lambda: 1 / 0)
check("int // 0", lambda: 1 // 0)
check("int % 0", lambda: 1 % 0)
check("divmod 0", lambda: divmod(1, 0))
check("float / 0", lambda: 1.0 / 0)
check("int / 0.0", lambda: 1 / 0.0)
check("float // 0", lambda: 1.5 // 0)
check("float % 0", lambda: 1.5 % 0.0)
check("divmod float 0", lambda: divmod(1.0, 0))
check("0 ** -1", lambda: 0 ** -1)
check("0.0 ** -1", lambda: 0.0 ** -1)
check("big / 0", lambda: (10 ** 30) / 0)
check("big // 0", lambda: (10 ** 30) // 0)
check("bool / False", lambda: True / False)
check("pow mod 0", lambda: pow(5, 2, 0))
def aug():
    x = 5
    x //= 0
check("augmented", aug)
check("0/0", lambda: 0 / 0)
check("-1 % 0", lambda: -1 % 0.0)
