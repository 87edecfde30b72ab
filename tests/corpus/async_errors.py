# Error messages of the await / async with / async for protocols, and the
# compile-time errors of async code.

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

def check(label, coro_fn):
    try:
        print(label, "->", run(coro_fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

async def await_int():
    await 5
check("await int", await_int)

class NoIter:
    def __await__(self):
        return 42
async def await_noiter():
    await NoIter()
check("__await__ non-iterator", await_noiter)

async def helper():
    return 1
class ReturnsCoro:
    def __await__(self):
        self.c = helper()
        return self.c
async def await_coro_from_await():
    r = ReturnsCoro()
    try:
        await r
    finally:
        r.c.close()
check("__await__ coroutine", await_coro_from_await)

class AwaitNone:
    __await__ = None
async def await_none_attr():
    await AwaitNone()
check("__await__ = None", await_none_attr)

def gen():
    yield 1
async def await_generator():
    await gen()
check("await generator", await_generator)

async def await_list():
    await [1, 2]
check("await list", await_list)

class GenAwait:
    def __await__(self):
        yield from [1, 2]
        return "gen-await"
async def await_ok():
    return await GenAwait()
check("generator __await__", await_ok)

# async with
class NoAenter:
    pass
async def with_plain():
    async with NoAenter():
        pass
check("async with object", with_plain)

class OnlyAenter:
    async def __aenter__(self):
        return self
async def with_no_aexit():
    async with OnlyAenter():
        pass
check("async with no __aexit__", with_no_aexit)

class SyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
async def with_sync():
    async with SyncCM():
        pass
check("async with sync manager", with_sync)

class BadAenter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False
async def with_bad_aenter():
    async with BadAenter():
        pass
check("__aenter__ not awaitable", with_bad_aenter)

class BadAexit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return "x"
async def with_bad_aexit():
    async with BadAexit():
        pass
check("__aexit__ not awaitable", with_bad_aexit)

async def plain_with_async_manager():
    with OnlyAenter():
        pass
check("with async manager", plain_with_async_manager)

# async for
async def for_list():
    async for x in [1, 2]:
        pass
check("async for list", for_list)

class AiterNoAnext:
    def __aiter__(self):
        return 5
async def for_no_anext():
    async for x in AiterNoAnext():
        pass
check("__aiter__ returns int", for_no_anext)

class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7
async def for_anext_int():
    async for x in AnextNotAwaitable():
        pass
check("__anext__ returns int", for_anext_int)

async def for_cause():
    try:
        async for x in AnextNotAwaitable():
            pass
    except TypeError as e:
        return repr(e.__cause__)
check("cause", for_cause)

async def agen():
    yield 1
async def for_sync_over_agen():
    for x in agen():
        pass
check("for over async generator", for_sync_over_agen)

async def yield_from_coro():
    pass
def delegating():
    c = yield_from_coro()
    try:
        yield from c
    finally:
        c.close()
try:
    next(delegating())
except TypeError as e:
    print("yield from coroutine ->", e)

# compile-time errors
sources = [
    "await x",
    "def f():\n    await x",
    "lambda: await x",
    "class C:\n    await x",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    return 2\n    yield 1",
    "def f():\n    async with x: pass",
    "def f():\n    async for x in y: pass",
    "async with x: pass",
    "async for x in y: pass",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return [x async for x in y]",
    "[x async for x in y]",
    "{x: 1 async for x in y}",
    "def f():\n    return [[await x for x in y] for y in z]",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    x = [(yield) for y in z]",
    "async def f():\n    class C:\n        await x",
    "async def f():\n    lambda: await x",
    "def f(x=await y): pass",
    "async def f(x=await y): pass",
    "def f():\n    async with a:\n        pass",
]
for src in sources:
    try:
        exec(src, {})
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)

# these compile (and define functions only)
ok = [
    "def f():\n    return (await x for x in y)",
    "g = lambda: (x async for x in ())",
    "def f():\n    return ([await x for x in y] for y in z)",
    "async def f():\n    def g(x=await y): pass",
    "async def f():\n    return [[await x for x in y] for y in z]",
    "async def f():\n    yield\n    return",
    "async def f():\n    await x\n    async with a:\n        async for b in c:\n            pass",
]
for src in ok:
    ns = {}
    exec(src, ns)
    print("compiled", repr(src))
