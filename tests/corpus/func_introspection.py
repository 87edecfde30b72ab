# function objects: attributes, defaults, recursion via name, higher-order
def greet(name, greeting="Hello", *, punct="!"):
    """Greet someone."""
    return f"{greeting}, {name}{punct}"
print(greet.__name__, greet.__doc__, greet.__defaults__, greet.__kwdefaults__)
greet.custom = 42
print(greet.custom, greet("Ann"), greet("Bo", "Hi", punct="?"))
f = greet
del greet
print(f("Cy"), f.__name__)
def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 7, 5), apply(sorted, [3, 1, 2], reverse=True), apply(f, "Di", greeting="Yo"))
def curry(fn):
    def c1(a):
        def c2(b):
            return fn(a, b)
        return c2
    return c1
print(curry(lambda a, b: a - b)(10)(3))
square = lambda x: x * x
print(square.__name__, (lambda: 0).__name__, list(map(square, range(5))))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__qualname__)
fns = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "pow": pow}
print({k: v(3, 4) for k, v in fns.items()})
def counter_gen():
    counter_gen.calls = getattr(counter_gen, "calls", 0) + 1
    return counter_gen.calls
print(counter_gen(), counter_gen(), counter_gen())
print(callable(f), callable(None), callable(print), callable(lambda: 1), callable(type))
def pipe(value, *funcs):
    for fn in funcs:
        value = fn(value)
    return value
print(pipe(" Hello ", str.strip, str.lower, lambda s: s + "!", len))
print(type(f).__name__, type(print).__name__, type(len).__name__)
