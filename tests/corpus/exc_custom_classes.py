# custom exception classes, args, str/repr
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"not found: {key}")
        self.key = key
class WithStr(Exception):
    def __str__(self):
        return "custom str"
class Code(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
for exc in [AppError(), AppError("one"), AppError("a", 2), NotFound("k1"), WithStr("ignored"), Code(404, "nf")]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
try:
    raise NotFound("user")
except AppError as e:
    print("caught as AppError:", e, e.key, isinstance(e, Exception), isinstance(e, NotFound))
print([c.__name__ for c in NotFound.__mro__])
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(ValueError()), str(IndexError(5)))
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
e2 = Exception()
e2.extra = "attr"
print(e2.extra, repr(e2))
class Ctx(Exception):
    def __repr__(self):
        return "Ctx!"
print(repr(Ctx("m")), str(Ctx("m")))
def risky(n):
    if n == 0:
        raise AppError("zero")
    if n == 1:
        raise NotFound(n)
    return n
for n in range(3):
    try:
        print("ok", risky(n))
    except NotFound as e:
        print("NotFound", e.key)
    except AppError as e:
        print("AppError", e)
