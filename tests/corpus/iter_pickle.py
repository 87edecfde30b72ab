import pickle, copy
for seq in [[1, 2, 3], (4, 5, 6), 'aé😀b']:
    it = iter(seq); next(it)
    print(it.__reduce__())
    it2 = pickle.loads(pickle.dumps(it))
    print(list(it2), list(it))
    print(iter(seq).__reduce__()[2])
    print(it.__reduce__())
r = reversed([1, 2, 3]); next(r)
print(r.__reduce__(), list(pickle.loads(pickle.dumps(r))))
print(r.__reduce__()); list(r); print(r.__reduce__())
d = {1: 'a', 2: 'b', 3: 'c'}
for it in [iter(d), iter(d.values()), iter(d.items())]:
    next(it)
    print(it.__reduce__())
s = iter({7}); print(s.__reduce__())
it = iter([1, 2, 3, 4]); it.__setstate__(2); print(list(it))
it = iter('héllo'); it.__setstate__(3); print(list(it))
it = iter([1, 2]); it.__setstate__(-5); print(list(it))
it = iter([1, 2]); it.__setstate__(10); print(list(it))
r = reversed([1, 2, 3]); r.__setstate__(0); print(list(r))
print(copy.copy(iter([5, 6])).__class__.__name__)
