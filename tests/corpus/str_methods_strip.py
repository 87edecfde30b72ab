# strip family, partition, removeprefix/suffix
s = "\t  hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHELLOcba".lstrip("abc"), "abcHELLOcba".rstrip("abc"))
print(repr("".strip()), repr("   ".strip()), "hello".strip("") , "hello".strip("helo"))
print("www.example.com".strip("cmowz."), "  spaced  ".strip(None))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("hello".partition("hello"), "::".partition(":"), "".partition("a"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestCase".removesuffix("Case"), "x".removesuffix(""))
print("aaa".removeprefix("a"), "".removeprefix("a"), "abc".removesuffix("abc"))
print(repr("\u3000ideo\u3000".strip()), repr("\xa0nb\xa0".strip()))
