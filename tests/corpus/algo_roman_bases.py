# number conversions: roman numerals, arbitrary bases, digit sums
def to_roman(n):
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in table:
        while n >= v:
            out += s
            n -= v
    return out
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = vals[ch]
        if i + 1 < len(s) and vals[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(n, r, from_roman(r))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in (0, 5, 255, -255, 2 ** 64, 123456789):
    print(n, [to_base(n, b) for b in (2, 3, 8, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
print(sum(int(d) for d in str(2 ** 1000)), sum(map(int, str(3 ** 100))))
def digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n
print([digital_root(n) for n in (0, 9, 38, 12345, 10 ** 20 - 1)])
