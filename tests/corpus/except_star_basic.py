# except*: matching parts, handlers, re-raising the rest, naked exceptions.
import sys
def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for x in e.exceptions:
                print("   ctx", repr(x.__context__), "cause", repr(x.__cause__))
    else:
        print(label, "no exception")

def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught", repr(e), repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("caught2", repr(e))
show("a", a)

def b():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("only value")
show("b", b)

def c():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise
show("c", c)

def d():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("d caught", repr(e), e.__traceback__, e.exceptions[0].__traceback__ is not None)
show("d", d)

def e():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("no")
show("e", e)

def f():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("from handler")
show("f", f)

def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* (ValueError, KeyError) as e:
        print("g", repr(e))
    except* TypeError as e:
        print("g2", repr(e))
        raise e
show("g", g)

def h():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else ran")
    finally:
        print("finally ran")
show("h", h)

def i():
    for k in range(3):
        try:
            if k == 1:
                raise ExceptionGroup("x", [OSError(k)])
            print("body", k)
        except* OSError as e:
            print("handler", k, repr(e))
            for j in range(5):
                if j == 2:
                    break
            print("j", j)
        print("after", k)
show("i", i)

def j():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    print("e bound?", 'e' in dir())
show("j", j)

def k():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
show("k", k)
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
def l():
    try:
        raise eg
    except* ValueError:
        raise
    except* TypeError:
        raise
try: l()
except ExceptionGroup as e: print("l same", e is eg, repr(e))
def m():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        1/0
    except* TypeError:
        raise OSError("x")
show("m", m)
def n():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print("n", repr(e), type(e).__name__)
show("n", n)
def o():
    try:
        raise ValueError(1)
    except* 42:
        pass
show("o", o)
def p():
    try:
        raise ValueError(1)
    except* (ValueError, ExceptionGroup):
        pass
show("p", p)
def q():
    try:
        try:
            raise TypeError(5)
        except* ValueError:
            pass
    except TypeError as e:
        print("q plain", repr(e))
show("q", q)
def r():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError(3)
        except KeyError:
            print("inner handled", repr(sys.exc_info()[1]))
        print("back", repr(sys.exc_info()[1]))
    print("after", sys.exc_info())
show("r", r)
