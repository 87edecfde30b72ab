# Tracebacks of what leaves a try/except* statement, as sys.excepthook prints them.
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

def fail(kind, msg):
    raise kind(msg)

def gather():
    errs = []
    for kind, msg in ((ValueError, "v1"), (TypeError, "t1"), (ValueError, "v2"), (OSError, "o1")):
        try:
            fail(kind, msg)
        except Exception as e:
            errs.append(e)
    raise ExceptionGroup("gathered", errs)

def partial():
    try:
        gather()
    except* ValueError:
        pass
show(catch(partial))

def raise_in_handler():
    try:
        gather()
    except* TypeError as e:
        raise RuntimeError("handler broke")
    except* OSError:
        raise
show(catch(raise_in_handler))

def naked_in_handler():
    try:
        fail(KeyError, "k")
    except* KeyError:
        raise ValueError("replaced")
show(catch(naked_in_handler))

def naked_reraise():
    try:
        fail(KeyError, "k")
    except* KeyError:
        raise
show(catch(naked_reraise))

def caller():
    partial()
show(catch(caller))
