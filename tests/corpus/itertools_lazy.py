# itertools laziness: exactly what each tool consumes from its inputs, and when
from itertools import *

class Trace:
    def __init__(self, name, items):
        self.name, self.items, self.i = name, list(items), 0
    def __iter__(self):
        print('  iter', self.name)
        return self
    def __next__(self):
        if self.i >= len(self.items):
            print('  next', self.name, '-> stop')
            raise StopIteration
        v = self.items[self.i]; self.i += 1
        print('  next', self.name, '->', v)
        return v

def show(label, it, n=10):
    print(label)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            out.append('STOP'); break
    print(' ', out)

show('islice 2', islice(Trace('a', range(10)), 2))
show('islice 1,3', islice(Trace('a', range(10)), 1, 3))
show('islice 0', islice(Trace('a', range(10)), 0))
show('islice 1,None,3', islice(Trace('a', range(6)), 1, None, 3))
show('islice 5,7 short', islice(Trace('a', range(3)), 5, 7))
show('chain', chain(Trace('a', [1]), Trace('b', []), Trace('c', [2])))
show('chain.from_iterable', chain.from_iterable(Trace('outer', ['xy', 'z'])))
show('compress', compress(Trace('d', 'abc'), Trace('s', [0, 1])))
show('takewhile', takewhile(lambda x: x < 2, Trace('a', range(5))))
show('dropwhile', dropwhile(lambda x: x < 2, Trace('a', range(4))))
show('zip_longest', zip_longest(Trace('a', [1]), Trace('b', [1, 2])))
show('pairwise', pairwise(Trace('a', [1, 2, 3])))
show('accumulate', accumulate(Trace('a', [1, 2]), initial=0))
show('cycle', cycle(Trace('a', [1, 2])), 5)
show('starmap', starmap(max, Trace('a', [(1, 2), (4, 3)])))
show('filterfalse', filterfalse(None, Trace('a', [1, 0, 2])))
print('tee')
a, b = tee(Trace('t', [1, 2, 3]))
print(next(a), next(a), next(b))
print(list(b), list(a))
print('groupby')
g = groupby(Trace('g', 'aabbc'))
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print([(k, list(v)) for k, v in g])
print('groupby key calls')
calls = []
def key(x):
    calls.append(x); return x // 10
print([(k, list(v)) for k, v in groupby([1, 2, 11, 12, 21], key)], calls)
print('product reads all first')
p = product(Trace('p', [1, 2]), Trace('q', 'a'))
print('created')
print(list(p))
print('combinations')
c = combinations(Trace('c', [1, 2, 3]), 2); print('created'); print(next(c))
print('lazy map in chain:', list(islice(chain(count(), 'x'), 3)))
print('zip_longest exhaustion', list(zip_longest(Trace('a', []), Trace('b', []))))
