"""pidigits: digits of pi from Gibbons' unbounded spigot (big integers).

The spigot keeps a linear fractional transformation (q r / s t) with
ever-growing integer entries, composing in one term of the series at a time
and emitting a digit whenever the floor of the transformation agrees at 3
and 4.  SIZE is the number of digits.  The check recomputes the digits by a
different method (Machin's formula in fixed point) outside the timed part.
"""

NAME = "pidigits"
SIZES = {"smoke": 300, "default": 3000}


def compose(a, b):
    q, r, s, t = a
    u, v, w, x = b
    return (q * u + r * w, q * v + r * x, s * u + t * w, s * v + t * x)


def floor_at(z, x):
    q, r, s, t = z
    return (q * x + r) // (s * x + t)


def spigot(n):
    z = (1, 0, 0, 1)
    k = 0
    digits = []
    while len(digits) < n:
        y = floor_at(z, 3)
        if y == floor_at(z, 4):
            digits.append(y)
            z = compose((10, -10 * y, 0, 1), z)
        else:
            k += 1
            z = compose(z, (k, 4 * k + 2, 0, 2 * k + 1))
    return "".join([str(d) for d in digits])


def arctan_inverse(x, unity):
    """arctan(1/x) * unity, by the alternating Taylor series."""
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term:
        term //= x2
        n += 2
        total += sign * (term // n)
        sign = -sign
    return total


def machin_digits(n):
    unity = 10 ** (n + 10)
    pi = 4 * (4 * arctan_inverse(5, unity) - arctan_inverse(239, unity))
    return str(pi)[:n]


def run(size):
    return spigot(size)


def check(size, result):
    if not result.startswith("31415926535897932384626433832795"[:size]):
        return "digits start %r" % (result[:32],)
    want = machin_digits(size)
    if result != want:
        for i in range(size):
            if result[i] != want[i]:
                return "digit %d is %s, expected %s" % (i, result[i], want[i])
        return "wrong digit count %d" % len(result)
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
