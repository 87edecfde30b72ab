//! `isinstance` / `issubclass` in CPython's order (abstract.c): an exact
//! `type` is checked directly; tuples item by item; anything else through
//! `type(cls).__instancecheck__` / `__subclasscheck__` (so typing's aliases
//! and other non-class objects take part); classes without one fall back to
//! the `__bases__` walk that also serves objects that only pretend to be
//! classes. `type.__instancecheck__`/`__subclasscheck__` are the real checks.

use crate::object::function::{BuiltinFnObj, FunctionObj};
use crate::object::seq::TupleObj;
use crate::object::typeobj::TypeObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const ARG2_INSTANCE: &str = "isinstance() arg 2 must be a type, a tuple of types, or a union";
const ARG2_SUBCLASS: &str = "issubclass() arg 2 must be a class, a tuple of classes, or a union";

/// `getattr(obj, name)`, None when it raises AttributeError.
fn attr_or_none(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    let k = vm.intern(name);
    match vm.getattr(obj, k) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.is_instance(e.0, vm.t.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `cls.__bases__` when it is a tuple (CPython's `abstract_get_bases`).
fn bases_of(vm: &mut Vm, cls: Value) -> PyResult<Option<Vec<Value>>> {
    Ok(attr_or_none(vm, cls, "__bases__")?.and_then(|b| b.downcast::<TupleObj>()).map(|t| t.items.to_vec()))
}

/// Is `derived` `cls` or (through `__bases__`) derived from it?
fn abstract_issubclass(vm: &mut Vm, mut derived: Value, cls: Value) -> PyResult<bool> {
    loop {
        if derived == cls {
            return Ok(true);
        }
        let Some(bases) = bases_of(vm, derived)? else { return Ok(false) };
        match bases.len() {
            0 => return Ok(false),
            1 => derived = bases[0],
            _ => {
                vm.enter_for(" in __issubclass__")?;
                let mut found = Ok(false);
                for b in bases {
                    found = abstract_issubclass(vm, b, cls);
                    if !matches!(found, Ok(false)) {
                        break;
                    }
                }
                vm.leave();
                return found;
            }
        }
    }
}

/// `type.__subclasscheck__`: real subclassing, no hooks.
pub fn real_issubclass(vm: &mut Vm, derived: Value, cls: Value) -> PyResult<bool> {
    if let (Some(d), Some(c)) = (derived.downcast::<TypeObj>(), cls.downcast::<TypeObj>()) {
        return Ok(d.is_subtype(c));
    }
    if bases_of(vm, derived)?.is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if !is_union(vm, cls) && bases_of(vm, cls)?.is_none() {
        return Err(vm.type_error(ARG2_SUBCLASS));
    }
    abstract_issubclass(vm, derived, cls)
}

/// `type.__instancecheck__`: the class or `obj.__class__` is a subclass.
pub fn real_isinstance(vm: &mut Vm, obj: Value, cls: Value) -> PyResult<bool> {
    if let Some(t) = cls.downcast::<TypeObj>() {
        if vm.is_instance(obj, t) {
            return Ok(true);
        }
        // `__class__` may differ from type() (proxies, mocks); only a class
        // that overrides object's `__class__` can make it differ.
        let k = vm.n.__class__;
        let own = vm.type_of(obj).lookup(k);
        if own.is_none() || own == vm.t.object.dict.get_str_key(k) {
            return Ok(false);
        }
        let ocls = attr_or_none(vm, obj, "__class__")?;
        if let Some(c) = ocls.filter(|c| *c != vm.type_of(obj).value()) {
            if let Some(ct) = c.downcast::<TypeObj>() {
                return Ok(ct.is_subtype(t));
            }
        }
        return Ok(false);
    }
    if bases_of(vm, cls)?.is_none() {
        return Err(vm.type_error(ARG2_INSTANCE));
    }
    match attr_or_none(vm, obj, "__class__")? {
        Some(icls) => abstract_issubclass(vm, icls, cls),
        None => Ok(false),
    }
}

fn is_union(vm: &mut Vm, v: Value) -> bool {
    vm.type_of(v).name() == "UnionType" && vm.type_of(v).dict.get_str_key(vm.n.__module__).and_then(Vm::str_of) == Some("types")
}

/// `type(cls).<name>` bound to `cls` and called with `arg`, or None when
/// the type has no such hook.
fn call_hook(vm: &mut Vm, cls: Value, name: &str, arg: Value) -> PyResult<Option<bool>> {
    let k = vm.intern(name);
    let t = vm.type_of(cls);
    let Some(f) = vm.lookup_special(t, k) else { return Ok(None) };
    vm.enter_for(if name == "__instancecheck__" { " in __instancecheck__" } else { " in __subclasscheck__" })?;
    let r = if f.downcast::<FunctionObj>().is_some() || f.downcast::<BuiltinFnObj>().is_some() {
        vm.call(f, &[cls, arg], &[])
    } else {
        vm.bind_descriptor(f, cls, t.value()).and_then(|b| vm.call(b, &[arg], &[]))
    };
    vm.leave();
    let r = r?;
    vm.truthy(r).map(Some)
}

pub fn isinstance(vm: &mut Vm, obj: Value, cls: Value) -> PyResult<bool> {
    if vm.type_of(obj).value() == cls {
        return Ok(true);
    }
    if let Some(t) = cls.downcast::<TypeObj>() {
        if t.class() == vm.t.type_ {
            return real_isinstance(vm, obj, cls);
        }
    }
    if let Some(tu) = cls.downcast::<TupleObj>() {
        vm.enter_for(" in __instancecheck__")?;
        let mut r = Ok(false);
        for c in tu.items.to_vec() {
            r = isinstance(vm, obj, c);
            if !matches!(r, Ok(false)) {
                break;
            }
        }
        vm.leave();
        return r;
    }
    match call_hook(vm, cls, "__instancecheck__", obj)? {
        Some(b) => Ok(b),
        None => real_isinstance(vm, obj, cls),
    }
}

pub fn issubclass(vm: &mut Vm, sub: Value, cls: Value) -> PyResult<bool> {
    if let Some(t) = cls.downcast::<TypeObj>() {
        if t.class() == vm.t.type_ {
            if sub == cls {
                return Ok(true);
            }
            return real_issubclass(vm, sub, cls);
        }
    }
    if let Some(tu) = cls.downcast::<TupleObj>() {
        vm.enter_for(" in __subclasscheck__")?;
        let mut r = Ok(false);
        for c in tu.items.to_vec() {
            r = issubclass(vm, sub, c);
            if !matches!(r, Ok(false)) {
                break;
            }
        }
        vm.leave();
        return r;
    }
    match call_hook(vm, cls, "__subclasscheck__", sub)? {
        Some(b) => Ok(b),
        None => real_issubclass(vm, sub, cls),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.type_;
    vm.add_method_a(t, "__instancecheck__", super::args::Arity::One, |vm, a, _| real_isinstance(vm, a[1], a[0]).map(Value::from_bool));
    vm.add_method_a(t, "__subclasscheck__", super::args::Arity::One, |vm, a, _| real_issubclass(vm, a[1], a[0]).map(Value::from_bool));
}
