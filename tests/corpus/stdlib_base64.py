import binascii, base64
for f in [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify(b'zz'), lambda: binascii.a2b_base64(b'abcde'), lambda: binascii.a2b_base64(b'abc'),
          lambda: binascii.a2b_base64('\xe9'), lambda: binascii.hexlify('x'), lambda: binascii.a2b_base64(b'ab=c', strict_mode=True), lambda: binascii.crc32('x'),
          lambda: binascii.a2b_base64(b'YQ=a'), lambda: base64.b64decode(b'abc'), lambda: base64.b64decode(b'ab$c', validate=True)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(binascii.a2b_base64(b'YW Jj\nZA==xx'), binascii.crc32(b'hello'), binascii.crc32(b'hello', 123), binascii.crc_hqx(b'hello', 0), binascii.hexlify(b'abc', '-'), binascii.b2a_base64(b'ab', newline=False))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.unhexlify('6162'), binascii.b2a_hex(b'\x00\xff'))
for data in (b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(0, 256, 7))):
    e = base64.b64encode(data)
    print(e[:40], base64.b64decode(e) == data, base64.urlsafe_b64encode(data)[:20], base64.b32encode(data)[:24], base64.b16encode(data)[:20])
    assert base64.b32decode(base64.b32encode(data)) == data and base64.b16decode(base64.b16encode(data)) == data
print(base64.standard_b64decode('aGk='), base64.encodebytes(b'x' * 60))
import codecs
print(codecs.encode(b'abc', 'hex'), codecs.decode(b'616263', 'hex'), codecs.encode(b'hi', 'base64'))
