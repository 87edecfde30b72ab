# A binary tree of ~10^6 nodes kept alive while temporary objects churn:
# subtrees are replaced and short-lived lists/strings are made.
class Tree:
    __slots__ = ("left", "right", "value")
    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value

def build(depth, value):
    if depth == 0:
        return Tree(None, None, value)
    return Tree(build(depth - 1, 2 * value), build(depth - 1, 2 * value + 1), value)

def total(t):
    s = 0
    stack = [t]
    while stack:
        n = stack.pop()
        s += n.value
        if n.left is not None:
            stack.append(n.left)
            stack.append(n.right)
    return s

root = build(19, 1)  # 2^20 - 1 nodes
print(total(root))
seed = 12345
for step in range(2_000):
    # replace a random depth-9 subtree (1023 nodes)
    seed = (seed * 1103515245 + 12345) % 2147483648
    node = root
    for level in range(10):
        node = node.left if (seed >> level) & 1 else node.right
    node.left = build(8, step)
    node.right = build(8, step + 1)
    # temporary churn
    tmp = [str(i) for i in range(200)]
    words = " ".join(tmp).split()
    assert len(words) == 200
print(total(root) > 0)
