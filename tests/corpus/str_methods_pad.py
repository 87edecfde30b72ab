# center / ljust / rjust / zfill / expandtabs
for w in [0, 3, 5, 6, 7, 10]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("abcd".center(w, "-")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "42".zfill(1), "".zfill(3), "abc".zfill(6), "-".zfill(3), "3.14".zfill(8))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc\t".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(3)))
print(repr("12345678\t9".expandtabs()), repr("x\ty\r\tz".expandtabs(2)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("x".center(4), "|" + "x".center(4) + "|", "|" + "xy".center(5) + "|", "|" + "xyz".center(6) + "|")
