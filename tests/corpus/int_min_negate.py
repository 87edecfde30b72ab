# -(-2**63) and friends leave the machine-int range without wrapping.
import sys
x = -sys.maxsize - 1
print(x, -x, abs(x), x * -1, 0 - x, x // -1, -x == sys.maxsize + 1)
print(-(-2**63), ~x, -(x + 1), divmod(x, -1), x % -1, -x - 1 == sys.maxsize)
print([-v for v in (x, x + 1, -x)])
