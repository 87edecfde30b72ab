# _codecs: the codec and error-handler registries and the codec functions
# that the pure-Python `codecs` module and the `encodings` package call.
# Text conversion itself is the interpreter's (str.encode / bytes.decode on
# top of vm/src/text/codecs.rs); this layer adds the registries,
# incremental (final=False) decoding, Python-level error handlers and the
# escape codecs.

_str = str  # several codec functions take a parameter named `str`
_search = []
_cache = {}
_handlers = {}
_encodings_loaded = False
# Error handlers the native codecs implement themselves.
_NATIVE = frozenset(("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                     "surrogateescape", "surrogatepass"))


def _normalize(name):
    out = []
    punct = False
    for c in name:
        if c.isalnum() or c == ".":
            if punct and out:
                out.append("_")
            if c.isascii():
                out.append(c.lower())
            punct = False
        else:
            punct = True
    return "".join(out)


def register(search_function, /):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search.append(search_function)


def unregister(search_function, /):
    if search_function in _search:
        _search.remove(search_function)
    _cache.clear()


def _load_encodings():
    global _encodings_loaded
    if not _encodings_loaded:
        _encodings_loaded = True
        import encodings


def lookup(encoding, /):
    if type(encoding) is not str:
        raise TypeError("lookup() argument must be str, not " + type(encoding).__name__)
    _load_encodings()
    key = _normalize(encoding)
    r = _cache.get(key)
    if r is not None:
        return r
    if not _search:
        raise LookupError("no codec search functions registered: can't find encoding")
    for f in _search:
        r = f(key)
        if r is None:
            continue
        if not isinstance(r, tuple) or len(r) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = r
        return r
    raise LookupError("unknown encoding: " + encoding)


def _forget_codec(encoding, /):
    _cache.pop(_normalize(encoding), None)


def _coder(obj, encoding, errors, index, what):
    if type(encoding) is not str:
        raise TypeError(what + "() argument 'encoding' must be str, not " + type(encoding).__name__)
    if type(errors) is not str:
        raise TypeError(what + "() argument 'errors' must be str, not " + type(errors).__name__)
    r = lookup(encoding)[index](obj, errors)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError(("encoder" if index == 0 else "decoder") + " must return a tuple (object, integer)")
    return r[0]


def encode(obj, encoding="utf-8", errors="strict"):
    return _coder(obj, encoding, errors, 0, "encode")


def decode(obj, encoding="utf-8", errors="strict"):
    return _coder(obj, encoding, errors, 1, "decode")


# ----- error handlers ------------------------------------------------------

def register_error(errors, handler, /):
    if type(errors) is not str:
        raise TypeError("register_error() argument 1 must be str, not " + type(errors).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _handlers[errors] = handler


def lookup_error(name, /):
    if type(name) is not str:
        raise TypeError("lookup_error() argument must be str, not " + type(name).__name__)
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '" + name + "'") from None


def _wrong(exc):
    if isinstance(exc, BaseException):
        return TypeError("don't know how to handle " + type(exc).__name__ + " in error callback")
    return TypeError("don't know how to handle " + type(exc).__name__ + " in error callback")


def _strict_errors(exc, /):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def _ignore_errors(exc, /):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ("", exc.end)
    raise _wrong(exc)


def _replace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * max(exc.end - exc.start, 0), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ("\ufffd" * max(exc.end - exc.start, 0), exc.end)
    raise _wrong(exc)


def _xmlcharrefreplace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise _wrong(exc)


def _bs(c):
    o = ord(c)
    if o < 0x100:
        return "\\x%02x" % o
    if o < 0x10000:
        return "\\u%04x" % o
    return "\\U%08x" % o


def _backslashreplace_errors(exc, /):
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return ("".join(_bs(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise _wrong(exc)


def _namereplace_errors(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            n = unicodedata.name(c, None)
            out.append("\\N{%s}" % n if n is not None else _bs(c))
        return ("".join(out), exc.end)
    raise _wrong(exc)


def _surrogateescape(exc, /):
    # str cannot hold lone surrogates yet: like the native codecs, this
    # handler can only report the error.
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise exc
    raise _wrong(exc)


def _surrogatepass(exc, /):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise exc
    raise _wrong(exc)


for _n, _f in (("strict", _strict_errors), ("ignore", _ignore_errors), ("replace", _replace_errors),
               ("xmlcharrefreplace", _xmlcharrefreplace_errors), ("backslashreplace", _backslashreplace_errors),
               ("namereplace", _namereplace_errors), ("surrogateescape", _surrogateescape),
               ("surrogatepass", _surrogatepass)):
    _handlers[_n] = _f
    _f.__name__ = _f.__qualname__ = _n if _n.startswith("surrogate") else _n + "_errors"
del _n, _f


def _handler_result(r, n, what):
    if not isinstance(r, tuple) or len(r) != 2 or not isinstance(r[0], (str, bytes)) or not isinstance(r[1], int):
        raise TypeError(what + " error handler must return (str/bytes, int) tuple")
    pos = r[1]
    if pos < 0:
        pos += n
    if not 0 <= pos <= n:
        raise IndexError("position %d from error handler out of bounds" % r[1])
    return r[0], pos


# ----- codec functions ---------------------------------------------------------

def _errors(errors):
    return "strict" if errors is None else errors


def _need_str(s, fname):
    if not isinstance(s, str):
        raise TypeError(fname + "() argument 1 must be str, not " + type(s).__name__)


def _need_bytes(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '" + type(data).__name__ + "'") from None


def _encode(s, fname, enc, errors):
    _need_str(s, fname)
    errors = _errors(errors)
    if errors in _NATIVE or errors not in _handlers:
        return (s.encode(enc, errors), len(s))
    handler = _handlers[errors]
    out = []
    pos = 0
    while True:
        try:
            out.append(s[pos:].encode(enc))
            break
        except UnicodeEncodeError as e:
            out.append(s[pos:pos + e.start].encode(enc))
            exc = UnicodeEncodeError(e.encoding, s, pos + e.start, pos + e.end, e.reason)
            rep, pos = _handler_result(handler(exc), len(s), "encoding")
            out.append(rep.encode(enc) if isinstance(rep, str) else rep)
    return (b"".join(out), len(s))


def _incomplete_utf8(data):
    # Length of a trailing truncated (but so far valid) UTF-8 sequence.
    n = len(data)
    for back in range(1, min(n, 3) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        if b >= 0xC2:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4 if b < 0xF5 else 0
            if need > back:
                if back >= 2:
                    b1 = data[n - back + 1]
                    if (b == 0xE0 and b1 < 0xA0) or (b == 0xED and b1 > 0x9F) or \
                       (b == 0xF0 and b1 < 0x90) or (b == 0xF4 and b1 > 0x8F):
                        return 0
                return back
        return 0
    return 0


def _incomplete(data, enc):
    if enc == "utf-8":
        return _incomplete_utf8(data)
    if enc.startswith("utf-16"):
        keep = len(data) % 2
        if len(data) - keep >= 2:
            le = enc != "utf-16-be"
            hi = data[len(data) - keep - 1] if le else data[len(data) - keep - 2]
            if 0xD8 <= hi <= 0xDB:
                keep += 2
        return keep
    if enc.startswith("utf-32"):
        return len(data) % 4
    return 0


def _decode(data, enc, errors, final):
    data = _need_bytes(data)
    errors = _errors(errors)
    end = len(data)
    if not final:
        end -= _incomplete(data, enc)
    chunk = data[:end] if end != len(data) else data
    if errors in _NATIVE or errors not in _handlers:
        return (chunk.decode(enc, errors), end)
    handler = _handlers[errors]
    out = []
    pos = 0
    while True:
        try:
            out.append(chunk[pos:].decode(enc))
            break
        except UnicodeDecodeError as e:
            out.append(chunk[pos:pos + e.start].decode(enc))
            exc = UnicodeDecodeError(e.encoding, bytes(data), pos + e.start, pos + e.end, e.reason)
            rep, pos = _handler_result(handler(exc), end, "decoding")
            out.append(rep if isinstance(rep, str) else rep.decode("latin-1"))
    return ("".join(out), end)


def utf_8_encode(str, errors=None, /):
    return _encode(str, "utf_8_encode", "utf-8", errors)


def utf_8_decode(data, errors=None, final=False, /):
    return _decode(data, "utf-8", errors, final)


def ascii_encode(str, errors=None, /):
    return _encode(str, "ascii_encode", "ascii", errors)


def ascii_decode(data, errors=None, /):
    return _decode(data, "ascii", errors, True)


def latin_1_encode(str, errors=None, /):
    return _encode(str, "latin_1_encode", "latin-1", errors)


def latin_1_decode(data, errors=None, /):
    return _decode(data, "latin-1", errors, True)


def _order(byteorder, bits):
    return "utf-%d" % bits if byteorder == 0 else "utf-%d-le" % bits if byteorder < 0 else "utf-%d-be" % bits


def utf_16_encode(str, errors=None, byteorder=0, /):
    return _encode(str, "utf_16_encode", _order(byteorder, 16), errors)


def utf_16_le_encode(str, errors=None, /):
    return _encode(str, "utf_16_le_encode", "utf-16-le", errors)


def utf_16_be_encode(str, errors=None, /):
    return _encode(str, "utf_16_be_encode", "utf-16-be", errors)


def utf_32_encode(str, errors=None, byteorder=0, /):
    return _encode(str, "utf_32_encode", _order(byteorder, 32), errors)


def utf_32_le_encode(str, errors=None, /):
    return _encode(str, "utf_32_le_encode", "utf-32-le", errors)


def utf_32_be_encode(str, errors=None, /):
    return _encode(str, "utf_32_be_encode", "utf-32-be", errors)


def utf_16_le_decode(data, errors=None, final=False, /):
    return _decode(data, "utf-16-le", errors, final)


def utf_16_be_decode(data, errors=None, final=False, /):
    return _decode(data, "utf-16-be", errors, final)


def utf_32_le_decode(data, errors=None, final=False, /):
    return _decode(data, "utf-32-le", errors, final)


def utf_32_be_decode(data, errors=None, final=False, /):
    return _decode(data, "utf-32-be", errors, final)


def _ex_decode(data, errors, byteorder, final, bits):
    data = _need_bytes(data)
    n = bits // 8
    bom_le = b"\xff\xfe" if bits == 16 else b"\xff\xfe\x00\x00"
    bom_be = b"\xfe\xff" if bits == 16 else b"\x00\x00\xfe\xff"
    skip = 0
    if byteorder == 0:
        if len(data) < n and not final:
            return ("", 0, 0)
        if data[:n] == bom_le:
            byteorder, skip = -1, n
        elif data[:n] == bom_be:
            byteorder, skip = 1, n
    enc = "utf-%d-be" % bits if byteorder > 0 else "utf-%d-le" % bits
    s, used = _decode(data[skip:], enc, errors, final)
    return (s, used + skip, byteorder)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _ex_decode(data, errors, byteorder, final, 16)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _ex_decode(data, errors, byteorder, final, 32)


def utf_16_decode(data, errors=None, final=False, /):
    s, used, _ = _ex_decode(data, errors, 0, final, 16)
    return (s, used)


def utf_32_decode(data, errors=None, final=False, /):
    s, used, _ = _ex_decode(data, errors, 0, final, 32)
    return (s, used)
