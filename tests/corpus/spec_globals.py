# Globals and builtins rebound after LOAD_GLOBAL / CALL sites warmed up.
import builtins
import math

def use_len(x):
    return len(x)
def use_isinstance(x):
    return isinstance(x, int)
def use_sqrt(x):
    return math.sqrt(x)
def use_g():
    return G
def use_abs(x):
    return abs(x)

G = "global G"
data = [1, 2, 3]
def run(label):
    out = []
    for i in range(60):
        try:
            r = (use_len(data), use_isinstance(i), use_sqrt(16.0), use_g(), use_abs(-i))
        except NameError as e:
            r = ("NameError", str(e))
        except AttributeError as e:
            r = ("AttributeError", str(e))
    print(label, r)

run("start")
len = lambda x: "module len"
run("len rebound in module")
del len
run("len deleted, builtin again")
isinstance = lambda a, b: "fake isinstance"
run("isinstance rebound")
del isinstance
run("isinstance restored")
orig_len = builtins.len
builtins.len = lambda x: "builtins.len replaced"
run("builtins.len replaced")
builtins.len = orig_len
run("builtins.len restored")
orig_abs = builtins.abs
del builtins.abs
run("builtins.abs deleted")
builtins.abs = orig_abs
run("builtins.abs back")
orig_sqrt = math.sqrt
math.sqrt = lambda x: "fake sqrt %r" % x
run("math.sqrt replaced")
del math.sqrt
run("math.sqrt deleted")
math.sqrt = orig_sqrt
run("math.sqrt back")
G = "rebound G"
run("G rebound")
del G
run("G deleted")
builtins.G = "builtin G"
run("G from builtins")
G = "module G again"
run("G module again")
del builtins.G
run("builtin G gone")
del G
run("all G gone")
globals()["G"] = "via globals()"
run("set via globals()")
globals().pop("G")
run("popped via globals()")
for i in range(30):
    globals()["k%d" % i] = i
G = "after dict growth"
run("after growth")
print(sum(globals()["k%d" % i] for i in range(30)))
