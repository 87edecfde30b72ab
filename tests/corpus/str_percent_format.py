# printf-style % formatting
print("%s %r %a" % ("héllo", "héllo", "héllo"))
print("%d %i %u" % (42, -42, 7), "%d" % 3.99, "%d" % True, "%d" % (2 ** 70))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%x" % -255)
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.6789, 0.00012345, 1e-7, 1e20))
print("%g %g %g %g %#g" % (100000, 1000000, 0.0001, 0.00001, 1.0))
print("%c%c%c" % (72, "i", 33), "%%", "100%% sure" % ())
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 7})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, "a"), "%s" % None, "%r" % (1, 2,)[0])
print("%.3s|%10.2s|%-6s|" % ("abcdef", "xyz", "ab"))
print("%s" % ((1, 2),), "%5.1f%%" % 99.44, "%i%%" % 50)
print("%e" % 0, "%f" % float("inf"), "%F" % float("nan"), "%.0f" % 0.5, "%.0f" % 1.5, "%.0e" % 12345)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1), ("%c", "ab")]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%s and %s" % ("a", "b"), "%-+8.2f|" % 2.5, "%+.1e" % -1234.5, "%08.2f" % -1.5)
