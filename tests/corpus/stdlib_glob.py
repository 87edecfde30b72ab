# glob: glob, iglob, recursive **, root_dir, hidden files, escape.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    for rel in ["a.txt", "b.txt", "c.py", ".hidden.txt", "d/e.txt", "d/f/g.txt",
                "d/f/h.py", "odd[1].txt", "q?.txt", "x1.log", "x2.log", "x10.log"]:
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(rel)

    def rel(paths):
        return sorted(os.path.relpath(p, tmp) for p in paths)

    print(rel(glob.glob(os.path.join(tmp, "*.txt"))))
    print(rel(glob.glob(os.path.join(tmp, "*"))))
    print(rel(glob.glob(os.path.join(tmp, "?.txt"))))
    print(rel(glob.glob(os.path.join(tmp, "x[0-9].log"))))
    print(rel(glob.glob(os.path.join(tmp, "x[!1].log"))))
    print(rel(glob.glob(os.path.join(tmp, "**", "*.txt"), recursive=True)))
    print(rel(glob.glob(os.path.join(tmp, "**", "*.txt"))))
    print(rel(glob.glob(os.path.join(tmp, "**"), recursive=True)))
    print(rel(glob.glob(os.path.join(tmp, "*", "*", "*.py"))))
    print(rel(glob.glob(os.path.join(tmp, "d", ""))))
    print(rel(glob.iglob(os.path.join(tmp, "d", "*"))))
    it = glob.iglob(os.path.join(tmp, "*.py"))
    print(iter(it) is it, rel(it))
    print(sorted(glob.glob("*.log", root_dir=tmp)))
    print(sorted(glob.glob("**/*.py", root_dir=tmp, recursive=True)))
    print(glob.glob(os.path.join(tmp, "nomatch*")), glob.glob(os.path.join(tmp, "missing.txt")))
    print(rel(glob.glob(os.path.join(tmp, "a.txt"))))
    print(glob.escape("odd[1].txt"), glob.escape("q?.txt"), glob.escape("*star"), glob.escape("plain"))
    print(rel(glob.glob(os.path.join(tmp, glob.escape("odd[1].txt")))))
    print(rel(glob.glob(os.path.join(tmp, glob.escape("q?.txt")))))
    print(rel(glob.glob(os.path.join(tmp, "odd[1].txt"))))
    print(glob.has_magic("a*b"), glob.has_magic("abc"), glob.has_magic("[x]"))
    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        print(sorted(glob.glob("*.txt")), sorted(glob.glob("d/**/", recursive=True)))
        print(sorted(glob.glob(".*")), sorted(glob.glob("**/", recursive=True)))
    finally:
        os.chdir(cwd)
