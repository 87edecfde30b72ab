"""float: many small Point objects built from sin/cos, normalised, reduced.

Creates SIZE points p_i = (sin i, 3 cos i, sin(i)^2 / 2), normalises each to
unit length (sqrt), and reduces them to the component-wise maximum.  Float
arithmetic, attribute access and object allocation; needs the math module.
"""

from math import sin, cos, sqrt

NAME = "float"
SIZES = {"smoke": 10000, "default": 400000}


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        x = sin(i)
        self.x = x
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def run(size):
    points = [Point(i) for i in range(size)]
    for p in points:
        p.normalize()
    best = maximize(points)
    return (best.x, best.y, best.z)


EXPECTED = {
    10000: (0.8943870342151542, 1.0, 0.44719064873006503),
    400000: (0.8944271909786426, 1.0, 0.4472135954878018),
}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    for got, want in zip(result, EXPECTED[size]):
        if not abs(got - want) <= 1e-12 * abs(want):
            return "maximum point %r, expected %r" % (result, EXPECTED[size])
    return None


# BEGIN DRIVER (canonical copy in bench-suite/harness.py; keep identical)
def _bench_json_str(s):
    out = []
    for ch in str(s):
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _bench_main():
    argv = []
    try:
        import sys
        argv = list(sys.argv[1:])
    except Exception:
        pass
    size_arg = argv[0] if len(argv) > 0 else "default"
    warmups = int(argv[1]) if len(argv) > 1 else 1
    iterations = int(argv[2]) if len(argv) > 2 else 3
    if size_arg in SIZES:
        size = SIZES[size_arg]
    else:
        size = int(size_arg)
    clock = None
    try:
        import time
        clock = time.perf_counter
    except Exception:
        pass
    times = []
    error = None
    for i in range(warmups + iterations):
        t0 = clock() if clock is not None else 0.0
        result = run(size)
        t1 = clock() if clock is not None else 0.0
        if i >= warmups:
            times.append(t1 - t0)
        error = check(size, result)
        if error is not None:
            break
    if clock is None:
        times_text = "null"
    else:
        times_text = "[" + ", ".join([repr(t) for t in times]) + "]"
    line = 'BENCH {"name": %s, "size": %d, "warmups": %d, "iterations": %d, "times": %s, "ok": %s, "error": %s}' % (
        _bench_json_str(NAME), size, warmups, iterations, times_text,
        "true" if error is None else "false",
        "null" if error is None else _bench_json_str(error))
    print(line)
    if error is not None:
        raise SystemExit(NAME + ": WRONG RESULT: " + str(error))


if __name__ == "__main__":
    _bench_main()
# END DRIVER
