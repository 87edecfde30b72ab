# 10^6 reference cycles (pairs of objects pointing at each other, plus a
# self-referencing list) created and dropped in a loop.
class Pair:
    pass

made = 0
for i in range(1_000_000):
    a = Pair()
    b = Pair()
    a.other = b
    b.other = a
    loop = [a]
    loop.append(loop)
    made += 1
print(made)
