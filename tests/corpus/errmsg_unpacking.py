# unpacking errors
def check(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def u1():
    a, b, c = [1, 2]
def u2():
    a, b = [1, 2, 3]
def u3():
    a, b = 5
def u4():
    a, *b, c = [1]
def u5():
    (a, b), c = [1, 2], 3
    (x, y), z = [1, 2, 3], 4
def u6():
    a, b = "xyz"
def u7():
    a, b = None
def u8():
    for k, v in [(1, 2), (3,)]:
        pass
def u9():
    a, b = {"only": 1}
def u10():
    [] = [1]
check("not enough", u1)
check("too many", u2)
check("int not iterable", u3)
check("star not enough", u4)
check("nested too many", u5)
check("str too many", u6)
check("None not iterable", u7)
check("loop unpack", u8)
check("dict one key", u9)
check("empty target", u10)
def u11():
    a, b, c = iter(range(100))
check("iterator too many", u11)
