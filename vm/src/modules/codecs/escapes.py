# _codecs, second part (run after app.py in the same namespace): the
# escape codecs, the charmap codecs and readbuffer_encode, then the wrapping
# of every public function as a builtin function.

# ----- escape codecs -----------------------------------------------------------

_SIMPLE = {ord("\\"): "\\", ord("'"): "'", ord('"'): '"', ord("a"): "\a", ord("b"): "\b", ord("f"): "\f",
           ord("n"): "\n", ord("r"): "\r", ord("t"): "\t", ord("v"): "\v", ord("\n"): ""}
_HEX = b"0123456789abcdefABCDEF"


def _unescape(data, errors, unicode, fname):
    # Shared by escape_decode (bytes out) and unicode_escape_decode (str out).
    errors = _errors(errors)
    out = []
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c != 0x5C:
            j = data.find(b"\\", i)
            if j < 0:
                j = n
            out.append(data[i:j].decode("latin-1"))
            i = j
            continue
        start = i
        i += 1
        if i >= n:
            if unicode:
                out.append(_decode_err(data, start, n, "\\ at end of string", errors))
                continue
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c in _SIMPLE:
            out.append(_SIMPLE[c])
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
            out.append(chr(v if unicode else v & 0xFF))
        elif c == 0x78 or (unicode and c in (0x75, 0x55)):
            k = 2 if c == 0x78 else 4 if c == 0x75 else 8
            digits = data[i:i + k]
            if len(digits) == k and all(d in _HEX for d in digits):
                v = int(digits, 16)
                i += k
                if v > 0x10FFFF:
                    out.append(_decode_err(data, start, i, "illegal Unicode character", errors))
                else:
                    out.append(chr(v))
            elif unicode:
                m = 0
                while m < len(digits) and digits[m] in _HEX:
                    m += 1
                i += m
                out.append(_decode_err(data, start, i, "truncated \\%sXX escape" % ("x" if k == 2 else "u" if k == 4 else "U") + ("" if k == 2 else "XX" if k == 4 else "XXXXXX"), errors))
            else:
                if errors == "strict":
                    raise ValueError("invalid \\x escape at position %d" % start)
                if errors == "replace":
                    out.append("?")
                elif errors != "ignore":
                    raise ValueError("decoding error; unknown error handling code: " + errors)
                while i < n and data[i] in _HEX and i < start + 4:
                    i += 1
        elif unicode and c == 0x4E:
            j = data.find(b"}", i)
            if i < n and data[i] == 0x7B and j > i + 1:
                name = data[i + 1:j].decode("latin-1")
                try:
                    import unicodedata
                    out.append(unicodedata.lookup(name))
                    i = j + 1
                    continue
                except (ImportError, KeyError):
                    i = j + 1
            out.append(_decode_err(data, start, i, "malformed \\N character escape", errors))
        else:
            out.append("\\" + chr(c))
    return "".join(out)


def _decode_err(data, start, end, reason, errors):
    exc = UnicodeDecodeError("unicodeescape", bytes(data), start, end, reason)
    rep, _ = _handler_result(lookup_error(errors)(exc), len(data), "decoding")
    return rep


def escape_decode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = _need_bytes(data)
    return (_unescape(data, errors, False, "escape_decode").encode("latin-1"), len(data))


def escape_encode(data, errors=None, /):
    if not isinstance(data, bytes):
        raise TypeError("escape_encode() argument 1 must be bytes, not " + type(data).__name__)
    r = repr(data)
    if r.startswith("b'"):
        body = r[2:-1].replace('"', '"')
    else:
        body = r[2:-1].replace("\\'", "'").replace("'", "\\'").replace('\\"', '"')
    return (body.encode("latin-1"), len(data))


def unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = _need_bytes(data)
    return (_unescape(data, errors, True, "unicode_escape_decode"), len(data))


def unicode_escape_encode(str, errors=None, /):
    _need_str(str, "unicode_escape_encode")
    out = []
    for c in str:
        o = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif o < 0x20 or 0x7F <= o < 0x100:
            out.append("\\x%02x" % o)
        elif o < 0x7F:
            out.append(c)
        else:
            out.append(_bs(c))
    return ("".join(out).encode("ascii"), len(str))


def raw_unicode_escape_encode(str, errors=None, /):
    _need_str(str, "raw_unicode_escape_encode")
    out = []
    for c in str:
        o = ord(c)
        out.append(c if o < 0x100 else _bs(c))
    return ("".join(out).encode("latin-1"), len(str))


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = _need_bytes(data)
    out = []
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c == 0x5C and i + 1 < n and data[i + 1] in (0x75, 0x55):
            k = 4 if data[i + 1] == 0x75 else 8
            digits = data[i + 2:i + 2 + k]
            if len(digits) == k and all(d in _HEX for d in digits) and int(digits, 16) <= 0x10FFFF:
                out.append(chr(int(digits, 16)))
                i += 2 + k
                continue
            out.append(_decode_err(data, i, i + 2 + len(digits), "truncated \\uXXXX escape" if k == 4 else "truncated \\UXXXXXXXX escape", _errors(errors)))
            i += 2 + len(digits)
            continue
        out.append(chr(c))
        i += 1
    return ("".join(out), n)


# ----- charmap codecs (cp1252, koi8_r, ...) ------------------------------------

def charmap_build(map, /):
    return {ord(c): i for i, c in enumerate(map)}


def charmap_decode(data, errors=None, mapping=None, /):
    data = _need_bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    errors = _errors(errors)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        try:
            c = mapping[b]
        except (LookupError, IndexError):
            c = None
        if isinstance(c, int):
            c = chr(c)
        if c is None or c == "\ufffe":
            exc = UnicodeDecodeError("charmap", bytes(data), i, i + 1, "character maps to <undefined>")
            rep, i = _handler_result(lookup_error(errors)(exc), n, "decoding")
            out.append(rep)
            continue
        out.append(c)
        i += 1
    return ("".join(out), n)


def charmap_encode(str, errors=None, mapping=None, /):
    _need_str(str, "charmap_encode")
    if mapping is None:
        return latin_1_encode(str, errors)
    errors = _errors(errors)
    out = bytearray()
    i = 0
    n = len(str)
    while i < n:
        try:
            b = mapping[ord(str[i])]
        except LookupError:
            b = None
        if b is None:
            j = i + 1
            while j < n:
                try:
                    if mapping[ord(str[j])] is not None:
                        break
                except LookupError:
                    pass
                j += 1
            exc = UnicodeEncodeError("charmap", str, i, j, "character maps to <undefined>")
            rep, i = _handler_result(lookup_error(errors)(exc), n, "encoding")
            if isinstance(rep, _str):
                rep = charmap_encode(rep, "strict", mapping)[0]
            out += rep
            continue
        if isinstance(b, int):
            out.append(b)
        else:
            out += b
        i += 1
    return (bytes(out), n)


def readbuffer_encode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = bytes(_need_bytes(data))
    return (data, len(data))


def utf_7_encode(str, errors=None, /):
    raise LookupError("unknown encoding: utf-7")


def utf_7_decode(data, errors=None, final=False, /):
    raise LookupError("unknown encoding: utf-7")


# Like CPython's builtins, the module's functions do not bind as methods
# (`_buffer_decode = codecs.utf_8_decode` in a class body).
_pyfunc = type(lookup)
for _n, _f in list(globals().items()):
    if type(_f) is _pyfunc and (not _n.startswith("_") or _n == "_forget_codec"):
        globals()[_n] = _as_builtin(_f)
for _n, _f in list(_handlers.items()):
    _handlers[_n] = _as_builtin(_f)
del _n, _f, _as_builtin, _pyfunc
