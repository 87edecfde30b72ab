import re, array
print(re.match(b'ab', memoryview(b'abc')), re.findall(b'.', array.array('b', b'xy')))
print(re.match('\ud800+', '\ud800\ud800x'))
print(re.sub('\ud800', 'S', 'a\ud800b'))
print(re.fullmatch(b'a+', bytearray(b'aaa')))
try: re.match('a', memoryview(b'a'))
except TypeError as e: print(e)
print(re.split(b',', memoryview(b'a,b')))
