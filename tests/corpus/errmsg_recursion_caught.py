# catching RecursionError and continuing
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def inf(n):
    return inf(n + 1)
check("recursion", lambda: inf(0))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
check("mutual", lambda: mutual_a(0))
class R:
    def __repr__(self):
        return repr(self)
check("repr recursion", lambda: repr(R()))
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print("still works:", ok(200))
print(issubclass(RecursionError, RuntimeError))
