"""json_roundtrip: encode and decode JSON documents with the json module.

Generates a list of nested records (strings with escapes and non-ASCII
characters, ints, floats, booleans, None, lists and dicts), then
repeatedly serialises them with json.dumps (compact, indented and with
sorted keys) and parses them back with json.loads.  SIZE is the number of
records.  Every decoded document must equal the original, and the encoded
lengths must match CPython's.
"""

import json

NAME = "json_roundtrip"
SIZES = {"smoke": 100, "default": 6000}

WORDS = ["alpha", "beta", "gamma", "delta \"quoted\"", "tab\there", "naïve",
         "日本語", "line\nbreak", "back\\slash", "emoji \U0001F40D"]


def make_records(n):
    state = 2718281
    records = []
    for i in range(n):
        state = state * 48271 % 2147483647
        record = {
            "id": i,
            "name": WORDS[state % len(WORDS)] + str(i),
            "score": (state % 100000) / 64.0,
            "active": state % 3 == 0,
            "parent": None if i == 0 else (state % i),
            "tags": [WORDS[(state >> k) % len(WORDS)] for k in range(state % 5)],
            "position": {"x": state % 1000 - 500, "y": (state >> 10) % 1000 - 500,
                         "z": [(state >> 3) % 7 / 8.0, -1.5e-3 * (state % 17)]},
            "history": [{"step": k, "delta": (state >> k) % 13 - 6} for k in range(state % 4)],
        }
        records.append(record)
    return {"version": 3, "generator": "taipan bench-suite", "records": records}


def run(size):
    document = make_records(size)
    compact = json.dumps(document, separators=(",", ":"))
    pretty = json.dumps(document, indent=2, sort_keys=True)
    ascii_only = json.dumps(document, ensure_ascii=True)
    unicode_text = json.dumps(document, ensure_ascii=False)
    decoded = [json.loads(text) for text in (compact, pretty, ascii_only, unicode_text)]
    same = all(d == document for d in decoded)
    return same, len(compact), len(pretty), len(ascii_only), len(unicode_text)


# Lengths of the (compact, indented+sorted, ASCII, non-ASCII) encodings.
EXPECTED = {
    100: (20994, 44256, 23836, 22737),
    6000: (1297013, 2699414, 1467670, 1407628),
}


def check(size, result):
    if not result[0]:
        return "decoded document differs from the original"
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if result[1:] != EXPECTED[size]:
        return "encoded lengths %r, expected %r" % (result[1:], EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
