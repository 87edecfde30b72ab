import pickle
for mk in [lambda: zip([1, 2], [3, 4], strict=True), lambda: zip([1, 2], 'ab'), lambda: map(abs, [-1, -2]), lambda: filter(None, [0, 1, 2]), lambda: enumerate('xyz', 5), lambda: map(pow, [2, 3], [3, 2])]:
    it = mk(); next(it)
    r = it.__reduce__()
    print(r[0].__name__, len(r[1]), r[2:] if len(r) > 2 else '')
    print(list(pickle.loads(pickle.dumps(it))), list(it))
z = zip([1], [2]); z.__setstate__(True); print(z.__reduce__()[2:])
z = zip([1, 2], [3]); z.__setstate__(True)
try: print(list(z))
except ValueError as e: print(e)
