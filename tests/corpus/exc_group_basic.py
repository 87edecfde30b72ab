# BaseExceptionGroup / ExceptionGroup construction, members, str/repr, errors.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

eg = ExceptionGroup("msg", [ValueError(1), TypeError("two")])
print(eg.message, eg.exceptions, eg.args)
print(str(eg), "|", repr(eg))
print(type(eg.exceptions).__name__, len(eg.exceptions))
one = ExceptionGroup("single", (KeyError("k"),))
print(str(one), repr(one), one.args)
print(repr(ExceptionGroup("", [ValueError()])), "[" + str(ExceptionGroup("", [ValueError()])) + "]")
attempt("base of exceptions", lambda: BaseExceptionGroup("b", [ValueError(1)]))
attempt("base of base", lambda: BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(2)]))
attempt("eg of base", lambda: ExceptionGroup("e", [KeyboardInterrupt()]))
attempt("empty", lambda: ExceptionGroup("e", []))
attempt("not seq", lambda: ExceptionGroup("e", 5))
attempt("set", lambda: ExceptionGroup("e", {ValueError()}))
attempt("not exc", lambda: ExceptionGroup("e", [ValueError(), 3]))
attempt("class not instance", lambda: ExceptionGroup("e", [ValueError]))
attempt("msg not str", lambda: ExceptionGroup(b"e", [ValueError()]))
attempt("one arg", lambda: ExceptionGroup("e"))
attempt("three args", lambda: ExceptionGroup("e", [ValueError()], 3))
attempt("generator", lambda: ExceptionGroup("e", (x for x in [ValueError()])))
attempt("tuple arg", lambda: ExceptionGroup("tuple", (ValueError(1), ValueError(2))))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup[int], BaseExceptionGroup[ValueError, "x"])
print(type(ExceptionGroup[int]).__name__)

class MyGroup(ExceptionGroup):
    pass
class MyBase(BaseExceptionGroup):
    pass
class Mixed(BaseExceptionGroup, Exception):
    pass
attempt("subclass", lambda: MyGroup("m", [ValueError(1)]))
attempt("subclass base", lambda: MyGroup("m", [KeyboardInterrupt()]))
attempt("base subclass", lambda: MyBase("m", [KeyboardInterrupt()]))
attempt("base subclass exc", lambda: MyBase("m", [ValueError()]))
attempt("mixed", lambda: Mixed("m", [SystemExit()]))
m = MyGroup("m", [ValueError(1)])
print(m.message, m.exceptions, isinstance(m, ExceptionGroup))

class WithInit(ExceptionGroup):
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
        self.extra = extra
    def __new__(cls, message, excs, extra):
        return super().__new__(cls, message, excs)
w = WithInit("wi", [ValueError(3)], "EXTRA")
print(w.extra, w.message, repr(w))

try:
    eg.message = "other"
except AttributeError as e:
    print("AttributeError", e)
try:
    eg.exceptions = ()
except AttributeError as e:
    print("AttributeError", e)
print(eg.message)
print(ExceptionGroup.message.__class__.__name__)
eg.args = ("changed",)
print(eg.message, str(eg), repr(eg))
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except ExceptionGroup as e:
    print("caught", repr(e), e.__traceback__ is not None)
try:
    raise BaseExceptionGroup("raised", [ValueError(1)])
except Exception as e:
    print("caught as Exception", type(e).__name__)
try:
    raise BaseExceptionGroup("raised", [SystemExit(1)])
except Exception as e:
    print("wrong")
except BaseException as e:
    print("caught as BaseException", type(e).__name__)
