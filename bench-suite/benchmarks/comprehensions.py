"""comprehensions: list, dict and set comprehensions and generator expressions.

A small inventory of records is built, filtered, grouped, joined, inverted
and aggregated entirely with comprehensions (nested loops, conditions,
conditional expressions, comprehension over dict items, nested
comprehensions producing matrices).  SIZE is the number of records; the
result is a tuple of integer summaries checked against CPython's values.
"""

NAME = "comprehensions"
SIZES = {"smoke": 500, "default": 80000}

CATEGORIES = ["tools", "garden", "kitchen", "toys", "books", "music", "sport"]


class Item:
    __slots__ = ("ident", "category", "price", "stock", "tags")

    def __init__(self, ident, category, price, stock, tags):
        self.ident = ident
        self.category = category
        self.price = price
        self.stock = stock
        self.tags = tags


def make_items(n):
    state = 7
    items = []
    for i in range(n):
        state = state * 48271 % 2147483647
        category = CATEGORIES[state % len(CATEGORIES)]
        price = 100 + state % 9900
        stock = (state >> 8) % 50
        tags = [t for t in range(8) if (state >> (t + 3)) & 1]
        items.append(Item(i, category, price, stock, tags))
    return items


def summarise(items):
    in_stock = [it for it in items if it.stock > 0]
    by_category = {c: [it.ident for it in in_stock if it.category == c] for c in CATEGORIES}
    value_by_category = {c: sum(it.price * it.stock for it in in_stock if it.category == c)
                         for c in CATEGORIES}
    tag_sets = {t: {it.ident for it in items if t in it.tags} for t in range(8)}
    overlap = sum(len(tag_sets[a] & tag_sets[b]) for a in range(8) for b in range(a + 1, 8))
    cheap_and_tagged = [(it.ident, len(it.tags)) for it in items
                        if it.price < 1000 if it.tags]
    labels = ["%s-%d" % (it.category[:3], it.ident) if it.stock else "none" for it in items]
    index = {label: i for i, label in enumerate(labels) if label != "none"}
    inverted = {v: k for k, v in index.items()}
    price_bands = {band: len([1 for it in items if it.price // 1000 == band]) for band in range(10)}
    matrix = [[(r * c + it.stock) % 7 for c in range(8)]
              for r, it in enumerate(items[:200])]
    transposed = [[row[c] for row in matrix] for c in range(8)]
    flat = [x for row in transposed for x in row if x]
    distinct_stock = sorted({it.stock for it in items})
    biggest = max((it.price * it.stock, it.ident) for it in items)
    return (len(in_stock),
            sorted((c, len(v)) for c, v in by_category.items()),
            sum(value_by_category.values()),
            overlap,
            len(cheap_and_tagged), sum(n for _, n in cheap_and_tagged),
            len(index), len(inverted),
            [price_bands[b] for b in range(10)],
            sum(flat), len(flat),
            len(distinct_stock), biggest)


def run(size):
    return summarise(make_items(size))


EXPECTED = {
    500: (489, [("books", 59), ("garden", 67), ("kitchen", 68), ("music", 69),
                ("sport", 78), ("tools", 71), ("toys", 77)],
          63451620, 3634, 40, 156, 489, 489,
          [40, 46, 45, 54, 54, 52, 50, 48, 57, 54], 4763, 1376, 50, (460992, 469)),
    80000: (78432, [("books", 11205), ("garden", 11237), ("kitchen", 11237), ("music", 11096),
                    ("sport", 11270), ("tools", 11266), ("toys", 11121)],
            9928256379, 560934, 7089, 28608, 78432, 78432,
            [7110, 8153, 8085, 8044, 8039, 8048, 8192, 8082, 8161, 8086], 4763, 1376, 50,
            (489412, 23459)),
}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if result != EXPECTED[size]:
        return "summary %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
