# derive() and what split() copies from the original group.
class Tagged(ExceptionGroup):
    def derive(self, excs):
        d = Tagged(self.message + "*", excs)
        d.tag = getattr(self, "tag", 0) + 1
        return d

t = Tagged("t", [ValueError(1), TypeError(2), Tagged("inner", [ValueError(3), KeyError(4)])])
m, r = t.split(ValueError)
print(repr(m), m.tag, type(m).__name__)
print(repr(r), r.tag)
print(repr(m.exceptions[1]), m.exceptions[1].tag)

class Bad(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
try:
    Bad("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError", e)
print(repr(Bad("b", [ValueError(1)]).split(ExceptionGroup)[0]))

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
d = eg.derive([KeyError(9)])
print(repr(d), type(d).__name__, d.__cause__, d.__context__, d.__traceback__)
print(repr(eg.derive([KeyboardInterrupt()])), type(eg.derive([KeyboardInterrupt()])).__name__)
try:
    eg.derive([])
except ValueError as e:
    print("ValueError", e)

def raiser():
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")
try:
    raiser()
except ExceptionGroup as e:
    orig = e
orig.add_note("first note")
m, r = orig.split(ValueError)
for part in (m, r):
    print(repr(part))
    print("  cause", repr(part.__cause__), part.__cause__ is orig.__cause__)
    print("  context", repr(part.__context__), part.__context__ is orig.__context__)
    print("  traceback same", part.__traceback__ is orig.__traceback__)
    print("  suppress", part.__suppress_context__)
    print("  notes", part.__notes__, part.__notes__ is orig.__notes__, part.__notes__ == orig.__notes__)
m.add_note("only on m")
print(orig.__notes__, m.__notes__, r.__notes__)
orig.__notes__ = ("a", "tuple")
print(orig.split(TypeError)[0].__notes__)
orig.__notes__ = 17
print(hasattr(orig.split(TypeError)[0], "__notes__"))
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split(ValueError)
print(m.__cause__, m.__context__, m.__traceback__, m.__suppress_context__, hasattr(m, "__notes__"))
