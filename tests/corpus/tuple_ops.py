# tuple operations
t = (1, 2, 3, 2, 1)
print(t, len(t), t.count(2), t.index(3), t.index(1, 1), t + (4,), t * 2, (1,) * 0)
print((), (1,), (1, 2), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), (1, "a") == (1, "a"), () < (0,))
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
nested = ((1, 2), [3, 4], {"k": (5,)})
print(nested, nested[2]["k"][0])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
tl = ([1], [2])
tl[0].append(9)
print(tl)
try:
    tl[0] += [10]
except TypeError as e:
    print("TypeError:", e)
print(tl)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), {(1, 2): "pt"}[(1, 2)])
try:
    hash(([1],))
except TypeError as e:
    print("TypeError:", e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([(1, 2), (1, 3)]), 3 in (1, 2, 3))
print(tuple(x * x for x in range(4)), (1, 2, 3)[::-1], list(zip(*[(1, "a"), (2, "b")])))
