# Python subclasses of the io classes: a raw stream under BufferedReader
# and TextIOWrapper, IOBase defaults (iteration, with, readlines,
# writelines), and subclasses of StringIO, BytesIO and TextIOWrapper.
import _io as io  # the classes `io` re-exports (io itself needs abc)

class ChunkyRaw(io._RawIOBase):
    """Serves its data at most 3 bytes per readinto call."""
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.written = []
    def readable(self):
        return True
    def writable(self):
        return True
    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def write(self, b):
        self.written.append(bytes(b))
        return len(b)

r = ChunkyRaw(b"alpha\nbeta\ngamma")
print(r.read(4), r.read(), r.read(), r.readable(), r.seekable(), r.closed)
print(ChunkyRaw(b"ab\ncd").readline(), list(ChunkyRaw(b"x\ny\n")), ChunkyRaw(b"q").readall())

br = io.BufferedReader(ChunkyRaw(b"alpha\nbeta\ngamma"), 4)
print(br.readline(), br.read(3), br.read(), br.read())
text = io.TextIOWrapper(io.BufferedReader(ChunkyRaw("é1\r\né2\nend".encode())), encoding="utf-8")
print(text.readlines())

raw = ChunkyRaw(b"")
bw = io.BufferedWriter(raw, 4)
bw.write(b"ab")
print(raw.written)
bw.write(b"cdef")
print(raw.written)
bw.close()
print(raw.written, raw.closed, bw.closed)

class Lines(io._IOBase):
    def __init__(self, *lines):
        self.lines = list(lines)
        self.out = []
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else b""
    def write(self, s):
        self.out.append(s)
    def close(self):
        print("closing; flush first")
        super().close()
    def flush(self):
        print("flush called")
        super().flush()

with Lines(b"one\n", b"two\n") as src:
    print(list(src), src.closed)
print(src.closed)
try:
    iter(src)
except ValueError as e:
    print("ValueError:", e)
src = Lines(b"a\n", b"b\n", b"c\n")
print(src.readlines(3))
src.writelines(["x", "y"])
print(src.out, src.readable(), src.writable(), src.isatty(), src.fileno if False else "")
for name in ["fileno", "seek", "truncate"]:
    try:
        getattr(src, name)(0) if name != "fileno" else src.fileno()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
try:
    src._checkReadable()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
print(sorted(vars(src)))
src.close()
print(sorted(vars(src)), src.lines)

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("shout", 1, file=u)
u.note = "extra attribute"
print(repr(u.getvalue()), u.note, isinstance(u, io.StringIO), isinstance(u, io._TextIOBase))

class Counting(io.BytesIO):
    def read(self, n=-1):
        data = super().read(n)
        self.reads = getattr(self, "reads", 0) + 1
        return data
c = Counting(b"12345")
print(c.read(2), c.read(), c.reads, type(c).__name__)

class Text(io.TextIOWrapper):
    pass
t = Text(io.BytesIO(b"x\ny\n"), encoding="ascii")
print(list(t), t.encoding, type(t).__name__)
print([cls.__name__ for cls in io.TextIOWrapper.__mro__])
print([cls.__name__ for cls in io.FileIO.__mro__])
print([cls.__name__ for cls in io.BufferedRandom.__mro__])
print([cls.__name__ for cls in io.UnsupportedOperation.__mro__])
