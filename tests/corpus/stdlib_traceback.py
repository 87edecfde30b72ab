# traceback: format_exc, format_exception, extract_tb, walk_tb,
# format_exception_only, TracebackException. Only function names, line
# numbers relative to the def, and source lines are printed (no paths).
import sys
import traceback


def inner(x):
    # A call, not `10 // x`: the ~~^^~~ anchors of binary operators need
    # ast.parse (docs/compat.md).
    return divmod(10, x)


def middle(x):
    return inner(x) + 1


def outer():
    return middle(0)


BASE = outer.__code__.co_firstlineno

try:
    outer()
except ZeroDivisionError as e:
    exc = e
    text = traceback.format_exc()

lines = text.splitlines()
print(lines[0])
print(lines[-1])
print(sum(1 for l in lines if l.startswith("  File ")))
print([l.strip() for l in lines if l.startswith("    ")])

frames = traceback.extract_tb(exc.__traceback__)
print(len(frames), type(frames).__name__)
for fs in frames:
    print(fs.name, fs.lineno - BASE, repr(fs.line))
print([fs.name for fs in traceback.extract_tb(exc.__traceback__, limit=2)])

parts = traceback.format_exception(exc)
print(parts[0], end="")
print(parts[-1], end="")
print(traceback.format_exception_only(ValueError, ValueError("bad value")))
print(traceback.format_exception_only(KeyError("k")))
print([f.f_code.co_name for f, n in traceback.walk_tb(exc.__traceback__)])

te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), [f.name for f in te.stack])
print("".join(te.format_exception_only()), end="")


def chained():
    try:
        {}["key"]
    except KeyError as ke:
        raise RuntimeError("wrapped") from ke


try:
    chained()
except RuntimeError as e:
    out = traceback.format_exception(e)
    msgs = [p for p in out if not p.startswith("  File ")]
    for m in msgs:
        print(repr(m))


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")


try:
    implicit()
except ValueError as e:
    text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    print("During handling" in text, text.count("Traceback"), text.splitlines()[-1])
    print(e.__context__.__class__.__name__, e.__suppress_context__)

try:
    raise TypeError("no frames")
except TypeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno - BASE, tb.tb_frame.f_code.co_name)
    print([fs.name for fs in traceback.extract_tb(tb)])

stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].line)


def where():
    return traceback.extract_stack(limit=2)


s = where()
print([fs.name for fs in s], s[-1].lineno - BASE)
print(traceback.format_list([("f.py", 3, "fn", "x = 1")]))
se = traceback.FrameSummary("f.py", 7, "g", line="  y = 2  ")
print(se.line, se.lineno, se.name, list(se))
