# pathlib: pure path operations, then real file operations in a temp dir.
import os
import tempfile
from pathlib import Path, PurePosixPath, PurePath

p = PurePosixPath("/usr/local/lib/python3.11/site.tar.gz")
print(p, repr(p))
print(p.name, p.stem, p.suffix, p.suffixes)
print(p.parent, p.parents[1], len(p.parents), list(p.parents)[-1])
print(p.parts, p.anchor, p.root, repr(p.drive))
print(p.is_absolute(), PurePosixPath("a/b").is_absolute())
print(p.with_name("x.py"), p.with_suffix(".zip"), p.with_stem("other"))
print(PurePosixPath("a") / "b" / "c.txt", "root" / PurePosixPath("x"))
print(PurePosixPath("a", "b", "/c", "d"), PurePosixPath("a//b/./c/"))
print(p.relative_to("/usr/local"), p.is_relative_to("/usr"), p.is_relative_to("/opt"))
try:
    p.relative_to("/opt")
except ValueError as e:
    print("ValueError", e)
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("a/b.py").match("a/*.txt"))
print(PurePosixPath("x/y").joinpath("z", "w"), PurePosixPath("x").as_posix())
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(hash(PurePosixPath("q/r")) == hash(PurePosixPath("q//r")))
print(str(PurePosixPath()), PurePosixPath("..").name, repr(PurePosixPath("/").name))
print(PurePosixPath("/a/b").as_uri(), isinstance(p, PurePath))
try:
    PurePosixPath("a").with_suffix("bad")
except ValueError as e:
    print("ValueError", e)

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    print(base.exists(), base.is_dir(), base.is_file())
    sub = base / "sub" / "deeper"
    sub.mkdir(parents=True)
    try:
        sub.mkdir()
    except FileExistsError:
        print("FileExistsError")
    sub.mkdir(exist_ok=True)
    f = base / "hello.txt"
    print(f.write_text("hello\nworld\n"), f.read_text(), end="")
    print(f.read_text().splitlines(), f.stat().st_size, f.is_file())
    (base / "data.bin").write_bytes(bytes(range(5)))
    print((base / "data.bin").read_bytes())
    (sub / "a.py").write_text("print(1)\n")
    (base / "sub" / "b.py").write_text("")
    print(sorted(x.name for x in base.iterdir()))
    print(sorted(str(x.relative_to(base)) for x in base.glob("*.txt")))
    print(sorted(str(x.relative_to(base)) for x in base.rglob("*.py")))
    print(sorted(str(x.relative_to(base)) for x in base.glob("**/*.py")))
    with f.open("a") as fh:
        fh.write("more\n")
    with f.open() as fh:
        print(fh.readlines())
    g = f.rename(base / "renamed.txt")
    print(f.exists(), g.exists(), g.name)
    g.unlink()
    print(g.exists())
    try:
        g.unlink()
    except FileNotFoundError:
        print("FileNotFoundError")
    g.unlink(missing_ok=True)
    (sub / "a.py").unlink()
    sub.rmdir()
    print(sorted(x.name for x in (base / "sub").iterdir()))
    print(Path(tmp).resolve() == Path(os.path.realpath(tmp)))
    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        print(Path("sub").is_dir(), Path("nope").exists(), Path(".").resolve() == Path(tmp).resolve())
        print(Path("sub/b.py").absolute().relative_to(Path(tmp).resolve() if Path.cwd() != Path(tmp) else Path(tmp)))
    finally:
        os.chdir(cwd)
    touched = base / "t.txt"
    touched.touch()
    print(touched.exists(), touched.read_text() == "", touched.suffix)
print(Path(tmp).exists())
