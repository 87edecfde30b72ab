# raising non-exceptions and exception object behaviour
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def raise_int():
    raise 5
def raise_str():
    raise "oops"
def raise_class_bad_init():
    class E(Exception):
        def __init__(self, a, b):
            super().__init__(a, b)
    raise E
def bare_raise():
    raise
check("raise int", raise_int)
check("raise str", raise_str)
check("raise class needs args", raise_class_bad_init)
check("bare raise no active", bare_raise)
def catch_non_exc():
    try:
        1 / 0
    except 5:
        pass
check("except non-class", catch_non_exc)
check("exc with many args", lambda: str(ValueError(1, "two", [3])))
check("exc no args", lambda: (str(ValueError()), repr(ValueError())))
check("KeyError one arg", lambda: (str(KeyError("k")), str(KeyError(1)), str(KeyError())))
check("OSError args", lambda: str(OSError("msg")))
check("exc attrs", lambda: (ValueError("a").args, Exception(1, 2).args))
check("SyntaxError obj", lambda: SyntaxError("bad syntax").msg)
check("StopIteration value", lambda: (StopIteration(7).value, StopIteration().value))
check("SystemExit code", lambda: (SystemExit(3).code, SystemExit().code, SystemExit("m").code))
