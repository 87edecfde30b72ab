# `import io`: the ABCs io.py builds on the _io classes, and io.open.
import io
print(io.open is open, io.DEFAULT_BUFFER_SIZE, io.SEEK_END)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.RawIOBase))
with open(__file__, "rb", buffering=0) as f:
    print(isinstance(f, io.RawIOBase), isinstance(f, io.IOBase), f.read(5))
with open(__file__) as f:
    print(isinstance(f, io.TextIOBase), isinstance(f.buffer, io.BufferedIOBase), f.readline().rstrip())
print(issubclass(io.UnsupportedOperation, OSError), io.UnsupportedOperation.__module__)
class MyRaw(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        return 0
print(isinstance(MyRaw(), io.IOBase), MyRaw().read(), io.BufferedReader(MyRaw()).read())
buf = io.StringIO()
print("hello", file=buf)
print(repr(buf.getvalue()), io.TextIOWrapper(io.BytesIO(b"x\n"), encoding="utf-8").read())
