# uncaught TypeError: 'int' object is not subscriptable
data = {"count": 5}
print(data["count"])
print(data["count"][0])
