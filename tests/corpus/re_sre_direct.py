# _sre driven directly with code lists produced by CPython 3.11's re._compiler
# (no `import re`): the engine, Pattern / Match / scanner objects and errors.
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print([_sre.ascii_iscased(c) for c in (65, 97, 48, 0xe9)], [_sre.unicode_iscased(c) for c in (65, 48, 0xe9, 0x3b1, 0x5d0)])
print(_sre.ascii_tolower(65), _sre.ascii_tolower(0xc9), _sre.unicode_tolower(0xc9), _sre.unicode_tolower(0x130), _sre.unicode_tolower(0x212a))

CASES = [
    ('(?P<word>\\w+)\\s+(?P<num>\\d+)?', 32, [14, 4, 0, 2, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 17, 1, 24, 9, 1, 4294967295, 13, 4, 8, 12, 0, 1, 23, 17, 0, 1, 17, 2, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 17, 3, 18, 1], 2, {'word': 1, 'num': 2}, (None, 'word', 'num')),
    ('(a|b)*?c', 32, [14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 19, 16, 99, 1], 1, {}, (None, None)),
    ('(?i)straße|k', 34, [14, 4, 0, 1, 6, 7, 20, 39, 6, 16, 115, 16, 383, 0, 40, 116, 40, 114, 40, 97, 40, 223, 40, 101, 15, 7, 5, 40, 107, 15, 2, 0, 1], 0, {}, (None,)),
    ('(?<=-)\\w+', 32, [14, 4, 0, 1, 4294967295, 4, 5, 1, 16, 45, 1, 24, 9, 1, 4294967295, 13, 4, 8, 14, 0, 1, 1], 0, {}, (None,)),
    (b'[\\x00-\\x1f]+', 0, [14, 4, 0, 1, 4294967295, 24, 10, 1, 4294967295, 13, 5, 22, 0, 31, 0, 1, 1], 0, {}, (None,)),
    ('^\\s*$', 40, [14, 4, 0, 0, 4294967295, 6, 1, 24, 9, 0, 4294967295, 13, 4, 8, 12, 0, 1, 6, 6, 1], 0, {}, (None,)),
]
pats = [_sre.compile(*case) for case in CASES]
for p in pats:
    print(p, p.pattern, p.flags, p.groups, p.groupindex)

word = pats[0]
m = word.search("  hello 42 world")
print(m, m.group(), m.group(1, 2), m.groups(), m.groupdict(), m.span(), m.span("num"))
print(m.start(), m.end(1), m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.re is word, m.string)
print(m[0], m["word"], m[2])
m = word.match("abc  ")
print(m.groups(), m.groups("-"), m.groupdict(0), m.span(2), m.lastindex, m.lastgroup)
print(word.findall("a 1 b 2 c"), word.sub("<>", "a 1 b 2 c"), word.subn(lambda m: m["word"].upper(), "a 1 b 2 c"))
print(word.split("a 1 b 2 c"), word.split("a 1 b 2 c", 1))
print([x.span() for x in word.finditer("a 1 b 2 c")], word.search("a 1 b", 2), word.search("a 1 b", 1, 3))

lazy = pats[1]
print(lazy.findall("abacbbc"), lazy.fullmatch("abc"), lazy.fullmatch("abcc"), lazy.match("xabc"))
print(lazy.search("a" * 1000 + "c").span())

straße = pats[2]
print(straße.findall("STRASSE Straße STRAẞE k K \u212a"))
print(pats[3].findall("a-bc -d e- -ff"))
print(pats[4].split(b"a\x00b\n\tc"), pats[4].sub(b".", bytearray(b"x\x01\x02y")))
print(pats[5].findall("a\n  \n\nb\n"), [m.span() for m in pats[5].finditer("a\n  \n\nb\n")])

sc = word.scanner("x 1 y z 3")
print(sc.pattern is word, sc.match(), sc.match(), sc.search(), sc.search(), sc.search())

for bad in ([14, 4], [1, 2, 3], [16, 97, 1, 1, 1], [99, 1], [17, 9, 1]):
    try:
        _sre.compile("x", 0, bad, 0, {}, (None,))
    except RuntimeError as e:
        print("RuntimeError", e)
for bad in ([-1, 1], [2 ** 40, 1]):
    try:
        _sre.compile("x", 0, bad, 0, {}, (None,))
    except OverflowError as e:
        print("OverflowError", e)
for args in ((1,), (b"x",), ("x", 2, 1)):
    try:
        word.search(*args)
        print(word.search(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    pats[4].search("text")
except TypeError as e:
    print("TypeError", e)
for g in (3, -1, "nope", 1.5):
    try:
        word.match("a 1")[g]
    except IndexError as e:
        print("IndexError", e)
print(word == _sre.compile(*CASES[0]), word != pats[1], hash(word) == hash(_sre.compile(*CASES[0])))
print(type(word).__name__, type(word).__module__, type(m).__name__, type(sc).__name__)
