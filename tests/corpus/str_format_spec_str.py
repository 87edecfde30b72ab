# format mini-language for strings and misc objects
for s in ["", "a", "hello", "héllo wörld"]:
    print([format(s, spec) for spec in ["", "s", "5", "<5", ">5", "^5", "*^8", "-<7", ".2", "8.3", ">8.3s", "=^3"]])
for bad in ["d", "=5", "+", ",", "05"]:
    try:
        print(format("x", bad))
    except ValueError as e:
        print("ValueError:", e)
print(format([1, 2]), format(None), format((1,), ""), format({"a": 1}))
try:
    format([1, 2], ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print("{:>10}".format("right"), "{:<10}|".format("left"), "{:^10}|".format("mid"), "{:~^11}".format(" t "))
print(f"{'tbl':<6}|{'x':^6}|{'y':>6}")
for row in [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("banana", 100, 10.0)]:
    print(f"{row[0]:<8}{row[1]:>5}{row[2]:>8.2f}")
