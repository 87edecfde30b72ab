# closures: counters, late binding, cells
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i * 10 for i in range(4)]
print([f() for f in fs])
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in make_adders()])
def late():
    fns = []
    for k in "abc":
        def g():
            return k
        fns.append(g)
    return [g() for g in fns]
print(late())
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
print(a(1), a(2), a(3))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))
print(make_counter.__name__, c1.__name__, c1.__closure__ is not None, len(c1.__closure__), c1.__closure__[0].cell_contents)
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def sq(n):
    print("  computing", n)
    return n * n
print(sq(4), sq(4), sq(5), sorted(sq.cache.items()))
