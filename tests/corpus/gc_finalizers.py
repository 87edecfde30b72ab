# __del__ finalizers: run once, resurrection (PEP 442), cycles, errors.
import gc

class Res:
    def __init__(self, name, log):
        self.name = name
        self.log = log
    def __del__(self):
        self.log.append("del " + self.name)

log = []
r = Res("plain", log)
print(gc.is_finalized(r))
del r
gc.collect()
print(log)

# a cycle of objects with finalizers: each runs exactly once
log.clear()
a, b = Res("a", log), Res("b", log)
a.other, b.other = b, a
del a, b
gc.collect()
gc.collect()
print(sorted(log))

# resurrection: the finalizer stores the object; it is finalized only once
saved = []
class Phoenix:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("finalizing", self.n)
        saved.append(self)
p = Phoenix(1)
del p
gc.collect()
print(len(saved), saved[0].n, gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print("no second finalization")
q = saved
q.append(Phoenix(2))
q.pop()
gc.collect()
print(len(saved), saved[0].n)

# objects reachable from a finalized object survive while it is alive
class Box:
    def __init__(self, items): self.items = items
    def __del__(self):
        keep.append(self.items)
keep = []
bx = Box([1, 2, 3])
del bx
gc.collect()
print(keep)

# finalizer added to the class after instances are created still counts
# for new instances
class Late:
    pass
Late.__del__ = lambda self: print("late del")
lt = Late()
del lt
gc.collect()

# an exception in __del__ is reported and ignored
class Bad:
    def __del__(self):
        raise RuntimeError("from __del__")
bad = Bad()
del bad
gc.collect()
print("after bad")
