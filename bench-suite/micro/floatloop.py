# Float arithmetic in a while loop.
x = 0.0
i = 0
while i < 5_000_000:
    x = x + 1.5 * 0.5
    i += 1
assert x == 3750000.0, x
