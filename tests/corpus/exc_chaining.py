# raise from, __cause__, __context__, __suppress_context__
def show(e):
    print(type(e).__name__, repr(str(e)), type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("bad value") from z
except ValueError as e:
    show(e)
    print(e.__cause__ is e.__context__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)
    print(repr(e.__context__))
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("no chain") from None
except TypeError as e:
    show(e)
try:
    raise ValueError("direct") from KeyError("cause")
except ValueError as e:
    show(e)
    print(repr(e.__cause__))
try:
    try:
        raise ValueError("first")
    except ValueError as e1:
        try:
            raise KeyError("second")
        except KeyError as e2:
            raise IndexError("third")
except IndexError as e3:
    c = e3
    chain = []
    while c is not None:
        chain.append(type(c).__name__)
        c = c.__context__
    print(chain)
def reraise():
    try:
        raise OSError("io")
    except OSError:
        raise
try:
    reraise()
except OSError as e:
    print("reraised", e, e.__context__)
e = Exception("a", 2)
print(e.args, str(e), repr(e), e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as t:
    print("TypeError:", t)
