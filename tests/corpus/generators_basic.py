# generator functions, next, StopIteration, send, return value
def countdown(n):
    print("  start")
    while n > 0:
        yield n
        n -= 1
    print("  end")
g = countdown(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(list(countdown(2)), list(countdown(0)))
def with_return():
    yield 1
    return "retval"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
e = echo()
print(next(e), e.send("a"), e.send("b"), e.send(None))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
out = []
for v in naturals():
    if v > 5:
        break
    out.append(v)
print(out)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def delegate():
    r = yield from with_return()
    yield "got " + r
    yield from range(3)
print(list(delegate()))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  gen cleanup")
g = gen_finally()
print(next(g))
g.close()
print("closed")
def thrower():
    try:
        yield 1
    except ValueError as ex:
        yield "caught " + str(ex)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
sq = (x * x for x in range(5))
print(sum(sq), sum(sq))
print(list(zip(naturals(), "abc")), next(iter(naturals())))
def empty():
    return
    yield
print(list(empty()))
