# str.encode / bytes decode basics
s = "héllo €"
b = s.encode()
print(b, len(b), b.decode(), s.encode("utf-8") == b, type(b).__name__)
print("abc".encode("ascii"), "abc".encode("latin-1"), "é".encode("latin-1"), "é".encode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("é€".encode("ascii", "replace"), "é€".encode("ascii", "ignore"), "é".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print(list(b"AZ"), bytes([104, 105]), b"x" * 3, b"ab" + b"cd", b"hello"[1], b"hello"[1:3], bytes(3))
print(b"a,b".split(b","), b"  x ".strip(), b"abc".upper(), b"hi".hex(), bytes.fromhex("6869"))
print(repr(b"'"), repr(b'"'), repr(b"\n\t\x00\x7f\x80"), str(b"x"), b"abc" == b"abc", b"a" < b"b")
print(bytearray(b"abc"), len("😀".encode()), "😀".encode("utf-16-le"), "A".encode("utf-16-be"))
print(b"%d-%s" % (5, b"x"), "ABC".lower().encode(), bytes("xyz", "ascii"))
