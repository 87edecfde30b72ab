# Deeply nested data and deep recursion: RecursionError, never a crash.
import sys
x = []
for i in range(100000):
    x = [x]
for f in (repr, str):
    try:
        f(x)
    except RecursionError as e:
        print(f.__name__, "RecursionError:", e)
d = {}
for i in range(100000):
    d = {"k": d}
try:
    repr(d)
except RecursionError as e:
    print("dict RecursionError:", e)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("call RecursionError:", e)
sys.setrecursionlimit(50)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(30))
try:
    count(100)
except RecursionError as e:
    print("limit 50:", e)
print(sys.getrecursionlimit())
y = [1, [2, [3]]]
print(y, x is not None)
