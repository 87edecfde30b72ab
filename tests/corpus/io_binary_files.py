# Binary files: BufferedReader/Writer/Random and unbuffered FileIO; read
# sizes, peek/read1/readinto, seek whence, tell, attributes and reprs.
import _io as io  # the classes `io` re-exports (io itself needs abc)

NAME = "_io_tmp_binary.dat"

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

data = bytes(range(256)) * 40 + b"tail\nline2\n"
with open(NAME, "wb") as f:
    print(type(f).__name__, repr(f), f.mode, f.writable(), f.readable(), f.seekable())
    print(f.write(data[:5000]), f.tell())
    print(f.write(bytearray(data[5000:])), f.tell())
    attempt("write str", lambda: f.write("text"))
    print(type(f.raw).__name__, f.raw.mode, f.raw.closefd, f.name)

with open(NAME, "rb") as f:
    print(type(f).__name__, len(f.peek(3)) > 0, f.read(3), f.read1(2), f.tell())
    buf = bytearray(5)
    print(f.readinto(buf), bytes(buf))
    print(f.seek(-11, 2), f.readline(), f.readline(), f.readline())
    print(f.seek(10), f.seek(5, 1), f.tell(), f.read(2))
    print(len(f.read()), f.read(), f.read(5))
    attempt("bad whence", lambda: f.seek(0, 7))
    attempt("float pos", lambda: f.seek(1.5))

with open(NAME, "rb") as f:
    lines = f.readlines()
    print(len(lines), lines[-2:], sum(map(len, lines)) == len(data))

with open(NAME, "rb") as f:
    chunks = []
    while True:
        c = f.read(4000)
        if not c:
            break
        chunks.append(len(c))
    print(chunks)

with open(NAME, "r+b") as f:
    print(type(f).__name__, f.mode)
    print(f.read(4))
    f.write(b"WXYZ")
    print(f.tell())
    f.seek(0)
    print(f.read(10))
    f.seek(0, 2)
    f.write(b"END")
    f.seek(-5, 2)
    print(f.read())
    print(f.truncate(8), f.tell())
    f.seek(0)
    print(f.read())

with open(NAME, "rb", buffering=0) as f:
    print(type(f).__name__, repr(f), f.read(3), f.readall(), f.read())
    print(f.seek(0), f.read(100), f.tell(), f.fileno() > 2, f.isatty())
    ba = bytearray(3)
    f.seek(1)
    print(f.readinto(ba), ba)
print(repr(f), f.closed)
attempt("closed raw read", lambda: f.read())

with open(NAME, "ab") as f:
    print(f.tell(), f.write(b"++"), f.tell())
print(open(NAME, "rb").read())

w = open(NAME, "wb")
w.write(b"pending")
print("before close:", open(NAME, "rb").read())
w.close()
print("after close:", open(NAME, "rb").read())
attempt("write closed", lambda: w.write(b"x"))
attempt("flush closed", lambda: w.flush())
attempt("read on wb", lambda: open(NAME, "wb").read())
attempt("write on rb", lambda: open(NAME, "rb").write(b"x"))
attempt("readinto bytes", lambda: open(NAME, "rb").readinto(b"xx"))

r = io.BufferedReader(io.BytesIO(b"abc\ndef\n"), 2)
print(r.readline(), r.peek(1)[:1], r.read(), repr(r))
attempt("buffer size", lambda: io.BufferedReader(io.BytesIO(), 0))
wr = io.BufferedWriter(io.BytesIO())
wr.write(b"held")
print(wr.raw.getvalue(), wr.tell())
wr.flush()
print(wr.raw.getvalue())
raw = wr.detach()
print(raw.getvalue(), repr(wr))
attempt("detached", lambda: wr.write(b"x"))

try:
    import os
    os.remove(NAME)
except ImportError:
    pass
