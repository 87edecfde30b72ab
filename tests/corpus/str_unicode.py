# unicode strings: len, indexing, case, ord/chr, comparisons
s = "naïve café 日本語 😀!"
print(len(s), s[2], s[-2], s[11:14], s.upper(), s.title(), s[::-1])
print([ord(c) for c in "aé€😀"], "".join(chr(c) for c in (72, 233, 8364, 128512)))
print("é" == "e\u0301", len("e\u0301"), "\u00e9" == "é", sorted(["é", "e", "z", "a", "É"]))
print("Ünïcödé".lower(), "ǆ".upper(), "ǆ".title(), "ﬀ".upper(), "İstanbul".lower() == "i̇stanbul")
print("日本語".encode("utf-8"), len("日本語".encode("utf-8")), b"\xe6\x97\xa5".decode("utf-8"))
print("😀".isprintable(), "\u200b".isprintable(), "٣".isdigit(), "٣".isdecimal(), int("٣"), int("１２"), float("１.５"))
print("abc😀def".find("😀"), "abc😀def".index("d"), "😀" * 3, "a😀b".split("😀"), "x😀".center(5, "·"))
print(repr("😀"), ascii("😀"), repr("\U0001f600") == repr("😀"), "\N{SNOWMAN}", "\u2603" == "☃")
print(max("aé😀"), min("aé😀"), "é" > "z", "\uffff" < "\U00010000")
words = ["Zebra", "apple", "Äpfel", "banana", "éclair"]
print(sorted(words), sorted(words, key=str.casefold), [w.swapcase() for w in words])
print("Straße".casefold(), "Straße".lower(), "STRASSE".casefold() == "straße".casefold(), len("Straße".upper()))
print(str.isalpha("日本"), "日本".isalnum(), "①".isnumeric(), "①".isdigit(), "①".isdecimal(), "Ⅷ".isnumeric())
