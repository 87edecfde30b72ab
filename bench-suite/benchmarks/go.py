"""go: Monte-Carlo tree search for the game of Go on a 9x9 board.

Each of SIZE simulated games descends a search tree (selection by mean
result plus an exploration bonus sqrt(N)/(1+n)), adds one node, and finishes
with a random playout that never fills its own single-point eyes; results are
scored by area with komi and backed up the tree.  Full rules apart from
superko: captures, suicide is illegal, simple ko.  Randomness is a small
Park-Miller generator, so the search is identical on every interpreter.
"""

NAME = "go"
SIZES = {"smoke": 10, "default": 60}

EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
PASS = -1
KOMI = 7.5


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = self.state * 48271 % 2147483647
        return self.state % n


def opponent(color):
    return WHITE if color == BLACK else BLACK


class Board:
    def __init__(self, size):
        self.size = size
        self.width = size + 2
        self.cells = [EDGE] * (self.width * self.width)
        self.points = []
        for row in range(1, size + 1):
            for col in range(1, size + 1):
                pos = row * self.width + col
                self.cells[pos] = EMPTY
                self.points.append(pos)
        w = self.width
        self.neighbours = [(pos - w, pos - 1, pos + 1, pos + w) if self.cells[pos] != EDGE else ()
                           for pos in range(w * w)]
        self.ko = None
        self.to_move = BLACK
        self.passes = 0
        self.moves = 0

    def copy(self):
        other = Board.__new__(Board)
        other.size = self.size
        other.width = self.width
        other.cells = self.cells[:]
        other.points = self.points
        other.neighbours = self.neighbours
        other.ko = self.ko
        other.to_move = self.to_move
        other.passes = self.passes
        other.moves = self.moves
        return other

    def group(self, pos):
        """Stones connected to pos and whether the group has a liberty."""
        cells = self.cells
        color = cells[pos]
        stones = [pos]
        seen = {pos}
        free = False
        i = 0
        while i < len(stones):
            for n in self.neighbours[stones[i]]:
                c = cells[n]
                if c == EMPTY:
                    free = True
                elif c == color and n not in seen:
                    seen.add(n)
                    stones.append(n)
            i += 1
        return stones, free

    def is_eye(self, pos, color):
        for n in self.neighbours[pos]:
            c = self.cells[n]
            if c != color and c != EDGE:
                return False
        return True

    def legal(self, pos, color):
        if self.cells[pos] != EMPTY or pos == self.ko:
            return False
        cells = self.cells
        for n in self.neighbours[pos]:
            if cells[n] == EMPTY:
                return True
        # No empty neighbour: legal only if it connects to a friendly group
        # with another liberty or captures something.
        cells[pos] = color
        try:
            for n in self.neighbours[pos]:
                c = cells[n]
                if c == color:
                    if self.group(n)[1]:
                        return True
                elif c != EDGE:
                    if not self.group(n)[1]:
                        return True
            return False
        finally:
            cells[pos] = EMPTY

    def play(self, pos):
        color = self.to_move
        self.moves += 1
        self.to_move = opponent(color)
        if pos == PASS:
            self.passes += 1
            self.ko = None
            return
        self.passes = 0
        cells = self.cells
        cells[pos] = color
        captured = []
        enemy = opponent(color)
        for n in self.neighbours[pos]:
            if cells[n] == enemy:
                stones, free = self.group(n)
                if not free:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        self.ko = None
        if len(captured) == 1 and self.is_eye(captured[0], enemy):
            self.ko = captured[0]

    def random_move(self, rng):
        color = self.to_move
        points = self.points
        start = rng.below(len(points))
        for k in range(len(points)):
            pos = points[(start + k) % len(points)]
            if self.cells[pos] == EMPTY and not self.is_eye(pos, color) and self.legal(pos, color):
                return pos
        return PASS

    def legal_moves(self):
        color = self.to_move
        return [pos for pos in self.points
                if self.cells[pos] == EMPTY and not self.is_eye(pos, color) and self.legal(pos, color)]

    def score(self):
        """Area score, black minus white minus komi."""
        total = -KOMI
        for pos in self.points:
            c = self.cells[pos]
            if c == BLACK:
                total += 1
            elif c == WHITE:
                total -= 1
            else:
                around = set([self.cells[n] for n in self.neighbours[pos]])
                around.discard(EDGE)
                if around == {BLACK}:
                    total += 1
                elif around == {WHITE}:
                    total -= 1
        return total


class Node:
    """A position in the search tree, reached by `color` playing `move`."""

    def __init__(self, move, color):
        self.move = move
        self.color = color
        self.children = None
        self.visits = 0
        self.wins = 0.0

    def select(self):
        best = None
        best_value = -1.0
        bonus = 1.4 * self.visits ** 0.5
        for child in self.children:
            if child.visits == 0:
                return child
            value = child.wins / child.visits + bonus / (1 + child.visits)
            if value > best_value:
                best = child
                best_value = value
        return best


def simulate(root_board, root, rng):
    board = root_board.copy()
    node = root
    path = [node]
    while node.children:
        node = node.select()
        board.play(node.move)
        path.append(node)
    if node.children is None and node.visits > 0:
        mover = board.to_move
        node.children = [Node(m, mover) for m in board.legal_moves()] or [Node(PASS, mover)]
        node = node.children[0]
        board.play(node.move)
        path.append(node)
    while board.passes < 2 and board.moves < 3 * board.size * board.size:
        board.play(board.random_move(rng))
    winner = BLACK if board.score() > 0 else WHITE
    for n in path:
        n.visits += 1
        if n.color == winner:
            n.wins += 1
    return winner == BLACK


def run(size):
    rng = Random(12345)
    board = Board(9)
    root = Node(PASS, WHITE)
    black_wins = 0
    for _ in range(size):
        if simulate(board, root, rng):
            black_wins += 1
    best = max(root.children, key=lambda c: c.visits)
    row, col = divmod(best.move, board.width)
    tree_checksum = 0
    for child in root.children:
        tree_checksum = (tree_checksum * 7 + child.move * child.visits + int(child.wins)) % 1000003
    return (row, col), best.visits, black_wins, tree_checksum


EXPECTED = {
    10: ((1, 1), 1, 5, 112077),
    60: ((1, 1), 1, 27, 608619),
    150: ((1, 1), 2, 67, 190999),
}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if result != EXPECTED[size]:
        return "search result %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
