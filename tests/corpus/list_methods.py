# list methods
l = [3, 1, 4, 1, 5]
l.append(9); print(l)
l.extend([2, 6]); print(l)
l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(100, "last"); l.insert(-1, "penult"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l, l.index(1), l.count(1), l.index(5, 2))
del l[-2:]; print(l)
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
c = l.copy(); c.append(0); print(l, c, l == c[:-1])
l.clear(); print(l, len(l))
for op in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(5), lambda: [].pop(3), lambda: [1, 2].pop(5)]:
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
print([1, 2] + [3], [1] * 3, [] * 5, [0] * -1, list(range(3)), list("hi"), list((1, 2)))
x = [1, 2]
x += (3, 4)
x *= 2
print(x, x.__len__())
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2], [1] != [1.0])
