# Recursive calls: fib(30).
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

r = fib(30)
assert r == 832040, r
