# The os and os.path modules on top of posix (scratch directory beside the corpus, removed at the end).
import os
import os.path
import stat

print(os.name, os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.devnull, os.linesep == "\n")
print(os.path.join("a", "b", "c.py"), os.path.split("/x/y/z.txt"), os.path.splitext("arch.tar.gz"))
print(os.path.basename("/a/b.py"), os.path.dirname("/a/b.py"), os.path.normpath("a//b/../c/./d"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.relpath("/a/b/c", "/a"), os.path.expanduser("~") != "~")
print(os.fspath("p"), os.fsencode("x"), os.fsdecode(b"y"), os.getcwd() == os.path.abspath("."))
print(os.environ["PATH"] == os.environb[b"PATH"].decode(), os.getenv("TAIPAN_NOT_SET", "default"))
os.environ["TAIPAN_CORPUS_X"] = "value"
print(os.environ["TAIPAN_CORPUS_X"], os.environb[b"TAIPAN_CORPUS_X"], os.getenv("TAIPAN_CORPUS_X"))
del os.environ["TAIPAN_CORPUS_X"]
print("TAIPAN_CORPUS_X" in os.environ, os.environ.get("TAIPAN_CORPUS_X"))
base = os.path.join("..", "_scratch_os_module_path")
try:
    os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
    with_files = [os.path.join(base, "a", "f1.txt"), os.path.join(base, "a", "b", "f2.txt")]
    for i, p in enumerate(with_files):
        fd = os.open(p, os.O_WRONLY | os.O_CREAT)
        os.write(fd, b"x" * (i + 3))
        os.close(fd)
    print(os.path.exists(base), os.path.isdir(base), os.path.isfile(with_files[0]), os.path.getsize(with_files[1]))
    print(os.path.islink(base), os.path.lexists(base), os.path.samefile(base, base + "/a/.."))
    for root, dirs, files in os.walk(base):
        dirs.sort()
        print(root, dirs, sorted(files))
    print(sorted(e.name for e in os.scandir(os.path.join(base, "a"))))
    print(stat.S_ISDIR(os.stat(base).st_mode), stat.filemode(os.stat(base).st_mode)[0])
    os.rename(with_files[0], with_files[0] + ".bak")
    print(sorted(os.listdir(os.path.join(base, "a"))))
    try:
        os.makedirs(base)
    except FileExistsError as e:
        print("makedirs:", type(e).__name__, e.errno)
    try:
        os.remove(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("remove:", e.strerror)
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.unlink(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    if os.path.exists(base):
        os.rmdir(base)
print("cleaned", not os.path.exists(base))
print(os.cpu_count() >= 1, os.getpid() == os.getpid(), isinstance(os.urandom(4), bytes), os.strerror(2))
print(os.supports_bytes_environ, os.stat in os.supports_fd, isinstance(os.stat_result, type))
