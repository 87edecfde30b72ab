# array: the file methods of array.array (moved onto the class by
# vm/src/modules/array/mod.rs) and the registration with
# collections.abc.MutableSequence, as CPython's module does on import.

__doc__ = """This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.
"""

_BLOCKSIZE = 64 * 1024


def tofile(self, f, /):
    "Write all items (as machine values) to the file object f."
    data = self.tobytes()
    for i in range(0, len(data), _BLOCKSIZE):
        f.write(data[i:i + _BLOCKSIZE])


def fromfile(self, f, n, /):
    "Read n objects from the file object f and append them to the end of the array."
    n = n.__index__() if not isinstance(n, int) else n
    if n < 0:
        raise ValueError("negative count")
    nbytes = n * self.itemsize
    b = f.read(nbytes)
    if not isinstance(b, bytes):
        raise TypeError("read() didn't return bytes")
    self.frombytes(b)
    if len(b) != nbytes:
        raise EOFError("read() didn't return enough bytes")


def _register():
    from collections.abc import MutableSequence
    MutableSequence.register(array)


_register()
del _register
