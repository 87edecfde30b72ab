# Unreachable cycles are collected by gc.collect(); weak references to them
# are cleared and their callbacks run, in the order the references were made.
import gc
from _weakref import ref

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

events = []
def make_ring(names):
    nodes = [Node(n) for n in names]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.peer = b
    refs = [ref(nd, lambda w, n=nd.name: events.append(n)) for nd in nodes]
    return nodes[0], refs

head, refs = make_ring(["a", "b", "c"])
print([r().name for r in refs], head.peer.peer.peer is head)
del head
gc.collect()
print(events, [r() for r in refs])

# a weak reference that is garbage itself never calls back
events.clear()
class Holder:
    pass
h = Holder()
target = Node("t")
h.wr = ref(target, lambda w: events.append("never"))
h.self = h
del h
gc.collect()
del target
gc.collect()
print(events)

# callbacks may create new objects and weak references
events.clear()
keep = []
def resurrecting_cb(w):
    n = Node("new")
    keep.append(ref(n))
    keep.append(n)
    events.append("cb")
x = Node("x")
x.peer = x
wx = ref(x, resurrecting_cb)
del x
gc.collect()
print(events, keep[0]() is keep[1], wx())

# many cycles in a loop
count = [0]
def bump(w):
    count[0] += 1
refs = []
for i in range(1000):
    a, b = Node(i), Node(-i)
    a.peer, b.peer = b, a
    refs.append(ref(a, bump))
del a, b
gc.collect()
print(count[0], sum(r() is None for r in refs))

# an exception in a callback is reported and ignored
y = Node("y")
wy = ref(y, lambda w: 1 / 0)
del y
gc.collect()
print("still running", wy())
