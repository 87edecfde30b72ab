import os as _os, sys as _sys
class _RelPaths:
    """Report this file's directory as '.', so expectations do not depend on the checkout path."""
    def __init__(self, s): self.s = s
    def write(self, t): return self.s.write(t.replace(_os.path.dirname(_os.path.abspath(__file__)), "."))
    def flush(self): self.s.flush()
_sys.stdout = _RelPaths(_sys.stdout)
_sys.stderr = _RelPaths(_sys.stderr)
import logging, sys, io
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s", "x")
log.warning("warn")
child = logging.getLogger("app.sub")
child.error("err %r", [1, 2])
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s"))
l2 = logging.getLogger("other"); l2.propagate = False
l2.addHandler(h); l2.setLevel(logging.WARNING)
l2.info("hidden"); l2.warning("shown"); l2.critical("crit")
print(s.getvalue(), end="")
try:
    raise ValueError("bad value")
except ValueError:
    log.exception("boom")
print(logging.getLevelName(30), logging.getLevelName("ERROR"), log.getEffectiveLevel(), child.parent.name)


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append((record.levelname, record.name, self.format(record)))
lh = ListHandler()
lh.setFormatter(logging.Formatter("%(name)s|%(levelno)d|%(message)s"))
q = logging.getLogger("q.r"); q.addHandler(lh); q.setLevel(logging.INFO); q.propagate = False
q.debug("no"); q.info("yes %s", 1); q.log(35, "custom"); logging.addLevelName(35, "NOTICE"); q.log(35, "named")
print(lh.records)
f = logging.Filter("q"); print(f.filter(logging.LogRecord("q.r", 10, "p", 1, "m", None, None)), f.filter(logging.LogRecord("x", 10, "p", 1, "m", None, None)))
logging.getLogger().handlers[0].stream = sys.stderr
logging.warning("to stderr")
