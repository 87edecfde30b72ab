# Reading a closed file: uncaught ValueError with CPython's message.
from _io import StringIO
s = StringIO("data")
print(s.read())
f = open(__file__)
f.close()
print(f.closed)
f.readline()
