# lambdas as keys, multi-key sorting, operator-free patterns
students = [
    {"name": "amy", "grade": 88, "age": 20},
    {"name": "bob", "grade": 95, "age": 22},
    {"name": "cat", "grade": 88, "age": 19},
    {"name": "dan", "grade": 70, "age": 22},
]
print([s["name"] for s in sorted(students, key=lambda s: s["grade"])])
print([s["name"] for s in sorted(students, key=lambda s: (-s["grade"], s["age"]))])
print([s["name"] for s in sorted(students, key=lambda s: s["name"], reverse=True)])
best = max(students, key=lambda s: (s["grade"], -s["age"]))
print(best["name"])
strs = ["10", "9", "100", "1", "25"]
print(sorted(strs), sorted(strs, key=int), sorted(strs, key=len), sorted(strs, key=lambda s: (len(s), s)))
points = [(1, 2), (-3, 1), (2, -2), (0, 0)]
print(sorted(points, key=lambda p: p[1]), sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(list(filter(lambda s: s["age"] > 20, students))[0]["name"], list(map(lambda s: s["name"].title(), students)))
make = lambda n: (lambda x: x ** n)
sq, cube = make(2), make(3)
print(sq(5), cube(2), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
print((lambda x, y=10: x + y)(1), (lambda: "no args")(), (lambda x: (lambda y: x + y))(1)(2))
cmp_chain = sorted(["b", "A", "c", "B", "a"], key=lambda s: (s.lower(), s))
print(cmp_chain)
