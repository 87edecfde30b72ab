# str.format and format_map
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=30), "{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    x = 3
    y = 4
print("{0.x},{0.y}".format(P), "{p.x}".format(p=P()))
print("{{}} {{{0}}}".format(5), "{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
print("{0!r} {0!s} {0!a}".format("héllo"), "{!r:>10}".format("x"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}}".format("z", 4) + "|")
print("{:,}".format(1234567), "{:_}".format(1234567), "{:08.3f}".format(-3.14159))
print("{0:b} {0:o} {0:x} {0:X} {0:#x} {0:#o} {0:#b}".format(255))
print("{:e} {:E} {:g} {:G} {:%}".format(12345.678, 0.000123, 1e-10, 1e20, 0.256))
d = {"a": 1, "b": 2}
print("{a}+{b}".format_map(d), "{a}".format(**d))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {zzz}".format_map(Default(a=1)))
for bad in ["{", "}", "{0", "{:d}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
