#!/usr/bin/env python3
"""Generate the unicodedata tables (ucd.bin and tables.rs) from the host
CPython 3.11's own `unicodedata` (Unicode 14.0.0), so Taipan answers
exactly as CPython does.

    python3 vm/src/modules/unicodedata/gen_tables.py [NameAliases.txt]

NameAliases.txt (any Unicode version) supplies the alias names `lookup`
accepts; each alias is kept only if the host's `unicodedata.lookup` resolves
it to the same character, so the set is CPython's. Without the file (default:
the copy in the cargo registry's unicode_names2 crate) no aliases are
generated.

ucd.bin layout (little-endian; "u24" is 3 bytes; varint is LEB128):
  magic b"TUCD"
  records:  u16 count, then count x (category, bidi, combining, eaw, mirrored) u8
  index:    8704 x u16 block number, one per 128 code points
  blocks:   u16 count, then count x 128 u8 record numbers
  decomp:   u32 count, then (cp u24, tag u8, n u8, n x cp u24), sorted by cp
  numeric:  u32 count, then (cp u24, flags u8 [1 decimal, 2 digit], digit u8,
            len u8, ASCII "num" or "num/den"), sorted by cp
  compose:  u32 count, then (first u24, second u24, composite u24), sorted
  words:    u16 count, then (len u8, ASCII) in order of decreasing use
  names:    u32 count, then (varint cp delta, u8 word count, word numbers as
            1 byte < 0x80 or 2 bytes 0x80|hi, lo), by code point
  aliases:  u32 count, then (cp u24, len u8, ASCII)
"""

import os
import glob
import struct
import sys
import unicodedata as ud
from collections import Counter

assert ud.unidata_version == "14.0.0", ud.unidata_version
HERE = os.path.dirname(os.path.abspath(__file__))
MAX = 0x110000
BLOCK = 128

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf",
              "Cs", "Co", "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI = sorted({ud.bidirectional(chr(c)) for c in range(MAX)})
EAW = sorted({ud.east_asian_width(chr(c)) for c in range(MAX)})
TAGS = [""] + sorted({ud.decomposition(chr(c)).split()[0] for c in range(MAX)
                      if ud.decomposition(chr(c)).startswith("<")})

SBASE, LCOUNT, VCOUNT, TCOUNT = 0xAC00, 19, 21, 28
NCOUNT = VCOUNT * TCOUNT
SCOUNT = LCOUNT * NCOUNT


def u24(n):
    return n.to_bytes(3, "little")


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def properties():
    recs, rec_of, per_cp = [], {}, []
    for c in range(MAX):
        ch = chr(c)
        r = (CATEGORIES.index(ud.category(ch)), BIDI.index(ud.bidirectional(ch)), ud.combining(ch),
             EAW.index(ud.east_asian_width(ch)), ud.mirrored(ch))
        if r not in rec_of:
            rec_of[r] = len(recs)
            recs.append(r)
        per_cp.append(rec_of[r])
    assert len(recs) < 256, len(recs)
    out = bytearray(struct.pack("<H", len(recs)))
    for r in recs:
        out += bytes(r)
    blocks, block_of, index = [], {}, []
    for b in range(0, MAX, BLOCK):
        key = bytes(per_cp[b:b + BLOCK])
        if key not in block_of:
            block_of[key] = len(blocks)
            blocks.append(key)
        index.append(block_of[key])
    for i in index:
        out += struct.pack("<H", i)
    out += struct.pack("<H", len(blocks))
    for b in blocks:
        out += b
    return out


def decompositions():
    rows = []
    for c in range(MAX):
        d = ud.decomposition(chr(c))
        if not d:
            continue
        parts = d.split()
        tag = 0
        if parts[0].startswith("<"):
            tag = TAGS.index(parts[0])
            parts = parts[1:]
        rows.append(u24(c) + bytes([tag, len(parts)]) + b"".join(u24(int(p, 16)) for p in parts))
    return struct.pack("<I", len(rows)) + b"".join(rows)


def numerics():
    rows = []
    for c in range(MAX):
        ch = chr(c)
        num = ud.numeric(ch, None)
        if num is None:
            continue
        dec, dig = ud.decimal(ch, None), ud.digit(ch, None)
        flags = (1 if dec is not None else 0) | (2 if dig is not None else 0)
        # The exact value as a fraction with a small denominator.
        from fractions import Fraction
        f = Fraction(num).limit_denominator(1000)
        assert float(f) == num, (hex(c), num)
        text = str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"
        rows.append(u24(c) + bytes([flags, dig if dig is not None else 0, len(text)]) + text.encode())
    return struct.pack("<I", len(rows)) + b"".join(rows)


def compositions():
    rows = []
    for c in range(MAX):
        d = ud.decomposition(chr(c))
        if not d or d.startswith("<"):
            continue
        parts = [int(p, 16) for p in d.split()]
        if len(parts) == 2 and ud.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(c):
            rows.append((parts[0], parts[1], c))
    rows.sort()
    return struct.pack("<I", len(rows)) + b"".join(u24(a) + u24(b) + u24(c) for a, b, c in rows)


def algorithmic_ranges():
    """Runs of code points named PREFIX-<hex of the code point>."""
    runs = []
    for c in range(MAX):
        if SBASE <= c < SBASE + SCOUNT:
            continue
        n = ud.name(chr(c), "")
        suffix = "-%04X" % c
        if n.endswith(suffix):
            prefix = n[: -len(suffix) + 1]
            if runs and runs[-1][2] == prefix and runs[-1][1] == c - 1:
                runs[-1][1] = c
            else:
                runs.append([c, c, prefix])
    return runs


def names(ranges):
    def algorithmic(c):
        return SBASE <= c < SBASE + SCOUNT or any(a <= c <= b for a, b, _ in ranges)

    named = [(c, ud.name(chr(c))) for c in range(MAX) if ud.name(chr(c), None) and not algorithmic(c)]
    use = Counter(w for _, n in named for w in n.split(" "))
    words = [w for w, _ in use.most_common()]
    assert len(words) < 0x8000
    num = {w: i for i, w in enumerate(words)}
    out = bytearray(struct.pack("<H", len(words)))
    for w in words:
        out += bytes([len(w)]) + w.encode()
    out += struct.pack("<I", len(named))
    prev = 0
    for c, n in named:
        ws = n.split(" ")
        assert " ".join(ws) == n
        out += varint(c - prev) + bytes([len(ws)])
        prev = c
        for w in ws:
            i = num[w]
            out += bytes([i]) if i < 0x80 else bytes([0x80 | (i >> 8), i & 0xFF])
    return out


def aliases(path):
    rows = []
    if path and os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.split("#")[0].strip()
            if not line:
                continue
            cp, alias, _kind = line.split(";")
            c = int(cp, 16)
            try:
                ok = ud.lookup(alias) == chr(c)
            except KeyError:
                ok = False
            if ok and ud.name(chr(c), "") != alias:
                rows.append(u24(c) + bytes([len(alias)]) + alias.encode())
    return struct.pack("<I", len(rows)) + b"".join(rows)


def jamo():
    def short(c):
        return ud.name(chr(c))[len("HANGUL SYLLABLE "):]
    lead = [short(SBASE + i * NCOUNT)[:-1] for i in range(LCOUNT)]  # vowel 0 is "A"
    vowel = [short(SBASE + i * TCOUNT)[1:] for i in range(VCOUNT)]  # lead 0 is "G"
    trail = [""] + [short(SBASE + i)[2:] for i in range(1, TCOUNT)]  # "GA" + trail
    return lead, vowel, trail


def rust_list(items):
    return "[" + ", ".join('"%s"' % s for s in items) + "]"


def main():
    default = glob.glob(os.path.expanduser("~/.cargo/registry/src/*/unicode_names2-*/data/NameAliases.txt"))
    alias_path = sys.argv[1] if len(sys.argv) > 1 else (sorted(default)[-1] if default else None)
    ranges = algorithmic_ranges()
    blob = b"TUCD" + properties() + decompositions() + numerics() + compositions() + names(ranges) + aliases(alias_path)
    with open(os.path.join(HERE, "ucd.bin"), "wb") as f:
        f.write(blob)
    lead, vowel, trail = jamo()
    with open(os.path.join(HERE, "tables.rs"), "w") as f:
        f.write("// Generated by gen_tables.py from CPython's unicodedata %s; do not edit.\n\n" % ud.unidata_version)
        f.write("pub const UNIDATA_VERSION: &str = \"%s\";\n" % ud.unidata_version)
        f.write("pub static DATA: &[u8] = include_bytes!(\"ucd.bin\");\n")
        f.write("pub static CATEGORIES: [&str; %d] = %s;\n" % (len(CATEGORIES), rust_list(CATEGORIES)))
        f.write("pub static BIDI: [&str; %d] = %s;\n" % (len(BIDI), rust_list(BIDI)))
        f.write("pub static EAW: [&str; %d] = %s;\n" % (len(EAW), rust_list(EAW)))
        f.write("pub static TAGS: [&str; %d] = %s;\n" % (len(TAGS), rust_list(TAGS)))
        f.write("pub static JAMO_L: [&str; %d] = %s;\n" % (len(lead), rust_list(lead)))
        f.write("pub static JAMO_V: [&str; %d] = %s;\n" % (len(vowel), rust_list(vowel)))
        f.write("pub static JAMO_T: [&str; %d] = %s;\n" % (len(trail), rust_list(trail)))
        f.write("/// Runs of code points named PREFIX followed by the code point in hex.\n")
        f.write("pub static HEX_NAMED: [(u32, u32, &str); %d] = [\n" % len(ranges))
        for a, b, p in ranges:
            f.write("    (0x%X, 0x%X, \"%s\"),\n" % (a, b, p))
        f.write("];\n")
    print("ucd.bin: %d bytes" % len(blob))


main()
