"""regex: regular-expression scanning, extraction and rewriting with re.

A generated document mixing prose, e-mail addresses, dates, numbers,
URLs and key=value pairs is searched with precompiled patterns: findall
with groups, finditer with named groups, sub with a replacement function
and backreferences, split on alternations, match/fullmatch validation,
case-insensitive and multi-line patterns, and a backtracking-heavy
pattern.  SIZE is the number of generated lines; the counts and a checksum
of the rewritten text are compared with CPython's values.
"""

import re

NAME = "regex"
SIZES = {"smoke": 300, "default": 20000}

NAMES = ["ada", "grace", "linus", "guido", "barbara", "ken", "dennis", "margaret"]
DOMAINS = ["example.org", "mail.example.com", "uni.example.edu", "corp.example.net"]
WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "Python", "Rust"]


def make_text(n):
    state = 1618033
    lines = []
    for i in range(n):
        state = state * 48271 % 2147483647
        name = NAMES[state % len(NAMES)]
        domain = DOMAINS[(state >> 3) % len(DOMAINS)]
        words = " ".join(WORDS[(state >> k) % len(WORDS)] for k in range(0, 12, 2))
        kind = i % 4
        if kind == 0:
            line = "%s wrote to %s.%d@%s on %04d-%02d-%02d: %s" % (
                name.title(), name, i % 97, domain, 1990 + state % 35, 1 + state % 12,
                1 + state % 28, words)
        elif kind == 1:
            line = "see https://%s/%s/%d?q=%s&page=%d for %s" % (
                domain, name, i, WORDS[state % 10], state % 50, words)
        elif kind == 2:
            line = "metrics: cpu=%d.%02d mem=%dMB disk=%d%% id=%s-%04X" % (
                state % 100, state % 97, state % 4096, state % 101, name, state % 65536)
        else:
            line = "%s %s, price $%d.%02d, qty %d; total $%d.%02d" % (
                words.upper() if state % 5 == 0 else words, name, state % 500, state % 100,
                1 + state % 9, (state % 500) * (1 + state % 9), state % 100)
        lines.append(line)
    return "\n".join(lines)


EMAIL = re.compile(r"\b([a-z]+)\.(\d+)@([a-z]+(?:\.[a-z]+)+)\b")
DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)")
URL = re.compile(r"https?://([\w.]+)/(\w+)/(\d+)\?((?:\w+=\w+&?)+)")
KEYVALUE = re.compile(r"(\w+)=([\d.]+)(MB|%)?")
MONEY = re.compile(r"\$(\d+)\.(\d\d)")
HEXID = re.compile(r"\bid=([a-z]+)-([0-9A-F]{4})\b")
SHOUT = re.compile(r"^[A-Z ]+ [a-z]+,", re.MULTILINE)
FOX = re.compile(r"quick\s+(?:\w+\s+)*?fox", re.IGNORECASE)
SPLITTER = re.compile(r"[;,:]\s*|\s+-\s+")
REPEAT = re.compile(r"\b(\w+) \1\b")


def dollars(match):
    cents = int(match.group(1)) * 100 + int(match.group(2))
    return "%d cents" % cents


def checksum(text):
    total = 0
    for ch in text[::7]:
        total = (total * 31 + ord(ch)) % 1000000007
    return total


def run(size):
    text = make_text(size)
    emails = EMAIL.findall(text)
    dates = [(int(m.group("year")), int(m["month"])) for m in DATE.finditer(text)]
    urls = URL.findall(text)
    pairs = KEYVALUE.findall(text)
    hexids = [int(m.group(2), 16) for m in HEXID.finditer(text)]
    shouting = len(SHOUT.findall(text))
    foxes = len(FOX.findall(text))
    pieces = len(SPLITTER.split(text))
    repeats = len(REPEAT.findall(text))
    rewritten = MONEY.sub(dollars, text)
    swapped = DATE.sub(r"\g<day>/\g<month>/\g<year>", rewritten)
    masked, masked_count = EMAIL.subn(r"\1@…", swapped)
    valid = sum(1 for line in text.split("\n") if re.fullmatch(r"[\x20-\x7e]+", line))
    starts = sum(1 for line in text.split("\n") if re.match(r"[A-Z][a-z]+ wrote", line))
    return (len(emails), sum(int(e[1]) for e in emails), len(dates), sum(y for y, _ in dates),
            len(urls), len(pairs), sum(hexids), shouting, foxes, pieces, repeats,
            masked_count, valid, starts, checksum(masked))


EXPECTED = {
    300: (75, 3534, 75, 150516, 75, 300, 2472780, 13, 16, 451, 88, 75, 300, 75, 961666884),
    20000: (5000, 239864, 5000, 10036027, 5000, 20000, 164570128, 1002, 1213, 30001, 6270,
            5000, 20000, 5000, 516328858),
}


def check(size, result):
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if result != EXPECTED[size]:
        return "match statistics %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
