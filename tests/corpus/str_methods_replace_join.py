# replace, join, translate, maketrans
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""), "aaaa".replace("aa", "b"))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(str(i) for i in range(5)), "x".join(["only"]))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-abc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans("ab", "AB", "xyz")
print("abxyzba".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError:", e)
print("tab\there".replace("\t", "    "), "a.b.c".replace(".", ""), "x" * 3 + "y" * 0)
