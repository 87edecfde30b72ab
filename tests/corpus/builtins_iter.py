# sorted/min/max/sum/reversed/enumerate/zip/map/filter/any/all
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data), sorted([3, 1, 2], reverse=True), sorted("cba"), sorted({3: 1, 1: 2}), sorted([]))
print(min(data, key=lambda p: p[1]), max(data, key=lambda p: p[1]), min([], default="empty"), max([], key=len, default=None))
print(min(3, 1, 2), max("abc", "abd", key=lambda s: s[-1]), min([[2], [1, 5]]), max(1, 2, key=lambda v: -v))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.5, 0.25]), sum(range(5), start=100), sum([]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(enumerate("ab")), list(enumerate("ab", start=5)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("ab", range(2))))
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda v: v % 2, range(7))))
print(any([]), all([]), any([0, None, ""]), all([1, "a", [0]]), any(iter([0, 0, 1])), all(x > 0 for x in [1, -1]))
for bad in [lambda: min([]), lambda: max(), lambda: sum(["a", "b"]), lambda: sorted([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
print(list(iter([5, 6])), len([1, 2]), abs(-2.5), divmod(7, 2), round(2.567, 1))
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)), sorted(sorted(words), key=len, reverse=True))
