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
