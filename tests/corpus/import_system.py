# The import system: modules and packages beside the script (tests/corpus/importdata).
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/importdata")
import circ_a
print(circ_a.f(), circ_a.X)
import pkg
print(pkg.helper(), pkg.sub.VALUE)
import pkg.util as pu
print(pu.helper is pkg.helper, pu.__name__, pu.__package__, pkg.__package__)
from pkg.sub import VALUE
print(VALUE)
from nsroot.part import thing
print(thing.Z, thing.__name__)
import nsroot.part.thing
print(nsroot.part.thing.Z, nsroot.__file__)
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import circ_a.nothing
except ModuleNotFoundError as e:
    print(e)
try:
    import bad_syntax
except SyntaxError as e:
    print("SyntaxError", e.msg, "bad_syntax" in sys.modules)
try:
    from pkg import missing_name
except ImportError as e:
    print(str(e).split(" (")[0], e.name)
print("pkg.util" in sys.modules, sorted(k for k in sys.modules if k.startswith("pkg")))
print(__import__("pkg.util").__name__, __import__("pkg.util", fromlist=["x"]).__name__)
sys.modules["fake"] = 42
import fake
print(fake)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
