# case methods
words = ["hello world", "HELLO", "hELLO wORLD", "they're bill's friends", "123abc def", "ß straße", "ǅungla", "", "a1b2c3", "ŉ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ΣΑΣ".lower(), "İ".lower().encode("utf-8"), "ﬁ".upper(), "Ǉ".title())
print("hello".istitle(), "Hello World".istitle(), "HELLO".isupper(), "hello1".islower(), "123".isupper())
print("Mixed Case_Words-Here".title(), "o'neil mc-donald".title())
