# return inside except* is a SyntaxError (even nested in finally)
def f():
    try:
        pass
    except* ValueError:
        try:
            pass
        finally:
            return 1
print(f())
