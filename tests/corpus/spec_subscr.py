# BINARY_SUBSCR / STORE_SUBSCR sites whose container type changes after warm-up.
class Seq:
    def __getitem__(self, i):
        if isinstance(i, int) and i > 100:
            raise IndexError("Seq index %d" % i)
        return ("Seq", i)
    def __setitem__(self, i, v):
        print("Seq set", i, v)

class Missing(dict):
    def __missing__(self, key):
        return "missing " + repr(key)

class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))

def get(c, k):
    return c[k]
def put(c, k, v):
    c[k] = v

def tryget(c, k):
    try:
        return get(c, k)
    except (IndexError, KeyError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)

def tryput(c, k, v):
    try:
        put(c, k, v)
        return "ok"
    except (IndexError, KeyError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)

lst = list(range(10))
tup = tuple(range(100, 110))
dct = {i: i * i for i in range(10)}
containers = [lst, tup, dct, Seq(), Missing(a=1), L([5, 6, 7]), "abcdefghij", b"0123456789", range(20, 30)]
for c in containers:
    out = []
    for i in range(60):
        out.append(tryget(c, i % 10))
    keys = [0, -1, -10, -11, 9, 10, 2 ** 40, -2 ** 40, "a", 1.0, True, slice(1, 3), (1,)]
    print(type(c).__name__, out[::9], [tryget(c, k) for k in keys])

for c in [[0] * 5, {}, Missing(), Seq(), (1, 2), "str"]:
    res = [tryput(c, i % 5, i) for i in range(60)]
    res += [tryput(c, k, "X") for k in (-1, -5, -6, 5, 2 ** 40, "k", [1])]
    print(type(c).__name__, res[:2], res[-7:], c if not isinstance(c, Seq) else "seq")

# list shrinking under a warmed-up indexed loop
xs = list(range(30))
got = []
for i in range(40):
    if i == 20:
        del xs[10:]
    got.append(tryget(xs, i % 15))
print(got)
m = Missing()
print([get(m, i) if i % 3 else get(dct, i % 10) for i in range(40)][30:])
