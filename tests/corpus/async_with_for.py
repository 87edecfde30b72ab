# async with, async for, async comprehensions.

class Yield1:
    def __await__(self):
        yield "io"

def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Yield1()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Yield1()
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

async def basic_with():
    async with Manager("a") as v:
        print("body got", v)
    async with Manager("b"), Manager("c") as w:
        print("two managers", w)
    return "done"

print(run(basic_with()))

async def with_errors():
    try:
        async with Manager("raises"):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e)
    async with Manager("quiet", suppress=True):
        raise KeyError("swallowed")
    print("after suppression")

run(with_errors())

async def with_return():
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    async with Manager("ret"):
        return "returned from with"

print(run(with_return()))

# __aexit__ receiving an exception raised by an await in the body
class Boom:
    def __await__(self):
        yield "x"
        raise OSError("io failed")

async def with_await_error():
    async with Manager("io", suppress=True):
        await Boom()
    return "suppressed io error"

print(run(with_await_error()))

# async iterators
class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Yield1()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def loops():
    out = []
    async for x in Counter(4):
        out.append(x)
    print("collected", out)
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        print("loop item", x)
    else:
        print("not reached")
    async for x in Counter(2):
        pass
    else:
        print("else ran, last", x)
    async for a in Counter(2):
        async for b in Counter(2):
            out.append((a, b))
    return out

print(run(loops()))

async def agen(n):
    for i in range(n):
        await Yield1()
        yield i * i

async def over_agen():
    total = 0
    async for v in agen(5):
        total += v
    return total

print(run(over_agen()))

# return inside async for, and exceptions escaping the loop
async def find(target):
    async for v in agen(10):
        if v == target:
            return "found %d" % v
    return "missing"

print(run(find(16)), run(find(5)))

async def error_in_body():
    try:
        async for v in Counter(3):
            raise RuntimeError("body error %d" % v)
    except RuntimeError as e:
        return str(e)

print(run(error_in_body()))

class BadNext:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise IndexError("from anext")

async def error_in_anext():
    try:
        async for v in BadNext():
            pass
    except IndexError as e:
        return "anext raised " + str(e)

print(run(error_in_anext()))

# async comprehensions
async def comps():
    a = [x async for x in agen(4)]
    b = {x % 3 async for x in agen(6)}
    c = {x: x + 1 async for x in Counter(3)}
    d = [x async for x in agen(6) if x % 2 == 0]
    e = [await Double(x) for x in range(3)]
    f = [y async for x in Counter(2) for y in range(x)]
    g = [(x, y) for x in range(2) async for y in Counter(2)]
    h = [[z async for z in agen(x)] for x in range(3)]
    return a, sorted(b), c, d, e, f, g, h

class Double:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "double"
        return self.v * 2

for item in run(comps()):
    print(item)

# async generator expressions
async def genexps():
    ge = (x * 10 async for x in agen(3))
    print(type(ge).__name__)
    out = [v async for v in ge]
    ge2 = (await Double(x) for x in range(3))
    print(type(ge2).__name__)
    out2 = [v async for v in ge2]
    return out, out2

print(run(genexps()))

def plain_function_genexp():
    # an async genexpr can be created in a plain function
    return (x async for x in agen(2))

async def consume(ag):
    return [x async for x in ag]

print(run(consume(plain_function_genexp())))

# await in various expression positions
async def positions():
    d = {await Double(1): await Double(2)}
    t = (await Double(3), [await Double(4)])
    s = f"{await Double(5)}!"
    n = -await Double(6)
    cond = await Double(1) if await Double(0) else await Double(7)
    return d, t, s, n, cond

print(run(positions()))
