# LOAD_ATTR / LOAD_METHOD on classes (not instances) whose attributes are
# replaced by staticmethods, classmethods, properties and plain values.
class C:
    @staticmethod
    def s(x):
        return ("s", x)
    @classmethod
    def k(cls):
        return ("k", cls.__name__)
    def m(self):
        return "m"
    v = property(lambda self: "v")
    n = 1

class Sub(C):
    pass

def kinds(cls):
    return (type(cls.s).__name__, type(cls.k).__name__, type(cls.m).__name__, type(cls.v).__name__, cls.n)
def calls(cls):
    return (cls.s(1), cls.k(), cls.m(None))

def run(label):
    for i in range(40):
        r = (kinds(C), kinds(Sub), calls(C), calls(Sub))
    print(label, r)

run("start")
C.s, C.m = C.m, C.s
run("swapped s and m")
C.s = staticmethod(lambda x: ("s2", x))
C.m = staticmethod(lambda x: ("m2", x))
run("both static")
C.n = staticmethod(lambda: 0)
print(type(C.n).__name__, type(Sub.n).__name__)
C.n = 2
Sub.k = staticmethod(lambda: ("sub static k",))
run("Sub.k static")
del Sub.k
C.k = classmethod(lambda cls: ("k2", cls.__name__))
run("k replaced")
C.v = 5
run("v plain")

class Meta(type):
    @property
    def n(cls):
        return "meta n"
class M(metaclass=Meta):
    n = "class n"
def mn(cls):
    return cls.n
print([mn(M) for i in range(20)][-1], [mn(C) for i in range(20)][-1])
def getm(cls):
    return cls.s
vals = [getm(C) for i in range(20)]
print(all(v is C.__dict__["s"].__func__ for v in vals), vals[0] is C.__dict__["s"])
