# set-based algorithms (printed sorted)
text1 = "the cat sat on the mat with the hat"
text2 = "a cat and a hat sat on a mat"
w1, w2 = set(text1.split()), set(text2.split())
print(sorted(w1 & w2), sorted(w1 - w2), sorted(w2 - w1), sorted(w1 ^ w2))
print(len(w1 | w2), round(len(w1 & w2) / len(w1 | w2), 4))
def dedupe(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 5, 2]), dedupe("abracadabra"))
edges = [(1, 2), (2, 3), (4, 5), (6, 6), (7, 5)]
comps = []
for a, b in edges:
    hit = [c for c in comps if a in c or b in c]
    merged = {a, b}.union(*hit)
    comps = [c for c in comps if c not in hit] + [merged]
print(sorted(sorted(c) for c in comps))
print(sorted({frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}, key=sorted))
def powerset(s):
    out = [frozenset()]
    for x in s:
        out += [f | {x} for f in out]
    return out
print(sorted(sorted(f) for f in powerset([1, 2, 3])))
print(sorted(set(range(0, 30, 3)) & set(range(0, 30, 5))), sorted(set("hello") - set("world")))
s = set()
print(bool(s), s == set(), s == frozenset(), {1, 2} == frozenset([1, 2]), {1} != {1.0})
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
