# memoryview over bytes and bytearray (format 'B').
b = bytearray(b"hello world")
m = memoryview(b)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape)
s = m[6:]
print(bytes(s), s.tobytes(), len(s), s == b"world", s[0])
s[0] = ord("W")
print(b)
m[0:5] = b"HELLO"
print(b, bytes(m[:5]), m.hex())
r = memoryview(b"abc")
print(r.readonly, hash(r) == hash(b"abc"), list(r), r == memoryview(b"abc"))
try:
    r[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview("text")
except TypeError as e:
    print("TypeError:", e)
with memoryview(b"xyz") as v:
    print(v.tobytes())
try:
    v.tobytes()
except ValueError as e:
    print("ValueError:", e)
try:
    m[100]
except IndexError as e:
    print("IndexError:", e)
