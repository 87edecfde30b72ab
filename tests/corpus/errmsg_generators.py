# errors involving generators and iterators
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def gen():
    yield 1
g = gen()
check("first", lambda: next(g))
check("exhausted", lambda: next(g))
check("send non-None first", lambda: gen().send(5))
def running():
    yield next(r)
r = running()
check("already executing", lambda: next(r))
def stop_inside():
    yield 1
    raise StopIteration("inner")
check("StopIteration in gen", lambda: list(stop_inside()))
check("next non-iterator", lambda: next("abc"))
it = iter([])
check("empty iter", lambda: next(it))
check("next default", lambda: next(it, "dflt"))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close()
next(b)
check("yield in GeneratorExit", lambda: b.close())
