import sys, gc
print(sys.unraisablehook is sys.__unraisablehook__, hasattr(sys, 'UnraisableHookArgs'))
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__, type(u).__name__))
sys.unraisablehook = hook
class D:
    def __del__(self):
        raise ValueError("boom")
d = D(); del d; gc.collect()
print(seen)
sys.unraisablehook = sys.__unraisablehook__
print("done")
