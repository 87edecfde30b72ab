# string: constants, Template, Formatter, capwords.
import string
from string import Template, Formatter

print(repr(string.ascii_letters))
print(repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation))
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"))
print(string.capwords(" leading and trailing "))

t = Template("$who likes ${what}; $$5 is cheap")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.safe_substitute(who="bob"))
print(t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("$a$b").substitute(a=1, b=[2]))
print(Template("x").get_identifiers() if hasattr(Template, "get_identifiers") else None)
print(Template("$x and ${y} and $x").get_identifiers())
print(Template("$ok $$").is_valid(), Template("$").is_valid())


class PctTemplate(Template):
    delimiter = "%"


print(PctTemplate("%name is %{age}").substitute(name="Al", age=3))

f = Formatter()
print(f.format("{0} + {1} = {2:>4}", 1, 2, 3))
print(f.format("{name!r:>8}|{x:.2f}", name="n", x=3.14159))
print(list(f.parse("a{0}b{x!s:>3}c{{d}}")))
print(f.vformat("{a}-{b}", (), {"a": "A", "b": "B"}))


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


u = Upper()
print(u.format("{} {greet} {missing}", "abc", greet="hi"))
print(u.format("{0[1]} {1.real}", "xyz", 5))
