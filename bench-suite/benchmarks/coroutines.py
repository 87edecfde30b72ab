"""coroutines: a hand-driven pipeline of `async def` coroutines (no asyncio).

Stages are native coroutines that `await` small awaitable objects; the
awaitables' `__await__` generators yield requests to a tiny round-robin
scheduler written here, which resumes coroutines with `coro.send(value)`.
A producer sends numbers through bounded channels to a filter, a
transformer and an accumulator; a second workload awaits nested coroutine
calls (a recursive sum).  SIZE is the number of items produced.
"""

NAME = "coroutines"
SIZES = {"smoke": 2000, "default": 200000}


class Suspend:
    """Awaitable that hands a request to the scheduler and returns its answer."""

    __slots__ = ("request",)

    def __init__(self, request):
        self.request = request

    def __await__(self):
        answer = yield self.request
        return answer


class Channel:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.closed = False

    async def put(self, item):
        while len(self.items) >= self.capacity:
            await Suspend(("wait", self))
        self.items.append(item)

    async def get(self):
        while not self.items:
            if self.closed:
                return None
            await Suspend(("wait", self))
        return self.items.pop(0)

    def close(self):
        self.closed = True


class Scheduler:
    def __init__(self):
        self.ready = []
        self.switches = 0

    def spawn(self, coro):
        self.ready.append(coro)

    def run(self):
        ready = self.ready
        while ready:
            coro = ready.pop(0)
            try:
                coro.send(None)
            except StopIteration:
                continue
            self.switches += 1
            ready.append(coro)


async def producer(n, out):
    for i in range(n):
        await out.put(i)
    out.close()


async def keep_if(predicate, source, out):
    while True:
        item = await source.get()
        if item is None:
            break
        if predicate(item):
            await out.put(item)
    out.close()


async def transform(function, source, out):
    while True:
        item = await source.get()
        if item is None:
            break
        await out.put(function(item))
    out.close()


async def accumulate(source, result):
    while True:
        item = await source.get()
        if item is None:
            break
        result["count"] += 1
        result["total"] += item


async def tree_sum(depth):
    if depth == 0:
        return 1
    left = await tree_sum(depth - 1)
    right = await tree_sum(depth - 1)
    return left + right + 1


def drive(coro):
    """Run a coroutine that never suspends to its result."""
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


def echo_total(values):
    async def echo():
        total = 0
        while True:
            value = await Suspend("next")
            if value is None:
                return total
            total += value

    coro = echo()
    request = coro.send(None)
    for v in values:
        if request != "next":
            raise RuntimeError("unexpected request %r" % (request,))
        request = coro.send(v)
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("echo did not finish")


def run(size):
    scheduler = Scheduler()
    numbers = Channel(16)
    multiples = Channel(8)
    squares = Channel(4)
    result = {"count": 0, "total": 0}
    scheduler.spawn(producer(size, numbers))
    scheduler.spawn(keep_if(lambda x: x % 3 != 0, numbers, multiples))
    scheduler.spawn(transform(lambda x: x * x, multiples, squares))
    scheduler.spawn(accumulate(squares, result))
    scheduler.run()
    nested = drive(tree_sum(12))
    echoed = echo_total(range(size))
    return result["count"], result["total"], nested, echoed, scheduler.switches


def check(size, result):
    count, total, nested, echoed, switches = result
    want_count = size - (size + 2) // 3
    want_total = sum(x * x for x in range(size) if x % 3 != 0)
    if count != want_count or total != want_total:
        return "pipeline gave count %d total %d, expected %d and %d" % (
            count, total, want_count, want_total)
    if nested != (1 << 13) - 1:
        return "nested awaits gave %d, expected %d" % (nested, (1 << 13) - 1)
    if echoed != size * (size - 1) // 2:
        return "send() total %d, expected %d" % (echoed, size * (size - 1) // 2)
    if switches < size // 4:
        return "scheduler switched only %d times" % switches
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
