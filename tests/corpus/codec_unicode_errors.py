# UnicodeTranslateError and the messages of Unicode errors whose attributes were changed
for args in (("abc", 0, 1, "r"), ("abc", 0, 2, "rr"), ("\u20ac", 0, 1, "x"), ("abc", 5, 9, "far")):
    e = UnicodeTranslateError(*args)
    print(str(e), repr(e), e.object, e.start, e.end, e.reason, e.encoding, e.args)
try: UnicodeTranslateError("a", 1, 2)
except TypeError as x: print(x)
try: UnicodeTranslateError(b"a", 1, 2, "r")
except TypeError as x: print(x)
print(str(UnicodeError("plain")), str(UnicodeEncodeError.__new__(UnicodeEncodeError)))
e = UnicodeDecodeError("utf-8", b"ab", 0, 1, "r")
e.object = b"zz"
print(str(e))
e.start = -5
print(str(e))
e.end = 100
print(str(e))
e2 = UnicodeEncodeError("ascii", "abc", 0, 1, "r")
e2.start = 10; e2.end = 11
print(str(e2))
e2.encoding = "other"
print(str(e2))
