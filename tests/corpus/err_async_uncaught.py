# An exception escaping a coroutine chain driven by send().

class Pause:
    def __await__(self):
        yield "pause"

async def inner(x):
    await Pause()
    return 10 // x

async def outer():
    total = 0
    for x in (2, 1, 0):
        total += await inner(x)
    return total

c = outer()
print(c.send(None))
print(c.send(None))
print(c.send(None))
c.send(None)
