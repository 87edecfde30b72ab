import random, _random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.choice("abcdefg"), random.getrandbits(100), random.getrandbits(7))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(1000), 5), random.uniform(1, 2), random.gauss(0, 1), random.gauss(5, 2))
print(random.randrange(0, 1000, 7), random.choices("abc", k=5), random.choices("abc", weights=[1, 5, 1], k=5))
print(random.expovariate(2), random.triangular(), random.betavariate(2, 3), random.normalvariate(0, 1))
r = random.Random(b"bytes"); print(r.random())
r = random.Random(-7); print(r.random())
r = random.Random(2**200 + 3); print(r.random(), r.randint(0, 10**30))
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random())
r = _random.Random(5); print(r.random(), r.getrandbits(70), r.getstate()[-1], len(r.getstate()))
r.seed(3.5); print(r.random()); r.seed(True); print(r.random())
for bad in [lambda: r.setstate((1, 2)), lambda: r.setstate(5), lambda: r.setstate((0,) * 624 + (625,)),
            lambda: r.setstate((-1,) * 625), lambda: r.getrandbits(-1), lambda: r.seed([1]), lambda: r.seed(1, 2),
            lambda: _random.Random(1, 2), lambda: _random.Random(x=1), lambda: r.getrandbits(1.5)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
class My(random.Random):
    def __init__(self, x, y): super().__init__(x); self.y = y
m = My(3, 4); print(m.random(), m.y)
r = random.Random("hello"); print(r.random(), r.randrange(10**20))
r = random.Random(b"bytes"); print(r.random())
random.seed(12345)
print([round(random.gauss(0, 1), 12) for _ in range(5)])
print(random.sample(["a", "b", "c", "d", "e"], 3), random.randbytes(8).hex())
x = list("abcdefghij"); random.Random(7).shuffle(x); print("".join(x))
