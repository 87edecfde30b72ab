# list.sort stability and key functions
recs = [("x", 3), ("a", 1), ("m", 3), ("b", 2), ("c", 1), ("z", 2), ("k", 3)]
r = recs[:]
r.sort(key=lambda t: t[1])
print(r)
r.sort(key=lambda t: t[1], reverse=True)
print(r)
r = sorted(recs, key=lambda t: t[0])
r = sorted(r, key=lambda t: t[1])
print(r)
nums = [5, -3, 2, -2, 3, -5, 0]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda n: n * n))
class Item:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Item({self.v},{self.tag})"
items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d"), Item(0, "e")]
print(sorted(items), max(items), min(items))
items.sort(reverse=True)
print(items)
words = "The quick brown fox Jumps over the Lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: w[-1]))
big = [(i * 7919) % 101 for i in range(101)]
print(sorted(big) == list(range(101)), big[:10])
l = [3, 1, 2]
res = l.sort()
print(res, l)
try:
    [1, None, 2].sort()
except TypeError as e:
    print("TypeError:", e)
