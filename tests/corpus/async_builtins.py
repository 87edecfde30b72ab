# The builtins aiter() and anext(), with and without a default.

class P:
    def __await__(self):
        v = yield "p"
        return v

async def ag():
    await P()
    yield 1

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    g = ag()
    print(aiter(g) is g)
    print(await anext(g))
    try:
        print(await anext(g))
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    print(await anext(g, "default"))
    print(await anext(ag(), "unused default"))
    c = aiter(Countdown(2))
    print(await anext(c), await anext(c), await anext(c, "done"))
    a = anext(Countdown(1), 5)
    print(type(a).__name__, repr(a).split(" at ")[0])
    print(await a)
    for bad in (1, [1], "s"):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
    class A:
        def __aiter__(self):
            return 1
    try:
        aiter(A())
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext()
    except TypeError as e:
        print("TypeError:", e)

async def catcher():
    try:
        await P()
    except KeyError:
        yield "caught"

def drive(coro):
    v = None
    while True:
        try:
            y = coro.send(v)
        except StopIteration as e:
            return e.value
        print("loop got", y)
        v = "sent-" + str(y)

drive(main())

# anext_awaitable forwards throw() to the underlying awaitable
aw = anext(catcher(), "dflt")
print(aw.send(None))
try:
    aw.throw(KeyError)
except StopIteration as e:
    print("thrown ->", e.value)
aw2 = anext(Countdown(0), "empty")
try:
    aw2.send(None)
except StopIteration as e:
    print("default ->", e.value)
