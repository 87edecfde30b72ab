# Functions, builtins and bound methods have __call__ (a method-wrapper in CPython).
def f(a, b=2):
    return a + b
print(hasattr(len, '__call__'), len.__call__([1, 2]))
print(f.__call__(1), f.__call__(1, b=5))
class A:
    def m(self, x):
        return x * 2
print(A().m.__call__(4), callable(f), callable(A().m))
print(sorted([3, 1, 2], key=abs.__call__))
