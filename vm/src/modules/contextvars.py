# _contextvars: Context, ContextVar, Token and copy_context for one thread.
# A Context is a mapping of variables to values; the current one is a
# module global, replaced for the duration of Context.run. Setting a
# variable rebinds the current context's mapping to a modified copy, so
# contexts copied earlier do not see the change (CPython uses an immutable
# HAMT for the same effect).


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _Missing()


class Context:
    __slots__ = ("_data", "_prev", "_entered")

    def __new__(cls):
        self = object.__new__(cls)
        self._data = {}
        self._prev = None
        self._entered = False
        return self

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        c = Context()
        c._data = self._data
        return c

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None, /):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    __slots__ = ("_name", "_default", "__weakref__")

    def __new__(cls, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self = object.__new__(cls)
        self._name = name
        self._default = default
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        try:
            return _current._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value, /):
        ctx = _current
        old = ctx._data.get(self, _MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token, /):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        data = dict(ctx._data)
        if token._old is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old
        ctx._data = data
        token._used = True

    def __repr__(self):
        d = "" if self._default is _MISSING else " default=%r" % (self._default,)
        return "<ContextVar name=%r%s at 0x%x>" % (self._name, d, id(self))

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class Token:
    __slots__ = ("_ctx", "_var", "_old", "_used")
    MISSING = _MISSING

    def __new__(cls, *args):
        if len(args) != 3:
            raise RuntimeError("Tokens can only be created by ContextVars")
        self = object.__new__(cls)
        self._ctx, self._var, self._old = args
        self._used = False
        return self

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at 0x%x>" % (used, self._var, id(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


for _c in (Context, ContextVar, Token):
    _c.__module__ = "_contextvars"
del _c
