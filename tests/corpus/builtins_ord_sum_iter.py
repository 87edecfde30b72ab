print(ord(b'a'), ord(bytearray(b'z')))
for f in [lambda: ord(b'ab'), lambda: ord(b''), lambda: sum([b'a'], b''), lambda: sum([bytearray(b'a')], bytearray()), lambda: iter(42, 42), lambda: ord(3)]:
    try: print(f())
    except TypeError as e: print(e)
print(list(iter([1, 2, 3, 0, 4].pop, 0)) if False else sum([[1], [2]], []))
