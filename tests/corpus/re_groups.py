# re: groups, named groups, backreferences, conditional groups, expand
import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (?P<suffix>Jr\.))?", "Jane Doe")
print(m.groupdict(), m.groupdict("?"), m.groups(), m.groups(""), m.lastindex, m.lastgroup)
print(m.group("first"), m["last"], m.group("first", 2, "suffix"), m.span("suffix"), m.start("last"))
print(re.compile(r"(?P<a>x)(?P<b>y)").groupindex, re.compile(r"(a)(b)(?:c)").groups)

# lastindex / lastgroup
for pat in [r"(a)(b)", r"(a)|(b)", r"((a)b)", r"(?P<x>a)(?P<y>b)?", r"(a)(?:b)", r"a"]:
    m = re.match(pat, "ab")
    print(pat, m.lastindex, m.lastgroup, m.regs)

# groups inside repeats keep the last iteration
print(re.match(r"(\w)+", "abc").groups(), re.match(r"(?:(a)|(b))+", "abab").groups())
print(re.match(r"(a|(b))+", "ab").groups(), re.match(r"(a|(b))+", "ba").groups())
print(re.match(r"(a*)*", "aaa").groups(), re.match(r"(a*)+", "aab").groups(), re.match(r"(a|)+", "aa").groups())
print(re.match(r"((a)|b)*?c", "abc").groups(), re.match(r"(?:x(a)?)+", "xaxx").groups())

# backreferences
print(re.search(r"(\w)\1", "abccd").group(), re.findall(r"(\w+) \1", "hello hello world world x y"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' or \"bye\"").group())
print(re.match(r"(?i)(ab)\1", "abAB"), re.match(r"(ab)\1", "abAB"))
print(re.match(r"(a)?b\1", "b"), re.match(r"(a)|b\1", "b"), re.match(r"(?:(a)|b)\1", "aa").group())
print(re.search(r"(\d+)-\1", "12-13 45-45").group())

# conditional groups
p = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
for s in ["<user@host.com>", "user@host.com", "<user@host.com", "user@host.com>"]:
    m = p.match(s)
    print(s, m and m.groups())
p = re.compile(r"(?P<open>\()?\d+(?(open)\))")
print(p.findall("(1) 2 (3 4)"), [m.group() for m in p.finditer("(1) 2 (3 4)")])
print(re.match(r"(a)?(?(1)b)c", "c").group(), re.match(r"(a)?(?(1)b)c", "abc").group())

# expand and templates
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", "2024-02-29")
print(m.expand(r"\g<d>/\g<m>/\g<y>"), m.expand(r"\3.\2.\1"), m.expand(r"[\g<0>]"), m.expand(r"\n\t\\"))
print(re.match(r"(a)(b)?", "a").expand(r"<\2>"))

# nested groups and numbering
m = re.match(r"((a)(b(c)))(d)?", "abc")
print(m.groups(), [m.span(i) for i in range(6)])
m = re.match(r"(?:(?P<n>\d+)|(?P<w>[a-z]+))", "hello")
print(m.groupdict(), m.lastgroup)
