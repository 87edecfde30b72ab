"""alloc: allocation-heavy binary trees (a GC stress benchmark).

The classic binary-trees workload: a long-lived tree of depth SIZE is
built first; then, for each depth d = 4, 6, ..., SIZE, many short-lived
complete trees of depth d are built and walked (2^(SIZE - d + 4) of them),
so almost every allocation dies young while the long-lived tree stays
reachable.  Nodes are small objects with two fields; a second pass uses
tuples.  Checked by node counts: a tree of depth d has 2^(d+1) - 1 nodes.
"""

NAME = "alloc"
SIZES = {"smoke": 10, "default": 13}


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def count_nodes(node):
    if node.left is None:
        return 1
    return 1 + count_nodes(node.left) + count_nodes(node.right)


def make_tuple_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tuple_tree(depth), make_tuple_tree(depth))


def count_tuple_nodes(tree):
    left, right = tree
    if left is None:
        return 1
    return 1 + count_tuple_nodes(left) + count_tuple_nodes(right)


def run(size):
    long_lived = make_tree(size)
    report = []
    for depth in range(4, size + 1, 2):
        iterations = 1 << (size - depth + 4)
        total = 0
        for _ in range(iterations):
            total += count_nodes(make_tree(depth))
        report.append((depth, iterations, total))
    tuples = 0
    for _ in range(4):
        tuples += count_tuple_nodes(make_tuple_tree(size - 2))
    return count_nodes(long_lived), report, tuples


def check(size, result):
    long_lived, report, tuples = result
    if long_lived != (1 << (size + 1)) - 1:
        return "long-lived tree has %d nodes, expected %d" % (long_lived, (1 << (size + 1)) - 1)
    depths = list(range(4, size + 1, 2))
    if [r[0] for r in report] != depths:
        return "depths %r, expected %r" % ([r[0] for r in report], depths)
    for depth, iterations, total in report:
        if iterations != 1 << (size - depth + 4) or total != iterations * ((1 << (depth + 1)) - 1):
            return "depth %d: %d trees with %d nodes in all" % (depth, iterations, total)
    if tuples != 4 * ((1 << (size - 1)) - 1):
        return "tuple trees have %d nodes, expected %d" % (tuples, 4 * ((1 << (size - 1)) - 1))
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
