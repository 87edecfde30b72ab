# str.split / rsplit / splitlines
s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aXbXc".split("X", 0))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "1 2 3".split(maxsplit=1))
print("one\ttwo\nthree\x0bfour\x0cfive\rsix".split())
print("line1\nline2\r\nline3\rline4".splitlines())
print("line1\nline2\r\n".splitlines(True), "".splitlines(), "\n".splitlines(), "a\n\nb".splitlines())
print("x\x1cy\x1dz\x1ew\u2028v\x85u".splitlines())
print("a b c".split(" ", -1), "a b c".rsplit(" ", -1), "  x  ".rsplit(" "))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
for line in "k1=v1;k2=v2;k3".split(";"):
    k, _, v = line.partition("=")
    print(repr(k), repr(v))
print("a-b-c".rsplit("-", maxsplit=1), "abc".rsplit("x"))
