# await chains: return values, exceptions, throw/close delegation, cr_await.

class Suspend:
    """Yields a token to whoever drives the outermost coroutine."""
    def __init__(self, token):
        self.token = token
    def __await__(self):
        sent = yield self.token
        return sent

async def leaf(n):
    got = await Suspend(("leaf", n))
    return n * 10 + (got or 0)

async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b

async def top():
    total = 0
    for i in range(3):
        total += await middle(i)
    return total

def run(coro, feed=None):
    """Drive a coroutine to completion, printing what it yields."""
    value = None
    steps = 0
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        value = feed(y) if feed else None

print(run(top()))
print(run(top(), feed=lambda tok: tok[1]))

# Exceptions propagate through await and can be caught at any level.
async def failing():
    await Suspend("f")
    raise KeyError("deep")

async def catching():
    try:
        await failing()
    except KeyError as e:
        return "caught " + repr(e)

print(run(catching()))

async def reraising():
    try:
        await failing()
    finally:
        print("cleanup in reraising")

try:
    run(reraising())
except KeyError as e:
    print("outer got", repr(e))

# cr_await follows the chain
m = middle(5)
print(m.send(None))
print(type(m.cr_await).__name__, m.cr_await.cr_code.co_name)
inner = m.cr_await
print(type(inner.cr_await).__name__)
print(inner.cr_running, inner.cr_suspended)

# throw() is delegated to the innermost awaitable's frame
async def guarded(name):
    try:
        return await Suspend(name)
    except ValueError as e:
        print(name, "handled", e)
        return "handled by " + name

async def outer_guard():
    r = await guarded("inner")
    return "outer saw: " + r

g = outer_guard()
print(g.send(None))
try:
    g.throw(ValueError("injected"))
except StopIteration as e:
    print(e.value)

# throw into a chain whose iterator has its own throw method
class Thrower:
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        return "thrower-step"
    def throw(self, *args):
        print("Thrower.throw got", len(args), "args:", [a if isinstance(a, str) else type(a).__name__ for a in args])
        raise StopIteration("thrower-result")
    def close(self):
        print("Thrower.close called")

async def uses_thrower():
    r = await Thrower()
    return "after thrower: " + r

t = uses_thrower()
print(t.send(None))
try:
    t.throw(ValueError)
except StopIteration as e:
    print(e.value)

t = uses_thrower()
print(t.send(None))
try:
    t.throw(ValueError, ValueError("v"))
except StopIteration as e:
    print(e.value)

t = uses_thrower()
t.send(None)
t.close()
print("closed", t.cr_frame)

# iterator without throw: the exception is raised in the coroutine
class Plain:
    def __await__(self):
        return iter([1, 2, 3])

async def uses_plain():
    try:
        await Plain()
    except IndexError:
        return "plain caught"

p = uses_plain()
print(p.send(None), p.send(None))
try:
    p.throw(IndexError)
except StopIteration as e:
    print(e.value)

# close() is delegated down the chain: every finally runs, innermost first
async def level(n):
    try:
        if n == 0:
            await Suspend("bottom")
        else:
            await level(n - 1)
    finally:
        print("finally level", n)

c = level(3)
c.send(None)
c.close()

# Awaiting the same coroutine twice
async def once():
    return 1

async def twice():
    c = once()
    a = await c
    b = await c
    return a + b

try:
    run(twice())
except RuntimeError as e:
    print("RuntimeError:", e)

# A coroutine that is already being awaited cannot be awaited again
async def slow():
    await Suspend("slow")

shared = slow()

async def first():
    await shared

async def second():
    await shared

f1 = first()
f1.send(None)
try:
    second().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
f1.close()

# Return values of many kinds
async def values():
    return (1, [2], {"three": 3})

print(run(values()))

async def recursive(n):
    if n == 0:
        return 0
    return n + await recursive(n - 1)

print(run(recursive(50)))
