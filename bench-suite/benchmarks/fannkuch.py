"""fannkuch: pancake flipping over every permutation of 1..SIZE.

For each permutation (visited in the classic order where the next one
rotates a prefix, driven by a counter per position), repeatedly reverse the prefix
whose length is the first element until 1 comes first; report the checksum
(sum of +flips / -flips alternating) and the maximum flip count.
Known answers: 7 -> (228, 16), 8 -> (1616, 22), 9 -> (8629, 30).
"""

NAME = "fannkuch"
SIZES = {"smoke": 7, "default": 9}


def count_flips(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first != 0:
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    counts = [0] * n
    checksum = 0
    max_flips = 0
    index = 0
    r = n
    while True:
        while r != 1:
            counts[r - 1] = r
            r -= 1
        flips = count_flips(perm)
        if flips > max_flips:
            max_flips = flips
        checksum += -flips if index & 1 else flips
        # Next permutation: rotate the first r + 1 elements left by one,
        # moving on to longer prefixes as their counters run out.
        while True:
            if r == n:
                return checksum, max_flips
            perm.insert(r, perm.pop(0))
            counts[r] -= 1
            if counts[r] > 0:
                break
            r += 1
        index += 1


def run(size):
    return fannkuch(size)


EXPECTED = {7: (228, 16), 8: (1616, 22), 9: (8629, 30), 10: (73196, 38)}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if tuple(result) != EXPECTED[size]:
        return "(checksum, max flips) = %r, expected %r" % (tuple(result), EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
