# unicodedata (Unicode 14.0.0): properties, names, lookup, numeric values,
# decompositions and the normalization forms.
import unicodedata as ud

print(ud.unidata_version)
for ch in "A\u00e9\u0301 5\u00bd\u0663\u2460\u4e00\uac01\u200f\u3000\U0001f600\U00020000\u0378\ufeff\u2028([":
    print(f"U+{ord(ch):04X}", ud.category(ch), repr(ud.bidirectional(ch)), ud.combining(ch), ud.east_asian_width(ch),
          ud.mirrored(ch), repr(ud.decomposition(ch)), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None),
          ud.name(ch, None))

for name in ["LATIN SMALL LETTER A", "latin small letter a with acute", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE GGWAELH",
             "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "CJK COMPATIBILITY IDEOGRAPH-F900",
             "BYTE ORDER MARK", "LATIN CAPITAL LETTER GHA", "NULL", "NO SUCH THING", "x" * 300]:
    try:
        print(name[:40], repr(ud.lookup(name)))
    except KeyError as e:
        print(name[:40], "KeyError", e)

for f in (ud.decimal, ud.digit, ud.numeric, ud.name):
    try:
        f("\u0378")
    except ValueError as e:
        print(f.__name__, "ValueError", e)
    print(f.__name__, f("\u0378", "default"))
for bad in ("", "ab", 5):
    try:
        ud.category(bad)
    except TypeError as e:
        print("TypeError", e)

samples = ["Caf\u00e9", "Cafe\u0301", "\ufb01", "\u1e9b\u0323", "\uac00\u11a8", "\u1100\u1161\u11a8", "x\u0323\u0307y",
           "\u2460\u00bd", "\u212b", "\u0958", "a\u0308\u0301\u0323", "\U0001d400"]
for s in samples:
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        n = ud.normalize(form, s)
        print(form, ascii(s), ascii(n), ud.is_normalized(form, s), ud.is_normalized(form, n))
for args in (("NFX", "a"), (1, "a"), ("NFC", 1)):
    try:
        ud.normalize(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Whole-database checks (surrogates left out: taipan strs cannot hold
# them), written with map() so that -X gc-stress has no loop back edges
# to collect at.
import collections, functools, itertools, operator
chars = list(map(chr, itertools.chain(range(0xD800), range(0xE000, 0x110000))))
print(sorted(collections.Counter(map(ud.category, chars)).items()))
print(len(list(filter(None, map(ud.name, chars, itertools.repeat(None))))))
bmp = chars[:0xF800]
print(sum(map(operator.ne, map(functools.partial(ud.normalize, "NFKD"), bmp), bmp)))
