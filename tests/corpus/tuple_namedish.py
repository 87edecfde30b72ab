# tuples as records, sorting and comparing tuples, tuple methods via classes
people = [("Ann", 31, "NY"), ("Bob", 25, "LA"), ("Cid", 31, "SF"), ("Dee", 25, "NY")]
for name, age, city in sorted(people, key=lambda p: (-p[1], p[0])):
    print(f"{name:<4}{age:>3} {city}")
by_city = {}
for name, _, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"
p = Pair(1, 2)
print(p, p.first, p[1], len(p), p == (1, 2), isinstance(p, tuple), p + (3,), type(p + (3,)).__name__)
a, b = p
print(a, b, hash(p) == hash((1, 2)))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))), (1, 2) * 2, (1,) + (2,))
coords = [(0, 0), (3, 4), (-1, 1), (2, -2)]
print(max(coords, key=lambda c: c[0] ** 2 + c[1] ** 2), sorted(coords, key=lambda c: abs(c[0]) + abs(c[1])))
print(list(zip(*coords)), [x for x, _ in coords], sum(y for _, y in coords))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 3), (0, "b") < (0, "c"), max((1, "z"), (1, "a")))
t = 1, 2, 3
print(t, type(t).__name__, (t,), t[1:], t.count(2), t.index(3))
