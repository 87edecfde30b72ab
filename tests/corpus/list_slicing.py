# list slice get / set / delete
l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:], l[8:2:-2], l[100:], l[:-100])
l[2:5] = ["a", "b"]; print(l)
l[:0] = [-2, -1]; print(l)
l[len(l):] = [98, 99]; print(l)
l[::2] = ["E"] * len(l[::2]); print(l)
del l[::3]; print(l)
del l[1:3]; print(l)
l[1:1] = "xyz"; print(l)
l[:] = [1, 2, 3]; print(l)
l[5:10] = [4]; print(l)
l[-1:] = []; print(l)
try:
    l[::2] = [1, 2, 3, 4]
except ValueError as e:
    print("ValueError:", e)
try:
    l[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, list(range(10))[s], s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
print(slice(5), repr(slice(1, 2)), slice(1, 2) == slice(1, 2))
m = list(range(6))
m[1:5:2] = [10, 30]
print(m)
m[::-1] = m
print(m)
t = (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], t[::2], t[-2:], type(t[1:2]).__name__)
r = range(0, 20, 3)
print(r[2:5], r[::-1], r[-1], list(r[1::2]), r[::-1][0])
