# The stdlib's weakref module over _weakref: WeakValueDictionary,
# WeakKeyDictionary, WeakSet, finalize, WeakMethod; and abc (ABCMeta keeps
# its registry in WeakSets).
import gc
import weakref
import abc

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Obj(%d)" % self.n
    def meth(self): return self.n

objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for ob in objs:
    wvd[ob.n] = ob
del ob
print(sorted(wvd.keys()), len(wvd))
del objs[1:3]
gc.collect()
print(sorted(wvd.keys()), len(wvd), 4 in wvd, 1 in wvd, wvd.get(1, "gone"))

wkd = weakref.WeakKeyDictionary()
for ob in objs:
    wkd[ob] = ob.n * 10
del ob
print(sorted(wkd.values()))
objs.pop()
gc.collect()
print(sorted(wkd.values()), len(wkd))

ws = weakref.WeakSet(objs)
print(len(ws), objs[0] in ws)
objs.pop(0)
gc.collect()
print(len(ws), sorted(o.n for o in ws))

def done(tag):
    print("finalized", tag)
o = Obj(99)
f = weakref.finalize(o, done, "o99")
print(f.alive, f.peek()[0] is o, f.peek()[2:])
del o
gc.collect()
print(f.alive)

o2 = Obj(7)
weakref.finalize(o2, done, "at exit")
wm = weakref.WeakMethod(o2.meth)
print(wm()(), wm == weakref.WeakMethod(o2.meth))
p = weakref.proxy(o2)
print(p.n, weakref.ref(o2)() is o2)

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
class Impl(Base):
    def run(self): return "ran"
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
print(Impl().run(), isinstance(Impl(), Base), issubclass(int, Base))
Base.register(int)
print(issubclass(int, Base), isinstance(3, Base))
print("end")
