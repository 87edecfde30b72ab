# A generator that calls f(*args) while list()/unpacking collects its items:
# the call's collected arguments must not leak into the collected items.
def f(*args, **kw):
    return ("f", args, kw)

def gen(x):
    args = (x, x + 1)
    yield f(*args)
    yield f(*args, k=1)

print(list(gen(1)))
print([*gen(5)])
a, b = gen(7)
print(a, b)
print(tuple(f(*[i, i]) for i in range(3)))
print(sorted(gen(2), key=repr))

class Lazy:
    def __iter__(self):
        yield f(*"ab")
        yield f(*[1], **{"z": 2})

print(list(Lazy()), set(map(len, Lazy())))
