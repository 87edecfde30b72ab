# uncaught RecursionError from infinite recursion
def down(n):
    return down(n + 1) + 1
print("recursing")
down(0)
