# contextlib: contextmanager, suppress, ExitStack, closing, redirect_stdout,
# redirect_stderr, nullcontext, AbstractContextManager.
import contextlib
import io
import sys
from contextlib import (contextmanager, suppress, ExitStack, closing,
                        redirect_stdout, redirect_stderr, nullcontext)

log = []


@contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled " + repr(e))
    finally:
        log.append("exit " + name)


with tag("a") as t:
    log.append("body " + t)
print(log)
log.clear()

with tag("b"):
    raise KeyError("k")
print(log)
log.clear()

try:
    with tag("c"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
print(log)
log.clear()


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@tag("deco")
def decorated(x):
    log.append("in decorated")
    return x * 2


print(decorated(21), log)
log.clear()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with suppress(KeyError):
    {}["missing"]
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError not suppressed")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        log.append("closed " + self.name)


with closing(Resource("r1")) as r:
    log.append("using " + r.name)
print(log)
log.clear()

with ExitStack() as stack:
    for n in ("x", "y", "z"):
        stack.enter_context(tag(n))
    stack.callback(log.append, "callback ran")
    log.append("stack body")
print(log)
log.clear()

with ExitStack() as stack:
    stack.enter_context(tag("kept"))
    moved = stack.pop_all()
log.append("after with")
moved.close()
print(log)
log.clear()


def cleanup_suppress(*exc):
    log.append("cb saw " + exc[0].__name__)
    return True


with ExitStack() as stack:
    stack.push(lambda *exc: log.append("push saw %s" % (exc[0].__name__ if exc[0] else None)))
    stack.push(cleanup_suppress)
    raise OSError("swallowed")
print(log)
log.clear()

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", 2)
print(repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    sys.stderr.write("to stderr\n")
print(repr(ebuf.getvalue()), sys.stdout is sys.__stdout__)

with nullcontext(42) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)


class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        log.append("managed exit")
        return None


with Managed() as mgr:
    print(type(mgr).__name__)
print(log)
log.clear()


class Once(contextlib.ContextDecorator):
    def __enter__(self):
        log.append("once enter")
        return self

    def __exit__(self, *exc):
        log.append("once exit")
        return False


@Once()
def f():
    log.append("f body")


f()
print(log)

cm = tag("reuse")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
