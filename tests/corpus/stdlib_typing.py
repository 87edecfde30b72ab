from typing import (Optional, Union, List, Dict, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, TypedDict,
                    Literal, Final, Protocol, get_type_hints, get_origin, get_args, cast, overload, Iterable, Sequence)
import typing
T = TypeVar("T")
K = TypeVar("K", bound=int)
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool])
print(Optional[Union[int, str]], Union[int, None], Literal[1, "a"], Any, T, K.__bound__, Final[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
s = Stack[int](); s.push(3); print(s.items, Stack[int], Stack.__parameters__)
class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("a"); print(e, e._fields, e._replace(id=5), Emp._field_defaults, e[0], isinstance(e, tuple))
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}; print(m, Movie.__total__, sorted(Movie.__annotations__))
def f(a: int, b: "str" = "x") -> Optional[int]: return None
print(get_type_hints(f))
print(cast(int, "x"), typing.TYPE_CHECKING, list[int], dict[str, int] | None, int | str)
class P(Protocol):
    def meth(self) -> int: ...
print(P.__name__, isinstance(Iterable, type), Sequence[int])
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1))
