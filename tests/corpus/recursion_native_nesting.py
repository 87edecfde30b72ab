# Recursion through native code must stop with RecursionError, not crash:
# comparisons of deeply nested containers count toward the recursion limit
# (as in CPython), and so do instances whose __call__ is another instance.
def nest(make, depth):
    x = make()
    for _ in range(depth):
        x = make(x)
    return x


for name, make in [("list", lambda *a: list(a)), ("tuple", lambda *a: tuple(a)),
                   ("dict", lambda *a: {1: a[0]} if a else {})]:
    a, b = nest(make, 1100), nest(make, 1100)
    for op in ("==", "!=", "<"):
        try:
            r = eval("a %s b" % op)
            print(name, op, r)
        except RecursionError as e:
            print(name, op, "RecursionError:", e)
        except TypeError as e:
            print(name, op, "TypeError:", e)
    # Shallow ones still compare.
    print(name, nest(make, 50) == nest(make, 50))

deep = nest(lambda *a: list(a), 1100)
try:
    deep in [nest(lambda *a: list(a), 1100)]
except RecursionError as e:
    print("in: RecursionError:", e)
print(hash(nest(lambda *a: tuple(a), 500)) == hash(nest(lambda *a: tuple(a), 500)))
