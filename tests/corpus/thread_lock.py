# _thread with one thread: locks, RLock, _local, ids, start_new_thread unsupported... as CPython reports.
import _thread


def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        print(label, "->", r)


lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock).__module__, type(lock) is _thread.LockType, repr(lock).split(" at ")[0])
attempt("acquire", lock.acquire)
print(repr(lock).split(" at ")[0], lock.locked())
attempt("nonblocking", lock.acquire, False)
attempt("timeout", lock.acquire, timeout=0.01)
attempt("blocking=0", lock.acquire, blocking=0)
attempt("release", lock.release)
attempt("release again", lock.release)
for args, kw in [((False, 1), {}), ((), {"timeout": -2}), ((), {"timeout": 1e20}), ((1, 2, 3), {}), ((), {"x": 1}),
                 ((None,), {}), ((), {"timeout": "x"}), ((True, -1), {}), ((False, -1), {})]:
    attempt("acquire%r%r" % (args, kw), lock.acquire, *args, **kw)
    if lock.locked():
        lock.release()
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())
try:
    with lock:
        raise KeyError("k")
except KeyError:
    print("released on error", not lock.locked())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock(), lock.locked())
attempt("LockType()", _thread.LockType)
attempt("allocate_lock(1)", _thread.allocate_lock, 1)

r = _thread.RLock()
print(type(r).__name__, repr(r).split(" at ")[0])
attempt("rlock release", r.release)
print(r.acquire(), r.acquire(), r._is_owned())
state = r._release_save()
print(state[0], r._is_owned(), type(state[1]).__name__)
r._acquire_restore(state)
r.release()
r.release()
attempt("rlock over-release", r.release)
with r:
    with r:
        print("nested rlock ok")
attempt("rlock timeout", r.acquire, False, 1)

print(type(_thread.get_ident()).__name__, _thread.get_ident() == _thread.get_ident(), _thread._count())
print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError, _thread.stack_size())
attempt("stack_size(100)", _thread.stack_size, 100)
print(_thread.stack_size(65536), _thread.stack_size(0), _thread.stack_size())
attempt("start 1", _thread.start_new_thread, 1, ())
attempt("start 2", _thread.start_new_thread, print, 1)
attempt("start 3", _thread.start_new_thread, print, (), 1)
attempt("start 4", _thread.start_new_thread)

loc = _thread._local()
loc.x = 1
print(loc.x, hasattr(loc, "y"))
attempt("_local(1)", _thread._local, 1)


class MyLocal(_thread._local):
    def __init__(self, v):
        self.v = v


print(MyLocal(7).v)
args = _thread._ExceptHookArgs((ValueError, ValueError("v"), None, None))
print(type(args).__name__, args.exc_type.__name__, args.thread, len(args))
sentinel = _thread._set_sentinel()
print(sentinel.acquire(), sentinel.locked())
lock.release()
