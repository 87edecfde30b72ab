# Method calls and instance attribute updates.
class Point:
    def __init__(self):
        self.x = 0

    def inc(self, d):
        self.x += d

p = Point()
for _ in range(3_000_000):
    p.inc(1)
assert p.x == 3_000_000, p.x
