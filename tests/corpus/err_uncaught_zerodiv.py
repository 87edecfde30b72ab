# uncaught ZeroDivisionError after some output
def ratio(a, b):
    return a // b
print("before")
for d in (3, 2, 1, 0):
    print(ratio(12, d))
print("never reached")
