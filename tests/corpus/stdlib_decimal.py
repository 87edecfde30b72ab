from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("2").sqrt())
with localcontext() as c:
    c.prec = 5
    print(Decimal(1) / Decimal(3))
print(getcontext().prec, Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal(0.1))
from fractions import Fraction
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.5).limit_denominator(10), Fraction(22, 7) ** 2)
import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.mode("aabbbc"))
print(statistics.fmean([1, 2, 3]), statistics.pvariance([1, 2, 3, 4]), statistics.quantiles(range(1, 11), n=4))
