# uncaught exception derived from BaseException (not Exception)
class Abort(BaseException):
    pass
try:
    raise Abort("first")
except Exception:
    print("not caught here")
except BaseException as e:
    print("caught BaseException:", e)
raise Abort("fatal abort")
