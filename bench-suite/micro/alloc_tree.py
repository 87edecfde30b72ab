# The classic binary-trees benchmark: many short-lived trees of every depth
# up to 16, one long-lived tree of depth 16 kept throughout.
# Nodes are 2-tuples (or None leaves pairs), as in the CPython version.
def make(d):
    if d == 0:
        return (None, None)
    d -= 1
    return (make(d), make(d))

def check(t):
    l, r = t
    if l is None:
        return 1
    return 1 + check(l) + check(r)

MIN_DEPTH = 4
MAX_DEPTH = 16
stretch = MAX_DEPTH + 1
assert check(make(stretch)) == 2 ** (stretch + 1) - 1
long_lived = make(MAX_DEPTH)
results = []
for d in range(MIN_DEPTH, MAX_DEPTH + 1, 2):
    iters = 2 ** (MAX_DEPTH - d + MIN_DEPTH)
    c = 0
    for _ in range(iters):
        c += check(make(d))
    results.append((iters, d, c))
for iters, d, c in results:
    assert c == iters * (2 ** (d + 1) - 1), (iters, d, c)
assert check(long_lived) == 2 ** (MAX_DEPTH + 1) - 1
