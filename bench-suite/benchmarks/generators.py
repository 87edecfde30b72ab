"""generators: walking trees and chaining pipelines with generators.

A balanced binary search tree is built from a shuffled range; it is walked
in order by recursive generators using `yield from`, level by level with a
generator-driven queue, and fed through a pipeline of generator stages
(filter, map, pairwise, running sum) and generator expressions.  SIZE is the
number of keys.  Every walk is checked against the sorted keys.
"""

NAME = "generators"
SIZES = {"smoke": 2000, "default": 120000}


class Node:
    __slots__ = ("key", "left", "right")

    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right


def build(keys, lo, hi):
    """Balanced tree over the sorted slice keys[lo:hi]."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(keys[mid], build(keys, lo, mid), build(keys, mid + 1, hi))


def in_order(node):
    if node is not None:
        yield from in_order(node.left)
        yield node.key
        yield from in_order(node.right)


def reverse_order(node):
    stack = []
    while stack or node is not None:
        if node is not None:
            stack.append(node)
            node = node.right
        else:
            node = stack.pop()
            yield node.key
            node = node.left


def by_level(root):
    level = [root] if root is not None else []
    while level:
        yield [n.key for n in level]
        level = [child for n in level for child in (n.left, n.right) if child is not None]


def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x


def scaled(items, k):
    for x in items:
        yield x * k


def pairwise(items):
    it = iter(items)
    try:
        previous = next(it)
    except StopIteration:
        return
    for x in it:
        yield previous, x
        previous = x


def running_sum(items):
    total = 0
    for x in items:
        total += x
        yield total


def shuffled(n, seed):
    keys = list(range(n))
    state = seed
    for i in range(n - 1, 0, -1):
        state = state * 48271 % 2147483647
        j = state % (i + 1)
        keys[i], keys[j] = keys[j], keys[i]
    return keys


def run(size):
    keys = shuffled(size, 2024)
    root = build(sorted(keys), 0, size)
    forward = list(in_order(root))
    backward = list(reverse_order(root))
    levels = list(by_level(root))
    pipeline_last = 0
    for pipeline_last in running_sum(b - a for a, b in pairwise(scaled(evens(in_order(root)), 3))):
        pass
    squares = sum(x * x for x in in_order(root) if x % 3 == 0)
    return forward, backward, len(levels), sum(len(l) for l in levels), pipeline_last, squares


def check(size, result):
    forward, backward, depth, level_count, pipeline_last, squares = result
    if forward != list(range(size)):
        return "in-order walk is not sorted"
    if backward != list(range(size - 1, -1, -1)):
        return "reverse walk is not reverse sorted"
    if level_count != size or (1 << (depth - 1)) > size or size >= (1 << depth):
        return "level walk saw %d keys on %d levels" % (level_count, depth)
    last_even = (size - 1) // 2 * 2
    if pipeline_last != 3 * last_even:
        return "pipeline gave %d, expected %d" % (pipeline_last, 3 * last_even)
    want = sum(x * x for x in range(0, size, 3))
    if squares != want:
        return "sum of squares %d, expected %d" % (squares, want)
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
