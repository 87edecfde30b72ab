# re: re.error messages for bad patterns and other errors
import re

bad = ["(", ")", "a)", "[a", "a**", "*a", "a{2,1}", r"\1", "(?P<n>a)(?P<n>b)", "(?P<1>a)", "(?P=x)",
       "(?<=a+)b", "(?<=a|bc)x", "[z-a]", r"\x1", r"\u12", "(?z)", "a{1,2", "(?#abc", r"\p", "(?i", "(?P",
       "x{99999999999}", "(?(2)a|b)", "(?(x)a)", "a|*", "(?", "[]", "(?i)(?a)x", "a++*"]
for pat in bad:
    try:
        re.compile(pat)
        print("ok", pat)
    except re.error as e:
        print(repr(pat), "->", e, "| pos", e.pos, e.lineno, e.colno)
    except OverflowError as e:
        print(repr(pat), "-> OverflowError", e)
try:
    re.compile("(?x)\n\n  (a")
except re.error as e:
    print(e, e.lineno, e.colno, e.msg)
try:
    re.compile(b"\\u0041")
except re.error as e:
    print(e)
for call in [lambda: re.compile(5), lambda: re.search("a", 5), lambda: re.compile("a").match(None),
             lambda: re.compile(re.compile("a"), re.I), lambda: re.purge() or re.search("x", "x").group(2),
             lambda: re.match("(a)", "a").span(3), lambda: re.match("a", "a").start("z"),
             lambda: re.compile("a").search("a", "x"), lambda: re.compile("a").sub("b", "a", "c")]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
