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


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
