# uncaught OverflowError converting a huge int to float
n = 10 ** 200
print(float(n))
print(float(n * n))
