# decorators: simple, with args, stacked, class decorators
def trace(f):
    def wrapper(*args, **kwargs):
        print(f"call {f.__name__}{args} {kwargs}")
        r = f(*args, **kwargs)
        print(f"ret {r!r}")
        return r
    wrapper.__name__ = "traced_" + f.__name__
    return wrapper
@trace
def add(a, b=2):
    return a + b
add(1); add(1, b=5)
print(add.__name__)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("bob"))
def tag(t):
    def deco(f):
        def w():
            return f"<{t}>{f()}</{t}>"
        return w
    return deco
@tag("b")
@tag("i")
def text():
    return "x"
print(text())
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class A:
    pass
@register
class B:
    pass
print(registry, A.registered)
def counted(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counted
def noop():
    pass
for _ in range(4):
    noop()
print(noop.calls)
class Deco:
    def __init__(self, f):
        self.f = f
    def __call__(self, *a):
        return "Deco(" + str(self.f(*a)) + ")"
@Deco
def double(x):
    return x * 2
print(double(21), type(double).__name__)
print((lambda f: f)(lambda: "identity")())
deco_list = [trace]
@deco_list[0]
def sub(a, b):
    return a - b
sub(5, 3)
