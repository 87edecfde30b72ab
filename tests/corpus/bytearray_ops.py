# bytearray: mutation methods, item and slice assignment and deletion
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

x = bytearray(b"abc")
x.append(100)
x.extend(b"ef")
x.extend([103, 104])
x.extend(bytearray(b"i"))
x.insert(0, 65)
x.insert(-1, 66)
x.insert(100, 67)
x.insert(-100, 68)
print(x, len(x))
print(x.pop(), x.pop(0), x.pop(-2), x)
x.remove(98)
x.reverse()
print(x)
y = x.copy()
y.clear()
print(x, y, y is x)
x[0] = 120
x[-1] = 121
print(x)
x[1:3] = b"ZZZZ"
print(x)
x[::2] = bytes(len(x[::2]))
print(x)
del x[0]
print(x)
del x[::3]
print(x)
del x[1:3]
print(x)
x[:] = [1, 2, 3]
print(x)
x[5:10] = b"q"
x[0:0] = bytearray(b"st")
print(x)
x[::-1] = b"abcdef"
print(x)
x += b"zz"
print(x)
x *= 2
print(x, x.upper(), x.count(b"z"), x.find(b"za"), x.hex(":"))
print(bytearray(5), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray(b"x") == b"x", x[2], x[1:3], list(bytearray(b"AB")))
t("append range", lambda: bytearray(b"a").append(256))
t("append str", lambda: bytearray(b"a").append("a"))
t("extend int", lambda: bytearray(b"a").extend(5))
t("extend str", lambda: bytearray(b"a").extend("ab"))
t("extend range", lambda: bytearray(b"a").extend([1, 300]))
t("pop empty", lambda: bytearray().pop())
t("pop index", lambda: bytearray(b"a").pop(5))
t("pop arity", lambda: bytearray(b"a").pop(1, 2))
t("insert arity", lambda: bytearray(b"a").insert(1))
t("remove missing", lambda: bytearray(b"a").remove(5))
t("remove bytes", lambda: bytearray(b"a").remove(b"a"))
t("index", lambda: bytearray(b"ab")[5])
t("index type", lambda: bytearray(b"ab")["x"])
def setbad(k, v):
    b = bytearray(b"abcd")
    b[k] = v
    return b
t("set index", lambda: setbad(5, 1))
t("set range", lambda: setbad(0, 256))
t("set type", lambda: setbad(0, "a"))
t("set slice int", lambda: setbad(slice(0, 2), 5))
t("set slice str", lambda: setbad(slice(0, 2), "ab"))
t("set slice list", lambda: setbad(slice(0, 2), [1, 2, 3]))
t("set ext slice", lambda: setbad(slice(None, None, 2), b"xyz"))
t("set slice range", lambda: setbad(slice(0, 2), [1, 300]))
def delbad(k):
    b = bytearray(b"abcd")
    del b[k]
    return b
t("del index", lambda: delbad(9))
t("del neg", lambda: delbad(-1))
t("del slice", lambda: delbad(slice(None, None, -2)))
def setbytes():
    b = b"ab"
    b[0] = 1
t("bytes set", setbytes)
t("unbound", lambda: bytearray.append())
t("descriptor", lambda: bytearray.append(b"x", 1))
t("bytearray float", lambda: bytearray(1.5))
t("bytearray kw", lambda: bytearray(x=1))
