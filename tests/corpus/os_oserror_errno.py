# OSError construction picks the errno's subclass; fields, str() and the errno module.
import errno

for args in [(), (2,), (2, "x"), (2, "No such file or directory", "f.txt"), (2, "No such", "a", None, "b"),
             (13, "Permission denied", "p"), ("a", "b"), (2, "x", "f", 5, "g", 6), (99999, "x"), (2.0, "x"),
             (None, None), (True, "x"), (17, "File exists", b"bytes-name"), (21, "Is a directory", 3)]:
    e = OSError(*args)
    print(args, type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)
    print("   ", repr(str(e)), repr(e))

for code in sorted(errno.errorcode):
    cls = type(OSError(code, "m"))
    if cls is not OSError:
        print(code, errno.errorcode[code], cls.__name__, issubclass(cls, OSError))

print(FileNotFoundError(13, "x").errno, type(FileNotFoundError(13, "x")).__name__)


class WithInit(OSError):
    def __init__(self, a):
        super().__init__(a)


class Plain(OSError):
    pass


print(type(WithInit(2)).__name__, WithInit(2).errno, type(Plain(2, "x")).__name__, Plain(2, "x").errno)
e = OSError(2, "x")
e.__init__(3, "y")
print(e.args, e.errno)
e.errno = 5
print(str(e), e.args)
print(OSError(2, "x", "f").__reduce__(), OSError(2, "x", "f", None, "g").__reduce__())
b = BlockingIOError(11, "busy", 7)
print(b.characters_written, b.args, str(b))
try:
    OSError(2, "x", bad=1)
except TypeError as t:
    print(t)
print(IOError is OSError, EnvironmentError is OSError)
print(errno.ENOENT, errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.EDEADLK], len(errno.errorcode))
print(errno.EACCES, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EINVAL, errno.EPIPE, errno.ERFKILL)
try:
    raise PermissionError(13, "Permission denied", "/root/secret")
except OSError as err:
    print("caught", type(err).__name__, err.errno, err)
raise OSError(2, "No such file or directory", "missing.cfg")
