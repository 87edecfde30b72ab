# Conway's game of life on a small torus
W, H = 8, 6
grid = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % W, (y + dy) % H)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, c in counts.items() if c == 3 or (c == 2 and p in live)}
def show(live):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(W)) for y in range(H))
for gen in range(5):
    print(f"gen {gen}: {len(grid)} cells")
    print(show(grid))
    grid = step(grid)
for _ in range(20):
    grid = step(grid)
print(sorted(grid))
