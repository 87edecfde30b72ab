# repr/str of containers with user objects, __str__ vs __repr__ in containers
class A:
    def __repr__(self):
        return "A()"
    def __str__(self):
        return "an A"
class B:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f"B({self.items!r})"
a = A()
print(a, str(a), repr(a), [a], (a,), {"k": a}, {a: 1} if hasattr(A, "__hash__") else "")
print(f"{a}", f"{a!r}", "%s/%r" % (a, a), "{}/{!r}".format(a, a), str([a, "s", 1.0]))
print(B([a, "x", B([])]), str(B({1: "one"})))
class Temp:
    def __init__(self, d):
        self.d = d
    def __str__(self):
        return f"{self.d}°"
print(Temp(20), [str(Temp(t)) for t in (1, 2)], "now: " + str(Temp(5)))
class Only:
    def __str__(self):
        return "only-str"
o = Only()
print(o, str(o), f"{o}")
print(type(repr(o)).__name__, repr(o).startswith("<__main__.Only object at "))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
wallet = [Money(150), Money(99), Money(10005)]
print(wallet, ", ".join(map(str, wallet)), max(wallet, key=lambda m: m.cents))
print(repr("str in list"), [repr("x")], str(("a", 1)), repr(None), [None], str(True), [True, 1.5e20, -0.0])
