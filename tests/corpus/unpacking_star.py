# star-unpacking in assignments and displays
a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = [1]
print(first, rest)
x, *y = (1, 2)
print(x, y)
(p, *q), r = "abc", 5
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,), "xy"]:
    print(head, tail)
l = [*range(3), *"ab", 9]
t = (*l, *l[:1])
s = {*l, *"b"}
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(l, t, sorted(map(str, s)), d)
print(*[1, 2, 3], sep="-")
print([*()], (*[],), {**{}}, [*{"k": 1}], [*{"k": 1}.items()])
a, b, c = "xyz"
print(a, b, c)
[a, b], c = [1, 2], 3
print(a, b, c)
i, j = j, i = 1, 2
print(i, j)
n = m = []
n.append(1)
print(m)
arr = [0, 0, 0]
idx = 0
idx, arr[idx] = 1, 5
print(idx, arr)
def ret_many():
    return 1, [2, 3], {"k": 4}
one, (two, three), four = ret_many()
print(one, two, three, four)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v, end="; ")
print()
matrix = [[1, 2], [3, 4]]
for (r1, r2) in matrix:
    print(r1 + r2, end=" ")
print()
print(list(zip(*matrix)), [*map(sum, matrix)])
