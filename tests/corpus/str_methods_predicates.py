# isX predicates
tests = ["", "abc", "ABC", "Abc", "123", "12.5", "abc123", " ", "\t\n", "a b", "Ⅻ", "½", "²", "٣", "_id", "id1", "1id", "class", "Hello World", "αβγ", "ǅ", "\x00", "~"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
