# types.GenericAlias / UnionType: attributes forwarded to the origin, PEP 646
# unpacking (iter, __unpacked__), substitution, pickling, subclasses.
import types
a=list[int]
print(a.__class__, a.__module__, a.__name__, a.__origin__, a.__args__, a.__parameters__)
try: a.__origin__=1
except Exception as e: print(type(e).__name__, e)
try: a.foo=1
except Exception as e: print(type(e).__name__, e)
try: types.GenericAlias(list)
except Exception as e: print(type(e).__name__, e)
try: types.GenericAlias(list, int, x=1)
except Exception as e: print(type(e).__name__, e)
print(types.GenericAlias(list, int), types.GenericAlias(list, ()), list[()], list[[int, str]])
u=iter(tuple[int,str]); print(type(u).__name__, next(u), list(u))
print(*tuple[int], [*tuple[int]][0].__unpacked__, [*tuple[int]][0].__typing_unpacked_tuple_args__, list[int].__typing_unpacked_tuple_args__)
print([*list[int]][0].__typing_unpacked_tuple_args__)
r = [*tuple[int]][0].__reduce__(); print(r[0], type(r[1][0]).__name__)
print(dict[int, list[str]] == dict[int, list[str]], [*tuple[int]][0] == tuple[int])
try: list[int][int]
except Exception as e: print(type(e).__name__, e)
from typing import TypeVar
T = TypeVar('T'); S = TypeVar('S')
print(dict[T, list[S]].__parameters__, dict[T, list[S]][str, int], list[T][int], (int | T).__parameters__, (int | list[T])[str])
try: dict[T, S][int]
except Exception as e: print(type(e).__name__, e)
print(hash(list[int]) == hash(list[int]), list[int] | None, int | str | int)
print('__args__' in dir(list[int]), 'append' in dir(list[int]))
import pickle, copy
print(pickle.loads(pickle.dumps(list[int])), copy.copy(dict[str, T]), copy.deepcopy(list[int]))
print(isinstance([], list), list[int]([1,2]))
import collections.abc as cabc
c = cabc.Callable[[int, str], float]; print(c, c.__args__, type(c).__name__)
c = cabc.Callable[[T], S][int, str]; print(c, type(c).__name__)
class L(list[int]): pass
print(L.__mro__, L.__orig_bases__)
import weakref; w = weakref.ref(a); print(w() is a)
import io
b = io.BytesIO(b"abc")
v = b.getbuffer()
print(len(v), bytes(v), v.tobytes())
out = io.BytesIO()
out.write(memoryview(b"xyz"))
print(out.getvalue())
print(pickle.loads(pickle.dumps(dict[str, list[int]], protocol=5)))
