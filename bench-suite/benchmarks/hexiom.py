"""hexiom: solver for Hexiom, the hexagonal number-tile placement puzzle.

A hexagonal board of cells and a bag of tiles numbered 0..6: place every
tile so that each tile's number equals the count of occupied cells around
it (some cells stay empty; some tiles are pinned as hints).  Puzzles are
generated from a random layout (Park-Miller generator), then the solver
finds *all* solutions by backtracking with bounds propagation on the
neighbour counts.  SIZE is the number of puzzles; every solution is
re-verified and the generating layout must be among them.
"""

NAME = "hexiom"
SIZES = {"smoke": 4, "default": 30}

DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))
EMPTY = -1


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = self.state * 48271 % 2147483647
        return self.state % n


class HexBoard:
    def __init__(self, side):
        self.side = side
        self.cells = [(q, r) for r in range(-side + 1, side)
                      for q in range(-side + 1, side)
                      if abs(q + r) < side]
        index = {cell: i for i, cell in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            around = []
            for dq, dr in DIRECTIONS:
                j = index.get((q + dq, r + dr))
                if j is not None:
                    around.append(j)
            self.neighbours.append(tuple(sorted(around)))

    def counts(self, layout):
        return [sum(1 for j in self.neighbours[i] if layout[j] != EMPTY)
                for i in range(len(self.cells))]

    def is_solution(self, layout):
        counts = self.counts(layout)
        return all(v == EMPTY or v == counts[i] for i, v in enumerate(layout))


class Puzzle:
    def __init__(self, board, tiles, hints):
        self.board = board
        self.tiles = tiles          # tile value -> how many
        self.hints = hints          # cell -> pinned value (EMPTY for a pinned hole)


def make_puzzle(rng, side, hint_count):
    board = HexBoard(side)
    n = len(board.cells)
    occupied = [rng.below(100) < 65 for _ in range(n)]
    layout = [EMPTY] * n
    for i in range(n):
        if occupied[i]:
            layout[i] = sum(1 for j in board.neighbours[i] if occupied[j])
    tiles = [0] * 7
    for v in layout:
        if v != EMPTY:
            tiles[v] += 1
    hints = {}
    while len(hints) < hint_count:
        i = rng.below(n)
        hints[i] = layout[i]
    return Puzzle(board, tiles, hints), layout


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        board = puzzle.board
        self.n = len(board.cells)
        self.neighbours = board.neighbours
        self.layout = [None] * self.n
        self.remaining = puzzle.tiles[:]
        self.holes = self.n - sum(self.remaining)
        self.solutions = []

    def consistent(self, cell):
        """Bounds check of every placed tile around (and at) `cell`."""
        layout = self.layout
        for i in (cell,) + self.neighbours[cell]:
            value = layout[i]
            if value is None or value == EMPTY:
                continue
            low = high = 0
            for j in self.neighbours[i]:
                other = layout[j]
                if other is None:
                    high += 1
                elif other != EMPTY:
                    low += 1
                    high += 1
            if not low <= value <= high:
                return False
        return True

    def choices(self, cell):
        hint = self.puzzle.hints.get(cell, None)
        if hint is not None:
            return [hint]
        options = [v for v in range(7) if self.remaining[v] > 0]
        if self.holes > 0:
            options.append(EMPTY)
        return options

    def place(self, cell, value):
        self.layout[cell] = value
        if value == EMPTY:
            self.holes -= 1
        else:
            self.remaining[value] -= 1

    def unplace(self, cell, value):
        self.layout[cell] = None
        if value == EMPTY:
            self.holes += 1
        else:
            self.remaining[value] += 1

    def solve(self, cell=0):
        if cell == self.n:
            self.solutions.append(self.layout[:])
            return
        for value in self.choices(cell):
            if value != EMPTY and self.remaining[value] == 0:
                continue
            if value == EMPTY and self.holes == 0:
                continue
            self.place(cell, value)
            if self.consistent(cell):
                self.solve(cell + 1)
            self.unplace(cell, value)


def run(size):
    rng = Random(4242)
    summary = []
    for k in range(size):
        if k % 2 == 0:
            puzzle, layout = make_puzzle(rng, 3, 3)
        else:
            puzzle, layout = make_puzzle(rng, 4, 18)
        solver = Solver(puzzle)
        solver.solve()
        summary.append((puzzle, layout, solver.solutions))
    return summary


# Number of solutions of each puzzle, computed with CPython.
EXPECTED_COUNTS = {
    4: [1, 1, 15, 1],
    30: [1, 1, 15, 1, 1, 1, 16, 2, 8, 1, 1, 5, 1, 1, 3, 1, 1, 3, 153, 1, 16, 1, 3, 1, 152, 2, 13, 1, 11, 1],
    40: [1, 1, 15, 1, 1, 1, 16, 2, 8, 1, 1, 5, 1, 1, 3, 1, 1, 3, 153, 1, 16, 1, 3, 1, 152, 2, 13, 1, 11, 1, 2, 1, 64, 1, 19, 1, 63, 1, 9, 1],
}


def check(size, result):
    if len(result) != size:
        return "solved %d puzzles, expected %d" % (len(result), size)
    counts = []
    for puzzle, layout, solutions in result:
        if layout not in solutions:
            return "the generating layout was not found"
        for s in solutions:
            if not puzzle.board.is_solution(s):
                return "solver returned a wrong solution %r" % (s,)
            for cell, value in puzzle.hints.items():
                if s[cell] != value:
                    return "solution ignores a hint"
        counts.append(len(solutions))
    want = EXPECTED_COUNTS.get(size)
    if want is None:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED_COUNTS))
    if counts != want:
        return "solution counts %r, expected %r" % (counts, want)
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
