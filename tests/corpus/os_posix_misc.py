# posix process and environment facts (printed as derived facts only).
import posix

print(posix.error is OSError, posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK)
print(posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND)
print(type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
print(b"PATH" in posix.environ)
posix.putenv("TAIPAN_CORPUS_VAR", "1")
posix.unsetenv("TAIPAN_CORPUS_VAR")
for bad in [("", "x"), ("A=B", "x"), ("A\0B", "x"), ("A", "x\0")]:
    try:
        posix.putenv(*bad)
    except (ValueError, OSError) as e:
        print("putenv", repr(bad[0]), type(e).__name__, e)
for bad in ["", "A=B", "A\0B"]:
    try:
        posix.unsetenv(bad)
    except (ValueError, OSError) as e:
        print("unsetenv", repr(bad), type(e).__name__, e)
print(posix.strerror(2), posix.strerror(13), posix.strerror(0), posix.strerror(4242))
print(len(posix.urandom(0)), len(posix.urandom(33)), type(posix.urandom(1)).__name__)
print(type(posix.getpid()).__name__, posix.getpid() > 0, posix.getppid() > 0)
print(isinstance(posix.cpu_count(), int), posix.cpu_count() >= 1)
u = posix.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, type(u.release).__name__)
t = posix.times()
print(type(t).__name__, len(t), all(isinstance(x, float) and x >= 0 for x in t))
print(posix.fspath("p"), posix.fspath(b"q"))


class P:
    def __fspath__(self):
        return "from-fspath"


class Bad:
    def __fspath__(self):
        return 5


print(posix.fspath(P()))
for v in [Bad(), 3, None]:
    try:
        posix.fspath(v)
    except TypeError as e:
        print(e)
print([posix.waitstatus_to_exitcode(s) for s in (0, 256, 3 << 8, 9, 15)])
try:
    posix.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print(e)
old = posix.umask(0o077)
print(posix.umask(old) == 0o077)
print(posix.getcwd().endswith("corpus"), type(posix.getcwdb()).__name__)
try:
    posix.urandom(-1)
except ValueError as e:
    print(e)
for f, args in [(posix.stat, (None,)), (posix.stat, ("a\0b",)), (posix.mkdir, (1,)), (posix.listdir, (3.5,)),
                (posix.stat, ()), (posix.stat, ("x", "y")), (posix.read, (1,)), (posix.getpid, (1,)),
                (posix.isatty, ()), (posix.close, ()), (posix.strerror, ("x",)), (posix.stat, ("x",), )]:
    try:
        f(*args)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    posix.stat("nope", dir_fd=None, follow_symlinks=True)
except FileNotFoundError as e:
    print(e)
posix.stat("definitely-not-here.txt")
