# sys.stdout/stderr/stdin are io objects: attributes, redirection of print
# to a StringIO or any object with write(), mixing text and buffer writes.
import sys
from _io import StringIO, TextIOWrapper  # what io re-exports (io itself needs abc)

out = sys.stdout
print(type(out).__name__, isinstance(out, TextIOWrapper), out.encoding, out.errors, sys.stderr.errors)
print(out.name, out.mode, repr(out), out.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(out.writable(), out.readable(), sys.stdin.readable(), sys.stderr.line_buffering)
print(repr(out.buffer), repr(out.buffer.raw), out.buffer.raw.closefd)
print(out is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.write("write returns the length\n"))

capture = StringIO()
sys.stdout = capture
print("captured", 1, [2, 3])
print("no newline", end="")
sys.stdout.write("|direct")
sys.stdout = out
print(repr(capture.getvalue()))

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)
        return len(s)
    def flush(self):
        self.calls.append("<flush>")

r = Recorder()
print("a", "b", 3, sep="-", end="!\n", file=r)
print(file=r)
print("f", file=r, flush=True)
sys.stdout = r
print("via sys.stdout")
sys.stdout = out
print(r.calls)

sys.stdout = None
print("dropped silently")
sys.stdout = out

# Text written through sys.stdout waits in the text layer until a flush,
# so bytes written to sys.stdout.buffer directly can overtake it.
print("text 1")
sys.stdout.buffer.write(b"bytes 1\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes 2\n")
print("text 2")
sys.stdout.flush()

class Broken:
    def write(self, s):
        raise RuntimeError("cannot write " + repr(s))
try:
    print("x", file=Broken())
except RuntimeError as e:
    print("error:", e)
try:
    print("x", file=42)
except AttributeError as e:
    print("error:", e)
try:
    print("x", sep=5)
except TypeError as e:
    print("error:", e)
try:
    input()
except EOFError as e:
    print("EOFError:", e)
