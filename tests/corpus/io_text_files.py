# Text files: open modes, read/readline/readlines/iteration, print(file=),
# append and update modes, seek/tell, truncate, writelines, error messages.
import _io as io  # the classes `io` re-exports (io itself needs abc)

NAME = "_io_tmp_text.txt"

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

with open(NAME, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.closed)
    n = f.write("first line\n")
    f.writelines(["second\n", "third\n"])
    print("written", n, "tell", f.tell())
    print("via print", 42, sep=":", file=f)
print("closed after with:", f.closed)

with open(NAME) as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))

with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))

with open(NAME) as f:
    print(repr(f.read(5)), f.tell())
    pos = f.tell()
    print(repr(f.read(8)))
    f.seek(pos)
    print(repr(f.read(8)))
    f.seek(0)
    print(repr(f.read(5)))
    print(f.seek(0, 2), repr(f.read()))

with open(NAME, "a") as f:
    print("append starts at", f.tell())
    f.write("appended\n")
print(open(NAME).read().splitlines())

with open(NAME, "r+") as f:
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))

with open(NAME, "w+") as f:
    f.write("0123456789\nabc\n")
    f.seek(0)
    print(repr(f.read()))
    print("truncate ->", f.truncate(4), repr(open(NAME).read()))

with open(NAME, "w") as f:
    f.write("a\r\nb\rc\n")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(NAME, newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)

with open(NAME, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(NAME, "rb") as f:
    print(f.read())

f = open(NAME)
f.close()
attempt("read closed", lambda: f.read())
attempt("iter closed", lambda: next(f))
attempt("with closed", lambda: f.__enter__())
attempt("write on r", lambda: open(NAME).write("x"))
attempt("read on w", lambda: open(NAME, "w").read())
attempt("bad mode", lambda: open(NAME, "rw"))
attempt("dup mode", lambda: open(NAME, "rr"))
attempt("text+binary", lambda: open(NAME, "tb"))
attempt("no mode", lambda: open(NAME, "+"))
attempt("encoding in b", lambda: open(NAME, "rb", encoding="utf-8"))
attempt("unbuffered text", lambda: open(NAME, "r", buffering=0))
attempt("bad newline", lambda: open(NAME, newline="x"))
attempt("bad encoding", lambda: open(NAME, encoding="no-such-codec"))
attempt("missing", lambda: open("_io_tmp_does_not_exist.txt"))
attempt("directory", lambda: open("."))
attempt("mode type", lambda: open(NAME, 1))
attempt("file type", lambda: open(1.5))
attempt("exclusive", lambda: open(NAME, "x"))
try:
    open(NAME).write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation is", isinstance(e, OSError), isinstance(e, ValueError))
try:
    open("_io_tmp_does_not_exist.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
except OSError as e:
    print("OSError", e)

try:
    import os
    os.remove(NAME)
except ImportError:
    pass
