# find / rfind / index / rindex / count / startswith / endswith
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o"), s.find("o", 13, 20))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.find(""), s.find("", 100), s.rfind(""), "abc".find("c", -1), "abc".find("a", -10, -2))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.endswith("lazy", 0, -4), "".startswith(""), "abc".startswith(""), "abc".endswith("abc", 1))
print("banana".count("a", 2), "banana".count("an", 0, 4), "banana".find("na", -3), "banana".rindex("a", 0, 5))
for meth in ("index", "rindex"):
    try:
        getattr("hello", meth)("z")
    except ValueError as e:
        print(meth, "ValueError:", e)
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
print("a" in "abc", "" in "", "bc" in "abc", "ac" in "abc", "abc" not in "ab")
