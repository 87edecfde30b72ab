# A linked list of 10^7 nodes kept alive, walked, then dropped; the memory
# is then reused for a second list of the same size.
import gc

class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next):
        self.value = value
        self.next = next

def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head

def length(head):
    n = 0
    while head is not None:
        n += 1
        head = head.next
    return n

N = 10_000_000
head = build(N)
print(length(head))
head = None
gc.collect()
head = build(N)
print(length(head))
