# exception from inside a generator expression consumed by sum()
values = [4, 2, 0, 1]
print("sum of reciprocals:")
print(sum(1 / v for v in values))
