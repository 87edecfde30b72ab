# time: gmtime/struct_time, strftime directives, asctime/ctime-style text, mktime round trips.
import time

g = time.gmtime(1709211909)
print(g)
print(tuple(g), g.tm_zone, g.tm_gmtoff, g.tm_year, g[0], len(g), g.n_fields, g.n_sequence_fields)
print(time.gmtime(0), time.gmtime(-1.5)[:6], time.gmtime(1.99)[5], time.gmtime(True)[5])
print(time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0)).tm_zone, g.__reduce__())
print(time.strftime("%Y-%m-%d %H:%M:%S", g), time.strftime("%a %A %b %B %j %U %W %w %u %y %C", g))
print(time.strftime("%c|%x|%X|%D|%F|%T|%R|%r|%e|%k|%l|%p|%P|%I|%h|%%|%n|%t|%G-%V-%g", g))
print(time.strftime("%5Y|%-m|%_d|%^a|%10A|%-5d|%05e|%#b|%Ey|%Od|%3%|%Q|%", (2024, 3, 5, 0, 0, 0, 0, 65, 0)))
print(time.strftime("%Z %z", g), time.strftime("%Z %z", time.struct_time((2024, 2, 29, 13, 5, 9, 3, 60, 0, "XYZ", 3600))))
print(time.strftime("%Y", (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime("%j %a", (2024, 2, 29, 13, 5, 9, -1, 0, 0)))
print(time.asctime(g), time.asctime((2024, 2, 29, 13, 5, 9, 7, 60, 0)), time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
for s in [0, 86399, 951782400, 1582934400, 4102444800, -2208988800, 253402300799, -62135596800, 1000000000000]:
    t = time.gmtime(s)
    print(s, tuple(t), time.strftime("%G-W%V-%u %U %W %j", t), time.mktime(time.localtime(s)) == s)
for bad in [(time.gmtime, ("x",)), (time.gmtime, (float("nan"),)), (time.gmtime, (2 ** 70,)), (time.gmtime, (1, 2)),
            (time.mktime, ((1,),)), (time.mktime, ("x",)), (time.strftime, (1,)), (time.strftime, ("%Y", (1,))),
            (time.strftime, ("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0))), (time.strftime, ("%Y", (2024, 2, 29, 25, 5, 9, 3, 60, 0))),
            (time.strftime, ("%Y", (2024, 2, 29, 1, 5, 62, 3, 60, 0))), (time.strftime, ("%Y", (2024, 2, 29, 1, 5, 61, 1, 367, 0))),
            (time.strftime, ("%Y", (2024, 2, 32, 1, 5, 61, 1, 36, 0))), (time.strftime, ("a\0b",)), (time.asctime, ("x",)),
            (time.sleep, (-1,)), (time.sleep, ("x",)), (time.sleep, ()), (time.get_clock_info, ("x",)),
            (time.mktime, ((2 ** 31, 1, 1, 0, 0, 0, 0, 1, 0),)), (time.clock_gettime, (99,))]:
    try:
        bad[0](*bad[1])
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
print(time.mktime(time.localtime(1700000000.7)), time.mktime((2024, 13, 1, 0, 0, 0, 0, 0, -1)) == time.mktime((2025, 1, 1, 0, 0, 0, 0, 0, -1)))
print(time.mktime(time.struct_time((2024, 2, 30, 0, 0, 0, 0, 0, -1))) == time.mktime((2024, 3, 1, 0, 0, 0, 0, 0, -1)))
