# Each generator/coroutine keeps its own "exception being handled" across
# suspensions (sys.exc_info, bare raise, implicit chaining), as in CPython.
import sys

class Pause:
    def __await__(self):
        yield "pause"

def current():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

async def handler():
    try:
        raise ValueError("v")
    except ValueError:
        await Pause()
        print("inside after resume:", current())
        raise

c = handler()
c.send(None)
print("caller while suspended:", current())
try:
    raise KeyError("k")
except KeyError as e:
    print("KeyError context:", repr(e.__context__))
    try:
        c.send(None)
    except ValueError as e2:
        print("re-raised:", repr(e2), "context:", repr(e2.__context__))
print("after:", current())

def gen():
    try:
        raise IndexError("i")
    except IndexError:
        yield current()
        yield current()
    yield current()

g = gen()
print(next(g), current())
try:
    raise TypeError
except TypeError:
    print(next(g), current())
print(next(g), current())

# A generator with no exception of its own sees its caller's.
def plain():
    yield current()

p = plain()
try:
    raise OSError
except OSError:
    print("plain sees:", next(p))

# Exceptions raised inside a resumed frame chain to the frame's own state.
async def chains():
    try:
        raise LookupError("outer")
    except LookupError:
        await Pause()
        raise RuntimeError("inner")

c = chains()
c.send(None)
try:
    raise ZeroDivisionError
except ZeroDivisionError:
    try:
        c.send(None)
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__))

# throw() into a frame handling an exception
def catcher():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            yield 1
        except KeyError as e:
            yield "context of thrown: " + repr(e.__context__)

k = catcher()
next(k)
print(k.throw(KeyError("second")))

# bare raise in a generator with nothing to re-raise
def bare():
    yield 1
    raise

b = bare()
next(b)
try:
    raise ValueError("caller's")
except ValueError:
    try:
        next(b)
    except Exception as e:
        print("bare raise ->", repr(e))

# re-raising a saved exception object chains it again
saved = None
try:
    raise KeyError("saved")
except KeyError as e:
    saved = e
try:
    try:
        raise IndexError("now")
    except IndexError:
        raise saved
except KeyError as e:
    print("saved context:", repr(e.__context__))
