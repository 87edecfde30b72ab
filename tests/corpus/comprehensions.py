# list/set/dict comprehensions and generator expressions
print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print(sorted({c.upper() for c in "hello"}), {k: len(k) for k in ["a", "bb", "ccc"]}, {v: k for k, v in {"a": 1, "b": 2}.items()})
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()), any(x > 3 for x in [1, 5]), all(x for x in []))
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1], [[row[i] for row in matrix] for i in range(3)])
print([a + b for a, b in zip("abc", "xyz")], [i for i, ch in enumerate("banana") if ch == "a"])
print({i: [j for j in range(i)] for i in range(4)}, [n for n in range(2, 30) if all(n % d for d in range(2, n))])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [(lambda i=i: i)() for i in range(3)])
print([y := 5, y ** 2], [w for v in range(5) if (w := v * 10) > 15])
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])), [s.strip() for s in " a , b ,c ".split(",")])
print([[c for c in w if c not in "aeiou"] for w in ["hello", "sky"]], {n % 5: n for n in range(12)})
