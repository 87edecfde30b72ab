# re: character classes, categories, anchors, flags (IGNORECASE, MULTILINE,
# DOTALL, VERBOSE, ASCII) on str and with Unicode
import re

t = "Héllo wörld_1 日本 ٣4 x\ty\u2003z\x0b!"
for pat in [r"\w+", r"\W+", r"\d+", r"\D+", r"\s+", r"\S+", r"[^\W\d_]+", r"[\w\s]+"]:
    print(pat, re.findall(pat, t), re.findall(pat, t, re.ASCII))
print(re.findall(r"[a-zé]+", "aébZ"), re.findall(r"[^a-z]", "abc-Z9"), re.findall(r"[\]\-\\]", "a]b-c\\"))
print(re.findall(r"[.*+?]", "a.b*c+d?"), re.findall(r"[\d.]+", "v1.25 or 3"), re.findall(r"[-a]", "a-b"))
print(re.findall(r"[\u0391-\u03a9]+", "ΑΒΓ abc ΩΨ"), re.findall(r"[^\x00-\x7f]+", "añb€c"))
print(re.findall(r"[😀-😂]", "a😀b😂c😃"), re.findall(r".", "a😀b"), len(re.match(".+", "😀x").group()))

# IGNORECASE
print(re.findall(r"hello", "Hello HELLO hello", re.I), re.findall(r"[a-c]+", "ABCabcXYZ", re.I))
print(re.findall(r"straße", "STRASSE Straße STRAẞE", re.I), re.match(r"ß", "ẞ", re.I))
print(re.match(r"k", "\u212a", re.I), re.match(r"\u212a", "k", re.I), re.match(r"[k]", "\u212a", re.I))
print(re.match(r"σ", "Σ", re.I), re.match(r"Σ", "ς", re.I), re.findall(r"[σ]", "Σσς", re.I))
print(re.match(r"i", "İ", re.I), re.match(r"ı", "I", re.I), re.match(r"(?i)[^a]", "A"))
print(re.findall(r"(?i)é", "éÉe"), re.findall(r"(?ai)[é]", "éÉ"), re.match(r"(?i)a(?-i:b)", "AB"))
print(re.match(r"(?i)[\w]+", "ÀÉÎ").group(), re.findall(r"(?i)[^a-z]", "aB1"), re.match(r"[A-Z]", "a", re.I | re.A))

# anchors
s = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", s), re.findall(r"^\w+", s, re.M), re.findall(r"\w+$", s), re.findall(r"\w+$", s, re.M))
print(re.search(r"line$", "a line\n"), re.search(r"line\Z", "a line\n"), re.search(r"\Aa", "ba"), re.search(r"^b", "ab"))
print(re.findall(r"\bcat\b", "cat concat cat's bobcat cat"), re.findall(r"\Bcat\B", "concatenate cat"))
print(re.findall(r"\b\w", "héllo wörld"), re.findall(r"\b\w", "héllo wörld", re.A), re.search(r"\b", ""), re.search(r"\B", ""))
print([m.span() for m in re.finditer(r"$", "a\nb\n")], [m.span() for m in re.finditer(r"(?m)$", "a\nb\n")])

# DOTALL
print(re.match(r".+", "a\nb").group(), re.match(r".+", "a\nb", re.S).group(), re.findall(r"(?s)a.b", "a\nb"))
print(re.match(r"(?s:.)(.)", "\n\n"), re.findall(".", "\r\n\x85"))

# VERBOSE
p = re.compile(r"""
    (?P<int> \d+ )      # integer part
    (?: \. (?P<frac> \d+ ) )?   # optional fraction
    \ ?                 # escaped space
    [ ] (?P<unit> [a-z]+ )   # unit after a space in a class
""", re.X)
print(p.match("12.5  kg").groupdict(), p.match("3 m"), p.flags & re.X != 0)
print(re.findall(r"(?x) a b # c", "ab abc"), re.findall(r"(?x)[ ]a", " a"))

# flags on the pattern
print(re.compile("a", re.I | re.M).flags, re.compile("(?s)a").flags, re.compile(b"a").flags, re.compile("a", re.A).flags)
print(re.compile("x", re.I), re.compile("x", re.I | re.M | re.S | re.X), re.compile("x", re.A), re.compile(b"x", re.L))
