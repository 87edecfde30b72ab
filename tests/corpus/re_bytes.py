# re: bytes patterns and subjects
import re

p = re.compile(rb"(\w+)=(\d+)")
print(p, p.findall(b"a=1 bb=22 c=x"), p.search(b"xx k=9").groups(), p.match(bytearray(b"z=0")).group(2))
print(p.sub(rb"\2=\1", b"a=1;b=2"), p.subn(lambda m: m.group(1).upper(), b"a=1"), p.split(b"a=1;b=2"))
print(re.findall(rb"\w+", b"h\xe9llo w\xf6rld_1"), re.findall(rb"\s+", b"a \x1c\x85b"), re.findall(rb"\d", b"1\xb2"))
print(re.findall(rb"(?i)\xe9", b"\xe9\xc9"), re.findall(rb"(?i)[a-z]+", b"ABC\xc0"), re.match(rb"(?i)k", b"K"))
print(re.findall(rb"[\x80-\xff]+", b"a\x80\x81b\xff"), re.findall(rb"[^\x00-\x7f]", b"\xc3\xa9"))
print(re.sub(rb"\x00", b"0", b"a\x00b"), re.split(rb"\n", b"l1\nl2"), re.escape(b"a.b"))
m = re.search(rb"(?P<n>\d+)", b"abc 123")
print(m, m.groupdict(), m.span("n"), m.string, m[1], m.expand(rb"<\g<n>>"))
print(re.match(rb".", b"\n"), re.match(rb".", b"\n", re.S), re.search(rb"$", b"ab\n").span())
print(re.fullmatch(rb"[\x00-\xff]*", bytes(range(256))).end(), re.compile(rb"a", re.L).flags)
for pat, s in [(b"a", "a"), ("a", b"a")]:
    try:
        re.search(pat, s)
    except TypeError as e:
        print("TypeError", e)
try:
    re.sub(b"a", "x", b"a")
except TypeError as e:
    print("TypeError", e)
