# misc str ops: len, in, comparisons, str(), conversions, multiplication
print(len(""), len("abc"), len("日本"), str(12), str(-1.5), str(None), str(True), str([1, (2, "3")]))
print(repr(123), repr(1.0), repr(None), repr(...), repr(NotImplemented), str(Ellipsis))
print("abc".__len__(), "abc".__contains__("b"), "a".__add__("b"), "ab".__mul__(2), "x".__eq__("x"))
s = "hello"
t = s
t += " world"
print(s, t, s is not t)
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry"], key=str.lower))
print(min(["b", "a", "c"]), max("zebra", "apple"), "a" < "b" < "c", "Z" < "a", "10" < "9")
print(str.upper("x"), str.join("-", ["a", "b"]), "abc".startswith, )if False else print("methods ok")
print(list(map(str.strip, [" a ", "b  "])), list(map(len, ["", "ab", "abc"])))
print("".join(sorted("hello world")).strip(), "hello"[::-1].upper(), "-".join(list("abc")[::-1]))
print("x".isalpha() and "1".isdigit(), str(3.0), str(1e100), str(-0.0), str(2 ** 70))
print("%s" % "x" * 3, "%s" % ("x" * 3), "a" + str(1) + "b", "ab".count("") )
print("Hello"[0].lower() + "Hello"[1:], "snake_case_name".replace("_", " ").title().replace(" ", ""))
print(hash("abc") == hash("abc"), "a" * 1000 == "a" * 1000, len("a" * 1000))
