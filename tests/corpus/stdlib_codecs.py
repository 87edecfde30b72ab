import codecs
print(codecs.lookup('UTF 8').name, codecs.lookup('Latin-1').name)
print(codecs.encode('h\xe9llo', 'utf-8'), codecs.decode(b'h\xc3\xa9', 'utf-8'))
print(codecs.utf_8_decode(b'ab\xe2\x82', None, False), codecs.utf_8_decode(b'ab\xe2\x82\xac', None, True))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2')), repr(d.decode(b'\x82\xac')), repr(d.decode(b'', final=True)))
print(codecs.escape_decode(b'a\\n\\x41\\101'), codecs.escape_encode(b'a\n\x00\'"'))
print(codecs.encode('abc', 'rot13'), codecs.encode('x\u20acy', 'cp1252'), codecs.decode(b'\x80abc', 'cp1252'))
codecs.register_error('myrep', lambda e: ('<%d:%d>' % (e.start, e.end), e.end))
print(codecs.encode('a\xe9b\u20ac', 'ascii', 'myrep'), codecs.decode(b'a\xffb', 'utf-8', 'myrep'))
print(codecs.strict_errors.__name__, codecs.lookup_error('ignore') is codecs.ignore_errors)
print(codecs.unicode_escape_decode(b'\\u20ac\\t\\x41'), codecs.unicode_escape_encode('\u20ac\t\xe9a'))
print(codecs.raw_unicode_escape_encode('a\u20ac\xe9'), codecs.raw_unicode_escape_decode(b'a\\u20ac'))
print(codecs.utf_16_encode('hi'), codecs.utf_16_decode(b'\xff\xfeh\x00i\x00'), codecs.utf_32_be_encode('A'))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00h'), codecs.utf_32_decode(b'\xff\xfe\x00\x00A\x00\x00\x00'))
for bad in (lambda: codecs.lookup('nope'), lambda: codecs.lookup_error('nope'), lambda: codecs.utf_8_encode(b'x'),
            lambda: codecs.utf_8_decode('x'), lambda: codecs.escape_decode(b'\\x4'), lambda: codecs.decode(b'\xff', 'utf-8'),
            lambda: codecs.encode('\u20ac', 'latin-1'), lambda: codecs.register_error('x', 5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
w = codecs.getincrementalencoder('utf-16')(); print(w.encode('a'), w.encode('b'))
d = codecs.getincrementaldecoder('utf-16')(); print(repr(d.decode(b'\xff')), repr(d.decode(b'\xfea\x00b')), repr(d.decode(b'\x00')))
info = codecs.lookup('utf_8'); print(info.name, info.encode('x'), info.decode(b'y'), codecs.lookup('U8') is info)
print(codecs.encode('a\u20acb', 'ascii', 'xmlcharrefreplace'), codecs.encode('a\u20acb', 'ascii', 'backslashreplace'))
print(codecs.decode(b'a\xffb', 'ascii', 'replace'), codecs.decode(b'a\xffb', 'utf-8', 'ignore'), codecs.charmap_build('abc'))
print(codecs.decode(bytes(range(0xc0, 0xc8)), 'koi8_r'), codecs.encode('\u0430\u0431', 'koi8_r'))
for f in (lambda: 'x'.encode('rot13'), lambda: b'x'.decode('hex'), lambda: 'x\u20ac'.encode('cp1252'), lambda: b'\x80'.decode('cp1252'),
          lambda: str(b'\x80', 'cp1252'), lambda: 'x'.encode('nope'), lambda: b'x'.decode('nope'), lambda: '\u0100'.encode('cp1252'),
          lambda: b'\x81'.decode('cp1252'), lambda: '\u0100'.encode('cp1252', 'replace'), lambda: bytearray(b'\xe9').decode('cp1252'),
          lambda: 'abc'.encode('cp037'), lambda: bytes('\u0416', 'koi8-r')):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
