from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar
from typing import List, Optional, ClassVar

@dataclass
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "x"

@dataclass
class Child(Point):
    z: float = 1.5
    count: ClassVar[int] = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), asdict(p), astuple(p))
p.tags.append("t"); print(p, Point(3).tags is not p.tags)
print(sorted([Version(1, 2), Version(1, 0), Version(0, 9)]), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
f = Frozen(1); print(f, hash(f) == hash(Frozen(1)), f == Frozen(1, "x"))
try:
    f.a = 2
except FrozenInstanceError as e:
    print("frozen:", e)
print(replace(f, b="y"), [fl.name for fl in fields(Child)], Child(1, 2, [], 3.0))
try:
    Point()
except TypeError as e:
    print(e)
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(WithPost(4), repr(field(default=1))[:6])
@dataclass(eq=False, repr=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), hasattr(Plain, "__eq__"))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
print(Point.__match_args__, Version.__dataclass_params__.order)
