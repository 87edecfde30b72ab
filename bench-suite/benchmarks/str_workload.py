"""str_workload: string processing of a generated log file.

Builds log lines with %-formatting, str.format and f-strings, then parses
them back with split/partition/strip/find/slicing, normalises case,
replaces and counts substrings, joins reports, pads and aligns columns,
reverses and compares strings, and handles non-ASCII text (accented and
Greek letters).  SIZE is the number of log lines; the result is a set of
counts and a checksum over the code points of the produced reports.
"""

NAME = "str_workload"
SIZES = {"smoke": 2000, "default": 60000}

LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR"]
USERS = ["alice", "bob", "chloé", "dmitri", "eve", "ζωή", "mallory", "trent"]
ACTIONS = ["login", "logout", "upload", "download", "delete", "rename"]


def make_log(n):
    state = 12345
    lines = []
    for i in range(n):
        state = state * 48271 % 2147483647
        level = LEVELS[state % 4]
        user = USERS[(state >> 3) % len(USERS)]
        action = ACTIONS[(state >> 7) % len(ACTIONS)]
        size = (state >> 11) % 100000
        stamp = "2024-%02d-%02dT%02d:%02d:%02d" % (1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60)
        if i % 3 == 0:
            line = "%s [%s] user=%s action=%s bytes=%d" % (stamp, level, user, action, size)
        elif i % 3 == 1:
            line = "{} [{}] user={} action={} bytes={}".format(stamp, level, user, action, size)
        else:
            line = f"{stamp} [{level}] user={user} action={action} bytes={size:d}"
        if state % 11 == 0:
            line = "   " + line + "  \t"
        lines.append(line)
    return "\n".join(lines)


def parse(text):
    records = []
    for raw in text.split("\n"):
        line = raw.strip()
        stamp, _, rest = line.partition(" ")
        level = rest[rest.find("[") + 1:rest.find("]")]
        fields = {}
        for part in rest[rest.find("]") + 2:].split(" "):
            key, _, value = part.partition("=")
            fields[key] = value
        records.append((stamp, level, fields["user"], fields["action"], int(fields["bytes"])))
    return records


def code_sum(s):
    total = 0
    for ch in s:
        total = (total * 131 + ord(ch)) % 1000000007
    return total


def run(size):
    text = make_log(size)
    records = parse(text)
    per_user = {}
    for stamp, level, user, action, nbytes in records:
        per_user[user] = per_user.get(user, 0) + nbytes
    report = []
    for user in sorted(per_user):
        report.append("%-10s|%12d|%s" % (user.title(), per_user[user], user.upper().center(12, "*")))
    report_text = "\n".join(report)
    errors = [r for r in records if r[1] == "ERROR"]
    shouted = text.upper()
    replaced = text.replace("action=", "a:").replace("bytes=", "b:")
    words = text.split()
    longest = max(words, key=len)
    reversed_users = ",".join(u[::-1] for u in sorted(per_user))
    months = [r[0][5:7] for r in records if r[0].startswith("2024-0")]
    tagged = sum(1 for w in words if w.endswith("load"))
    zeros = "".join(str(r[4]).zfill(6)[:2] for r in records[:1000])
    return (len(records), len(errors), shouted.count("USER="), len(replaced),
            text.count("é") + text.count("ζ"), longest, reversed_users,
            len(months), tagged, code_sum(report_text), code_sum(zeros),
            min(words), max(words))


EXPECTED = {
    2000: (2000, 470, 2000, 113068, 528, "2024-01-01T00:00:00",
           "ecila,bob,\u00e9olhc,irtimd,eve,yrollam,tnert,\u03ae\u03c9\u03b6", 1502, 664,
           595245455, 212946295, "2024-01-01T00:00:00", "user=\u03b6\u03c9\u03ae"),
    60000: (60000, 15037, 60000, 3389445, 15118, "2024-01-01T00:00:00",
            "ecila,bob,\u00e9olhc,irtimd,eve,yrollam,tnert,\u03ae\u03c9\u03b6", 45000, 20033,
            590774782, 212946295, "2024-01-01T00:00:00", "user=\u03b6\u03c9\u03ae"),
}


def check(size, result):
    if result[0] != size:
        return "parsed %d records, expected %d" % (result[0], size)
    if size not in EXPECTED:
        return "no known answer for size %d (known: %r)" % (size, sorted(EXPECTED))
    if result != EXPECTED[size]:
        return "summaries %r, expected %r" % (result, EXPECTED[size])
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
