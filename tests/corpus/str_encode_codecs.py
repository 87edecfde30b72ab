# codecs: utf-16/32 with BOMs, error handlers, names, UnicodeError attributes
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "aé€😀"
for enc in ["utf-8", "UTF8", "u8", "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "utf-32be", "utf-8-sig", "latin-1", "L1", "iso-8859-1", "us-ascii"]:
    t(enc, lambda: s.encode(enc, "backslashreplace"))
for b, enc in [(b"\xff\xfea\x00", "utf-16"), (b"\xfe\xff\x00a", "utf-16"), (b"\xff\xfea\x00", "utf-16-le"), (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32"),
               (b"\xef\xbb\xbfabc", "utf-8-sig"), (b"\xef\xbb\xbfabc", "utf-8"), (b"\xe9t\xe9", "latin1"), (b"=\xd8\x00\xde", "utf-16-le")]:
    t(enc, lambda: b.decode(enc))
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "bogus"]:
    t(errors, lambda: "x€y😀é".encode("ascii", errors))
    t(errors, lambda: "x€y😀é".encode("latin-1", errors))
for b in [b"a\xffb", b"\xe2\x82", b"\xe2\x82(", b"\xed\xa0\x80", b"\xf0\x9f\x98"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        t(errors, lambda: b.decode("utf-8", errors))
for b, enc in [(b"a", "utf-16"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"),
               (b"\x00\xd8\x00\x00", "utf-32-le"), (b"abc", "utf-32"), (b"a\x80", "ascii")]:
    t(enc, lambda: b.decode(enc))
t("unknown", lambda: "x".encode("bogus"))
t("unknown dec", lambda: b"x".decode("utf.8"))
t("xmlref dec", lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
t("enc type", lambda: "x".encode(1))
t("dec type", lambda: b"x".decode("utf-8", 2))
t("enc kw", lambda: "x".encode(foo=1))
t("enc arity", lambda: b"x".decode("ascii", errors="strict", encoding="ascii"))
t("str bytes", lambda: str(b"caf\xc3\xa9", "utf-8"))
t("str errors", lambda: str(b"caf\xff", errors="replace"))
t("str of str", lambda: str("abc", "ascii"))
t("str of int", lambda: str(5, "ascii"))
try:
    "aé€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
    e.reason = "other"
    e.start = 2
    print(e)
try:
    bytearray(b"ab\xff").decode()
except ValueError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
try:
    b"\xef\xbb\xbf\xff".decode("utf-8-sig")
except UnicodeError as e:
    print(e, e.object)
print(UnicodeEncodeError("ascii", "abc", 1, 2, "bad"), repr(UnicodeEncodeError("ascii", "abc", 1, 2, "bad")))
print(UnicodeEncodeError("ascii", "abc", 1, 3, "bad"), UnicodeEncodeError("ascii", "\U0001f600\u20ac", 1, 2, "x"))
print(UnicodeDecodeError("ascii", b"abc", 1, 2, "bad"), UnicodeDecodeError("ascii", bytearray(b"abc"), 0, 3, "bad").object)
t("ctor", lambda: UnicodeEncodeError("x"))
t("ctor type", lambda: UnicodeEncodeError("a", "b", 1, 2, 3))
t("ctor bytes", lambda: UnicodeDecodeError("a", "b", 1, 2, "r"))
print([c.__name__ for c in UnicodeDecodeError.__mro__])
