"""unpack_sequence: tuple and list unpacking in tight loops.

Swaps, rotations, pairs and triples from zip/enumerate/dict items, nested
and starred targets, and unpacking of function return values.  SIZE is the
number of outer rounds; the result is a set of integer accumulators whose
values for known sizes were computed with CPython.
"""

NAME = "unpack_sequence"
SIZES = {"smoke": 2000, "default": 150000}


def divmod_pair(a, b):
    return a // b, a % b


def rounds(n):
    a, b, c, d = 1, 2, 3, 4
    total = 0
    pairs = [(i, i * 2) for i in range(10)]
    triples = [[i, i + 1, i + 2] for i in range(10)]
    table = {"x": 1, "y": 2, "z": 3}
    for i in range(n):
        a, b = b, a
        a, b, c = c, a, b
        a, b, c, d = d, c, b, a
        total += a - d
        for x, y in pairs:
            total += x ^ y
        for p, q, r in triples:
            total += p * r - q
        for k, (x, y) in enumerate(pairs):
            total += k + x - y
        for name, value in table.items():
            total += value
        q, r = divmod_pair(i + 7, 5)
        total += q - r
        (e, f), g = (i, i + 1), i + 2
        total += e + f - g
        first, *middle, last = triples[i % 10]
        total += first + last + len(middle)
        head, *tail = pairs[i % 10]
        total += head + len(tail)
        t = a, b, c, d
        w, x, y, z = t
        total += w * x - y * z
    return total, (a, b, c, d)


def run(size):
    return rounds(size)


EXPECTED = {
    2000: (3303800, (1, 2, 3, 4)),
    150000: (13567785000, (1, 2, 3, 4)),
}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if result != EXPECTED[size]:
        return "accumulators %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
