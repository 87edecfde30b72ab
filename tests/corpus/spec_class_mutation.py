# Attribute and method sites warmed up, then the class changes under them.
class Base:
    kind = "base"
    def who(self):
        return "Base.who"

class Point(Base):
    scale = 1
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.scale + self.y
    def who(self):
        return "Point.who"

def probe(p):
    out = []
    for name in ("x", "kind", "scale"):
        try:
            out.append(getattr(p, name))
        except AttributeError as e:
            out.append("AE:" + str(e))
    return out

def read(p):
    try:
        k = p.kind
    except AttributeError as e:
        k = "AE:" + str(e)
    try:
        z = p.z
    except AttributeError as e:
        z = "AE:" + str(e)
    try:
        n = p.norm()
    except TypeError as e:
        n = "TE:" + str(e)
    return (p.x, p.scale, k, z, n, p.who())

PS = [Point(i, i + 1) for i in range(3)]
def step(n, label):
    try:
        ps = PS + [Point(9, 9)]
    except AttributeError as e:
        print("init failed:", type(e).__name__)
        ps = PS + [PS[0]]
    res = None
    for i in range(n):
        res = read(ps[i % 4])
    print(label, res, probe(ps[1]))

step(60, "start")
Point.norm = lambda self: self.x - self.y
step(60, "norm replaced")
Point.scale = 10
step(60, "scale=10")
Point.z = "class z"
step(60, "z added")
Base.kind = "base2"
step(60, "base kind changed")
Point.kind = "point"
step(60, "kind shadowed")
del Point.kind
step(60, "shadow removed")
del Base.kind
step(60, "base kind deleted")
del Point.who
step(60, "who falls back to Base")
Base.who = lambda self: "new Base.who"
step(60, "Base.who replaced")
Point.x = property(lambda self: "prop x")
step(60, "property over x")
del Point.x
step(60, "property removed")
Point.scale = property(lambda self: 100)
step(60, "scale property")
def norm2(self, extra=5):
    return self.x + extra
Point.norm = norm2
step(60, "norm with default")
Point.norm = staticmethod(lambda: "static norm")
step(60, "norm static")
Point.norm = classmethod(lambda cls: cls.__name__)
step(60, "norm classmethod")

# data descriptor added to the class after instances cached a slot read
class D:
    pass
def getv(o):
    return o.v
d = D()
d.v = 1
acc = [getv(d) for _ in range(60)]
class Desc:
    def __get__(self, obj, typ=None):
        return "desc"
    def __set__(self, obj, value):
        raise AttributeError("read-only")
D.v = Desc()
acc.append(getv(d))
try:
    d.v = 5
except AttributeError as e:
    acc.append(str(e))
del D.v
acc.append(getv(d))
print(acc[-4:], sum(acc[:60]))
