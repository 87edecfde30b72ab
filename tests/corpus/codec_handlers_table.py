# Every supported error handler on every built-in codec, both directions.
texts = ["ascii", "caf\xe9", "\u20ac\u2603", "\U0001f600!", "mix\xe9\u20ac\U0001f600end"]
codecs = ["ascii", "latin-1", "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]
for t in texts:
    for c in codecs:
        row = []
        for h in handlers:
            try:
                row.append(t.encode(c, h).hex())
            except UnicodeEncodeError as e:
                row.append(f"E{e.start}-{e.end}")
        print(ascii(t), c, " ".join(row))
blobs = [b"plain", b"caf\xc3\xa9", b"\xff\xfe\x41\x00", b"\xfe\xff\x00\x41", b"\xef\xbb\xbfsig", b"bad\xffbyte",
         b"\xe2\x82", b"\xf0\x9f\x98", b"\xc0\xaf", b"\xed\xa0\x80", b"\x00\xd8\x00\xdc", b"\x00\xdc", b"\x41\x00\x00",
         b"\x00\x00\x11\x00", b"\xff\xfe\x00\x00\x41\x00\x00\x00"]
for b in blobs:
    for c in codecs:
        row = []
        for h in handlers[:4]:
            try:
                row.append(ascii(b.decode(c, h)))
            except UnicodeDecodeError as e:
                row.append(f"E{e.start}-{e.end}:{e.reason}")
        print(b, c, " | ".join(row))
