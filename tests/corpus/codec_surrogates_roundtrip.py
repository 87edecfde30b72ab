# surrogateescape / surrogatepass round trips and encode errors with lone surrogates.
import os
raw = b'-\xff\x80abc\xed\xa0\x80'
s = raw.decode('utf-8', 'surrogateescape')
print(ascii(s), len(s), s.encode('utf-8', 'surrogateescape') == raw)
p = '\ud800\udfff'.encode('utf-8', 'surrogatepass')
print(p, ascii(p.decode('utf-8', 'surrogatepass')))
for enc in ['utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32', 'utf-16']:
    b = 'a\udc80'.encode(enc, 'surrogatepass')
    print(enc, b, ascii(b.decode(enc, 'surrogatepass')))
for text, enc, errors in [('\udc80\udc81a', 'utf-8', 'strict'), ('a\udc80\udc81', 'utf-16-le', 'strict'),
                          ('\udc80', 'utf-16-le', 'surrogateescape'), ('\udc80x', 'ascii', 'surrogatepass'),
                          ('\udc80\ud800', 'utf-8', 'surrogateescape'), ('\udc41', 'ascii', 'surrogateescape'),
                          ('é\udc80', 'ascii', 'surrogateescape'), ('\udc80é', 'latin-1', 'strict')]:
    try:
        print(text.encode(enc, errors))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.encoding, ascii(e.object), e.start, e.end, e.reason, '|', e)
for errors in ['backslashreplace', 'replace', 'ignore', 'xmlcharrefreplace', 'surrogateescape']:
    print(errors, 'x\udcff\ud800y'.encode('ascii', errors) if errors != 'surrogateescape' else '\udcff'.encode('latin-1', errors))
print(ascii(b'\xe9\x80'.decode('ascii', 'surrogateescape')), ascii(b'\xf0\x90\x80'.decode('utf-8', 'surrogateescape')))
try:
    b'\xed\xa0'.decode('utf-8', 'surrogatepass')
except UnicodeDecodeError as e:
    print(e)
name = os.fsdecode(b'f\xffile')
print(ascii(name), os.fsencode(name))
print(ascii(b'-\xff'.decode('utf-8', 'surrogateescape')))
