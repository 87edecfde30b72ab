# timeit: Timer.timeit/repeat/autorange, timeit.timeit/repeat with callables
# and statements. Only deterministic facts are printed (never durations).
import timeit

calls = []


def work():
    calls.append(1)
    return sum(range(10))


t = timeit.Timer(work)
r = t.timeit(number=50)
print(type(r).__name__, r >= 0.0, len(calls))

calls.clear()
rs = t.repeat(repeat=3, number=7)
print(len(rs), all(isinstance(x, float) and x >= 0 for x in rs), len(calls))

calls.clear()
r = timeit.timeit(work, number=5)
print(isinstance(r, float), len(calls))

counter = {"n": 0}
r = timeit.timeit("c['n'] += 1", setup="c['n'] = 100", number=25, globals={"c": counter})
print(counter["n"], r >= 0)

rs = timeit.repeat("x = [i * i for i in range(20)]", repeat=2, number=10)
print(len(rs), min(rs) >= 0)

t2 = timeit.Timer("y = a + b", setup="a = 1; b = 2")
print(t2.timeit(number=3) >= 0)

ticks = iter(range(0, 1000, 2))
fake = timeit.Timer("pass", timer=lambda: next(ticks))
print(fake.timeit(number=10), fake.repeat(repeat=2, number=1))

calls.clear()
n, total = timeit.Timer(work, timer=iter(range(0, 10 ** 6, 1)).__next__).autorange()
print(n, total, len(calls))
seen = []
n2, _ = timeit.Timer(work, timer=iter(range(0, 10 ** 6, 1)).__next__).autorange(
    callback=lambda number, time_taken: seen.append(number))
print(n2, seen)

try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError", e)
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number)
