# repr of strings with quotes, escapes, unicode
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r", "back\\slash",
         "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xff", "héllo", "日本語", "\u200b", "\ud800" if False else "x", "\U0001F600", "\a\b\f\v", "\u2028", "\xad", "\U000e0001"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(repr(""), repr("'"), repr('"'), repr("'\""))
print(str("x"), str(5), str([1, "a"]), repr([1, "a", "b'c"]), str(("a",)), repr({"k": "v"}))
print("\N{GREEK SMALL LETTER ALPHA}", "\x41\u0042\U00000043", "\101\102", r"raw\n\t", len(r"\n"))
print("a" "b" "c", 'single' == "single", """tri
ple""", '''x''')
print(f"{'quoted'!r}", f"{'q'!a}", f"{'é'!a}")
