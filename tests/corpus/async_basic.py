# Coroutine objects: creation, send/throw/close, attributes.

async def add(a, b):
    return a + b

c = add(1, 2)
print(type(c).__name__, repr(c).split(" at ")[0])
print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_running, c.cr_await)
print(c.cr_frame is not None, c.cr_frame.f_code is c.cr_code)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(ValueError("x"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(c.close())

class Box:
    async def get(self):
        return "box"

b = Box().get()
print(b.__qualname__, repr(b).split(" at ")[0])
try:
    b.send(None)
except StopIteration as e:
    print(e.value)

async def none_ret():
    pass

n = none_ret()
try:
    n.send(None)
except StopIteration as e:
    print("none:", e.value, e.args)

# just-started coroutine
c = add(1, 2)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()
print(c.cr_frame)

# throw into an unstarted coroutine
c = add(1, 2)
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("KeyError", e)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

# coroutine objects are not iterators
c = add(3, 4)
for f in (lambda: next(c), lambda: iter(c), lambda: list(c)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

# __await__ returns a coroutine_wrapper
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper:", e.value)
try:
    w.send(None)
except RuntimeError as e:
    print(e)

# a coroutine that suspends through a custom awaitable
class Tick:
    def __await__(self):
        got = yield "tick"
        return got * 2

async def user():
    a = await Tick()
    b = await Tick()
    return a + b

u = user()
print(u.send(None))
print(u.cr_running, type(u.cr_await).__name__, u.cr_suspended)
print(u.send(10))
try:
    u.send(20)
except StopIteration as e:
    print("total", e.value)

# throw into a suspended coroutine, caught inside
async def catcher():
    try:
        await Tick()
    except ValueError as e:
        print("caught inside:", repr(e))
        return "recovered"

k = catcher()
k.send(None)
try:
    k.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)

# throw with type and value, and with a traceback of None
k = catcher()
k.send(None)
try:
    k.throw(ValueError, "v2", None)
except StopIteration as e:
    print(e.value)

# close runs finally blocks
async def closer():
    try:
        await Tick()
    finally:
        print("finally ran")

k = closer()
k.send(None)
print(k.close(), k.cr_frame)

# ignoring GeneratorExit
async def stubborn():
    ignored = 0
    while True:
        try:
            await Tick()
        except GeneratorExit:
            ignored += 1
            if ignored > 1:
                raise

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(s.close(), s.cr_frame)

# already executing
async def selfsend():
    me.send(None)

me = selfsend()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)

# StopIteration raised inside a coroutine
async def raises_stop():
    raise StopIteration(1)

r = raises_stop()
try:
    r.send(None)
except RuntimeError as e:
    print(e, repr(e.__cause__))

# bad throw arguments
q = add(1, 1)
for args in [(), (1,), (ValueError, 1, 2), (ValueError("a"), 1)]:
    try:
        q.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
q.close()

# The frame of a suspended coroutine
async def framed(a):
    b = a + 1
    await Tick()
    return b

fc = framed(1)
fr = fc.cr_frame
print(fr.f_code.co_name, fr.f_lineno, fr.f_back, sorted(fr.f_locals))
fc.send(None)
print(fc.cr_frame.f_lineno, fc.cr_frame.f_locals, repr(fc.cr_frame).endswith("code framed>"))
fc.close()
print(fc.cr_frame)
