# The gc module's interface.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(1000, 20)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)

c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(x, int) and x >= 0 for x in c))
print(isinstance(gc.collect(), int), isinstance(gc.collect(0), int), isinstance(gc.collect(generation=1), int))
print(gc.freeze(), gc.unfreeze(), gc.get_freeze_count())
print(gc.garbage, type(gc.callbacks).__name__)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.DEBUG_STATS, gc.DEBUG_LEAK, gc.get_debug())

class Inst:
    pass
for obj in [1, 2.5, "s", None, True, b"b", (), (1, 2), ([],), [], {}, {"a": 1}, {"a": []}, set(), Inst(), Inst, len, lambda: 0, int]:
    print(type(obj).__name__, gc.is_tracked(obj))

phases = []
def cb(phase, info):
    phases.append((phase, sorted(info), info["generation"]))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(phases)

for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("x"),
            lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
            lambda: gc.is_tracked(), lambda: gc.freeze(1), lambda: gc.isenabled(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
