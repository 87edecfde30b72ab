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


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
