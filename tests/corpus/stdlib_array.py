# array.array: typecodes, conversions, sequence protocol, errors, buffers,
# copying and pickling (protocols 2 and 3).
import array
import copy
import io
import pickle


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(array.typecodes, array.ArrayType is array.array)
for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.itemsize, repr(a), a.__reduce_ex__(3)[1][2])

# Range checks and their CPython messages.
for tc in "bBhHiIlLqQ":
    for v in (-2**64, -2**31 - 1, -129, -1, 0, 255, 256, 65536, 2**32, 2**64, 1.5, "x"):
        attempt(f"{tc}({v!r})", lambda: array.array(tc, [v]).tolist())
for tc in "fdu":
    for v in (1, 2.5, "a", "ab", None, 2**2000):
        attempt(f"{tc}({v!r})", lambda: array.array(tc, [v]))

# Constructors.
print(array.array("u", "héllo"), array.array("b", b"ab"), array.array("h", b"\x01\x00\x02\x01"))
print(array.array("d", array.array("i", [1, 2])), array.array("i", range(5)), array.array("f", (x / 4 for x in range(3))))
attempt("bad typecode", lambda: array.array("z"))
attempt("long typecode", lambda: array.array("ii"))
attempt("str init", lambda: array.array("i", "abc"))
attempt("unicode array init", lambda: array.array("i", array.array("u", "ab")))
attempt("odd bytes", lambda: array.array("h", b"abc"))
attempt("keywords", lambda: array.array("i", initializer=[1]))
attempt("no args", lambda: array.array())

# Sequence protocol.
a = array.array("i", [1, 2, 3, 4, 5])
print(len(a), a[0], a[-1], a[1:3], a[::-2], a[10:], 3 in a, 9 in a, list(a), list(reversed(a)))
a[0] = 10
a[1:3] = array.array("i", [7, 8, 9])
print(a)
a[::2] = array.array("i", [0, 0, 0])
print(a)
del a[1]
del a[::3]
print(a)
a[1:1] = array.array("i", [42])
print(a)
attempt("index error", lambda: a[99])
attempt("str index", lambda: a["x"])
attempt("assign list", lambda: a.__setitem__(slice(0, 1), [1]))
attempt("assign other kind", lambda: a.__setitem__(slice(0, 1), array.array("h", [1])))
attempt("extended size", lambda: a.__setitem__(slice(None, None, 2), array.array("i", [1])))
attempt("delete out of range", lambda: a.__delitem__(99))

# Methods.
b = array.array("h", [3, 1, 4, 1, 5])
b.append(9); b.extend([2, 6]); b.extend(array.array("h", [5])); b.insert(0, -1); b.insert(-100, -2); b.insert(100, 7)
print(b, b.count(1), b.index(1), b.index(1, 3), b.pop(), b.pop(0), b)
b.remove(1); b.reverse(); print(b)
attempt("remove missing", lambda: b.remove(100))
attempt("index missing", lambda: b.index(100))
attempt("pop empty", lambda: array.array("i").pop())
attempt("pop range", lambda: b.pop(50))
attempt("extend other kind", lambda: b.extend(array.array("i")))
attempt("fromlist tuple", lambda: b.fromlist((1,)))
attempt("fromlist bad item", lambda: b.fromlist([1, "x"]))
print(b, b.tobytes(), b.buffer_info()[1])
b.byteswap(); print(b)
b.frombytes(b"\x00\x01"); b.fromlist([3, 4]); print(b.tolist())
u = array.array("u", "ab"); u.fromunicode("cd"); print(u.tounicode(), u)
attempt("tounicode on ints", lambda: b.tounicode())
attempt("fromunicode int", lambda: u.fromunicode(1))

# Operators and comparisons.
x, y = array.array("i", [1, 2]), array.array("i", [1, 3])
print(x + y, x * 2, 2 * x, x * -1, x < y, x == array.array("i", [1, 2]), x != y, x >= y)
print(array.array("i", [1]) < array.array("d", [1.5]), x == [1, 2])
nan = array.array("d", [float("nan")])
print(nan == nan, nan == array.array("d", [float("nan")]))
z = array.array("b", [1]); z += array.array("b", [2]); z *= 3; print(z)
attempt("add list", lambda: x + [1])
attempt("add other kind", lambda: x + array.array("h"))
attempt("iadd list", lambda: x.__iadd__([1]))
attempt("mul str", lambda: x * "s")
attempt("hash", lambda: hash(x))

# Buffers.
h = array.array("h", [1, 256])
print(bytes(h), bytearray(h), b"-".join([array.array("b", [65, 66]), b"C"]), b"x" + array.array("b", [89]))
m = memoryview(h)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m[1], m.obj is h)
m[0] = 7
print(h, memoryview(array.array("d", [0.5, 2.0])).tolist())

# Iteration is live.
it = iter(array.array("i", [1, 2, 3]))
print(next(it), type(it).__name__, list(it), list(it))
grow = array.array("i", [1])
for v in grow:
    if v < 4:
        grow.append(v + 1)
print(grow)

# Copies, pickling and files.
c = array.array("q", [-1, 2**40])
print(copy.copy(c), copy.deepcopy(c), copy.copy(c) is c)
print(c.__reduce_ex__(2), c.__reduce_ex__(3))
for proto in (2, 3):
    print(proto, pickle.loads(pickle.dumps(c, proto)), pickle.loads(pickle.dumps(array.array("u", "hi"), proto)))
print(array._array_reconstructor(array.array, "h", 5, b"\x00\x01\x00\x02"))
print(array._array_reconstructor(array.array, "l", 11, b"\x00\x00\x00\x00\x00\x00\x00\x01"))
print(array._array_reconstructor(array.array, "d", 17, b"?\xf8\x00\x00\x00\x00\x00\x00"))
attempt("reconstructor type", lambda: array._array_reconstructor(int, "i", 8, b""))
attempt("reconstructor code", lambda: array._array_reconstructor(array.array, "x", 8, b""))
attempt("reconstructor mformat", lambda: array._array_reconstructor(array.array, "i", 99, b""))


class Sub(array.array):
    pass


s = Sub("i", [1, 2])
s.tag = "t"
print(repr(s), s[:1], type(s[:1]).__name__, s.__reduce_ex__(3)[2])
f = io.BytesIO()
array.array("i", [5, 6, 7]).tofile(f)
f.seek(0)
r = array.array("i")
r.fromfile(f, 2)
print(r)
attempt("fromfile short", lambda: r.fromfile(f, 5))
print(r)
match array.array("b", b"ab"):
    case [p, q]:
        print("matched", p, q)
