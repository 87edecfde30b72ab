# A __call__ that is itself a callable instance recurses in native code;
# it must stop at the recursion limit, as CPython.
class A:
    pass


A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError:", e)


class B(object):
    pass


B.__call__ = B()
a = B()
for attempt in range(3):
    try:
        a(1, 2, key=3)
    except RecursionError as e:
        print(attempt, "RecursionError:", e)


# The stack unwinds fully: ordinary calls work afterwards.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))


class Forward:
    def __init__(self, target):
        self.target = target

    def __call__(self, *args):
        return self.target(*args)


chain = Forward(len)
for _ in range(50):
    chain = Forward(chain)
print(chain("abc"))
