# recursive closures, mutual recursion via dict, trampolines
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(make_fact()(20))
table = {}
table["even"] = lambda n: True if n == 0 else table["odd"](n - 1)
table["odd"] = lambda n: False if n == 0 else table["even"](n - 1)
print(table["even"](10), table["odd"](15), table["even"](7))
def trampoline(f, *args):
    result = f(*args)
    while callable(result):
        result = result()
    return result
def count_down(n, acc=0):
    if n == 0:
        return acc
    return lambda: count_down(n - 1, acc + n)
print(trampoline(count_down, 5000))
def fib_memo():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
f = fib_memo()
print(f(90), f(150))
def flatten_depth(x, depth=0):
    if not isinstance(x, (list, tuple)):
        return [(x, depth)]
    out = []
    for y in x:
        out.extend(flatten_depth(y, depth + 1))
    return out
print(flatten_depth([1, (2, [3]), [[[4]]]]))
def y_comb(f):
    return (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = y_comb(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10))
def tree(n):
    return None if n == 0 else (tree(n - 1), n, tree(n - 1))
def size(t):
    return 0 if t is None else size(t[0]) + 1 + size(t[2])
print(size(tree(10)))
