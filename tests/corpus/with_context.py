# with statements and custom context managers
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("x") as x, CM("y") as y:
    print("both", x, y)
try:
    with CM("outer"), CM("inner", suppress=False):
        1 / 0
except ZeroDivisionError:
    print("zde")
with CM("o", suppress=True), CM("i"):
    raise RuntimeError("inner raises, outer suppresses")
print("continuing")
def func():
    with CM("in func"):
        return "returned"
print(func())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            break
class Counter:
    def __init__(self):
        self.n = 0
    def __enter__(self):
        self.n += 1
        return self
    def __exit__(self, *a):
        self.n += 10
c = Counter()
with c as same:
    print(same is c, c.n)
print(c.n)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
