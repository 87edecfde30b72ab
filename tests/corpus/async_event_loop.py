# A hand-written event loop (no asyncio): tasks are coroutines driven with
# send(); a Future's __await__ yields the future itself to the loop; sleeping
# yields a token; async generators and async context managers run on top.

class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
        self.exception = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            cb(self)

    def set_exception(self, exc):
        self.done = True
        self.exception = exc
        for cb in self.callbacks:
            cb(self)

    def __await__(self):
        if not self.done:
            yield self
        if self.exception is not None:
            raise self.exception
        return self.result

    def __repr__(self):
        return "<Future %s%s>" % (self.name, " done" if self.done else "")


class Sleep:
    """Yielded to the loop: resume after `ticks` scheduler ticks."""
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield self


class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__(name)
        self.loop = loop
        self.coro = coro

    def step(self, value=None, exc=None):
        try:
            if exc is not None:
                yielded = self.coro.throw(exc)
            else:
                yielded = self.coro.send(value)
        except StopIteration as e:
            self.loop.log("task %s finished -> %r" % (self.name, e.value))
            self.set_result(e.value)
            return
        except Exception as e:
            self.loop.log("task %s failed -> %r" % (self.name, e))
            self.set_exception(e)
            return
        if isinstance(yielded, Sleep):
            self.loop.call_later(yielded.ticks, self.step)
        elif isinstance(yielded, Future):
            if yielded.done:
                self.loop.call_soon(self.step)
            else:
                yielded.callbacks.append(lambda f: self.loop.call_soon(self.step))
        else:
            self.loop.call_soon(self.step, None, TypeError("bad yield: %r" % (yielded,)))


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.timers = []
        self.seq = 0
        self.lines = []

    def log(self, msg):
        self.lines.append("[t=%d] %s" % (self.now, msg))

    def call_soon(self, fn, *args):
        self.ready.append((fn, args))

    def call_later(self, ticks, fn, *args):
        self.seq += 1
        self.timers.append((self.now + ticks, self.seq, fn, args))

    def create_task(self, coro, name):
        t = Task(self, coro, name)
        self.call_soon(t.step)
        return t

    def run_until_complete(self, coro):
        main = self.create_task(coro, "main")
        while not main.done:
            if not self.ready:
                if not self.timers:
                    raise RuntimeError("deadlock")
                self.timers.sort()
                when = self.timers[0][0]
                self.now = when
                while self.timers and self.timers[0][0] == when:
                    _, _, fn, args = self.timers.pop(0)
                    self.ready.append((fn, args))
            batch, self.ready = self.ready, []
            for fn, args in batch:
                fn(*args)
        if main.exception is not None:
            raise main.exception
        return main.result


loop = Loop()

async def sleep(ticks):
    await Sleep(ticks)

async def worker(name, delay, n):
    total = 0
    for i in range(n):
        await sleep(delay)
        loop.log("%s step %d" % (name, i))
        total += i
    return (name, total)

async def ticker(n):
    for i in range(n):
        await sleep(1)
        yield i

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await sleep(1)
        loop.log("acquire %s" % self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await sleep(1)
        loop.log("release %s (%s)" % (self.name, et.__name__ if et else "ok"))
        return False

async def failing():
    await sleep(2)
    raise ValueError("task failed")

async def waiter(fut):
    loop.log("waiting for %r" % fut)
    v = await fut
    loop.log("got %r" % (v,))
    return v

async def main():
    a = loop.create_task(worker("A", 2, 3), "A")
    b = loop.create_task(worker("B", 3, 2), "B")
    ticks = []
    async for t in ticker(4):
        ticks.append(t)
    loop.log("ticks %r" % ticks)
    async with Resource("db") as r:
        loop.log("using %s" % r.name)
        ra = await a
        rb = await b
    fut = Future("manual")
    w = loop.create_task(waiter(fut), "waiter")
    await sleep(1)
    fut.set_result(42)
    got = await w
    f = loop.create_task(failing(), "failing")
    try:
        await f
    except ValueError as e:
        loop.log("caught %r" % e)
    try:
        async with Resource("cache"):
            await failing()
    except ValueError:
        loop.log("error passed through async with")
    squares = [x * x async for x in ticker(3)]
    return ra, rb, got, squares

result = loop.run_until_complete(main())
for line in loop.lines:
    print(line)
print(result)
print("final time", loop.now)

# Cancellation-like throw into a sleeping task
loop2 = Loop()
loop = loop2

async def long_sleeper():
    try:
        await sleep(100)
    except KeyboardInterrupt:
        loop.log("sleeper interrupted")
        return "interrupted"

async def main2():
    t = loop.create_task(long_sleeper(), "sleeper")
    await sleep(1)
    loop.call_soon(t.step, None, KeyboardInterrupt())
    return await t

print(loop2.run_until_complete(main2()))
for line in loop2.lines:
    print(line)
