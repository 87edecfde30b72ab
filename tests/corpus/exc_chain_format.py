# Chained tracebacks (cause, context, suppressed context, notes) as
# sys.excepthook prints them, captured through a replaced sys.stderr.
import sys

class Cap:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

def show(e):
    cap = Cap()
    old, sys.stderr = sys.stderr, cap
    try:
        sys.excepthook(type(e), e, e.__traceback__)
    finally:
        sys.stderr = old
    for line in "".join(cap.parts).splitlines():
        if 'File "' in line:
            head, _, rest = line.partition('File "')
            path, _, tail = rest.partition('"')
            line = head + 'File "' + path.rsplit("/", 1)[-1] + '"' + tail
        print(line)
    print("=" * 20)

def catch(f):
    try:
        f()
    except BaseException as e:
        return e

def lookup(d, k):
    return d[k]

def cause():
    try:
        lookup({}, "a")
    except KeyError as e:
        raise ValueError("bad config") from e
show(catch(cause))

def context():
    try:
        1 / 0
    except ZeroDivisionError:
        lookup({}, "b")
show(catch(context))

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("clean") from None
show(catch(suppressed))

def both():
    try:
        [][1]
    except IndexError:
        raise RuntimeError("explicit") from OSError("the cause")
show(catch(both))

def three_levels():
    try:
        try:
            int("x")
        except ValueError as e:
            e.add_note("parsing x")
            raise KeyError("k")
    except KeyError:
        raise AttributeError("top")
show(catch(three_levels))

def cause_without_traceback():
    raise ValueError("v") from KeyError("never raised")
show(catch(cause_without_traceback))

e = ValueError("constructed, never raised")
e.__context__ = TypeError("ctx set by hand")
e.add_note("hand note")
show(e)
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
show(a)
def rec(n):
    if n == 0:
        raise RecursionError("deep enough")
    rec(n - 1)
show(catch(lambda: rec(30)))
