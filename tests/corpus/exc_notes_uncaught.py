# Notes are printed after the exception line; the last note is the last stderr line.
def f():
    try:
        {}["missing"]
    except KeyError as e:
        e.add_note("while looking up the config")
        e.add_note("hint: check the key\nsecond line of the hint")
        raise
print("start")
f()
