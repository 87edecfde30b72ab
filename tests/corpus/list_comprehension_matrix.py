# list operations on 2D data: transpose, rotate, flatten, in-place updates
grid = [[r * 4 + c for c in range(4)] for r in range(3)]
print(grid)
print([list(col) for col in zip(*grid)])
print([list(row) for row in zip(*grid[::-1])])
print([list(row)[::-1] for row in zip(*grid)])
print([x for row in grid for x in row if x % 3 == 0])
print(sum(grid, []), sum(map(sum, grid)), max(map(max, grid)))
for row in grid:
    row[:] = [v * 2 for v in row]
print(grid)
for i, row in enumerate(grid):
    for j in range(len(row)):
        if (i + j) % 2:
            row[j] = 0
print(grid)
diag = [grid[i][i] for i in range(min(len(grid), len(grid[0])))]
print(diag, [row[-1] for row in grid], grid[-1][::-1])
copy_shallow = [row for row in grid]
copy_deep = [row[:] for row in grid]
grid[0][0] = "X"
print(copy_shallow[0][0], copy_deep[0][0])
board = [["."] * 3 for _ in range(3)]
for i, (r, c) in enumerate([(0, 0), (1, 1), (2, 2), (0, 2)]):
    board[r][c] = "XO"[i % 2]
print("\n".join("".join(row) for row in board))
print(all(board[i][i] != "." for i in range(3)), any("O" in row for row in board))
