"""meteor_contest: tile a 5 x 10 hexagonal board with ten pentahex pieces.

The board has offset rows of hexagonal cells; each piece (five hexagons) may
be rotated in six directions and flipped.  Every placement of every piece is
precomputed as a 50-bit mask, indexed by its first cell; a depth-first
search always fills the first empty cell and prunes boards that leave an
empty region whose size is not a multiple of five.  SIZE is the number of
solutions to find before stopping; the result is the count and the
smallest and largest solution strings.
"""

NAME = "meteor_contest"
SIZES = {"smoke": 4, "default": 50}

WIDTH = 5
HEIGHT = 10
CELLS = WIDTH * HEIGHT

# Pieces in axial hex coordinates (q, r); r grows downwards.
PIECES = [
    [(0, 0), (1, 0), (2, 0), (3, 0), (3, 1)],
    [(0, 0), (0, 1), (1, 1), (2, 0), (3, 0)],
    [(0, 0), (1, 0), (2, 0), (2, 1), (1, 2)],
    [(0, 0), (1, 0), (2, 0), (1, 1), (1, 2)],
    [(0, 0), (0, 1), (0, 2), (1, 2), (1, 1)],
    [(0, 0), (1, 0), (1, 1), (2, 1), (2, 2)],
    [(0, 0), (1, 0), (2, -1), (3, -1), (3, 0)],
    [(0, 0), (0, 1), (1, 1), (1, 2), (0, 3)],
    [(0, 0), (1, 0), (0, 1), (-1, 2), (-1, 3)],
    [(0, 0), (0, 1), (0, 2), (0, 3), (1, 3)],
]


def to_axial(row, col):
    return col - (row - (row & 1)) // 2, row


def to_offset(q, r):
    return r, q + (r - (r & 1)) // 2


def rotate(cells):
    """60 degrees: (q, r, s) -> (-r, -s, -q) in cube coordinates."""
    return [(-r, q + r) for q, r in cells]


def flip(cells):
    """Mirror: swap the r and s cube axes."""
    return [(q, -q - r) for q, r in cells]


def orientations(piece):
    seen = []
    shape = piece
    for _ in range(2):
        for _ in range(6):
            normal = sorted(shape)
            base_q, base_r = normal[0]
            normal = tuple((q - base_q, r - base_r) for q, r in normal)
            if normal not in seen:
                seen.append(normal)
            shape = rotate(shape)
        shape = flip(shape)
    return seen


def neighbours_of(index):
    row, col = divmod(index, WIDTH)
    q, r = to_axial(row, col)
    result = []
    for dq, dr in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
        nrow, ncol = to_offset(q + dq, r + dr)
        if 0 <= nrow < HEIGHT and 0 <= ncol < WIDTH:
            result.append(nrow * WIDTH + ncol)
    return result


NEIGHBOURS = [neighbours_of(i) for i in range(CELLS)]


def placements():
    """table[cell][piece] -> masks of that piece whose lowest cell is `cell`."""
    table = [[[] for _ in PIECES] for _ in range(CELLS)]
    for p, piece in enumerate(PIECES):
        for shape in orientations(piece):
            for row in range(HEIGHT):
                for col in range(WIDTH):
                    q0, r0 = to_axial(row, col)
                    mask = 0
                    for dq, dr in shape:
                        nrow, ncol = to_offset(q0 + dq, r0 + dr)
                        if not (0 <= nrow < HEIGHT and 0 <= ncol < WIDTH):
                            break
                        mask |= 1 << (nrow * WIDTH + ncol)
                    else:
                        low = (mask & -mask).bit_length() - 1
                        if mask not in table[low][p]:
                            table[low][p].append(mask)
    return table


def regions_ok(board):
    """Every empty region must hold a multiple of five cells."""
    seen = board
    for start in range(CELLS):
        if seen >> start & 1:
            continue
        size = 0
        stack = [start]
        seen |= 1 << start
        while stack:
            cell = stack.pop()
            size += 1
            for n in NEIGHBOURS[cell]:
                if not seen >> n & 1:
                    seen |= 1 << n
                    stack.append(n)
        if size % 5:
            return False
    return True


class Solver:
    def __init__(self, limit):
        self.table = placements()
        self.limit = limit
        self.solutions = []
        self.placed = []

    def record(self):
        cells = ["."] * CELLS
        for piece, mask in self.placed:
            for i in range(CELLS):
                if mask >> i & 1:
                    cells[i] = str(piece)
        self.solutions.append("".join(cells))

    def search(self, board, unused):
        if len(self.solutions) >= self.limit:
            return
        if not unused:
            self.record()
            return
        cell = 0
        while board >> cell & 1:
            cell += 1
        options = self.table[cell]
        for piece in sorted(unused):
            for mask in options[piece]:
                if board & mask:
                    continue
                new_board = board | mask
                if not regions_ok(new_board):
                    continue
                unused.remove(piece)
                self.placed.append((piece, mask))
                self.search(new_board, unused)
                self.placed.pop()
                unused.add(piece)


def run(size):
    solver = Solver(size)
    solver.search(0, set(range(len(PIECES))))
    found = solver.solutions
    return len(found), min(found), max(found)


# (solutions found, smallest, largest), computed with CPython; the board has
# 720 solutions in all.
EXPECTED = {
    4: (4, "00001663016331163129623295229457994578445788457788",
        "00002511025122251997519775978869378633386344866444"),
    50: (50, "00001663016331163129623295229457994578445788457788",
         "00008411084451845188945139533769537692376927766222"),
    720: (720, "00001663016331163129623295229457994578445788457788",
          "99998477984457845788045730533610536102361026611222"),
}


def check(size, result):
    count, smallest, largest = result
    for board in (smallest, largest):
        if sorted(board) != sorted("".join(str(p) * 5 for p in range(len(PIECES)))):
            return "solution %r does not use every piece once" % (board,)
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if result != EXPECTED[size]:
        return "solutions %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
