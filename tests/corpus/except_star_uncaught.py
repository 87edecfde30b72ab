# An exception group that except* only partly handles ends the program.
def work():
    raise ExceptionGroup("jobs failed", [ValueError("bad value"), KeyError("missing"), OSError("io")])

try:
    work()
except* KeyError as e:
    print("handled", repr(e))
except* ValueError as e:
    print("handled", repr(e))
    raise RuntimeError("handler failed")
print("not reached")
