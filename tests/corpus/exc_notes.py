# add_note / __notes__ semantics.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__, type(e.__notes__).__name__)
for bad in (1, b"bytes", None, ["list"]):
    try:
        e.add_note(bad)
    except TypeError as ex:
        print("TypeError", ex)
try:
    e.add_note()
except TypeError as ex:
    print("TypeError", ex)
try:
    e.add_note("a", "b")
except TypeError as ex:
    print("TypeError", ex)
class S(str):
    pass
e.add_note(S("str subclass"))
print(e.__notes__)
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
e.__notes__ = ("tuple",)
try:
    e.add_note("x")
except TypeError as ex:
    print("TypeError", ex)
del e.__notes__
print(hasattr(e, "__notes__"))
e.add_note("fresh")
print(e.__notes__)
k = KeyError("k")
k.add_note("on key error")
try:
    raise k
except KeyError as caught:
    print(caught.__notes__, caught is k)
g = ExceptionGroup("g", [ValueError(1)])
g.add_note("group note")
print(g.__notes__, str(g))
class Custom(Exception):
    def __init__(self):
        super().__init__("custom")
        self.add_note("added in __init__")
print(Custom().__notes__)
print(BaseException.add_note.__name__, ValueError.add_note is BaseException.add_note)
