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


def _make_sha3(name, rate, digest_size, shake):
    suffix = 0x1F if shake else 0x06

    class _Hash:
        __slots__ = ("_state",)

        def update(self, data, /):
            _sha3_update(rate, self._state, _data(data))

        if shake:
            def digest(self, length):
                if length < 0:
                    raise ValueError("negative digest length")
                return _sha3_digest(rate, suffix, self._state, length)

            def hexdigest(self, length):
                return self.digest(length).hex()
        else:
            def digest(self):
                return _sha3_digest(rate, suffix, self._state, digest_size)

            def hexdigest(self):
                return self.digest().hex()

        def copy(self):
            h = object.__new__(type(self))
            h._state = bytearray(self._state)
            return h

        name = property(lambda self: _name)
        digest_size = property(lambda self: 0 if shake else digest_size)
        block_size = property(lambda self: rate)
        _capacity_bits = property(lambda self: 1600 - 8 * rate)
        _rate_bits = property(lambda self: 8 * rate)
        _suffix = property(lambda self: bytes([suffix]))

        def __new__(cls, data=b"", /, *, usedforsecurity=True):
            h = object.__new__(cls)
            h._state = _sha3_init()
            if data:
                _sha3_update(rate, h._state, _data(data))
            return h

    _name = name
    _Hash.__name__ = _Hash.__qualname__ = name
    _Hash.__module__ = __name__
    return _Hash


def _make_blake2(name, big):
    max_digest, max_key, salt_size, person_size = (64, 64, 16, 16) if big else (32, 32, 8, 8)
    block = 128 if big else 64

    class _Hash:
        __slots__ = ("_state", "_digest_size")
        SALT_SIZE = salt_size
        PERSON_SIZE = person_size
        MAX_KEY_SIZE = max_key
        MAX_DIGEST_SIZE = max_digest

        def __new__(cls, data=b"", /, *, digest_size=max_digest, key=b"", salt=b"", person=b"", fanout=1, depth=1,
                    leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True):
            if not 1 <= digest_size <= max_digest:
                raise ValueError("digest_size must be between 1 and %d bytes" % max_digest)
            key, salt, person = _data(key), _data(salt), _data(person)
            if len(salt) > salt_size:
                raise ValueError("maximum salt length is %d bytes" % salt_size)
            if len(person) > person_size:
                raise ValueError("maximum person length is %d bytes" % person_size)
            if not 0 <= fanout <= 255:
                raise ValueError("fanout must be between 0 and 255")
            if not 1 <= depth <= 255:
                raise ValueError("depth must be between 1 and 255")
            if leaf_size < 0:
                raise ValueError("value must be positive")
            if leaf_size > 0xFFFFFFFF:
                raise OverflowError("leaf_size is too large")
            if node_offset < 0:
                raise ValueError("value must be positive")
            if node_offset >= (1 << (64 if big else 48)):
                raise OverflowError("node_offset is too large")
            if not 0 <= node_depth <= 255:
                raise ValueError("node_depth must be between 0 and 255")
            if not 0 <= inner_size <= max_digest:
                raise ValueError("inner_size must be between 0 and is %d" % max_digest)
            if len(key) > max_key:
                raise ValueError("maximum key length is %d bytes" % max_key)
            h = object.__new__(cls)
            h._digest_size = digest_size
            h._state = _blake2_init(big, digest_size, bytes(key), bytes(salt), bytes(person), fanout, depth, leaf_size,
                                    node_offset, node_depth, inner_size, bool(last_node))
            if data:
                _blake2_update(big, h._state, _data(data))
            return h

        def update(self, data, /):
            _blake2_update(big, self._state, _data(data))

        def digest(self):
            return _blake2_digest(big, self._state, self._digest_size)

        def hexdigest(self):
            return self.digest().hex()

        def copy(self):
            h = object.__new__(type(self))
            h._state = bytearray(self._state)
            h._digest_size = self._digest_size
            return h

        name = property(lambda self: name)
        digest_size = property(lambda self: self._digest_size)
        block_size = property(lambda self: block)

    _Hash.__name__ = _Hash.__qualname__ = name
    _Hash.__module__ = __name__
    return _Hash
