# generator send/throw/close, yield expressions, generator-based state machines
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def traffic():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
t = traffic()
print([next(t) for _ in range(7)])
def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("  handled", e)
r = resilient()
print(next(r), r.throw(ValueError("v1")), r.throw(ValueError("v2")), next(r))
def closing():
    try:
        while True:
            yield
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
c = closing()
next(c)
c.close()
c.close()
print("closed twice ok")
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    return "inner-result"
def outer():
    res = yield from inner()
    print("  outer got", res)
    yield "outer-done"
o = outer()
print(next(o), o.send("sent-value"))
def gen_exc():
    yield 1
    1 / 0
g = gen_exc()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(g))
def nested_gen(n):
    if n:
        yield n
        yield from nested_gen(n - 1)
        yield -n
print(list(nested_gen(3)))
