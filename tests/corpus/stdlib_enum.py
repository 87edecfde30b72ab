# enum: Enum, IntEnum, Flag, IntFlag, auto, unique, iteration and reprs.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color))
print(len(Color), [m.name for m in Color])
print(list(Color.__members__))
print(Color.RED == 1, Color.RED == Color.RED, Color.RED in Color)
print(isinstance(Color.GREEN, Color), type(Color.GREEN).__name__)
print(hash(Color.RED) == hash(Color.RED))
d = {Color.RED: "r", Color.BLUE: "b"}
print(d[Color.CRIMSON])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.MEDIUM, repr(Priority.HIGH), Priority.LOW + 1)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(Priority.HIGH > Priority.MEDIUM, Priority.LOW < 3, int(Priority.HIGH))
print(format(Priority.MEDIUM, "03d"), f"{Priority.LOW}")


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()

    def describe(self):
        return f"{self.name.lower()} #{self.value}"

    @classmethod
    def first(cls):
        return next(iter(cls))


print([s.value for s in Shape], Shape.SQUARE.describe(), Shape.first())


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(Perm.R, Perm.W, Perm.X, Perm.R.value, Perm.W.value, Perm.X.value)
rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, bool(Perm.R & Perm.X))
print(Perm.R in rw, Perm.X in rw, (rw | Perm.X).value)
print(list(Perm), Perm(0), bool(Perm(0)))
print(repr(Perm.R | Perm.X), ~Perm.R)


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


m = Mode.A | Mode.C
print(m, repr(m), int(m), m & 4, Mode.B | 8)
print(isinstance(m, int), m == 5)

try:
    @unique
    class Dup(Enum):
        ONE = 1
        UNO = 1
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = "a"
    B = "b"


print(Fine("b"), Fine.A.value)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Planet = Enum("Planet", [("MERCURY", 1), ("VENUS", 2)])
print(Planet.VENUS, Planet(1))


class StrE(str, Enum):
    X = "ex"
    Y = "why"


print(StrE.X == "ex", StrE.Y.upper(), StrE("why"))
print(Color.RED.__class__.__name__, Color.__name__)
print(issubclass(IntEnum, int), issubclass(Color, Enum))
print(enum.EnumMeta is type(Color))
