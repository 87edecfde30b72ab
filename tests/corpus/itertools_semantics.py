# itertools: subclassing, groupby invalidation, errors from inputs, tee sharing and re-entrancy
from itertools import *
import itertools

class MyChain(chain):
    def __init__(self, *a):
        self.extra = 'hi'
c = MyChain('ab', 'c')
print(list(c), c.extra, type(c).__name__, isinstance(c, chain), MyChain.__mro__[1])

class Countdown(count):
    def __next__(self):
        return -super().__next__()
cd = Countdown(3)
print(next(cd), next(cd), [x for _, x in zip(range(2), cd)])

class R(repeat):
    pass
print(repr(R(1, 2)), repr(R('a')))
class C2(count): pass
print(repr(C2(5)), repr(C2(5, 2)))

for base in [itertools._grouper, itertools._tee, itertools._tee_dataobject]:
    try:
        class X(base): pass
    except TypeError as e:
        print(e)

# groupby invalidation
g = groupby('aaabbb')
_, first = next(g)
_, second = next(g)
print(list(first), list(second))
g = groupby([1, 1, 2])
k, grp = next(g)
print(next(grp))
print([(k, list(v)) for k, v in g])
print(list(grp))

# errors propagating from inner iterators
def bad():
    yield 1
    raise ValueError('boom')
for tool in [lambda: chain(bad()), lambda: islice(bad(), 5), lambda: pairwise(bad()), lambda: zip_longest(bad(), 'abc'),
             lambda: accumulate(bad()), lambda: dropwhile(lambda x: True, bad()),
             lambda: tee(bad())[0], lambda: starmap(lambda x: x, [(1,), 2])]:
    it = tool()
    try:
        for x in it: pass
    except Exception as e:
        print(type(e).__name__, e)
    print(' after:', list(it))

# tee re-entrancy
def gen():
    yield 1
    next(t[0])
    yield 2
t = tee(gen())
try:
    print(list(t[0]))
except RuntimeError as e:
    print('RuntimeError', e)

# tee of a tee copies
a, b = tee('abcdef')
next(a)
c, d = tee(a)
print(list(c), list(d), list(b), type(c))
# tee n>2, big buffers across links
src = iter(range(200))
ts = tee(src, 3)
print(sum(ts[0]), sum(ts[1]), sum(ts[2]))
x, y = tee(range(1000))
for i in range(1000):
    assert next(x) == next(y) == i
print('lockstep ok')

# count with floats, negative steps
print(list(islice(count(0.1, 0.1), 3)), list(islice(count(5, -2), 3)))
# accumulate non-numbers
print(list(accumulate([[1], [2], [3]])), list(accumulate(['a', 'b'], lambda x, y: y + x)))
# product of generators
print(list(product((i for i in range(2)), repeat=2)))
print(list(islice(zip_longest(count(), 'ab'), 4)))
print(list(starmap(lambda a, b: a + b, zip('abc', 'xyz'))))
# star unpacking and sum with tools
print(sum(islice(count(1), 100)), max(chain([3], [9, 1])), sorted(chain('ba', 'dc')))
a, *b = islice(count(), 4)
print(a, b)
print(dict(zip_longest('ab', [1])), set(chain('aab')))
it = islice('abc', 1)
print(list(it), list(it))
print(list(islice(iter(list(range(5))), 2, 4)), list(permutations([1, 1])))
