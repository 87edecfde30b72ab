# __eq__ and __hash__ interplay, identity tests with is
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return f"Key({self.name!r})"
d = {Key("Alpha"): 1}
d[Key("ALPHA")] = 2
d[Key("beta")] = 3
print(d, len(d), Key("alpha") in d)
print(Key("a") == Key("A"), Key("a") == "a", "a" == Key("a"), Key("a") != Key("b"))
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq.__hash__ is None, OnlyEq() == 5)
class Sub(Key):
    pass
print(Key("x") == Sub("X"), Sub("y") in {Key("Y")})
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, (a is b) is True)
x = None
print(x is None, x == None, type(None).__name__, type(x) is type(None))
e1 = e2 = ()
print(e1 is e2, [] is [], "" == "")
class Reflect:
    def __eq__(self, o):
        print("  Reflect.__eq__ called")
        return "reflected"
print(1 == Reflect(), Reflect() == 1, [1] == [Reflect()])
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o):
        print("  __gt__")
        return self.v > o.v
print(Cmp(1) < Cmp(2), Cmp(1) > Cmp(2))
