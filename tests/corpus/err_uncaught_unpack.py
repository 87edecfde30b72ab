# uncaught ValueError: not enough values to unpack
pairs = [("a", 1), ("b", 2), ("c",)]
for name, value in pairs:
    print(name, value)
