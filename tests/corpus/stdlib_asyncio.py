# asyncio on the selector event loop: run, tasks, gather, sleeps (real
# time), exceptions, cancellation, wait_for timeouts, queues, locks, events.
import asyncio
import time

log = []


async def work(name, delay, fail=False):
    log.append("start " + name)
    await asyncio.sleep(delay)
    if fail:
        raise ValueError("boom " + name)
    log.append("done " + name)
    return name.upper()


async def gathers():
    r = await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0))
    print("gather", r)
    print(log)
    log.clear()
    r = await asyncio.gather(work("e", 0.01, True), work("f", 0), return_exceptions=True)
    print("return_exceptions", r)
    try:
        await asyncio.gather(work("g", 0, True), work("h", 0.01))
    except ValueError as e:
        print("gather raised", type(e).__name__, e)
    await asyncio.sleep(0.02)
    print(sorted(log))
    log.clear()


async def tasks():
    t = asyncio.create_task(work("t", 0.01), name="worker")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result(), t.exception())
    bad = asyncio.create_task(work("bad", 0, True))
    try:
        await bad
    except ValueError as e:
        print("task raised", e, bad.done(), repr(bad.exception()))
    slow = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print("cancelled", slow.cancelled())
    log.clear()


async def timeouts():
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.03)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(work("w", 0.0), 1))
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout() expired")
    log.clear()


async def sync_primitives():
    q = asyncio.Queue()

    async def producer():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)

    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item * item)
        return got

    _, got = await asyncio.gather(producer(), consumer())
    print("queue", got)
    lock = asyncio.Lock()
    order = []

    async def locked(i):
        async with lock:
            order.append(("in", i))
            await asyncio.sleep(0.001)
            order.append(("out", i))

    await asyncio.gather(*(locked(i) for i in range(3)))
    print("lock", order)
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "woken"

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print("event", await w)
    done, pending = await asyncio.wait([asyncio.create_task(work("x", 0)), asyncio.create_task(asyncio.sleep(10))], timeout=0.02)
    print("wait", len(done), len(pending))
    for p in pending:
        p.cancel()
    log.clear()


async def main():
    t0 = time.monotonic()
    await asyncio.sleep(0)
    await gathers()
    await tasks()
    await timeouts()
    await sync_primitives()
    t1 = time.monotonic()
    await asyncio.sleep(0.05)
    dt = time.monotonic() - t1
    print("sleep(0.05) took real time:", 0.045 <= dt < 1.0)
    print("running loop:", type(asyncio.get_running_loop()).__name__)
    print("total under 2 s:", time.monotonic() - t0 < 2.0)
    return 42


print("result", asyncio.run(main()))


async def failing():
    await asyncio.sleep(0)
    raise KeyError("k")

try:
    asyncio.run(failing())
except KeyError as e:
    print("run raised", repr(e))
