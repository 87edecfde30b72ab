# The full traceback text of exception groups, printed through sys.excepthook
# into a captured sys.stderr.
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
    old = sys.stderr
    sys.stderr = cap
    try:
        sys.excepthook(type(e), e, e.__traceback__)
    finally:
        sys.stderr = old
    for line in "".join(cap.parts).splitlines():
        # File names are shown without their directory (machine-specific).
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

def leaf(i):
    raise ValueError(i)

def chained(i):
    try:
        leaf(i)
    except ValueError as e:
        raise TypeError(f"t{i}") from e

def grp():
    excs = [catch(lambda: leaf(1)), catch(lambda: chained(2)), KeyError("k")]
    excs[0].add_note("note one")
    excs[0].add_note("two\nlines")
    raise ExceptionGroup("grp", [excs[0], ExceptionGroup("inner", excs[1:])])

show(catch(grp))
show(ExceptionGroup("no traceback", [ValueError(1), TypeError(2)]))
show(BaseExceptionGroup("base", [KeyboardInterrupt(), SystemExit(3)]))

def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(18)])
show(catch(wide))

def deep():
    g = ExceptionGroup("lvl0", [ValueError("bottom")])
    for i in range(1, 13):
        g = ExceptionGroup(f"lvl{i}", [g])
    raise g
show(catch(deep))

def context():
    try:
        raise ExceptionGroup("first", [OSError("disk")])
    except ExceptionGroup:
        raise ExceptionGroup("second", [RuntimeError("during")])
show(catch(context))

def in_group_context():
    try:
        raise KeyError("a")
    except KeyError:
        e = catch(lambda: leaf(5))
    raise ExceptionGroup("ctx", [e, catch(lambda: leaf(6))])
show(catch(in_group_context))

e = ValueError("odd notes")
e.__notes__ = "abc"
show(ExceptionGroup("notes", [e]))
e2 = ValueError("non-seq notes")
e2.__notes__ = 42
e3 = ValueError("empty note")
e3.add_note("")
e3.add_note("trailing\n")
show(ExceptionGroup("notes2", [e2, e3]))
same = ValueError("twice")
show(ExceptionGroup("dup", [same, same]))

class BadStr:
    def __str__(self):
        raise ValueError
class BadRepr:
    def __repr__(self):
        raise ValueError
class BadE(Exception):
    def __str__(self):
        raise KeyError
n1 = ValueError("x")
n1.__notes__ = ["ok", BadStr(), 3, "end"]
n2 = ValueError("y")
n2.__notes__ = BadRepr()
show(ExceptionGroup("failing str", [ExceptionGroup("g", [n1]), BadE(), n2]))

class Mine(Exception):
    pass
Mine.__module__ = "pkg.mod"
se = catch(lambda: compile("a b", "<src>", "exec"))
se2 = catch(lambda: compile("x = (", "<s2>", "exec"))
se3 = SyntaxError("hand made", ("<f>", 3, 2, "  indented text\n", 3, 5))
show(ExceptionGroup("syntax and module names", [se, Mine("m"), se2, se3, SyntaxError("bare")]))
