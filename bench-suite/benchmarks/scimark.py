"""scimark: the five SciMark 2 numerical kernels in pure Python.

- SOR: successive over-relaxation (omega 1.25) on a 100 x 100 grid;
- sparse: compressed-row sparse matrix times vector, repeatedly;
- Monte Carlo: estimate pi by sampling the unit square;
- LU: LU factorisation with partial pivoting of a random 60 x 60 matrix;
- FFT: in-place radix-2 complex FFT of 1024 points, forward and inverse.

Random inputs come from a small Park-Miller generator.  SIZE scales the
repetitions of every kernel.  Checks: LU must reproduce P*A, the inverse
FFT must reproduce the input, Monte Carlo must be near pi, and every
kernel's checksum must match CPython's value.
"""

NAME = "scimark"
SIZES = {"smoke": 1, "default": 14}


class Random:
    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = self.state * 48271 % 2147483647
        return self.state / 2147483647.0

    def vector(self, n):
        return [self.next_float() for _ in range(n)]

    def matrix(self, rows, cols):
        return [self.vector(cols) for _ in range(rows)]


def sor(grid, omega, cycles):
    n = len(grid)
    m = len(grid[0])
    quarter = omega * 0.25
    keep = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            above = grid[i - 1]
            row = grid[i]
            below = grid[i + 1]
            for j in range(1, m - 1):
                row[j] = quarter * (above[j] + below[j] + row[j - 1] + row[j + 1]) + keep * row[j]
    return sum(sum(row) for row in grid)


def make_sparse(n, nonzeros, rng):
    """Compressed-row matrix with about nonzeros/n entries per row."""
    per_row = nonzeros // n
    values = []
    columns = []
    row_start = [0]
    for r in range(n):
        step = max(1, r // per_row) if per_row else 1
        for k in range(per_row):
            col = (k * step) % n
            columns.append(col)
            values.append(rng.next_float())
        row_start.append(len(values))
    return values, columns, row_start


def sparse_matmult(matrix, x, iterations):
    values, columns, row_start = matrix
    n = len(row_start) - 1
    y = [0.0] * n
    for _ in range(iterations):
        for r in range(n):
            total = 0.0
            for k in range(row_start[r], row_start[r + 1]):
                total += values[k] * x[columns[k]]
            y[r] = total
    return sum(y)


def monte_carlo(samples, rng):
    inside = 0
    for _ in range(samples):
        x = rng.next_float()
        y = rng.next_float()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / samples


def lu_factor(a):
    """In-place LU with partial pivoting; returns the pivot order."""
    n = len(a)
    pivots = list(range(n))
    for j in range(n):
        best = j
        best_value = abs(a[j][j])
        for i in range(j + 1, n):
            value = abs(a[i][j])
            if value > best_value:
                best = i
                best_value = value
        if best != j:
            a[j], a[best] = a[best], a[j]
            pivots[j], pivots[best] = pivots[best], pivots[j]
        pivot_row = a[j]
        inverse = 1.0 / pivot_row[j]
        for i in range(j + 1, n):
            row = a[i]
            factor = row[j] * inverse
            row[j] = factor
            if factor != 0.0:
                for k in range(j + 1, n):
                    row[k] -= factor * pivot_row[k]
    return pivots


def lu_residual(original, lu, pivots):
    """max |(L U)[i][k] - A[pivots[i]][k]|."""
    n = len(lu)
    worst = 0.0
    for i in range(n):
        for k in range(n):
            total = 0.0
            for j in range(min(i, k + 1)):
                total += lu[i][j] * lu[j][k]
            if i <= k:
                total += lu[i][k]
            worst = max(worst, abs(total - original[pivots[i]][k]))
    return worst


def fft(re, im, inverse):
    """In-place iterative radix-2 FFT on parallel lists of real/imag parts."""
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    sign = 1.0 if inverse else -1.0
    length = 2
    while length <= n:
        # twiddle factor w = exp(sign * 2 pi i / length) by repeated rotation
        half = length // 2
        angle = sign * 6.283185307179586 / length
        w_re, w_im = cos_sin(angle)
        for start in range(0, n, length):
            t_re, t_im = 1.0, 0.0
            for k in range(start, start + half):
                a = k + half
                x_re = re[a] * t_re - im[a] * t_im
                x_im = re[a] * t_im + im[a] * t_re
                re[a] = re[k] - x_re
                im[a] = im[k] - x_im
                re[k] += x_re
                im[k] += x_im
                t_re, t_im = t_re * w_re - t_im * w_im, t_re * w_im + t_im * w_re
        length *= 2
    if inverse:
        for i in range(n):
            re[i] /= n
            im[i] /= n


def cos_sin(x):
    """cos and sin by Taylor series (|x| <= pi here), no math module needed."""
    term = 1.0
    c = 1.0
    s = 0.0
    k = 0
    power = 1.0
    while True:
        k += 1
        power = power * x / k
        if k % 4 == 1:
            s += power
        elif k % 4 == 2:
            c -= power
        elif k % 4 == 3:
            s -= power
        else:
            c += power
        if abs(power) < 1e-17:
            return c, s


def run(size):
    rng = Random(101010)
    grid = rng.matrix(100, 100)
    sor_sum = sor(grid, 1.25, 6 * size)

    matrix = make_sparse(1000, 5000, rng)
    x = rng.vector(1000)
    sparse_sum = sparse_matmult(matrix, x, 10 * size)

    pi_estimate = monte_carlo(40000 * size, rng)

    lu_residuals = []
    lu_sum = 0.0
    for _ in range(size):
        a = rng.matrix(60, 60)
        lu = [row[:] for row in a]
        pivots = lu_factor(lu)
        lu_residuals.append(lu_residual(a, lu, pivots))
        lu_sum += sum(lu[i][i] for i in range(60))

    fft_errors = []
    fft_sum = 0.0
    for _ in range(size):
        re = rng.vector(1024)
        im = rng.vector(1024)
        re2, im2 = re[:], im[:]
        fft(re2, im2, False)
        fft_sum += re2[1] + im2[3]
        fft(re2, im2, True)
        fft_errors.append(max(max(abs(a - b) for a, b in zip(re, re2)),
                              max(abs(a - b) for a, b in zip(im, im2))))
    return (sor_sum, sparse_sum, pi_estimate, lu_sum, fft_sum,
            max(lu_residuals), max(fft_errors))


# (SOR, sparse, Monte Carlo, LU, FFT) checksums computed with CPython.
EXPECTED = {
    1: (5023.315344841277, 980.0036794890998, 3.1248, 1.4340574318551098, 9.513518490634358),
    14: (5100.049115669866, 980.0036794890998, 3.1389142857142858, 173.59751018788216,
         1.98572238940673),
}


def check(size, result):
    sor_sum, sparse_sum, pi_estimate, lu_sum, fft_sum, lu_error, fft_error = result
    if lu_error > 1e-10:
        return "LU factors do not reproduce the matrix (error %r)" % lu_error
    if fft_error > 1e-10:
        return "inverse FFT does not reproduce the input (error %r)" % fft_error
    if abs(pi_estimate - 3.14159) > 0.05:
        return "Monte Carlo estimate of pi is %r" % pi_estimate
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    for got, want in zip(result[:5], EXPECTED[size]):
        if not abs(got - want) <= 1e-9 * max(1.0, abs(want)):
            return "kernel checksums %r, expected %r" % (result[:5], EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
