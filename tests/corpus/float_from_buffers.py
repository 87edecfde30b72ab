import array
for x in [b'1.5', bytearray(b' 2e3 '), memoryview(b'7'), b'abc', b'\xff1', array.array('b', b'12'), '\ud800', ' 1_0.5 ']:
    try: print(float(x))
    except ValueError as e: print(e)
class CB(bytes): pass
print(float(CB(b'3.25')))
class FB(bytes):
    def __float__(self): return 9.0
print(float(FB(b'3.25')))
