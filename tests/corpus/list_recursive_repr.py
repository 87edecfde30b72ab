# recursive container reprs
l = [1, 2]
l.append(l)
print(l, len(l), l[2] is l)
d = {"a": 1}
d["self"] = d
print(d)
a = []
b = [a]
a.append(b)
print(a, b)
t = ([],)
t[0].append(t)
print(t)
nested = {"k": [1, {"x": None}]}
nested["k"][1]["back"] = nested
print(nested)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
root = Node(1)
root.children.append(Node(2))
root.children[0].children.append(Node(3))
print(root)
s = [[]] * 3
s[0].append(1)
print(s, str(s) == repr(s))
print([[1, [2, [3, [4, [5]]]]]], ((1,), ((2,),)), {"a": {"b": {"c": {}}}})
print([None, True, 1.0, "s", b"b", (), [], {}, set(), frozenset()])
e = []
e.extend([e, e])
print(e)
