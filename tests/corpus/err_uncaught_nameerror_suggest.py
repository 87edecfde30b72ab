# uncaught NameError (CPython 3.11 adds a "Did you mean" hint)
def compute():
    total = 0
    for i in range(3):
        total += i
    return totl
print("start")
compute()
