# defaults, keyword-only, positional-only, *args, **kwargs, unpacking
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=0))
def po(a, b, /, c, *, d):
    return a, b, c, d
print(po(1, 2, 3, d=4), po(1, 2, c=3, d=4))
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []), defaults(4))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
args = (1, 2)
kwargs = {"c": 3, "d": 4}
print(po(*args, **kwargs), f(*[1, 2, 3], **{"c": 0}), max(*[3, 9, 2]))
def star(*a, **k):
    return a, k
print(star(), star(1, *[2, 3], 4, *(5,)), star(x=1, **{"y": 2}, z=3))
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__code__.co_argcount if hasattr(f, "__code__") else "")
def kwonly(*, a, b=1):
    return a + b
print(kwonly(a=5), kwonly(b=2, a=1))
def pos_default(a, b=[1], /):
    return a, b
print(pos_default(0))
print((lambda *a, **k: (a, k))(1, k=2), (lambda x, /, y: x - y)(5, y=3))
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1), annotated.__annotations__)
def order(a, b, c):
    return f"{a}{b}{c}"
print(order(c=3, a=1, b=2), order(1, *(2,), **{"c": 3}))
