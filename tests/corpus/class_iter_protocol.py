# custom iterables vs iterators, iter() with sentinel
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r), 2 in r, 9 in r, sorted(r, reverse=True))
print([(a, b) for a in Range2(2) for b in Range2(2)])
class OneShot:
    def __init__(self, data):
        self.data = list(data)
    def __iter__(self):
        return self
    def __next__(self):
        if not self.data:
            raise StopIteration
        return self.data.pop(0)
o = OneShot("abc")
print(list(o), list(o))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 5)))
class LinkedList:
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = (v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node[0]
            node = node[1]
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return "LL(" + " -> ".join(map(str, self)) + ")"
ll = LinkedList(3, 1, 4, 1, 5)
print(ll, len(ll), list(ll)[::-1], max(ll), list(enumerate(ll))[:2])
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di))
print(list(map(lambda a, b: a * b, Range2(3), [10, 20, 30])), list(zip(Range2(5), "xy")))
