# uncaught KeyError with a tuple key and a string with quotes
d = {(1, 2): "a"}
print(d[(1, 2)])
try:
    d["it's"]
except KeyError as e:
    print("caught", e)
d[(3, "x")]
