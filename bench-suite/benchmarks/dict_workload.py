"""dict_workload: dictionaries as counters, indexes, caches and records.

Word frequency counting with get/setdefault/in, an inverted index
(word -> positions), a memo cache keyed by tuples, dicts of dicts updated
in place, merging with update and {**a, **b}, deletion and re-insertion
(insertion order matters), iteration over keys/values/items and integer
keys.  SIZE is the number of words in the generated text; the result is a
set of summaries compared with CPython's values.
"""

NAME = "dict_workload"
SIZES = {"smoke": 5000, "default": 200000}

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qu", "pa", "do"]


def words(n, seed):
    state = seed
    out = []
    for _ in range(n):
        state = state * 48271 % 2147483647
        length = 1 + state % 3
        word = ""
        s = state >> 4
        for _ in range(length):
            word += SYLLABLES[s % len(SYLLABLES)]
            s //= len(SYLLABLES)
        out.append(word)
    return out


def run(size):
    text = words(size, 31337)
    counts = {}
    for w in text:
        counts[w] = counts.get(w, 0) + 1
    index = {}
    for position, w in enumerate(text):
        index.setdefault(w, []).append(position)
    firsts = {}
    for w in text:
        if w not in firsts:
            firsts[w] = len(firsts)
    bigrams = {}
    for a, b in zip(text, text[1:]):
        key = (a, b)
        bigrams[key] = bigrams.get(key, 0) + 1
    stats = {}
    for w, n in counts.items():
        record = stats.setdefault(len(w), {"words": 0, "total": 0, "max": 0})
        record["words"] += 1
        record["total"] += n
        if n > record["max"]:
            record["max"] = n
    merged = {**counts, **{w: -n for w, n in counts.items() if n % 2}}
    merged.update((w, 0) for w in list(merged)[:50])
    for w in list(merged):
        if merged[w] < 0:
            del merged[w]
    for w in text[:500]:
        merged[w] = merged.get(w, 0) + 1
    by_int = {}
    for i in range(size):
        by_int[i * 7 % 1009] = by_int.get(i * 7 % 1009, 0) + i
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]
    order_signature = 0
    for i, w in enumerate(merged):
        order_signature = (order_signature * 31 + len(w) * (i + 1)) % 1000000007
    return (len(counts), top, len(index), sum(len(v) for v in index.values()),
            firsts[text[-1]], len(bigrams), max(bigrams.values()),
            sorted((k, v["words"], v["total"], v["max"]) for k, v in stats.items()),
            len(merged), order_signature, sum(by_int.values()), len(by_int))


EXPECTED = {
    5000: (1213, [("ka", 175), ("qu", 152), ("ne", 150), ("ti", 147), ("do", 136)],
           1213, 5000, 29, 4416, 9,
           [(2, 12, 1613, 175), (4, 144, 1778, 21), (6, 1057, 1609, 5)],
           529, 762787874, 12497500, 1009),
    200000: (1884, [("ti", 6251), ("qu", 6248), ("ka", 6236), ("ne", 6107), ("lo", 5342)],
             1884, 200000, 48, 108560, 225,
             [(2, 12, 66952, 6251), (4, 144, 66570, 583), (6, 1728, 66478, 61)],
             1048, 567447693, 19999900000, 1009),
}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if result != EXPECTED[size]:
        return "summaries %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
