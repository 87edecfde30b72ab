# binascii: hex, base64 and CRC conversions for base64, codecs' hex codec,
# zipfile-style CRC-32 users. Application-level Python; a2b_qp/b2a_qp and
# the uu functions are not provided (quopri falls back to pure Python).


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = "binascii"


def _bytes(data, what="a bytes-like object"):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _ascii(data):
    # a2b_* functions also take ASCII-only str.
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    return _bytes(data)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


def b2a_hex(data, sep=None, bytes_per_sep=1):
    return hexlify(data, sep, bytes_per_sep)


_HEXVAL = {c: int(chr(c), 16) for c in b"0123456789abcdefABCDEF"}


def unhexlify(hexstr, /):
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _HEXVAL.get(data[i])
        lo = _HEXVAL.get(data[i + 1])
        if hi is None or lo is None:
            raise Error("Non-hexadecimal digit found")
        out.append(hi * 16 + lo)
    return bytes(out)


def a2b_hex(hexstr, /):
    return unhexlify(hexstr)


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64VAL = {c: i for i, c in enumerate(_B64)}


def b2a_base64(data, /, *, newline=True):
    data = _bytes(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[n - 1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b"=="
    elif rest == 2:
        v = (data[n - 2] << 16) | (data[n - 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    data = _ascii(data)
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding = False
    n = len(data)
    if strict_mode and n and data[0] == 0x3D:
        raise Error("Leading padding not allowed")
    for i in range(n):
        c = data[i]
        if c == 0x3D:
            padding = True
            if strict_mode and quad == 0:
                raise Error("Excess padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = _B64VAL.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
            quad = 3
        else:
            out.append(((left << 6) | v) & 0xFF)
            left = 0
            quad = 0
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more "
                    "than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def _crc32_table():
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0, /):
    data = _bytes(data)
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    t = _CRC32
    for b in data:
        c = t[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def crc_hqx(data, crc, /):
    data = _bytes(data)
    c = crc & 0xFFFF
    for b in data:
        c ^= b << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
    return c


del _crc32_table
