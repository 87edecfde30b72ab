# Async generators: __anext__, asend, athrow, aclose, attributes, errors.

class Step:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

def drive(aw, feed=None):
    """Run an awaitable (asend/athrow/... object), printing passing yields."""
    v = None
    while True:
        try:
            y = aw.send(v)
        except StopIteration as e:
            return ("value", e.value)
        except StopAsyncIteration:
            return ("stop-async",)
        print("  passes through:", y)
        v = feed

async def counter(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("  counter received", x)

a = counter(3)
print(type(a).__name__, repr(a).split(" at ")[0], a.__name__, a.__qualname__)
print(a.ag_running, a.ag_await, a.ag_frame is not None, a.ag_code.co_name)
print(a.__aiter__() is a)
nx = a.__anext__()
print(type(nx).__name__, repr(nx).split(" at ")[0])
print(drive(nx))
try:
    nx.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(drive(a.asend("hello")))
print(drive(a.__anext__()))
print(drive(a.__anext__()))
print(drive(a.__anext__()))
print(a.ag_frame)

# asend into a just-started async generator
b = counter(2)
try:
    b.asend(1).send(None)
except TypeError as e:
    print("TypeError:", e)

# Values passing through await vs values yielded
async def mixed():
    r = await Step("await-1")
    yield ("first", r)
    r = await Step("await-2")
    yield ("second", r)

m = mixed()
print(drive(m.__anext__(), feed="fed"))
an = m.__anext__()
print(an.send(None), m.ag_running, type(m.ag_await).__name__)
try:
    an.send("x")
except StopIteration as e:
    print("second value", e.value, m.ag_running)

# ag_running: a second __anext__ while one is in progress
m = mixed()
first = m.__anext__()
first.send(None)
for make in (m.__anext__, lambda: m.athrow(ValueError), m.aclose):
    try:
        make().send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(drive(first))

# athrow: handled inside the generator
async def robust():
    msg = "ready"
    while True:
        try:
            yield msg
            msg = "ready"
        except ValueError as e:
            msg = "recovered from %s" % e

r = robust()
print(drive(r.__anext__()))
print(drive(r.athrow(ValueError("bad"))))
print(drive(r.athrow(ValueError, ValueError("worse"))))
try:
    drive(r.athrow(KeyError("fatal")))
except KeyError as e:
    print("KeyError escaped", e)
print(drive(r.__anext__()))
print(drive(r.athrow(ValueError)))

# athrow on an exhausted or unstarted generator
try:
    drive(counter(0).athrow(ValueError))
except ValueError:
    print("ValueError from unstarted generator")
e = counter(0)
print(drive(e.__anext__()))
print(drive(e.athrow(ValueError)))

# aclose: finally blocks may await
async def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        got = await Step("closing-await")
        print("  cleanup awaited, got", got)

w = with_cleanup()
print(drive(w.__anext__()))
cl = w.aclose()
print(type(cl).__name__)
print(drive(cl, feed="ack"))
print(drive(w.__anext__()))
print(drive(w.aclose()))
try:
    cl.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# aclose on a never-started generator
print(drive(with_cleanup().aclose()))

# yield inside finally while closing
async def stubborn():
    try:
        yield 1
    finally:
        yield 2

s = stubborn()
drive(s.__anext__())
try:
    drive(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

# aclose with a generator that catches GeneratorExit and returns
async def polite():
    try:
        yield 1
    except GeneratorExit:
        print("  polite got GeneratorExit")
        return

p = polite()
drive(p.__anext__())
print(drive(p.aclose()))

# errors raised inside async generators
async def raises_stop_async():
    yield 1
    raise StopAsyncIteration

g = raises_stop_async()
drive(g.__anext__())
try:
    drive(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

async def raises_stop():
    yield 1
    raise StopIteration("x")

g = raises_stop()
drive(g.__anext__())
try:
    drive(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)

# asend/athrow objects: throw and close
async def simple():
    try:
        yield "a"
    except KeyError:
        yield "key handled"

s = simple()
drive(s.__anext__())
nx = s.__anext__()
try:
    nx.throw(KeyError)
except StopIteration as e:
    print("throw via asend:", e.value)
try:
    nx.throw(KeyError)
except RuntimeError as e:
    print("RuntimeError:", e)
nx2 = s.__anext__()
print(nx2.close(), nx2.close())
try:
    nx2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
at = s.athrow(ValueError)
at.close()
try:
    at.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# athrow argument checking happens when it runs
try:
    counter(1).athrow().send(None)
except TypeError as e:
    print("TypeError:", e)
h = counter(2)
drive(h.__anext__())
try:
    h.aclose().send(1)
except RuntimeError as e:
    print("RuntimeError:", e)

# asend objects are awaitable and iterable
async def awaiting():
    g = counter(3)
    a = await g.__anext__()
    b = await g.asend(None)
    c = await g.__anext__()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        return a, b, c, "exhausted"

print(drive(awaiting()))
nx = counter(1).__anext__()
print(iter(nx) is nx, nx.__await__() is nx)
try:
    next(nx)
except StopIteration as e:
    print("next ->", e.value)
