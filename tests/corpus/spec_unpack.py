# UNPACK_SEQUENCE sites specialized on tuples/lists, then fed other
# lengths and types.
def two(s):
    a, b = s
    return (b, a)
def three(s):
    a, b, c = s
    return a + b + c
def star(s):
    a, *b, c = s
    return (a, b, c)

def attempt(f, s):
    try:
        return f(s)
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)

inputs = [(1, 2), [3, 4], "xy", (1, 2, 3), [1], (), {5: 0, 6: 0}, range(2), iter([7, 8]), 5,
          (i for i in (9, 10)), {"k"}, b"hi", [1, 2, 3, 4]]
for s in inputs:
    out = []
    for i in range(60):
        out.append(attempt(two, (i, -i)))
    print(out[-1], attempt(two, s))

for s in [(1, 2, 3), [4, 5, 6], ("a", "b", "c"), (1, 2), [1, 2, 3, 4], "abc", (1.5, 2.5, 3.0), None]:
    res = [attempt(three, (i, i, i)) for i in range(60)]
    print(res[-1], attempt(three, s))

for s in [(1, 2), [1, 2, 3], "abcd", (1,), range(6)]:
    res = [attempt(star, (i, i, i)) for i in range(60)]
    print(res[-1], attempt(star, s))

# swapping and nested unpacking in a hot loop
a, b = 0, 1
pairs = []
for i in range(90):
    a, b = b, a + b
    if i % 30 == 29:
        pairs.append((a, b))
print(pairs)
rows = [((i, i + 1), [i * 2, (i * 3, i * 4)]) for i in range(50)]
acc = 0
for (p, q), [r, (s, t)] in rows:
    acc += p + q + r + s + t
print(acc)
rows.append(((1, 2), [3, (4,)]))
try:
    for (p, q), [r, (s, t)] in rows:
        acc += 1
except ValueError as e:
    print("ValueError:", e, acc)
