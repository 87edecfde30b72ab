# posix file-system calls on a scratch directory beside the corpus (removed at the end).
import posix
import stat

base = "../_scratch_os_posix_fs"


def show(label, f, *args):
    try:
        r = f(*args)
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.filename)
    else:
        print(label, "ok", r)


try:
    posix.mkdir(base)
    posix.mkdir(base + "/sub", 0o755)
    fd = posix.open(base + "/a.txt", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    print("wrote", posix.write(fd, b"hello, world\n"))
    posix.close(fd)
    st = posix.stat(base + "/a.txt")
    print(type(st).__name__, type(st).__module__, len(st), st.st_size, st[6])
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_IMODE(st.st_mode) & 0o600)
    print(isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), st.st_mtime_ns // 10**9 == st[8])
    print(st.st_nlink, st == tuple(st), stat.S_ISDIR(posix.stat(base).st_mode))
    print(sorted(posix.listdir(base)), sorted(posix.listdir(base.encode())))
    with posix.scandir(base) as it:
        for e in sorted(it, key=lambda e: e.name):
            print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size > 0 or e.is_dir())
    posix.symlink("a.txt", base + "/link")
    print(posix.readlink(base + "/link"), stat.S_ISLNK(posix.lstat(base + "/link").st_mode))
    print(posix.stat(base + "/link").st_size, posix.stat(base + "/link", follow_symlinks=False).st_size)
    posix.rename(base + "/a.txt", base + "/b.txt")
    print(sorted(posix.listdir(base)))
    show("stat-dangling", posix.stat, base + "/link")
    show("rename-missing", posix.rename, base + "/nope", base + "/x")
    show("mkdir-exists", posix.mkdir, base + "/sub")
    show("rmdir-nonempty", posix.rmdir, base)
    show("unlink-dir", posix.unlink, base + "/sub")
    show("listdir-file", posix.listdir, base + "/b.txt")
    posix.utime(base + "/b.txt", (1000000000, 1200000000))
    st = posix.stat(base + "/b.txt")
    print(st.st_atime, st.st_mtime, st.st_mtime_ns)
    posix.utime(base + "/b.txt", ns=(5, 1500000000123456789))
    print(posix.stat(base + "/b.txt").st_mtime_ns)
    posix.chmod(base + "/b.txt", 0o600)
    print(oct(stat.S_IMODE(posix.stat(base + "/b.txt").st_mode)))
    print(posix.access(base + "/b.txt", posix.F_OK), posix.access(base + "/nope", posix.F_OK))
    posix.replace(base + "/b.txt", base + "/sub/c.txt")
    print(sorted(posix.listdir(base)), posix.listdir(base + "/sub"))
finally:
    for p in ["/link", "/a.txt", "/b.txt", "/sub/c.txt"]:
        try:
            posix.unlink(base + p)
        except OSError:
            pass
    for p in ["/sub", ""]:
        try:
            posix.rmdir(base + p)
        except OSError:
            pass
print("cleaned", "_scratch_os_posix_fs" not in posix.listdir(".."))
