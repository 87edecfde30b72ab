# One FOR_ITER site iterating ranges, lists, tuples, generators, strs,
# dicts and user iterators in turn; lists mutated during iteration.
def total(it):
    s = 0
    n = 0
    for x in it:
        s = s + x if not isinstance(x, str) else s + len(x)
        n += 1
    return (s, n)

def gen(n):
    for i in range(n):
        yield i * 3

class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

makers = [range, lambda n: list(range(n)), lambda n: tuple(range(n)), gen,
          lambda n: "ab" * n, lambda n: {i: 0 for i in range(n)}, Count,
          lambda n: range(n, 0, -2), lambda n: iter(list(range(n))), lambda n: set(range(n)),
          lambda n: range(2 ** 62, 2 ** 62 + n), lambda n: [float(i) for i in range(n)],
          lambda n: reversed(range(n)), lambda n: map(abs, range(-n, 0))]
for r in range(3):
    print([total(mk(10 + r * 7)) for mk in makers])
for r in range(60):
    last = total(makers[r % len(makers)](r))
print(last)

# mutation during iteration at a specialized list site
def walk(xs, grow):
    seen = []
    for x in xs:
        seen.append(x)
        if grow and len(xs) < 40:
            xs.append(x + 100)
        elif not grow and x % 3 == 0 and x in xs:
            xs.remove(x)
    return seen
for r in range(50):
    a = walk(list(range(12)), r % 2 == 0)
    if r >= 47:
        print(a)
xs = list(range(10))
it = iter(xs)
out = []
for x in it:
    out.append(x)
    if x == 4:
        xs.clear()
print(out, list(it))
ys = [1, 2, 3]
out = []
for i, y in enumerate(ys):
    out.append(y)
    if i < 5:
        ys.insert(0, -i)
print(out, ys)

# a for-loop over an exhausted iterator and nested loops sharing names
t = (1, 2, 3)
acc = []
for i in range(60):
    for a in t:
        for b in (t if i % 2 else range(2)):
            acc.append(a * b)
print(len(acc), sum(acc), acc[-5:])
