# __getitem__ with slices, __setitem__, __len__, __reversed__
class Vec:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            print("  slice", idx.start, idx.stop, idx.step)
            return Vec(self.data[idx])
        return self.data[idx]
    def __setitem__(self, idx, val):
        self.data[idx] = val
    def __reversed__(self):
        print("  __reversed__")
        return iter(self.data[::-1])
    def __repr__(self):
        return f"Vec({self.data})"
v = Vec(range(10))
print(v[2], v[-1], v[2:5], v[::3], v[:], v[-2:])
v[0] = 100
v[1:3] = ["a", "b", "c"]
print(v, len(v))
print(list(reversed(v)))
print(list(v)[:4], "a" in v, 999 in v)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        r, c = key
        if isinstance(r, slice):
            return [row[c] for row in self.rows[r]]
        return self.rows[r][c]
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1, 2], m[0, 0], m[:, 1], m[::2, 0], m[1, :2] if False else m[1, 1])
class Wrapper:
    def __getitem__(self, key):
        return key
w = Wrapper()
print(w[1], w[1:2], w[::], w[1, 2], w[..., 0], w["k"], w[1:2, ::3])
