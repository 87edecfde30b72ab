# range objects
print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1), list(range(5, 0, -2)), list(range(0)), list(range(-3)))
r = range(1, 20, 3)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r, r.index(10), r.count(10), list(r))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(0, 10 ** 30, 7)[10 ** 25])
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), list(reversed(range(4))))
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)), sum(range(101)), max(range(5)), min(range(5, 0, -1)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError:", e)
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), range(2, 12, 3)[1:3], range(10)[::-3])
print([i for i in range(3) for j in range(i)], list(enumerate(range(3, 6))))
