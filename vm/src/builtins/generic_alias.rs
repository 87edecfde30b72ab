//! `list[int]`: `__class_getitem__` of the builtin containers returns a
//! `types.GenericAlias`; `int | str` (type.__or__) a `types.UnionType`. The alias class is application-level Python (run
//! once at start-up): it is plain attribute and repr logic.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

const APP_LEVEL: &str = r#"
def _type_repr(obj):
    if obj is ...:
        return "..."
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)

class GenericAlias:
    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            if hasattr(a, "__typing_subst__") and a not in params:
                params.append(a)
            for p in getattr(a, "__parameters__", ()) if not isinstance(a, type) else ():
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)
    def __repr__(self):
        return _type_repr(self.__origin__) + "[" + (", ".join(_type_repr(a) for a in self.__args__) if self.__args__ else "()") + "]"
    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result
    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)
    def __mro_entries__(self, bases):
        return (self.__origin__,)
    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)
    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)
GenericAlias.__module__ = "types"

def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))

class UnionType:
    def __init__(self, args, /):
        flat = []
        for a in args:
            for x in (a.__args__ if isinstance(a, UnionType) else (a,)):
                x = type(None) if x is None else x
                if x not in flat:
                    flat.append(x)
        self.__args__ = tuple(flat)
        self.__parameters__ = ()
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
    if not _unionable(other):
        return NotImplemented
    return _make_union(self, other)

def _type_ror(self, other):
    if not _unionable(other):
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
