# more iteration builtins: zip strict-free, enumerate, reversed on objects, iter/next
names = ["a", "b", "c", "d"]
ages = [1, 2, 3]
print(list(zip(names, ages)), list(zip(names, ages, "xy")), dict(zip(names, range(100))))
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a, end=" | ")
print()
print(list(map(lambda *xs: sum(xs), [1, 2], [10, 20], [100, 200, 300])))
print(list(filter(str.isdigit, ["1", "a", "22", ""])), list(filter(lambda x: x, [0, 1, 2])))
it = enumerate("xyz")
print(next(it), next(it), list(it))
r = reversed([1, 2, 3])
print(next(r), list(r), list(reversed(range(1, 10, 3))), list(reversed({"a": 1, "b": 2}.values())))
print(list(zip(*[(3, "c"), (1, "a"), (2, "b")])), [list(p) for p in zip(*[[1, 2, 3], [4, 5, 6]])])
m = map(int, "123")
print(next(m), list(m), list(m))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
print(all(map(str.isalpha, "abc")), any(map(str.isdigit, "abc")), sum(map(len, ["ab", "c"])))
print(max(enumerate([3, 9, 2]), key=lambda p: p[1]), min(zip([3, 1], "ab")), sorted(enumerate("cab"), key=lambda p: p[1]))
print(list(enumerate(range(3), -1)), list(zip(range(3), range(3, 0, -1))))
print(tuple(map(str, range(3))), set(map(abs, [-1, 1, -2])) == {1, 2}, dict(map(lambda p: (p, p * p), range(3))))
