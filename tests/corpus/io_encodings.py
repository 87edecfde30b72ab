# TextIOWrapper encodings, BOMs, error handlers and newline translation,
# over files and over BytesIO; characters split across read chunks.
from _io import TextIOWrapper, BytesIO  # what io re-exports (io itself needs abc)

NAME = "_io_tmp_enc.txt"

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

text = "héllo\nwörld €\n"
for enc in ["utf-8", "utf-8-sig", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]:
    t = text if enc != "latin-1" else text.replace("€", "E")
    with open(NAME, "w", encoding=enc) as f:
        f.write(t[:3])
        f.write(t[3:])
    with open(NAME, "rb") as f:
        raw = f.read()
    with open(NAME, encoding=enc) as f:
        back = f.read()
    print(enc, len(raw), raw[:6], back == t, f.encoding)

with open(NAME, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve ☃\n")
print(open(NAME, "rb").read())
attempt("encode strict", lambda: open(NAME, "w", encoding="ascii").write("é"))

with open(NAME, "wb") as f:
    f.write(b"good\xffbad\xc3\n")
attempt("decode strict", lambda: open(NAME, encoding="utf-8").read())
for errors in ["replace", "ignore", "backslashreplace"]:
    print(errors, repr(open(NAME, encoding="utf-8", errors=errors).read()))
print(repr(open(NAME, encoding="latin-1").read()))

# A long file whose multi-byte characters straddle the 8192-byte chunks.
line = "ab€cd✓\r\n"
with open(NAME, "w", encoding="utf-8", newline="") as f:
    for i in range(3000):
        f.write(line)
with open(NAME, encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), set(lines) == {"ab€cd✓\n"})
with open(NAME, encoding="utf-8") as f:
    total = 0
    while True:
        piece = f.read(1000)
        if not piece:
            break
        total += len(piece)
print(total, 3000 * 7)
with open(NAME, encoding="utf-16", errors="strict", newline="") as f:
    attempt("wrong codec", lambda: f.read(3))

b = BytesIO()
w = TextIOWrapper(b, encoding="utf-8", newline="\r\n", write_through=True)
w.write("one\ntwo\n")
print(b.getvalue(), w.tell(), w.encoding, w.errors, w.line_buffering, w.write_through)
w.seek(0)
print(repr(w.read()))
w = TextIOWrapper(BytesIO("x\ry\r\nz".encode("utf-16")), encoding="utf-16")
print(w.readlines(), w.newlines)
w = TextIOWrapper(BytesIO(b"abc"), encoding="ascii")
w.reconfigure(encoding="latin-1")
print(w.encoding, repr(w.read()))
attempt("reconfigure after read", lambda: w.reconfigure(encoding="utf-8"))
attempt("bad encoding type", lambda: TextIOWrapper(BytesIO(), encoding=5))
attempt("bad newline", lambda: TextIOWrapper(BytesIO(), newline="\t"))
attempt("write bytes", lambda: TextIOWrapper(BytesIO()).write(b"x"))
attempt("unknown", lambda: TextIOWrapper(BytesIO(), encoding="klingon"))

try:
    import os
    os.remove(NAME)
except ImportError:
    pass
