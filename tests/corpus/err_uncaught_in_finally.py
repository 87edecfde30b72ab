# exception propagates through finally blocks, which still run
def f():
    try:
        print("try")
        return [][0]
    finally:
        print("finally runs")
try:
    f()
finally:
    print("outer finally")
