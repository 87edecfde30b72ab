# _csv: the CSV reader/writer state machines, Dialect validation and the
# dialect registry behind csv.py (application-level Python).

__version__ = "1.0"
__doc__ = "CSV parsing and writing."

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


Error.__module__ = "_csv"
_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
          "skipinitialspace", "strict")


def _char(name, v, default, allow_none):
    if v is _unset:
        return default
    if v is None and allow_none:
        return None
    if not isinstance(v, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, " or None" if allow_none else "", type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class _Unset:
    pass


_unset = _Unset()


class Dialect:
    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator", "_quotechar", "_quoting",
                 "_skipinitialspace", "_strict")

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and not kwargs:
                return dialect
        vals = {}
        for name in _ATTRS:
            v = kwargs.get(name, _unset)
            if v is _unset and dialect is not None:
                v = getattr(dialect, name, _unset)
            vals[name] = v
        self = object.__new__(cls)
        self._delimiter = _char("delimiter", vals["delimiter"], ",", False)
        self._escapechar = _char("escapechar", vals["escapechar"], None, True)
        self._quotechar = _char("quotechar", vals["quotechar"], '"', True)
        lt = vals["lineterminator"]
        if lt is _unset:
            lt = "\r\n"
        elif not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lt
        q = vals["quoting"]
        if q is _unset:
            q = QUOTE_NONE if kwargs.get("quotechar", _unset) is None else QUOTE_MINIMAL
        elif type(q) is not int and not isinstance(q, int):
            raise TypeError('"quoting" must be an integer')
        if q not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self._quoting = int(q)
        for name, default in (("doublequote", True), ("skipinitialspace", False), ("strict", False)):
            v = vals[name]
            setattr(self, "_" + name, default if v is _unset else bool(v))
        if self._quotechar is None and self._quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


Dialect.__module__ = "_csv"


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
 QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)
_EOL = object()


class Reader:
    __slots__ = ("_it", "dialect", "line_num", "_state", "_fields", "_field", "_numeric")

    def __iter__(self):
        return self

    def _save(self):
        f = "".join(self._field)
        if self._numeric:
            self._numeric = False
            f = float(f)
        self._fields.append(f)
        self._field = []

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        s = self._state
        crlf = c is not _EOL and c in "\r\n"
        if s == START_RECORD:
            if c is _EOL:
                return
            if crlf:
                self._state = EAT_CRNL
                return
            s = self._state = START_FIELD
        if s == START_FIELD:
            if crlf or c is _EOL:
                self._save()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = IN_QUOTED_FIELD
            elif c == d._escapechar:
                self._state = ESCAPED_CHAR
            elif c == " " and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save()
            else:
                if d._quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = IN_FIELD
        elif s == ESCAPED_CHAR:
            if crlf:
                self._add(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            self._add("\n" if c is _EOL else c)
            self._state = IN_FIELD
        elif s == AFTER_ESCAPED_CRNL or s == IN_FIELD:
            if s == AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if crlf or c is _EOL:
                self._save()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif c == d._escapechar:
                self._state = ESCAPED_CHAR
            elif c == d._delimiter:
                self._save()
                self._state = START_FIELD
            else:
                self._add(c)
                self._state = IN_FIELD
        elif s == IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d._escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if d._doublequote else IN_FIELD
            else:
                self._add(c)
        elif s == ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c is _EOL else c)
            self._state = IN_QUOTED_FIELD
        elif s == QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add(c)
                self._state = IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save()
                self._state = START_FIELD
            elif crlf or c is _EOL:
                self._save()
                self._state = START_RECORD if c is _EOL else EAT_CRNL
            elif not d._strict:
                self._add(c)
                self._state = IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d._delimiter, d._quotechar))
        elif s == EAT_CRNL:
            if crlf:
                pass
            elif c is _EOL:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect._strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


Reader.__name__ = Reader.__qualname__ = "reader"
Reader.__module__ = "_csv"


def reader(csvfile, dialect=None, **fmtparams):
    r = object.__new__(Reader)
    r._it = iter(csvfile)
    r.dialect = Dialect(dialect, **fmtparams)
    r.line_num = 0
    r._fields = []
    r._field = []
    r._numeric = False
    r._state = START_RECORD
    return r


class Writer:
    __slots__ = ("_write", "dialect")

    def _field(self, field, quoted):
        d = self.dialect
        out = []
        special = (d._delimiter, d._escapechar, d._quotechar)
        for c in field:
            want_escape = False
            if c in special or c in d._lineterminator:
                if d._quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d._quotechar:
                        if d._doublequote:
                            out.append(d._quotechar)
                        else:
                            want_escape = True
                    elif c == d._escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d._escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d._escapechar)
            out.append(c)
        s = "".join(out)
        if quoted:
            s = d._quotechar + s + d._quotechar
        return s

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        parts = []
        for field in it:
            if d._quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d._quoting == QUOTE_ALL
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == "":
            if d._quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d._quotechar * 2
        return self._write(d._delimiter.join(parts) + d._lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def _is_number(v):
    import numbers
    return isinstance(v, numbers.Number) if not isinstance(v, (int, float, complex)) else True


Writer.__name__ = Writer.__qualname__ = "writer"
Writer.__module__ = "_csv"


def writer(fileobj, dialect=None, **fmtparams):
    w = object.__new__(Writer)
    try:
        w._write = fileobj.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    w.dialect = Dialect(dialect, **fmtparams)
    return w
