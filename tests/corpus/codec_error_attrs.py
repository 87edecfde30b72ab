# UnicodeEncodeError / UnicodeDecodeError attributes and messages
def show(f):
    try:
        r = f()
        print("ok", ascii(r))
    except Exception as e:
        print(type(e).__name__, "|", e)
        for a in ("encoding", "object", "start", "end", "reason"):
            if hasattr(e, a):
                print("   ", a, ascii(getattr(e, a)))
        print("    args", ascii(e.args))

show(lambda: "héllo wörld".encode("ascii"))
show(lambda: "a€".encode("latin-1"))
show(lambda: "😀x".encode("ascii"))
show(lambda: b"ab\xffcd".decode("utf-8"))
show(lambda: b"ab\xe2\x82".decode("utf-8"))
show(lambda: b"\x80abc".decode("ascii"))
show(lambda: bytearray(b"z\xc3").decode())
show(lambda: b"\xef\xbb\xbfa\xff".decode("utf-8-sig"))
show(lambda: b"a\x00b".decode("utf-16"))
show(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
e = UnicodeEncodeError("ascii", "abcdef", 2, 4, "custom reason")
print(str(e), e.start, e.end, repr(e.reason))
e.reason = "changed"
e.start = 3
print(str(e))
e.end = 4
print(str(e))
d = UnicodeDecodeError("utf-8", bytearray(b"\x01\x02\x03"), 1, 2, "bad")
print(str(d), type(d.object).__name__, d.object)
d.end = 3
print(str(d))
show(lambda: UnicodeEncodeError("ascii", "abc", 1, 2))
show(lambda: UnicodeEncodeError("ascii", b"abc", 1, 2, "r"))
show(lambda: UnicodeDecodeError("ascii", "abc", 1, 2, "r"))
show(lambda: UnicodeEncodeError(1, "abc", 1, 2, "r"))
show(lambda: UnicodeDecodeError("ascii", b"abc", "1", 2, "r"))
print(issubclass(UnicodeEncodeError, UnicodeError), issubclass(UnicodeError, ValueError))
print(UnicodeDecodeError.__mro__)
# keyword arguments
print("añb".encode(encoding="utf-8", errors="strict"))
print("añb".encode(errors="replace", encoding="ascii"))
print(b"a\xffb".decode(errors="replace"))
print(b"a\xffb".decode(encoding="latin-1"))
print(str(b"a\xffb", errors="ignore"), str(b"abc", "ascii"), str(b"a\xffb", encoding="utf-8", errors="backslashreplace"))
show(lambda: "x".encode(1))
show(lambda: "x".encode("ascii", 2))
show(lambda: "x".encode("ascii", "strict", 3))
show(lambda: "x".encode(foo="ascii"))
show(lambda: b"x".decode(None))
show(lambda: b"x".decode("utf-8", errors=None))
show(lambda: b"x".decode("nope"))
show(lambda: "é".encode("nope"))
show(lambda: "é".encode("ascii", "nope"))
show(lambda: "e".encode("ascii", "nope"))
show(lambda: b"\xff".decode("ascii", "nope"))
show(lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
show(lambda: str("abc", "utf-8"))
show(lambda: str(123, "utf-8"))
show(lambda: str(b"x", encoding=1))
for err in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    try:
        print(err, "é€😀x".encode("ascii", err), "é€😀x".encode("latin-1", err))
    except UnicodeEncodeError as ex:
        print(err, "raised", ex.start, ex.end)
for err in ("strict", "ignore", "replace", "backslashreplace"):
    for data, enc in ((b"a\xff\xfeb", "utf-8"), (b"\xe2\x82a", "utf-8"), (b"a\x80", "ascii"), (b"a\x00\x00", "utf-16-le"), (b"\x00\xdc\x41\x00", "utf-16-le")):
        try:
            print(err, enc, ascii(data.decode(enc, err)))
        except UnicodeDecodeError as ex:
            print(err, enc, "raised", ex.start, ex.end, ex.reason)
