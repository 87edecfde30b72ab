# Class attributes changed after they have been looked up many times.
class Base:
    def greet(self):
        return "base"
class Mid(Base):
    pass
class Leaf(Mid):
    pass
x = Leaf()
out = []
for i in range(6):
    if i == 1:
        Base.greet = lambda self: "patched base"
    if i == 2:
        Mid.greet = lambda self: "mid"
    if i == 3:
        del Mid.greet
    if i == 4:
        x.greet = lambda: "instance"
    if i == 5:
        del x.greet
        Leaf.extra = 42
    out.append(x.greet())
print(out, getattr(x, "extra", None))
print(hasattr(Leaf, "missing"))
Base.missing = "now here"
print(Leaf.missing, x.missing)
del Base.missing
print(hasattr(x, "missing"))
def loop(obj, n):
    return [obj.value for _ in range(n)]
class P:
    value = 1
p = P()
r1 = loop(p, 3)
P.value = 2
r2 = loop(p, 3)
p.value = 3
r3 = loop(p, 3)
print(r1, r2, r3)
class WithProp:
    @property
    def v(self):
        return "prop"
w = WithProp()
a = w.v
WithProp.v = "plain"
print(a, w.v)
