# The application-level half of _sre (run once when _sre is imported):
# the Pattern, Match and SRE_Scanner classes. Their state is private
# attributes set by the native code in modules/sre/; the matching methods
# (match, search, sub, group, span, ...) are native and added to these
# classes by modules/sre/mod.rs. What is here is attribute plumbing,
# reprs, comparisons and the calls back into the `re` package.

def _readonly(self, value=None):
    raise AttributeError("readonly attribute")

def _ro(getter):
    return property(getter, _readonly, _readonly)

def _no_new(name):
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % name)
    return __new__

_alias = classmethod(type(list[int]))

_FLAG_NAMES = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
    ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
    ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
)


class Pattern:
    "Compiled regular expression object."
    __new__ = _no_new("re.Pattern")
    __class_getitem__ = _alias
    pattern = _ro(lambda self: self._pattern)
    flags = _ro(lambda self: self._flags)
    groups = _ro(lambda self: self._groups)

    def _get_groupindex(self):
        if self._groupindex:
            return _mappingproxy(self._groupindex)
        return {}
    groupindex = _ro(_get_groupindex)

    def __repr__(self):
        flags = self._flags
        # re.UNICODE is the default for str patterns: not shown.
        if self._isbytes == 0 and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        names = []
        for name, value in _FLAG_NAMES:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append("0x%x" % flags)
        text = repr(self._pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if type(self) is not Pattern or type(other) is not Pattern:
            return NotImplemented
        if self is other:
            return True
        return (self._flags == other._flags and self._isbytes == other._isbytes
                and self._code == other._code and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._pattern, self._flags, self._isbytes, self._code))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(self.scanner(string, pos, endpos).search, None)


class Match:
    "The result of re.match() and re.search()."
    __new__ = _no_new("re.Match")
    __class_getitem__ = _alias
    # _m is (pattern, string, pos, endpos, lastindex, decoded text, spans...).
    string = _ro(lambda self: self._m[1])
    re = _ro(lambda self: self._m[0])
    pos = _ro(lambda self: self._m[2])
    endpos = _ro(lambda self: self._m[3])
    lastindex = _ro(lambda self: self._m[4])

    def _get_lastgroup(self):
        i = self._m[4]
        if i is None:
            return None
        try:
            return self._m[0]._indexgroup[i]
        except Exception:
            return None
    lastgroup = _ro(_get_lastgroup)
    # Subscriptable but not a sequence: no iteration through __getitem__.
    __iter__ = None
    regs = _ro(lambda self: self._get_regs())

    def __repr__(self):
        return "<re.Match object; span=%r, match=%s>" % (self.span(), repr(self.group())[:50])

    def expand(self, template):
        "Return the string obtained by doing backslash substitution on the string template."
        import re
        return re._expand(self._m[0], self, template)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class SRE_Scanner:
    __new__ = _no_new("_sre.SRE_Scanner")
    pattern = _ro(lambda self: self._pattern)
    # _s is (string, decoded text, pos, endpos, [next start or None, must_advance]).


Pattern.__module__ = "re"
Match.__module__ = "re"
SRE_Scanner.__module__ = "_sre"


def compile(pattern, flags, code, groups, groupindex, indexgroup):
    return _compile(Pattern, pattern, flags, code, groups, groupindex, indexgroup)
