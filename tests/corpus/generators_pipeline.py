# generator pipelines and lazy evaluation
def read_lines():
    data = "alpha 3\nbeta 1\n# comment\n\ngamma 7\ndelta 2"
    for line in data.split("\n"):
        print("  read", repr(line))
        yield line
def non_comment(lines):
    for l in lines:
        if l and not l.startswith("#"):
            yield l
def parse(lines):
    for l in lines:
        name, num = l.split()
        yield name, int(num)
pipeline = parse(non_comment(read_lines()))
print("pipeline built")
first = next(pipeline)
print("first:", first)
print("rest:", sorted(pipeline, key=lambda p: p[1]))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def squares():
    i = 0
    while True:
        i += 1
        yield i * i
print(list(take(5, squares())), list(take(0, squares())))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefgh", 3)), list(chunks([1, 2, 3, 4], 2)))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(12, primes())))
gen = (c for c in "xyz")
print(list(enumerate(gen)), list(gen))
def gen_state():
    yield 1
g = gen_state()
print(g.gi_running if hasattr(g, "gi_running") else None, list(g), list(g))
it = iter(range(10))
print(list(zip(it, it)))
