# string indexing and slicing
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3], s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[::2], s[1::2])
print(s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-4:-1], s[2:8:0 or 1], s[100:], s[-100:2], s[5:2], s[3:3])
print(s[slice(2, 6)], s[slice(None, None, -3)], s[slice(-2, None)])
print(s[1:100:4], s[-100:100:3], s[::-100], s[10::-1])
for i in range(-11, 11, 4):
    try:
        print(i, s[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
u = "héllo wörld ✓"
print(u[1], u[-1], u[::-1], len(u), u[7:10])
print("abc" * 3, 3 * "ab", "abc" * 0, "abc" * -1, "" * 10, "a" + "b" + "c")
print(sorted("hello"), list("abc"), tuple("xy"), "".join(reversed("stressed")))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "abc" == "abc", "a" * 3 == "aaa", max("hello"), min("hello"))
print(ord("a"), chr(97), ord("€"), chr(8364), chr(0x1F600) == "\U0001F600", ord("\n"))
