# surrogateescape / surrogatepass where CPython's result needs no lone
# surrogates: encoding (they only repair surrogates, so other characters
# raise as with strict) and decoding errors they do not repair.
def enc(s, encoding, errors):
    try:
        print("enc", ascii(s), encoding, errors, s.encode(encoding, errors))
    except UnicodeEncodeError as e:
        print("enc", ascii(s), encoding, errors, "->", e.start, e.end, e.reason, "|", e)

def dec(b, encoding, errors):
    try:
        print("dec", b, encoding, errors, ascii(b.decode(encoding, errors)))
    except UnicodeDecodeError as e:
        print("dec", b, encoding, errors, "->", e.start, e.end, e.reason, "|", e)
    except TypeError as e:
        print("dec", b, encoding, errors, "TypeError", e)

for errors in ("surrogateescape", "surrogatepass"):
    for s in ("plain", "caf\xe9", "\u20ac100", "a\U0001f600b", "\xff\u0100"):
        for encoding in ("ascii", "latin-1", "utf-8", "utf-16-le", "utf-32-be"):
            enc(s, encoding, errors)
    dec(b"plain ascii", "ascii", errors)
    dec(b"caf\xc3\xa9", "utf-8", errors)
    dec(b"\x41", "utf-16-le", errors)
    dec(b"\x41\x00\x42", "utf-16-le", errors)
    dec(b"\x41\x00\x00", "utf-32-le", errors)
    dec(b"\x00\xd8\x00", "utf-16-be", errors)
dec(b"\x00\xd8\x41\x00", "utf-16-le", "surrogateescape")
dec(b"\xff", "utf-8", "surrogatepass")
dec(b"a\xffb", "ascii", "surrogatepass")
dec(b"\xff\xfe", "latin-1", "surrogatepass")
dec(b"\xed\xa0", "utf-8", "surrogatepass")
dec(b"\xc3", "utf-8", "surrogatepass")
dec(b"\x00\x00\x11\x00", "utf-32-le", "surrogatepass")
dec(b"\xff", "utf-8", "xmlcharrefreplace")
dec(b"\xff", "ascii", "namereplace")
dec(b"ok", "utf-8", "namereplace")
print("abc".encode("ascii", "namereplace"))
try:
    "x".encode("ascii", "no-such-handler")
    print("lazy: unknown handler not looked up without an error")
    "\xe9".encode("ascii", "no-such-handler")
except LookupError as e:
    print("LookupError", e)
