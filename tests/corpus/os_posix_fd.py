# Raw file descriptors: open/read/write/lseek/fstat/pipe/dup/close.
import posix

path = "../_scratch_os_posix_fd.bin"
try:
    fd = posix.open(path, posix.O_RDWR | posix.O_CREAT | posix.O_TRUNC)
    print(type(fd).__name__, fd > 2)
    print(posix.write(fd, b"0123456789"), posix.write(fd, bytearray(b"abc")))
    print(posix.lseek(fd, 0, 0), posix.read(fd, 4), posix.lseek(fd, 0, 1))
    print(posix.lseek(fd, -3, 2), posix.read(fd, 100), posix.read(fd, 100))
    print(posix.fstat(fd).st_size, posix.isatty(fd))
    fd2 = posix.dup(fd)
    print(fd2 != fd, posix.lseek(fd2, 0, 1))
    posix.close(fd2)
    posix.ftruncate(fd, 5)
    print(posix.fstat(fd).st_size)
    posix.close(fd)
    for args in [(fd,), ]:
        try:
            posix.close(*args)
        except OSError as e:
            print(type(e).__name__, e)
    try:
        posix.read(fd, 1)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    fd = posix.open(path, posix.O_WRONLY | posix.O_APPEND)
    posix.write(fd, b"!")
    posix.close(fd)
    fd = posix.open(path, posix.O_RDONLY)
    print(posix.read(fd, 100))
    posix.close(fd)
    try:
        posix.open(path, posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
    except FileExistsError as e:
        print("exists", e.errno, e.filename == path)
    r, w = posix.pipe()
    print(posix.write(w, b"through the pipe"))
    print(posix.read(r, 7), posix.read(r, 100))
    posix.close(w)
    print(posix.read(r, 10))
    posix.close(r)
    try:
        posix.write(1, "text")
    except TypeError as e:
        print(e)
    try:
        posix.read(0, -1)
    except OSError as e:
        print(e)
    try:
        posix.lseek(1 << 20, 0, 0)
    except OSError as e:
        print(e)
    print(posix.isatty(1 << 20))
    print("before direct write", flush=True)
    posix.write(1, b"direct to fd 1\n")
    print("after direct write")
finally:
    try:
        posix.unlink(path)
    except OSError:
        pass
