import struct
def t(f, *a):
    try: print(f, a, struct.pack(f, *a))
    except Exception as e: print(f, a, type(e).__name__, e)
for f, a in [('b',(200,)),('B',(-1,)),('h',(40000,)),('H',(-1,)),('i',(2**31,)),('I',(-1,)),('l',(2**63,)),('L',(-1,)),('q',(2**63,)),('Q',(-1,)),('n',(2**63,)),('N',(-1,)),
 ('<b',(200,)),('<B',(-1,)),('<h',(40000,)),('<H',(-1,)),('<i',(2**31,)),('<I',(-1,)),('<l',(2**31,)),('<L',(-1,)),('<q',(2**63,)),('<Q',(-1,)),
 ('i',(1.5,)),('i',('x',)),('f',('x',)),('c',(b'ab',)),('s',('x',)),('<n',(1,)),('z',(1,)),('ii',(1,)),('?',([],)),('e',(1e10,)),('<f',(1e300,)),('P',(-1,)),('3s',(b'abcdef',)),('5p',(b'ab',)),('c',(1,)),
 ('I',(2**32,)),('<I',(2**32,)),('<L',(2**32,)),('L',(2**64,)),('?',(None,)),('i',(True,)),('<H',(2**16,)),('>q',(-2**63,)),('x',(1,)),
 ('<hxhxxq', (1, -2, 3)), ('>bhiq', (1, 2, 3, 4)), ('@bhiq', (-1, -2, -3, -4)), ('=bhiq', (1, 2, 3, 4)), ('!HIQ', (1, 2, 3)),
 ('<fde', (1.5, -2.25, 0.333)), ('>e', (65504,)), ('<e', (1e-7,)), ('<e', (6.1e-5,)), ('<d', (float('inf'),)), ('<2h3c', (1, 2, b'a', b'b', b'c')),
 ('10s', (b'hi',)), ('0s', (b'hi',)), ('<5p', (b'toolongvalue',)), ('<?', (2,))]:
    t(f, *a)
for f, d in [('i', b'abc'), ('<h', b'abcd'), ('<hxhxxq', bytes(range(14))), ('>bhiq', bytes(range(15))), ('<fde', struct.pack('<fde', 1.5, -2.25, 0.333)),
             ('<3s2x5p', b'abcxx\x03defg'), ('<?3c', b'\x02xyz'), ('<HIQ', b'\xff' * 14), ('>hiq', b'\xff' * 14), ('@P', b'\x01' * 8)]:
    try: print(f, struct.unpack(f, d))
    except Exception as e: print(type(e).__name__, e)
try: list(struct.iter_unpack('<h', b'abc'))
except Exception as e: print(type(e).__name__, e)
print(list(struct.iter_unpack('<hB', b'abcdefghi')), struct.unpack_from('<h', b'xxabc', 2), struct.unpack_from('<h', b'xxabc', offset=-3))
for bad in (lambda: struct.unpack_from('<i', b'abcde', 2), lambda: struct.iter_unpack('', b''), lambda: struct.calcsize('9999999999999999999999i'),
            lambda: struct.pack('<i'), lambda: struct.calcsize(5), lambda: struct.unpack('<h', 'ab'), lambda: struct.calcsize('3')):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(struct.calcsize('@bih'), struct.calcsize('=bih'), struct.calcsize('bq'), struct.calcsize('q b'), struct.calcsize('0i'), struct.Struct('<2h').size, repr(struct.Struct('i'))[:16])
print(struct.pack('<e', 1.5), struct.unpack('>e', b'\x3c\x00'), struct.pack('?', 5), struct.error.__module__, struct.Struct.__module__)
s = struct.Struct(b'>hh'); buf = bytearray(6); s.pack_into(buf, 1, 258, -1); print(buf, s.format, s.unpack(memoryview(bytes(buf))[1:5]))
print([struct.unpack('<e', struct.pack('<e', x))[0] for x in (0.1, 1/3, 2.0**-24, 2.0**-25, 3*2.0**-26, 65519.0, -0.0, 1e-10)])
