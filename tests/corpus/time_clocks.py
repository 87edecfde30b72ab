# time clocks: types, monotonicity, sleep, clock info, zone attributes (facts only).
import time

a, b = time.time(), time.time_ns()
print(type(a).__name__, type(b).__name__, abs(a - b / 1e9) < 5, a > 1.6e9)
m1 = time.monotonic()
time.sleep(0.02)
m2 = time.monotonic()
print(m2 - m1 >= 0.019, m2 - m1 < 5)
p1, p2 = time.perf_counter(), time.perf_counter()
print(p2 >= p1, type(time.perf_counter_ns()).__name__, time.monotonic_ns() > 0)
c = time.process_time()
x = 0
for i in range(3000):
    x += i
print(time.process_time() >= c, 0 <= c < 30, type(time.process_time_ns()).__name__, time.thread_time() >= 0)
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, info.resolution > 0, type(info.implementation).__name__)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
lt = time.localtime()
print(type(lt).__name__, len(lt), lt.tm_isdst in (0, 1), type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
print(time.localtime(0).tm_gmtoff in (-time.timezone, -time.altzone))
print(len(time.ctime()), len(time.asctime()), len(time.ctime(0)), time.ctime(0)[-4:] in ("1970", "1969"))
print(time.clock_gettime(time.CLOCK_REALTIME) > 1.6e9, time.clock_gettime_ns(time.CLOCK_MONOTONIC) > 0)
print(time.clock_getres(time.CLOCK_MONOTONIC) > 0, time.CLOCK_REALTIME, time.CLOCK_MONOTONIC)
print(time.strftime("%Y") == str(time.localtime().tm_year), time._STRUCT_TM_ITEMS)
time.sleep(0)
time.sleep(False)
print("done")
