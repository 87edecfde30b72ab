# Descriptors replaced after warm-up: property getter swapped, staticmethod
# and classmethod replaced, functions turned into other callables.
class C:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v * 2
    @staticmethod
    def s(x):
        return "static %s" % x
    @classmethod
    def k(cls, x):
        return "class %s %s" % (cls.__name__, x)
    def m(self, x):
        return "method %s" % x

class Sub(C):
    pass

def use(o):
    return (o.v, o.s(1), o.k(2), o.m(3), C.s(4), C.k(5), type(o).k(6))

def run(label, n=60):
    objs = [C(1), Sub(2)]
    r = None
    for i in range(n):
        try:
            r = use(objs[i % 2])
        except Exception as e:
            r = type(e).__name__ + ": " + str(e).replace(" 'v'", "")
    print(label, r)

run("start")
C.v = property(lambda self: self._v + 100)
run("getter swapped")
C.v = property(C.v.fget, doc="x").getter(lambda self: -self._v)
run("getter() copy")
C.s = staticmethod(lambda x: "new static %s" % x)
run("static replaced")
C.k = classmethod(lambda cls, x: "new class %s" % x)
run("classmethod replaced")
C.m = staticmethod(lambda x: "m now static %s" % x)
run("method -> staticmethod")
C.m = classmethod(lambda cls, x: "m now classmethod %s" % cls.__name__)
run("method -> classmethod")
C.s = lambda self, x: "s now a method %s" % x
run("static -> plain function")
Sub.v = 7
run("Sub.v plain value")
C.v = property(lambda self: "prop again")
run("property again")
del Sub.v
run("Sub.v gone")
C.k = len
run("k is builtin len")
class Callable:
    def __call__(self, *a):
        return "callable object %d" % len(a)
C.m = Callable()
run("m is callable object")
C.v = property(None)
run("property without getter")
def getter(self):
    return "getter v1"
prop = property(getter)
C.v = prop
run("prop v1")
getter.__code__ = (lambda self: "getter code swapped").__code__
run("getter code swapped")
C.v = property(lambda self, extra=1: "getter with default %d" % extra)
run("getter with default")
