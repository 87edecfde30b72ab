"""chaos: the chaos game, drawing iterated-function-system fractals.

A point jumps repeatedly under affine maps picked at random with fixed
probabilities (Barnsley's fern, the Sierpinski triangle, a Levy-C-curve-like
dragon); every position after a short burn-in is plotted into a pixel grid.
SIZE is the number of jumps per fractal.  Randomness comes from a small
Park-Miller generator, so the pictures are identical on every interpreter;
the result is (pixels lit, hit checksum) per fractal.
"""

NAME = "chaos"
SIZES = {"smoke": 10000, "default": 100000}


class ParkMiller:
    def __init__(self, seed):
        self.state = seed

    def random(self):
        self.state = self.state * 48271 % 2147483647
        return self.state / 2147483647.0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class AffineMap:
    """(x, y) -> (a x + b y + e, c x + d y + f), chosen with probability p."""

    def __init__(self, a, b, c, d, e, f, p):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.p = p

    def apply(self, point):
        return Point(self.a * point.x + self.b * point.y + self.e,
                     self.c * point.x + self.d * point.y + self.f)


class Fractal:
    def __init__(self, name, maps, x_range, y_range):
        self.name = name
        self.maps = maps
        self.x_min, self.x_max = x_range
        self.y_min, self.y_max = y_range
        total = 0.0
        self.cumulative = []
        for m in maps:
            total += m.p
            self.cumulative.append(total)

    def pick(self, rng):
        r = rng.random() * self.cumulative[-1]
        for m, limit in zip(self.maps, self.cumulative):
            if r < limit:
                return m
        return self.maps[-1]


class Canvas:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.pixels = [[0] * width for _ in range(height)]

    def plot(self, fractal, point):
        col = int((point.x - fractal.x_min) / (fractal.x_max - fractal.x_min) * (self.width - 1))
        row = int((point.y - fractal.y_min) / (fractal.y_max - fractal.y_min) * (self.height - 1))
        if 0 <= col < self.width and 0 <= row < self.height:
            self.pixels[row][col] += 1

    def summary(self):
        lit = 0
        checksum = 0
        for row_index, row in enumerate(self.pixels):
            for col_index, hits in enumerate(row):
                if hits:
                    lit += 1
                    checksum = (checksum * 31 + hits * (row_index * self.width + col_index + 1)) % 1000000007
        return lit, checksum


def fractals():
    fern = Fractal("fern", [
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ], (-2.2, 2.7), (0.0, 10.0))
    triangle = Fractal("sierpinski", [
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1.0),
    ], (0.0, 1.0), (0.0, 1.0))
    dragon = Fractal("dragon", [
        AffineMap(0.5, -0.5, 0.5, 0.5, 0.0, 0.0, 1.0),
        AffineMap(-0.5, -0.5, 0.5, -0.5, 1.0, 0.0, 1.0),
    ], (-0.4, 1.25), (-0.4, 0.9))
    return [fern, triangle, dragon]


def play(fractal, jumps, rng, canvas):
    point = Point(0.0, 0.0)
    for i in range(jumps + 20):
        point = fractal.pick(rng).apply(point)
        if i >= 20:
            canvas.plot(fractal, point)


def run(size):
    rng = ParkMiller(20240601)
    results = []
    for fractal in fractals():
        canvas = Canvas(128, 128)
        play(fractal, size, rng, canvas)
        results.append((fractal.name,) + canvas.summary())
    return results


EXPECTED = {
    10000: [("fern", 4103, 605818736), ("sierpinski", 2959, 878931421), ("dragon", 3988, 73508032)],
    100000: [("fern", 7222, 355003589), ("sierpinski", 3490, 137483795), ("dragon", 5154, 873965563)],
}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if result != EXPECTED[size]:
        return "fractal summaries %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
