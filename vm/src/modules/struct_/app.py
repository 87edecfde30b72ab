# _struct: the Struct class, struct.error and the module-level functions
# (with CPython's cache of compiled formats); conversions are native
# (_calcsize, _pack, _unpack in vm/src/modules/struct_/mod.rs).

__doc__ = """Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct."""


class error(Exception):
    pass


error.__module__ = "struct"


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


class _unpack_iterator:
    __slots__ = ("_s", "_data", "_pos")

    def __iter__(self):
        return self

    def __next__(self):
        s = self._s
        if self._pos + s.size > len(self._data):
            raise StopIteration
        r = _unpack(s._fmt, self._data[self._pos:self._pos + s.size])
        self._pos += s.size
        return r

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._s.size


_unpack_iterator.__name__ = _unpack_iterator.__qualname__ = "unpack_iterator"
_unpack_iterator.__module__ = "_struct"


class Struct:
    __slots__ = ("_fmt", "_size", "__weakref__")

    def __init__(self, format):
        if isinstance(format, str):
            fmt = format
        elif isinstance(format, bytes):
            fmt = format
        else:
            raise TypeError("Struct() argument 1 must be a str or bytes object, not " + type(format).__name__)
        self._size = _calcsize(fmt)
        self._fmt = fmt

    @property
    def format(self):
        f = self._fmt
        return f.decode("latin-1") if isinstance(f, bytes) else f

    @property
    def size(self):
        return self._size

    def pack(self, *v):
        return _pack(self._fmt, *v)

    def pack_into(self, buffer, offset, *v):
        data = _pack(self._fmt, *v)
        n = len(buffer)
        if offset < 0:
            if offset + self._size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self._size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self._size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self._size + offset, self._size, offset, n))
        buffer[offset:offset + self._size] = data

    def unpack(self, buffer, /):
        return _unpack(self._fmt, _buffer(buffer))

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self._size:
            if offset > n:
                raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                            "(actual buffer size is %d)" % (self._size + offset, self._size, offset, n))
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self._size + offset, self._size, offset, n))
        return _unpack(self._fmt, data[offset:offset + self._size])

    def iter_unpack(self, buffer, /):
        if self._size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        data = _buffer(buffer)
        if len(data) % self._size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self._size)
        it = object.__new__(_unpack_iterator)
        it._s = self
        it._data = data
        it._pos = 0
        return it


Struct.__module__ = "_struct"
_cache = {}
_MAXCACHE = 100


def _get(fmt):
    s = _cache.get(fmt)
    if s is None:
        if not isinstance(fmt, (str, bytes)):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not " + type(fmt).__name__)
        s = Struct(fmt)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[fmt] = s
    return s


def _clearcache():
    _cache.clear()


def calcsize(format, /):
    return _get(format).size


def pack(format, /, *v):
    return _get(format).pack(*v)


def pack_into(format, buffer, offset, /, *v):
    return _get(format).pack_into(buffer, offset, *v)


def unpack(format, buffer, /):
    return _get(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _get(format).iter_unpack(buffer)
