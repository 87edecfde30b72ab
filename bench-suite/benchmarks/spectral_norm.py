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
