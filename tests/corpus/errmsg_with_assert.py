# errors in with statements, assert and misc statements
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class NoExit:
    def __enter__(self):
        return self
def w1():
    with NoExit():
        pass
check("missing __exit__", w1)
class NoEnter:
    def __exit__(self, *a):
        pass
def w2():
    with NoEnter():
        pass
check("missing __enter__", w2)
class Raises:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("  exit not called")
def w3():
    with Raises():
        print("  body not run")
check("enter raises", w3)
class ExitRaises:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise KeyError("from exit")
def w4():
    with ExitRaises():
        1 / 0
check("exit raises", w4)
def a1():
    assert 0, ("tuple", "msg")
check("assert tuple", a1)
def a2():
    x = []
    assert x, f"empty: {x}"
check("assert fstring", a2)
