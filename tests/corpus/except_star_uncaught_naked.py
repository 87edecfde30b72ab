# A naked exception not matched by any except* clause propagates unwrapped.
try:
    try:
        raise ValueError("naked")
    except* TypeError:
        print("no")
except ValueError as e:
    print("plain ValueError", repr(e))
try:
    raise KeyError("k")
except* KeyError:
    raise
