# operator: itemgetter/attrgetter/methodcaller (from _operator), reprs, errors, and the pure-Python functions
import operator
from operator import itemgetter, attrgetter, methodcaller
def t(f):
    try: r = f(); print('OK', repr(r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: operator.itemgetter())
t(lambda: operator.itemgetter(1, x=2))
t(lambda: operator.itemgetter(1)())
t(lambda: operator.itemgetter(1)([1], 2))
t(lambda: operator.itemgetter(1)(x=[1]))
t(lambda: operator.itemgetter(1)([1,2]))
t(lambda: operator.itemgetter(1, 0)([1,2]))
t(lambda: operator.itemgetter(1)(1))
t(lambda: operator.itemgetter('k')({'k': 'v'}))
t(lambda: operator.itemgetter(slice(1, None))('abc'))
t(lambda: repr(operator.itemgetter(1)))
t(lambda: repr(operator.itemgetter(1, 'a')))
t(lambda: operator.attrgetter())
t(lambda: operator.attrgetter(1))
t(lambda: operator.attrgetter('a', x=1))
t(lambda: operator.attrgetter('real')(3))
t(lambda: operator.attrgetter('real', 'imag')(3))
t(lambda: operator.attrgetter('real.real')(3))
t(lambda: operator.attrgetter('foo')(3))
t(lambda: operator.attrgetter('real')())
t(lambda: repr(operator.attrgetter('a.b', 'c')))
t(lambda: operator.methodcaller())
t(lambda: operator.methodcaller(1))
t(lambda: operator.methodcaller('upper')('ab'))
t(lambda: operator.methodcaller('split', ',', maxsplit=1)('a,b,c'))
t(lambda: repr(operator.methodcaller('split', ',', maxsplit=1)))
t(lambda: repr(operator.methodcaller('x')))
t(lambda: operator.methodcaller('upper')())
t(lambda: operator.methodcaller('upper')('a', 'b'))
t(lambda: operator.methodcaller('nope')('a'))
t(lambda: operator.itemgetter(1).__reduce__())
t(lambda: operator.attrgetter('a.b').__reduce__())
t(lambda: operator.methodcaller('a', 1).__reduce__())
t(lambda: hash(operator.itemgetter(1)) is not None)
t(lambda: operator.itemgetter(1) == operator.itemgetter(1))
for tp in (itemgetter, attrgetter, methodcaller):
    print(tp.__name__, tp.__module__, tp)
    try:
        class X(tp): pass
    except TypeError as e:
        print(e)
rows = [('bob', 3, 'x'), ('amy', 1, 'z'), ('cat', 2, 'y'), ('amy', 0, 'w')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 1)))
print(list(map(itemgetter(2), rows)), max(rows, key=itemgetter(1)))
class P:
    def __init__(self, name, age): self.name, self.age = name, age
    def greet(self, g='hi'): return g + ' ' + self.name
    def __repr__(self): return 'P(%s)' % self.name
ps = [P('x', 3), P('y', 1)]
print(sorted(ps, key=attrgetter('age')), [methodcaller('greet')(p) for p in ps], methodcaller('greet', g='yo')(ps[0]))
print(operator.add(1, 2), operator.mul('a', 3), operator.neg(5), operator.truth([]), operator.not_(0))
print(operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.index(7))
print(operator.concat([1], [2]), operator.getitem('abc', 1), operator.length_hint([1, 2], 0), operator.is_(None, None))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.ipow(2, 3))
t(lambda: operator.concat(1, 2))
t(lambda: operator.indexOf([1], 5))
print(operator.lt(1, 2), operator.ge('a', 'b'), operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1), operator.inv(0))
print(operator.__lt__ is operator.lt, operator.itemgetter is itemgetter, operator.attrgetter.__module__)
import _operator
print(_operator.itemgetter is itemgetter, type(_operator.__doc__))
