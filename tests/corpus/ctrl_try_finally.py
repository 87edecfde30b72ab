# try/except/else/finally, finally with return/break/continue
def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print("  except")
        return "err"
    else:
        print("  else")
        return r
    finally:
        print("  finally", x)
print(f(2)); print(f(0))
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("  body", i)
        finally:
            print("  fin", i)
    return i
print(h())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        except KeyError:
            log.append("inner except")
            raise TypeError("t")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append("outer except " + str(e))
    finally:
        log.append("outer finally")
    return log
print(order())
try:
    try:
        1 / 0
    finally:
        print("cleanup before propagate")
except ZeroDivisionError as e:
    print("caught", e)
for exc in (ValueError, TypeError, KeyError, IndexError):
    try:
        raise exc("m")
    except (ValueError, TypeError) as e:
        print("group1", type(e).__name__)
    except LookupError as e:
        print("lookup", type(e).__name__, repr(e))
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
def count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("  loop finally", n)
print(count())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    x = 1
except:
    pass
print("e deleted:", "e" not in dir())
