# matrix operations
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def mpow(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        e >>= 1
    return r
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B), matmul(B, A), transpose(A))
F = [[1, 1], [1, 0]]
print(mpow(F, 10), mpow(F, 90)[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M), det(identity(4)), det([[1, 2], [2, 4]]))
def fmt(m):
    w = max(len(str(x)) for r in m for x in r)
    return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in m)
print(fmt(matmul(M, M)))
def gauss(m, v):
    n = len(m)
    a = [row[:] + [v[i]] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        for r in range(n):
            if r != c:
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [round(a[i][n] / a[i][i], 6) for i in range(n)]
print(gauss([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
spiral = [[0] * 4 for _ in range(4)]
x = y = 0; dx, dy = 1, 0
for k in range(1, 17):
    spiral[y][x] = k
    nx, ny = x + dx, y + dy
    if not (0 <= nx < 4 and 0 <= ny < 4 and spiral[ny][nx] == 0):
        dx, dy = -dy, dx
    x, y = x + dx, y + dy
print(fmt(spiral))
