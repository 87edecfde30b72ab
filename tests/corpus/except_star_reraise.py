# except*: what leaves the try statement (raised vs re-raised parts, order,
# nesting, chaining of exceptions raised in handlers).
import sys

def tree(e, ind=0):
    if isinstance(e, BaseExceptionGroup):
        print(" " * ind + f"{type(e).__name__}({e.message!r})")
        for x in e.exceptions:
            tree(x, ind + 2)
    else:
        ctx = e.__context__
        print(" " * ind + repr(e) + (f"  <ctx {ctx!r}>" if ctx is not None else ""))

def run(label, f):
    print("--", label)
    try:
        f()
        print("  no exception")
    except BaseException as e:
        tree(e, 2)
        return e

def src():
    return ExceptionGroup("src", [ValueError(1), TypeError(2), ExceptionGroup("nested", [ValueError(3), OSError(4)]), KeyError(5)])

def all_reraised():
    try:
        raise src()
    except* ValueError:
        raise
    except* TypeError:
        raise
run("all reraised", all_reraised)

def one_new():
    try:
        raise src()
    except* ValueError:
        raise RuntimeError("new")
run("one new", one_new)

def two_new():
    try:
        raise src()
    except* ValueError as e:
        raise RuntimeError("from value") from e
    except* OSError:
        raise ZeroDivisionError("from os")
    except* KeyError:
        pass
e = run("two new", two_new)
print(" cause", repr(e.exceptions[0].__cause__))

def raise_match():
    try:
        raise src()
    except* TypeError as e:
        raise e
run("raise e (new traceback: counts as raised)", raise_match)

def new_group():
    try:
        raise src()
    except* ValueError:
        raise ExceptionGroup("in handler", [IndexError(8), IndexError(9)])
run("group raised in handler", new_group)

def nested_try():
    try:
        try:
            raise src()
        except* ValueError:
            print("  inner handles ValueError")
    except* OSError as e:
        print("  outer gets", repr(e))
        raise
    except* TypeError:
        print("  outer handles TypeError")
run("nested", nested_try)

def handler_error_chain():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        try:
            1 / 0
        except ZeroDivisionError:
            raise OSError("inside")
run("chain in handler", handler_error_chain)

def finally_runs():
    try:
        try:
            raise src()
        except* KeyError:
            print("  key")
        finally:
            print("  finally", sys.exc_info()[0].__name__)
    except ExceptionGroup as e:
        print("  after finally", repr(e.exceptions[0]))
run("finally", finally_runs)

def exc_info_after():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("  in handler", repr(sys.exc_info()[1]))
    print("  after", sys.exc_info())
run("exc_info", exc_info_after)

def in_except():
    try:
        raise NameError("outer")
    except NameError:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("  handled", repr(sys.exc_info()[1]))
        print("  still handling", repr(sys.exc_info()[1]))
e = run("inside except", in_except)
print(" context of rest", repr(e.__context__))

def generator():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield 2
    yield 3
def gen_run():
    for v in generator():
        print("  got", v)
run("generator", gen_run)

def loop():
    for i in range(3):
        try:
            raise ExceptionGroup("loop", [ValueError(i)] * (i + 1))
        except* ValueError as e:
            print("  iteration", i, len(e.exceptions))
        else:
            print("  never")
run("loop", loop)

def base_groups():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("  kb", repr(e))
run("base group", base_groups)
