# re: match / search / fullmatch / findall / finditer, Match objects and their reprs
import re

p = re.compile(r"\d+")
print(p, p.pattern, p.groups, p.groupindex, type(p).__name__, type(p).__module__)
print(p.match("123abc"), p.match("abc123"), p.search("abc123def"), p.fullmatch("123"), p.fullmatch("123a"))
print(p.findall("a1b22c333"), [m.group() for m in p.finditer("a1b22c333")])
print(re.findall(r"o", "foo boo"), re.search("x", "abc"), re.match("a", "a").span())

m = re.search(r"(\w+)@(\w+)\.(com|org)", "mail: alice@example.org, bob@test.com")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2, 3), m.groups())
print(m.start(), m.end(), m.span(), m.start(2), m.end(3), m.span(1))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is not None, m.string[:5])
print(m[0], m[1], m.regs)
print(repr(re.match(r".*", "x" * 80)))
print(repr(re.match(r"é+", "ééé")), repr(re.search(r"\n", "a\nb")), repr(re.match("", "abc")))

# pos and endpos
p = re.compile(r"[a-z]+")
s = "abc DEF ghi jkl"
print(p.search(s, 3), p.search(s, 4, 9), p.match(s, 8), p.match(s, 9), p.findall(s, 5, 13))
print(p.search(s, 100), p.search(s, -5, 2), p.fullmatch(s, 8, 11), p.fullmatch(s, 8, 12))
print(re.compile("^ghi").search(s, 8), re.compile("ghi$").search(s, 0, 11), re.compile(r"(?<=F )g").search(s, 8))
m = p.search(s, 4, 11)
print(m.pos, m.endpos, m.span())

# empty matches
print(re.findall(r"x*", "axbxx"), [m.span() for m in re.finditer(r"\b", "ab cd")])
print(re.findall(r"", "abc"), re.findall(r"a|", "bab"), re.findall(r"^|$", "ab"))
print(re.findall(r"(?m)^", "a\nb\n"), re.findall(r"(?m)$", "a\nb\n"))

# findall with groups
print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w)(\d)?", "a1 b c3"), re.findall(r"(a)|b", "abab"))

# str subclasses
class S(str):
    pass
m = re.search("b+", S("abbbc"))
print(m.group(), type(m.group()).__name__, type(m.string).__name__, re.findall("b", S("bb")))

# long subjects: linear scans, no deep recursion
big = "ab" * 50000 + "c"
print(re.match(r"(?:ab)*c", big).end(), re.match(r"(a|b)*c", big).span(1), len(re.findall(r"ab", big)))
print(re.search(r"x", "y" * 200000), re.search(r"needle", "hay" * 30000 + "needle").span())
print(re.fullmatch(r"[ab]*c", big) is not None, re.match(r"(?:a|b)*?c", big).end())
