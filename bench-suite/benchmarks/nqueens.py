"""nqueens: all placements of n non-attacking queens on an n x n board.

Two solvers: a recursive backtracking search over columns with sets of
attacked diagonals that yields every solution (a generator), and a
permutation filter for small boards (every permutation of columns with
distinct diagonals).  SIZE is n for the backtracking solver.  The solution
counts are the known sequence 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, ...
"""

NAME = "nqueens"
SIZES = {"smoke": 6, "default": 11}

KNOWN_COUNTS = [1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680, 14200]


def solutions(n):
    """Yield each solution as a tuple: the column of the queen in each row."""
    columns = set()
    rising = set()
    falling = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for col in range(n):
            if col in columns or (row + col) in rising or (row - col) in falling:
                continue
            columns.add(col)
            rising.add(row + col)
            falling.add(row - col)
            placed.append(col)
            yield from place(row + 1)
            placed.pop()
            columns.remove(col)
            rising.remove(row + col)
            falling.remove(row - col)

    return place(0)


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [item] + rest


def permutation_solutions(n):
    cols = list(range(n))
    return [tuple(p) for p in permutations(cols)
            if n == len(set(p[i] + i for i in cols)) == len(set(p[i] - i for i in cols))]


def run(size):
    found = list(solutions(size))
    small = min(size, 8)
    by_permutation = permutation_solutions(small)
    return found, small, by_permutation


def check(size, result):
    found, small, by_permutation = result
    if size < len(KNOWN_COUNTS) and len(found) != KNOWN_COUNTS[size]:
        return "%d solutions for n=%d, expected %d" % (len(found), size, KNOWN_COUNTS[size])
    for sol in found:
        if sorted(sol) != list(range(size)):
            return "solution %r repeats a column" % (sol,)
        for r1 in range(size):
            for r2 in range(r1 + 1, size):
                if abs(sol[r1] - sol[r2]) == r2 - r1:
                    return "solution %r has queens on a diagonal" % (sol,)
    if len(set(found)) != len(found):
        return "duplicate solutions"
    if sorted(by_permutation) != sorted(s for s in solutions(small)):
        return "permutation solver disagrees for n=%d" % small
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
