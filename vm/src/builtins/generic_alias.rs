//! `list[int]`: `__class_getitem__` of the builtin containers returns a
//! `types.GenericAlias`; `int | str` (type.__or__) a `types.UnionType`. The alias class is application-level Python (run
//! once at start-up): it is plain attribute and repr logic.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

const APP_LEVEL: &str = r#"
_oga = object.__getattribute__

def _type_repr(obj):
    # CPython's ga_repr_item.
    if obj is ...:
        return "..."
    if hasattr(obj, "__origin__") and hasattr(obj, "__args__"):
        return repr(obj)
    try:
        qualname = obj.__qualname__
        module = obj.__module__
    except AttributeError:
        return repr(obj)
    if module == "builtins":
        return qualname
    return f"{module}.{qualname}"

def _make_parameters(args):
    # CPython's _Py_make_parameters: type variables (anything with
    # __typing_subst__) and the __parameters__ of other arguments, in order.
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, "__typing_subst__"):
            if not any(p is t for p in params):
                params.append(t)
        else:
            sub = getattr(t, "__parameters__", None)
            if isinstance(sub, tuple):
                for p in sub:
                    if not any(q is p for q in params):
                        params.append(p)
    return tuple(params)

def _unpacked_tuple_args(arg):
    if isinstance(arg, GenericAlias) and _oga(arg, "_ga_starred") and _oga(arg, "_ga_origin") is tuple:
        return _oga(arg, "_ga_args")
    r = getattr(arg, "__typing_unpacked_tuple_args__", None)
    return r

def _unpack_args(item):
    out = []
    for x in (item if isinstance(item, tuple) else (item,)):
        if not isinstance(x, type):
            sub = _unpacked_tuple_args(x)
            if isinstance(sub, tuple) and not (sub and sub[-1] is ...):
                out.extend(sub)
                continue
        out.append(x)
    return tuple(out)

def _index(params, x):
    for i, p in enumerate(params):
        if p is x:
            return i
    return -1

def _subs_tvars(obj, params, argitems):
    sub = getattr(obj, "__parameters__", None)
    if isinstance(sub, tuple) and sub:
        subargs = []
        for a in sub:
            i = _index(params, a)
            if i >= 0:
                param = params[i]
                a = argitems[i]
                if hasattr(type(param), "__iter__") and isinstance(a, tuple):
                    subargs.extend(a)
                    continue
            subargs.append(a)
        return obj[tuple(subargs)]
    return obj

def _subs_parameters(self, args, params, item):
    # CPython's _Py_subs_parameters (PEP 646 aware).
    if not params:
        raise TypeError(f"{self!r} is not a generic class")
    item = _unpack_args(item)
    for p in params:
        prepare = getattr(p, "__typing_prepare_subst__", None)
        if prepare is not None:
            item = prepare(self, item if isinstance(item, tuple) else (item,))
    argitems = item if isinstance(item, tuple) else (item,)
    if len(argitems) != len(params):
        many = "many" if len(argitems) > len(params) else "few"
        raise TypeError(f"Too {many} arguments for {self!r}; actual {len(argitems)}, expected {len(params)}")
    new = []
    for arg in args:
        if isinstance(arg, type):
            new.append(arg)
            continue
        unpack = bool(getattr(arg, "__typing_is_unpacked_typevartuple__", False))
        subst = getattr(arg, "__typing_subst__", None)
        if subst is not None:
            arg = subst(argitems[_index(params, arg)])
        else:
            arg = _subs_tvars(arg, params, argitems)
        if unpack:
            new.extend(arg)
        else:
            new.append(arg)
    return tuple(new)

_ATTR_EXCEPTIONS = frozenset((
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
    "__reduce__", "__copy__", "__deepcopy__",
))

def _new_alias(cls, origin, args, starred=False):
    self = object.__new__(cls)
    object.__setattr__(self, "_ga_origin", origin)
    object.__setattr__(self, "_ga_args", args if isinstance(args, tuple) else (args,))
    object.__setattr__(self, "_ga_params", None)
    object.__setattr__(self, "_ga_starred", starred)
    return self

class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""
    __slots__ = ("_ga_origin", "_ga_args", "_ga_params", "_ga_starred", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("GenericAlias() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError(f"GenericAlias expected 2 arguments, got {len(args)}")
        return _new_alias(cls, args[0], args[1])

    def __getattribute__(self, name):
        # Everything but the alias's own attributes comes from the origin.
        if name in _ATTR_EXCEPTIONS or name.startswith("_ga_"):
            return _oga(self, name)
        return getattr(_oga(self, "_ga_origin"), name)

    def __setattr__(self, name, value):
        if name in ("__origin__", "__args__", "__unpacked__") or name.startswith("_ga_"):
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'types.GenericAlias' object has no attribute '{name}'")

    @property
    def __origin__(self):
        return self._ga_origin

    @property
    def __args__(self):
        return self._ga_args

    @property
    def __unpacked__(self):
        return self._ga_starred

    @property
    def __parameters__(self):
        p = self._ga_params
        if p is None:
            p = _make_parameters(self._ga_args)
            object.__setattr__(self, "_ga_params", p)
        return p

    @property
    def __typing_unpacked_tuple_args__(self):
        if self._ga_starred and self._ga_origin is tuple:
            return self._ga_args
        return None

    def __repr__(self):
        args = self._ga_args
        inner = ", ".join(_type_repr(a) for a in args) if args else "()"
        return ("*" if self._ga_starred else "") + _type_repr(self._ga_origin) + "[" + inner + "]"

    def __call__(self, *args, **kwargs):
        result = self._ga_origin(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __getitem__(self, item):
        new = _subs_parameters(self, self._ga_args, self.__parameters__, item)
        return _new_alias(GenericAlias, self._ga_origin, new, self._ga_starred)

    def __iter__(self):
        return _GenericAliasIterator(self)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        if self._ga_starred != _oga(other, "_ga_starred"):
            return False
        return self._ga_origin == _oga(other, "_ga_origin") and self._ga_args == _oga(other, "_ga_args")

    def __ne__(self, other):
        r = GenericAlias.__eq__(self, other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(self._ga_origin) ^ hash(self._ga_args)

    def __mro_entries__(self, bases):
        return (self._ga_origin,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        if self._ga_starred:
            return next, (iter(_new_alias(GenericAlias, self._ga_origin, self._ga_args)),)
        return type(self), (self._ga_origin, self._ga_args)

    def __dir__(self):
        names = dir(self._ga_origin)
        for n in _ATTR_EXCEPTIONS:
            if n not in names:
                names.append(n)
        return names

GenericAlias.__module__ = "types"

class _GenericAliasIterator:
    __slots__ = ("_obj",)
    def __init__(self, obj):
        self._obj = obj
    def __iter__(self):
        return self
    def __next__(self):
        obj = self._obj
        if obj is None:
            raise StopIteration
        self._obj = None
        return _new_alias(GenericAlias, _oga(obj, "_ga_origin"), _oga(obj, "_ga_args"), True)
    def __reduce__(self):
        if self._obj is None:
            return iter, ((),)
        return iter, (self._obj,)
_GenericAliasIterator.__name__ = _GenericAliasIterator.__qualname__ = "generic_alias_iterator"
_GenericAliasIterator.__module__ = "builtins"

def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))

class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""
    __slots__ = ("__args__", "_params")
    def __init__(self, args, /):
        flat = []
        for a in args:
            for x in (a.__args__ if isinstance(a, UnionType) else (a,)):
                x = type(None) if x is None else x
                dup = False
                for y in flat:
                    if (x == y) if isinstance(x, GenericAlias) and isinstance(y, GenericAlias) else x is y:
                        dup = True
                        break
                if not dup:
                    flat.append(x)
        self.__args__ = tuple(flat)
        self._params = None
    @property
    def __parameters__(self):
        if self._params is None:
            self._params = _make_parameters(self.__args__)
        return self._params
    def __getitem__(self, item):
        new = _subs_parameters(self, self.__args__, self.__parameters__, item)
        if not new:
            return UnionType(())
        res = new[0]
        for a in new[1:]:
            res = res | a
        return res
    def __repr__(self):
        return " | ".join("None" if a is type(None) else _type_repr(a) for a in self.__args__)
    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)
    def __hash__(self):
        return hash(frozenset(self.__args__))
    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)
    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)
UnionType.__module__ = "types"

def _make_union(a, b):
    u = UnionType((a, b))
    return u.__args__[0] if len(u.__args__) == 1 else u

# `X | Y` for classes (as type.__or__), aliases and unions.
def _type_or(self, other):
    if not _unionable(self) or not _unionable(other):
        return NotImplemented
    return _make_union(self, other)

def _type_ror(self, other):
    if not _unionable(self) or not _unionable(other):
        return NotImplemented
    return _make_union(other, self)

GenericAlias.__or__ = UnionType.__or__ = _type_or
GenericAlias.__ror__ = UnionType.__ror__ = _type_ror

def __class_getitem__(cls, item):
    return GenericAlias(cls, item)
__class_getitem__ = classmethod(__class_getitem__)
"#;

/// Run the snippet and give the builtin containers `__class_getitem__`.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let ns = vm.new_dict();
    vm.run_app_level(APP_LEVEL, "<generic_alias>", ns, Some("types"))?;
    let key = vm.intern("__class_getitem__");
    let cg = ns.get_str_key(key).unwrap_or(Value::NONE);
    for (name, key) in [("__or__", "_type_or"), ("__ror__", "_type_ror")] {
        let k = vm.intern(key);
        let f = ns.get_str_key(k).unwrap_or(Value::NONE);
        vm.set_type_attr(vm.t.type_, name, f);
    }
    let t = &vm.t;
    for ty in [t.list, t.dict, t.tuple, t.set, t.frozenset, t.type_, t.enumerate, t.dict_keys, t.dict_values, t.dict_items, t.reversed, t.zip, t.map, t.filter] {
        vm.set_type_attr(ty, "__class_getitem__", cg);
    }
    if let Some(eg) = vm.base_exception_group() {
        vm.set_type_attr(eg, "__class_getitem__", cg);
    }
    Ok(())
}
