# operator functions (add, iadd, lt, neg, contains, ...) as _operator builtins: results, dunder fallbacks, errors
import operator
def t(f):
    try: r = f(); print('OK', repr(r))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: operator.add(1), lambda: operator.add(a=1,b=2), lambda: operator.neg(), lambda: operator.neg(1, x=2), lambda: operator.not_(1,2), lambda: operator.truth(), lambda: operator.is_(1), lambda: operator.iadd(1), lambda: operator.abs('a'), lambda: operator.contains(1, 2), lambda: operator.getitem(1,2), lambda: operator.inv('a'), lambda: operator.add(1, 'a'), lambda: operator.lt(1, 'a'), lambda: operator.truediv(1, 0), lambda: operator.iadd((), 1)]:
    t(f)
print(operator.add, operator.add.__module__, operator.add.__name__, operator.__add__ is operator.add)
l = [1]; print(operator.iadd(l, [2]) is l, l, operator.imul('ab', 2), operator.ipow(2, 5), operator.ior({1}, {2}))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.ne(1, 1.0), operator.ge('b', 'a'), operator.le(None, None) if False else 0)
class V:
    def __eq__(self, o): return 'eq!'
    def __neg__(self): return 'neg!'
    def __contains__(self, x): return 7
print(operator.eq(V(), 1), operator.neg(V()), operator.contains(V(), 1), operator.not_(V()), operator.truth([0]))
print(operator.abs(-3), operator.abs(-2.5), operator.pos(True), operator.invert(5), operator.and_(True, False), operator.mod('%s!', 'x'))
print(operator.is_not(None, 0), operator.getitem({'a': 1}, 'a'), operator.matmul.__name__)
t(lambda: operator.matmul(1, 2))
t(lambda: operator.imatmul(1, 2))
t(lambda: operator.le(None, None))
