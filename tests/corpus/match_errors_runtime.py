# match: run-time errors raised while matching (TypeError/ValueError messages)
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class NoArgs:
    pass
class Point:
    __match_args__ = ("x", "y")
    def __init__(self):
        self.x, self.y = 1, 2
class ListArgs:
    __match_args__ = ["x"]
class IntArgs:
    __match_args__ = ("x", 2)
    x = 1
class Twice:
    __match_args__ = ("a", "a")
    a = 1
class Holder:
    kind = int
    value = 3

def too_many_for_plain():
    match NoArgs():
        case NoArgs(1):
            return "matched"
def too_many_for_point():
    match Point():
        case Point(1, 2, 3):
            return "matched"
def too_many_for_int():
    match 5:
        case int(5, 6):
            return "matched"
def not_a_tuple():
    match ListArgs():
        case ListArgs(x):
            return x
def not_strings():
    match IntArgs():
        case IntArgs(a, b):
            return a, b
def repeated_attr():
    match Twice():
        case Twice(a, b):
            return a, b
def positional_and_keyword():
    match Point():
        case Point(1, x=1):
            return "matched"
def not_a_class():
    match 3:
        case Holder.value():
            return "matched"
def class_from_attr():
    match 3:
        case Holder.kind(v):
            return f"int {v}"
def non_instance_checks_nothing():
    match "str":
        case NoArgs(1, 2, 3):
            return "matched"
    return "no match, no error"

for fn in [too_many_for_plain, too_many_for_point, too_many_for_int, not_a_tuple, not_strings,
           repeated_attr, positional_and_keyword, not_a_class, class_from_attr, non_instance_checks_nothing]:
    attempt(fn.__name__, fn)

# exceptions from user code propagate out of the match
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("no comparing")
class Consts:
    bad = BadEq()
class BadLen(list):
    def __len__(self):
        raise KeyError("len")
class BadProp:
    @property
    def p(self):
        raise ValueError("property failed")
class BadMatchArgs(type):
    @property
    def __match_args__(cls):
        raise LookupError("no match args")
class Weird(metaclass=BadMatchArgs):
    pass

def eq_raises():
    match 1:
        case Consts.bad:
            return "matched"
def len_raises():
    match BadLen([1]):
        case [x]:
            return x
def prop_raises():
    match BadProp():
        case BadProp(p=1):
            return "matched"
def match_args_raises():
    match Weird():
        case Weird(x):
            return x
def keyword_only_skips_match_args():
    match Weird():
        case Weird():
            return "matched without __match_args__"

for fn in [eq_raises, len_raises, prop_raises, match_args_raises, keyword_only_skips_match_args]:
    attempt(fn.__name__, fn)
