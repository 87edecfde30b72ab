# The hash object classes of _md5, _sha1, _sha256 and _sha512; the
# compression functions are native (_init, _update, _digest over a private
# bytearray state, vm/src/modules/hash/algo.rs).

def _data(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


def _make(name, algo, digest_size, block_size):
    class _Hash:
        __slots__ = ("_state",)

        def update(self, obj, /):
            _update(algo, self._state, _data(obj))

        def digest(self):
            return _digest(algo, self._state)

        def hexdigest(self):
            return _digest(algo, self._state).hex()

        def copy(self):
            h = object.__new__(type(self))
            h._state = bytearray(self._state)
            return h

        @property
        def name(self):
            return name

        @property
        def digest_size(self):
            return digest_size

        @property
        def block_size(self):
            return block_size

    _Hash.__name__ = _Hash.__qualname__ = name
    _Hash.__module__ = __name__

    def new(string=b"", *, usedforsecurity=True):
        h = object.__new__(_Hash)
        h._state = _init(algo)
        if string is not None:
            _update(algo, h._state, _data(string))
        return h

    new.__name__ = new.__qualname__ = name
    return new
