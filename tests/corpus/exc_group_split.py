# split() and subgroup() with types, tuples and predicates, on nested groups.
def tree(e, ind=0):
    if e is None:
        print(" " * ind + "None")
    elif isinstance(e, BaseExceptionGroup):
        print(" " * ind + f"{type(e).__name__}({e.message!r})")
        for x in e.exceptions:
            tree(x, ind + 2)
    else:
        print(" " * ind + repr(e))

eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("low", [TypeError(5), ValueError(6)])]),
    OSError(7),
])
for cond in (ValueError, TypeError, (KeyError, OSError), LookupError, Exception, ZeroDivisionError, ExceptionGroup):
    m, r = eg.split(cond)
    print("split", cond)
    tree(m, 2)
    tree(r, 2)
    s = eg.subgroup(cond)
    print("subgroup", repr(s) == repr(m))
print(eg.split(Exception)[0] is eg, eg.subgroup(BaseException) is eg, eg.split(ExceptionGroup)[0] is eg)
calls = []
def pred(e):
    calls.append(type(e).__name__ + ":" + (e.message if isinstance(e, BaseExceptionGroup) else str(e)))
    return isinstance(e, ValueError) and e.args[0] > 2
m, r = eg.split(pred)
print(calls)
tree(m)
tree(r)
print(repr(eg.subgroup(lambda e: isinstance(e, BaseExceptionGroup) and e.message == "low")))
print(repr(eg.subgroup(lambda e: False)))
print(repr(eg.split(lambda e: 0)))
print(repr(eg.subgroup(lambda e: "truthy")) == repr(eg))
for bad in (1, "ValueError", int, (ValueError, int), [ValueError], None):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        eg.subgroup(bad)
    except TypeError as e:
        print("TypeError", e)
for args in ((), (ValueError, TypeError)):
    try:
        eg.split(*args)
    except TypeError as e:
        print("TypeError", e)
    try:
        eg.subgroup(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    eg.split(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print("predicate error", e)
b = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1), ExceptionGroup("e", [TypeError(2)])])
m, r = b.split(Exception)
print(type(m).__name__, repr(m))
print(type(r).__name__, repr(r))
m, r = b.split(KeyboardInterrupt)
print(repr(m), repr(r))
class Sub(ExceptionGroup):
    pass
s = Sub("sub", [ValueError(1), TypeError(2)])
m, r = s.split(ValueError)
print(type(m).__name__, type(r).__name__, repr(m), repr(r))
print(s.split(Exception)[0] is s)
