"""spectral_norm: spectral norm of the infinite matrix A(i, j) = 1/((i+j)(i+j+1)/2 + i + 1).

Power iteration on A^T A restricted to SIZE x SIZE, ten rounds of u <- A^T A u,
then sqrt(u.v / v.v).  The answer converges to 1.2742241528...; the exact
float for each size was computed with CPython.
"""

NAME = "spectral_norm"
SIZES = {"smoke": 60, "default": 260}


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    return [sum([entry(i, j) * u_j for j, u_j in enumerate(u)]) for i in range(n)]


def times_a_transposed(u):
    n = len(u)
    return [sum([entry(j, i) * u_j for j, u_j in enumerate(u)]) for i in range(n)]


def times_ata(u):
    return times_a_transposed(times_a(u))


def run(size):
    u = [1.0] * size
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return (vbv / vv) ** 0.5


EXPECTED = {
    60: 1.274206093635559,
    100: 1.2742199912349306,
    260: 1.2742238978625582,
}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if not abs(result - EXPECTED[size]) <= 1e-12:
        return "norm %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
