# `select` (application level; the native `_sleep` is added by
# modules/socket/mod.rs). Only `select()`; see mod.rs for its limits.
error = OSError

def _fd(o):
    if isinstance(o, int):
        fd = o
    else:
        try:
            meth = o.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = meth()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd

def _select(rlist, wlist, xlist, timeout=None, /):
    import time, _socket
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
        deadline = time.monotonic() + timeout
    r = [(o, _fd(o)) for o in rlist]
    w = [o for o in wlist if _fd(o) >= 0]
    x = [_fd(o) for o in xlist]
    while True:
        ready = [o for o, fd in r if _socket._readable(fd)]
        if ready or w or timeout == 0:
            return ready, w, []
        if timeout is None:
            _sleep(0.01)
            continue
        left = deadline - time.monotonic()
        if left <= 0:
            return [], [], []
        _sleep(min(left, 0.01))
