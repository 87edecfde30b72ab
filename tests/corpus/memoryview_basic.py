# memoryview: views of bytes/bytearray, cast, tolist, slicing, write-through
m = memoryview(b'abcd')
print(repr(m)[:12], m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.tolist(), m[1], m[-1], m[1:3].tobytes(), m.cast('I').tolist(), m.cast('H').format, m.hex(), bytes(m), m == b'abcd', len(m.cast('H')))
try: m[0] = 1
except TypeError as e: print(e)
try: memoryview('x')
except TypeError as e: print(e)
try: m.cast('I')[5]
except IndexError as e: print(e)
b = bytearray(b'xyz'); v = memoryview(b); v[0] = 65; v[1:3] = b'QR'; print(b, v.readonly, list(v))
try: hash(v)
except ValueError as e: print(e)
print(hash(m) == hash(b'abcd'), m.cast('c').tolist(), m.cast('b').tolist(), memoryview(b'\xff\xff').cast('h').tolist())
try: memoryview(b'abc').cast('I')
except TypeError as e: print(e)
print(isinstance(m, memoryview), type(m).__name__, m[::2].tolist())
with memoryview(b'x') as q: print(q.tobytes())
print(q.readonly if False else "ok")
