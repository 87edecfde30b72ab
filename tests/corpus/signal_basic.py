# _signal without installing OS handlers: numbers, the handler table, checks, raise_signal.
import _signal

print(_signal.SIGINT, _signal.SIGTERM, _signal.SIGKILL, _signal.SIGUSR1, _signal.SIGCHLD, _signal.SIGRTMIN, _signal.SIGRTMAX)
print(_signal.NSIG, _signal.SIG_DFL, _signal.SIG_IGN, _signal.SIG_BLOCK, _signal.SIG_SETMASK)
print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler, _signal.getsignal(_signal.SIGTERM))
print(_signal.getsignal(_signal.SIGPIPE), _signal.getsignal(32))
print(sorted(_signal.valid_signals())[:5], len(_signal.valid_signals()), 32 in _signal.valid_signals())
print([_signal.strsignal(s) for s in (1, 2, 9, 15, 17, 31, 32, 34, 64)])
got = []
old = _signal.signal(_signal.SIGUSR1, lambda s, f: got.append((s, type(f).__name__)))
print(old, _signal.getsignal(_signal.SIGUSR1) is not None)
_signal.raise_signal(_signal.SIGUSR1)
print(got)
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN) is not None)
_signal.raise_signal(_signal.SIGUSR1)
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_DFL))
for args in [(9, 1), (19, 0), (100, 1), (0, 1), (2, "x"), (2, 5), ("x", 1), ()]:
    try:
        _signal.signal(*args)
    except (TypeError, ValueError, OSError) as e:
        print(args, type(e).__name__, e)
for f, args in [(_signal.getsignal, (100,)), (_signal.getsignal, ()), (_signal.strsignal, (0,)), (_signal.raise_signal, (100,)),
                (_signal.default_int_handler, ())]:
    try:
        f(*args)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(_signal.set_wakeup_fd(-1), _signal.siginterrupt(2, True))
_signal.signal(_signal.SIGINT, _signal.SIG_IGN)
_signal.raise_signal(_signal.SIGINT)
print("ignored SIGINT")
_signal.signal(_signal.SIGINT, _signal.default_int_handler)
try:
    _signal.raise_signal(_signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from the default handler")
try:
    _signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("direct call:", type(e).__name__, e.args)
