# __getattribute__/__getattr__/__setattr__ added after warm-up, __class__
# reassignment, instance __dict__ materialised.
class A:
    def __init__(self, n):
        self.n = n
        self.tag = "a"
    def m(self):
        return "A.m%s" % (self.n,)

class B:
    def __init__(self, n):
        self.n = n
    def m(self):
        return "B.m%s" % (self.n,)

def use(o):
    try:
        miss = o.missing
    except AttributeError as e:
        miss = "AE"
    return (o.n, o.m(), miss)

def store(o, v):
    o.n = v
    o.extra = v * 2

objs = [A(i) for i in range(5)]
log = []
for r in range(60):
    o = objs[r % 5]
    store(o, r)
    log.append(use(o))
print(log[-3:])

A.__getattr__ = lambda self, name: "ga:" + name
print([use(objs[i]) for i in range(5)])
for r in range(60):
    use(objs[r % 5])

def ga(self, name):
    if name == "n":
        return -1
    return object.__getattribute__(self, name)
A.__getattribute__ = ga
print([use(objs[i]) for i in range(5)])
for r in range(60):
    store(objs[r % 5], r)
print([use(objs[i]) for i in range(5)], objs[0].extra)
del A.__getattribute__
print([use(objs[i]) for i in range(5)])

def sa(self, name, value):
    object.__setattr__(self, name, ("set", value))
A.__setattr__ = sa
for r in range(60):
    store(objs[r % 5], r)
print([use(objs[i]) for i in range(2)], objs[0].extra)
del A.__setattr__
del A.__getattr__
for r in range(60):
    store(objs[r % 5], r)
print([use(objs[i]) for i in range(5)])

# __class__ reassignment at warmed-up sites
o = A(7)
res = []
for r in range(120):
    if r == 60:
        o.__class__ = B
    if r == 90:
        o.__class__ = A
    res.append(use(o))
print(res[58:62], res[88:92], res[-1])

# instance __dict__ materialised then used
p = A(3)
for r in range(60):
    use(p)
    store(p, r)
d = p.__dict__
d["n"] = 1000
d["late"] = "L"
print(use(p), p.late, sorted(d))
for r in range(60):
    store(p, r)
    x = use(p)
print(x, sorted(p.__dict__.items(), key=str))
p.__dict__ = {"n": 5}
print(use(p), hasattr(p, "tag"))
vars(p).update(n=6, tag="t")
print(use(p), p.tag)
