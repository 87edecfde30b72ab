# 10^8 short-lived objects: a list and a tuple per iteration, 5 * 10^7 times.
# Peak memory should stay flat (a few MB above start-up).
total = 0
for i in range(50_000_000):
    pair = [i, i + 1]
    box = (pair, i)
    total += box[0][1]
print(total)
