# classes: attributes, methods, class vs instance attributes
class Point:
    dims = 2
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(1, 2)
q = Point(4, 6)
print(p, repr(p), str(q), [p, q], p.dist2(q), Point.dist2(p, q), p.moved(1, 1))
print(Point.count, p.count, p.dims)
p.dims = 3
print(p.dims, q.dims, Point.dims)
Point.dims = 10
print(p.dims, q.dims)
del p.dims
print(p.dims)
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
b1, b2 = Bag(), Bag()
b1.add(1); b2.add(2)
print(b1.items, b2.items, b1.items is Bag.items)
print(type(p).__name__, type(p) is Point, Point.__name__, isinstance(p, Point), isinstance(p, object))
print(sorted(vars(p).items()), p.__dict__ == {"x": 1, "y": 2}, "dist2" in Point.__dict__)
class Empty:
    pass
e = Empty()
e.anything = 42
print(e.anything, hasattr(e, "nothing"), getattr(e, "nothing", "default"))
setattr(e, "dyn", [1])
print(e.dyn, getattr(e, "dyn"))
delattr(e, "dyn")
print(hasattr(e, "dyn"))
m = p.moved
print(m(10, 10), m.__self__ is p, m.__func__ is Point.moved)
print(Point.__qualname__, Point.moved.__qualname__, Point.__module__)
class Inline: x = 1; y = 2
print(Inline.x + Inline.y)
