# The collections module over _collections: namedtuple, Counter, OrderedDict, ChainMap, copy of deque/defaultdict
import copy
from collections import defaultdict as dd, deque, namedtuple, Counter, OrderedDict, ChainMap, UserDict, UserList
def t(f):
    try: r = f(); print('OK', repr(r))
    except Exception as e: print(type(e).__name__, e)
d = dd(list, a=1)
print(copy.copy(d), copy.deepcopy(d), copy.copy(deque([1, [2]], 3)), copy.deepcopy(deque([[1]])))
class D(deque): pass
print(copy.copy(D([1])), type(copy.deepcopy(D([2]))).__name__)
import collections.abc as abc
print(isinstance(deque(), abc.MutableSequence), isinstance(dd(), abc.MutableMapping), issubclass(deque, abc.Sequence))
print(deque.__module__, dd.__module__, OrderedDict.__module__)
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
print(Point.x, Point.__doc__, Point.x.__doc__)
t(lambda: setattr(p, 'x', 3))
t(lambda: Point(1))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults)
print(Counter('abracadabra').most_common(3), Counter(a=3, b=1) + Counter(a=1), Counter([1,1,2])[3])
c = Counter('hello'); c.update('world'); print(sorted(c.items()), c.total())
od = OrderedDict(); od['b'] = 1; od['a'] = 2; od.move_to_end('b'); print(od, list(od), od.popitem(last=False))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm))
ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud))
print(UserList([1, 2]) + [3])

p2 = Point(x=3, y=4)
print(sum(p2), max(p2), p2 == (3, 4), hash(p2) == hash((3, 4)), Point.__name__, type(p2).__mro__[1])
x, y = p2
print(x, y, repr(Point._make(range(2))), Point.__match_args__)
Emp = namedtuple('Emp', 'name, age', rename=False, module='mod')
print(Emp.__module__, Emp('a', 1))
t(lambda: namedtuple('Bad', 'a a'))
t(lambda: namedtuple('Bad', 'class'))
print(Counter('mississippi'), Counter(a=2) - Counter(a=3), Counter(a=1) | Counter(a=2, b=1), +Counter(a=-1, b=2))
print(sorted(Counter('abcab').elements()), Counter([1, 2, 2]).most_common(1))
od = OrderedDict.fromkeys('abc'); od.move_to_end('a', last=False); print(od, od == OrderedDict.fromkeys('abc'), dict(od))
print(list(reversed(od)), od.popitem())
cm = ChainMap({}, {'z': 1}); cm['q'] = 2; print(cm.maps, cm.new_child({'n': 0})['n'], dict(cm.parents))
