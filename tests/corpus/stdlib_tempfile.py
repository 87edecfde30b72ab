# tempfile: TemporaryDirectory, NamedTemporaryFile, TemporaryFile, mkstemp,
# mkdtemp, SpooledTemporaryFile, with cleanup. No random names are printed.
import os
import tempfile

print(isinstance(tempfile.gettempdir(), str), os.path.isdir(tempfile.gettempdir()))

with tempfile.TemporaryDirectory(prefix="tp_", suffix="_d") as tmp:
    name = os.path.basename(tmp)
    print(os.path.isdir(tmp), name.startswith("tp_"), name.endswith("_d"))
    with open(os.path.join(tmp, "f.txt"), "w") as f:
        f.write("inside")
    os.mkdir(os.path.join(tmp, "nested"))
    print(sorted(os.listdir(tmp)))
print(os.path.exists(tmp))

td = tempfile.TemporaryDirectory()
p = td.name
print(os.path.isdir(p))
td.cleanup()
print(os.path.exists(p))

with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=True) as nt:
    nt.write("line one\nline two\n")
    nt.flush()
    nt.seek(0)
    print(nt.read().splitlines(), nt.name.endswith(".txt"), os.path.exists(nt.name))
    with open(nt.name) as again:
        print(again.readline().strip())
    path = nt.name
print(os.path.exists(path))

nt = tempfile.NamedTemporaryFile(delete=False, prefix="keep")
nt.write(b"\x00\x01binary")
nt.close()
print(os.path.basename(nt.name).startswith("keep"), os.path.getsize(nt.name))
with open(nt.name, "rb") as f:
    print(f.read())
os.unlink(nt.name)
print(os.path.exists(nt.name))

with tempfile.TemporaryFile() as tf:
    tf.write(b"anonymous data")
    tf.seek(0)
    print(tf.read(), "b" in tf.mode)
with tempfile.TemporaryFile("w+", encoding="utf-8") as tf:
    tf.write("text é")
    tf.seek(0)
    print(tf.read())

fd, path = tempfile.mkstemp(suffix=".dat", text=False)
print(isinstance(fd, int), os.path.isabs(path), path.endswith(".dat"))
os.write(fd, b"via fd")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
print(os.path.exists(path))

d = tempfile.mkdtemp(prefix="md")
print(os.path.isdir(d), os.listdir(d), os.path.basename(d).startswith("md"))
os.rmdir(d)
print(os.path.exists(d))

with tempfile.TemporaryDirectory() as outer:
    fd, inner = tempfile.mkstemp(dir=outer)
    os.close(fd)
    print(os.path.dirname(inner) == outer, len(os.listdir(outer)))

with tempfile.SpooledTemporaryFile(max_size=16, mode="w+b") as sp:
    sp.write(b"small")
    print(sp._rolled)
    sp.write(b"x" * 32)
    print(sp._rolled)
    sp.seek(0)
    print(len(sp.read()))
