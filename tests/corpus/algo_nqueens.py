# n-queens solver
def solve(n):
    sols = []
    cols = [0] * n
    def place(row, used, d1, d2):
        if row == n:
            sols.append(cols[:])
            return
        for c in range(n):
            if c in used or (row - c) in d1 or (row + c) in d2:
                continue
            cols[row] = c
            used.add(c); d1.add(row - c); d2.add(row + c)
            place(row + 1, used, d1, d2)
            used.discard(c); d1.discard(row - c); d2.discard(row + c)
    place(0, set(), set(), set())
    return sols
for n in range(1, 8):
    s = solve(n)
    print(n, len(s), s[0] if s else None)
for sol in solve(6):
    for c in sol:
        print("".join("Q" if i == c else "." for i in range(6)))
    print("-" * 6)
def count_bits(n):
    full = (1 << n) - 1
    def go(cols, ld, rd):
        if cols == full:
            return 1
        total = 0
        avail = ~(cols | ld | rd) & full
        while avail:
            bit = avail & -avail
            avail ^= bit
            total += go(cols | bit, ((ld | bit) << 1) & full, (rd | bit) >> 1)
        return total
    return go(0, 0, 0)
print([count_bits(n) for n in range(1, 9)])
