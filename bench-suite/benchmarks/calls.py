"""calls: call-heavy code of every common shape.

Plain function calls with positional arguments, default and keyword
arguments, *args and **kwargs, bound method calls, static and class
methods, calls through closures and nested closures that update nonlocal
state, lambdas passed as arguments, and recursive calls.  SIZE is the number
of rounds; the result is an integer checksum compared with CPython's.
"""

NAME = "calls"
SIZES = {"smoke": 2000, "default": 160000}


def add(a, b):
    return a + b


def add3(a, b, c):
    return add(add(a, b), c)


def with_defaults(a, b=2, c=3):
    return a * b + c


def keyword_only(a, *, scale=1, shift=0):
    return a * scale + shift


def star_args(*args):
    total = 0
    for a in args:
        total += a
    return total


def star_kwargs(**kwargs):
    return kwargs.get("x", 0) - kwargs.get("y", 0) + len(kwargs)


def forwarding(*args, **kwargs):
    return with_defaults(*args, **kwargs)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def apply_twice(f, x):
    return f(f(x))


class Counter:
    offset = 7

    def __init__(self):
        self.count = 0

    def bump(self, by=1):
        self.count += by
        return self.count

    def bump_twice(self):
        self.bump()
        return self.bump(2)

    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def shifted(cls, x):
        return x + cls.offset


def make_accumulator(start):
    total = start

    def accumulate(x):
        nonlocal total
        total += x
        return total

    return accumulate


def make_adder_factory(k):
    def factory(m):
        def adder(x):
            return x + k * m
        return adder
    return factory


def round_trip(i, counter, acc, adder):
    s = add3(i, 1, 2)
    s += with_defaults(i) + with_defaults(i, 3) + with_defaults(i, c=1) + with_defaults(a=i, b=1, c=0)
    s += keyword_only(i, scale=2) + keyword_only(i, shift=-1)
    s += star_args(i, 1, 2, 3) + star_args()
    s += star_kwargs(x=i, y=1) + star_kwargs()
    s += forwarding(i, c=5)
    s += counter.bump() + counter.bump_twice() + counter.bump(by=3)
    s += Counter.double(i) + counter.double(1) + Counter.shifted(i) + counter.shifted(0)
    s += acc(i & 7)
    s += adder(i)
    s += apply_twice(lambda v: v * 3 - 1, i & 15)
    return s


def run(size):
    counter = Counter()
    acc = make_accumulator(100)
    adder = make_adder_factory(3)(4)
    checksum = 0
    for i in range(size):
        checksum = (checksum + round_trip(i, counter, acc, adder)) % 1000000007
    recursive = fib(18 + size // 100000)
    return checksum, counter.count, acc(0), recursive


EXPECTED = {
    2000: (89401000, 14000, 7100, 2584),
    160000: (632076017, 1120000, 560100, 4181),
}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if result != EXPECTED[size]:
        return "checksums %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
