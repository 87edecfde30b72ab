# except*: __context__ of the group it builds, of exceptions raised in
# handlers, inside outer handlers, generators and coroutines.
import sys

def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(1)

try:
    raise OSError("outer")
except OSError:
    try:
        f()
    except ExceptionGroup as e:
        print(repr(e))
        print(" group context:", repr(e.__context__))
        print(" raised context:", repr(e.exceptions[0].__context__))
        print(" rest context:", repr(e.exceptions[1].__context__))
    print(" handled again:", repr(sys.exc_info()[1]))

def g():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass

try:
    raise OSError("outer2")
except OSError:
    try:
        g()
    except ExceptionGroup as e:
        print(repr(e), "context:", repr(e.__context__))

def h():
    try:
        try:
            raise NameError("inner")
        except NameError:
            raise ExceptionGroup("made in except", [ValueError(3)])
    except* ValueError as e:
        print("h match", repr(e), "context:", repr(e.__context__))
        raise
try:
    h()
except ExceptionGroup as e:
    print("h result", repr(e), repr(e.__context__))

def gen():
    for i in range(3):
        try:
            raise ExceptionGroup("gen", [ValueError(i), TypeError(i)])
        except* ValueError as e:
            yield "value %d" % e.exceptions[0].args[0]
        except* TypeError as e:
            yield "type %d" % e.exceptions[0].args[0]
print(list(gen()))

async def coro():
    try:
        raise ExceptionGroup("coro", [ValueError("c")])
    except* ValueError as e:
        result = "coroutine handled " + repr(e)
    return result
c = coro()
try:
    c.send(None)
except StopIteration as s:
    print(s.value)

def nested_star():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
        except* KeyError as e:
            print("inner handled", repr(e), "context:", repr(e.__context__))
try:
    nested_star()
except ExceptionGroup as e:
    print("nested result", repr(e))
    for x in e.exceptions:
        print("  ", repr(x), "context:", repr(x.__context__))
