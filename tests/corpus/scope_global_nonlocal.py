# global / nonlocal / scoping
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_global():
    global created_later
    created_later = "hi"
make_global()
print(created_later)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "modified"
    inner()
    return x
print(outer())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def read_only():
    return counter * 2
print(read_only())
def levels():
    a = 1
    def l2():
        b = 2
        def l3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        return l3()
    r = l2()
    return a, r
print(levels())
x = "module"
class K:
    x = "class"
    y = x + "!"
    def m(self):
        return x
print(K.y, K().m())
def comp_scope():
    v = 3
    return [v * i for i in range(3)]
print(comp_scope())
def uses_before():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
uses_before()
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
