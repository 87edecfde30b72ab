//! `_weakref`: weak references. `ref` (`weakref.ReferenceType`, which
//! Python code subclasses: `KeyedRef`, `WeakMethod`), `proxy` (see
//! `weakproxy.rs`), `getweakrefcount`, `getweakrefs`, `_remove_dead_weakref`.
//!
//! A weak reference is registered in the interpreter's weak table under its
//! referent (`collect/weak.rs`); collections clear it when the referent dies
//! and queue its callback, which runs after the collection.

use super::{add_fn, add_value};
use crate::builtins::{check_count, kwarg, split_args};
use crate::collect::weak::Slot;
use crate::object::attrs::{Attrs, WithAttrs};
use crate::object::dict::DictObj;
use crate::object::module::ModuleObj;
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::weakref::WeakRefObj;
use crate::object::{Gc, Layout, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// Which kind of weak reference to make.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Kind {
    Ref,
    Proxy,
}

/// Can `v` be weakly referenced? As in CPython: instances of user classes
/// (unless `__slots__` leaves out `__weakref__`), classes, functions,
/// methods, modules, code objects, sets, frozensets and generators; not
/// ints, strs, tuples, lists, dicts, bytes, None, ...
pub fn weakrefable(vm: &Vm, v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    let t = vm.type_of(v);
    let builtin_ok = |l: Layout| {
        matches!(l, Layout::Type | Layout::Function | Layout::BuiltinFunction | Layout::BoundMethod | Layout::Code | Layout::Module | Layout::Set | Layout::Generator)
    };
    if t.layout == Layout::WeakProxy || !t.has_flag(tflags::HEAPTYPE) {
        return builtin_ok(t.layout);
    }
    let weakref_name = vm.interned_lookup("__weakref__");
    t.slot_names.with(|s| match s {
        None => true,
        Some(names) => builtin_ok(t.layout) || weakref_name.is_some_and(|w| names.contains(&w)),
    })
}

fn is_basic_ref(vm: &Vm) -> impl Fn(Gc<WeakRefObj>) -> bool {
    let ref_t = vm.t.weakref;
    move |r| r.class() == ref_t && r.callback.get().is_null()
}

fn is_basic_proxy(r: Gc<WeakRefObj>) -> bool {
    r.class().layout == Layout::WeakProxy && r.callback.get().is_null()
}

/// Make a weak reference of class `cls` (ReferenceType or a subclass, or a
/// proxy type) to `ob`, reusing the basic ref/proxy as CPython does.
pub fn new_weakref(vm: &mut Vm, cls: Gc<TypeObj>, ob: Value, callback: Value, kind: Kind) -> PyResult {
    if !weakrefable(vm, ob) {
        let n = vm.type_name(ob);
        return Err(vm.type_error(&format!("cannot create weak reference to '{n}' object")));
    }
    let callback = if callback.is_none() { Value::NULL } else { callback };
    let basic = callback.is_null() && (kind == Kind::Proxy || cls == vm.t.weakref);
    if basic {
        let existing = vm.gc.reg.weak.refs_of(ob).iter().copied().find(|r| match kind {
            Kind::Ref => is_basic_ref(vm)(*r),
            Kind::Proxy => is_basic_proxy(*r),
        });
        if let Some(r) = existing {
            return Ok(r.value());
        }
    }
    let base = WeakRefObj { header: ObjHeader::new(cls), referent: Cell::new(ob), callback: Cell::new(callback), hash: Cell::new(-1) };
    let w = if cls.attrs_offset.get() != 0 {
        let attrs = Attrs::new(vm.root_shape);
        let o = vm.alloc(WithAttrs { base, attrs });
        // SAFETY: WithAttrs is #[repr(C)] with the WeakRefObj first.
        unsafe { o.value().downcast_unchecked::<WeakRefObj>() }
    } else {
        vm.alloc(base)
    };
    let slot = match (kind, basic) {
        (Kind::Ref, true) => Slot::Head,
        (Kind::Proxy, true) => Slot::AfterRef,
        _ => Slot::AfterBasic,
    };
    let br = is_basic_ref(vm);
    vm.gc.reg.weak.insert(ob, w, slot, br, is_basic_proxy);
    Ok(w.value())
}

fn ref_self(vm: &mut Vm, v: Value, name: &str) -> PyResult<Gc<WeakRefObj>> {
    match v.downcast::<WeakRefObj>().filter(|_| v.layout() == Some(Layout::WeakRef)) {
        Some(w) => Ok(w),
        None => {
            let got = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor '{name}' requires a 'weakref.ReferenceType' object but received a '{got}'")))
        }
    }
}

/// `ReferenceType.__new__(cls, ob, callback=None)`.
fn ref_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = split_args(a, k);
    let Some(&c) = pos.first() else {
        return Err(vm.type_error("weakref.ReferenceType.__new__(): not enough arguments"));
    };
    let Some(cls) = c.downcast::<TypeObj>() else {
        let n = vm.repr_string(c)?;
        return Err(vm.type_error(&format!("weakref.ReferenceType.__new__(X): X is not a type object ({n})")));
    };
    if !cls.is_subtype(vm.t.weakref) {
        let n = cls.tp_name();
        return Err(vm.type_error(&format!("weakref.ReferenceType.__new__({n}): {n} is not a subtype of weakref.ReferenceType")));
    }
    if !k.is_empty() && cls == vm.t.weakref {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    check_count(vm, "__new__", pos.len() - 1, 1, 2)?;
    let cb = pos.get(2).copied().unwrap_or(Value::NONE);
    new_weakref(vm, cls, pos[1], cb, Kind::Ref)
}

/// `ReferenceType.__init__(self, ob, callback=None)`: checks the arguments only.
fn ref_init(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = split_args(a, k);
    check_count(vm, "__init__", pos.len() - 1, 1, 2)?;
    Ok(Value::NONE)
}

/// `r()`: the referent, or None once it has been collected.
fn ref_call(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let w = ref_self(vm, a[0], "__call__")?;
    if !k.is_empty() {
        return Err(vm.type_error("weakref() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(vm.type_error(&format!("weakref expected 0 arguments, got {}", a.len() - 1)));
    }
    Ok(w.get().unwrap_or(Value::NONE))
}

/// `hash(r)`: the referent's hash, cached; TypeError once dead if never hashed.
pub fn ref_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let Some(w) = v.downcast::<WeakRefObj>() else { return Ok(crate::interp::ops::identity_hash(v)) };
    if w.hash.get() != -1 {
        return Ok(w.hash.get());
    }
    match w.get() {
        None => Err(vm.type_error("weak object has gone away")),
        Some(o) => {
            let h = vm.hash(o)?;
            w.hash.set(h);
            Ok(h)
        }
    }
}

fn ref_hash_method(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    check_count(vm, "__hash__", a.len() - k.len() - 1, 0, 0)?;
    ref_self(vm, a[0], "__hash__")?;
    let h = ref_hash(vm, a[0])?;
    Ok(vm.new_int(h))
}

/// `a == b` / `a != b` for weak references: the referents' comparison while
/// both are alive, identity once either is dead.
pub fn ref_richcompare(vm: &mut Vm, a: Value, b: Value, ne: bool) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<WeakRefObj>(), b.downcast::<WeakRefObj>()) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    match (x.get(), y.get()) {
        (Some(p), Some(q)) => vm.compare(p, q, if ne { crate::bytecode::CmpOp::Ne } else { crate::bytecode::CmpOp::Eq }),
        _ => Ok(Value::from_bool((a == b) != ne)),
    }
}

fn ref_eq(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    check_count(vm, "__eq__", a.len() - k.len() - 1, 1, 1)?;
    ref_self(vm, a[0], "__eq__")?;
    ref_richcompare(vm, a[0], a[1], false)
}

fn ref_ne(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    check_count(vm, "__ne__", a.len() - k.len() - 1, 1, 1)?;
    ref_self(vm, a[0], "__ne__")?;
    ref_richcompare(vm, a[0], a[1], true)
}

fn ref_repr_method(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    ref_self(vm, a[0], "__repr__")?;
    let s = weakref_repr(vm, a[0])?;
    Ok(vm.new_string(s))
}

/// `__name__` as CPython's weakref repr finds it: looked up on the type
/// (functions, classes, generators have one), so an instance attribute
/// does not count.
fn special_name(vm: &mut Vm, o: Value) -> PyResult<Option<String>> {
    let n = vm.n.__name__;
    let found = match o.layout() {
        Some(Layout::Function | Layout::BuiltinFunction | Layout::Type | Layout::Generator) => vm.getattr_opt(o, n)?,
        _ => {
            let t = vm.type_of(o);
            match t.lookup(n) {
                Some(d) => Some(vm.bind_descriptor(d, o, t.value())?),
                None => None,
            }
        }
    };
    Ok(found.and_then(Vm::str_of).map(str::to_string))
}

/// `repr(r)`: `<weakref at 0x...; to 'C' at 0x...>` (plus ` (name)` for
/// named objects) or `<weakref at 0x...; dead>`; proxies
/// `<weakproxy at 0x... to C at 0x...>`.
pub fn weakref_repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let Some(w) = v.downcast::<WeakRefObj>() else { return Ok(String::new()) };
    if v.layout() == Some(Layout::WeakProxy) {
        let o = w.get().unwrap_or(Value::NONE);
        let tn = vm.type_name(o);
        return Ok(format!("<weakproxy at {:#x} to {tn} at {:#x}>", v.bits(), o.bits()));
    }
    let Some(o) = w.get() else { return Ok(format!("<weakref at {:#x}; dead>", v.bits())) };
    let tn = vm.type_name(o);
    Ok(match special_name(vm, o)? {
        Some(name) => format!("<weakref at {:#x}; to '{tn}' at {:#x} ({name})>", v.bits(), o.bits()),
        None => format!("<weakref at {:#x}; to '{tn}' at {:#x}>", v.bits(), o.bits()),
    })
}

/// Installs the methods of `weakref.ReferenceType` and the proxy types (at start-up).
pub fn install_types(vm: &mut Vm) {
    let t = vm.t.weakref;
    let m = vm.intern("weakref");
    for ty in [vm.t.weakref, vm.t.weakproxy, vm.t.weakcallableproxy] {
        ty.static_module.set(Some("weakref"));
        vm.set_type_attr(ty, "__module__", m);
    }
    vm.add_method(t, "__new__", ref_new);
    vm.add_method(t, "__init__", ref_init);
    vm.add_method(t, "__call__", ref_call);
    vm.add_method(t, "__hash__", ref_hash_method);
    vm.add_method(t, "__eq__", ref_eq);
    vm.add_method(t, "__ne__", ref_ne);
    vm.add_method(t, "__repr__", ref_repr_method);
    crate::builtins::num_type::getter(vm, t, "__callback__", |vm, a, _| {
        let w = ref_self(vm, a[0], "__callback__")?;
        let cb = w.callback.get();
        Ok(if cb.is_null() { Value::NONE } else { cb })
    });
    super::weakproxy::install(vm);
}

/// `proxy(ob, callback=None)`.
fn proxy(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    if !k.is_empty() {
        return Err(vm.type_error("proxy() takes no keyword arguments"));
    }
    check_count(vm, "proxy", a.len(), 1, 2)?;
    let ob = a[0];
    let cb = a.get(1).copied().unwrap_or(Value::NONE);
    let callable = vm.is_callable(ob);
    let cls = if callable { vm.t.weakcallableproxy } else { vm.t.weakproxy };
    new_weakref(vm, cls, ob, cb, Kind::Proxy)
}

fn getweakrefcount(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    crate::builtins::no_kwargs(vm, "_weakref.getweakrefcount", k)?;
    check_count(vm, "_weakref.getweakrefcount", a.len(), 1, 1)?;
    let n = vm.gc.reg.weak.refs_of(a[0]).len();
    Ok(vm.new_int(n as i64))
}

fn getweakrefs(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    crate::builtins::no_kwargs(vm, "getweakrefs", k)?;
    check_count(vm, "getweakrefs", a.len(), 1, 1)?;
    let refs: Vec<Value> = vm.weakrefs_of(a[0]).iter().map(|r| r.value()).collect();
    Ok(vm.new_list(refs))
}

/// `_remove_dead_weakref(dct, key)`: delete `dct[key]` if it is a dead weak
/// reference (a missing key is fine).
fn remove_dead_weakref(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    crate::builtins::no_kwargs(vm, "_remove_dead_weakref", k)?;
    check_count(vm, "_remove_dead_weakref", a.len(), 2, 2)?;
    let Some(d) = a[0].downcast::<DictObj>() else {
        let n = vm.type_name(a[0]);
        return Err(vm.type_error(&format!("_remove_dead_weakref() argument 1 must be dict, not {n}")));
    };
    let Some(v) = vm.dict_lookup(d, a[1])? else { return Ok(Value::NONE) };
    let Some(w) = v.downcast::<WeakRefObj>() else {
        return Err(vm.type_error("not a weakref"));
    };
    if w.get().is_none() {
        vm.dict_del(d, a[1])?;
    }
    Ok(Value::NONE)
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let r = vm.t.weakref.value();
    add_value(vm, m, "ref", r);
    add_value(vm, m, "ReferenceType", r);
    let p = vm.t.weakproxy.value();
    add_value(vm, m, "ProxyType", p);
    let p = vm.t.weakcallableproxy.value();
    add_value(vm, m, "CallableProxyType", p);
    add_fn(vm, m, "proxy", proxy);
    add_fn(vm, m, "getweakrefcount", getweakrefcount);
    add_fn(vm, m, "getweakrefs", getweakrefs);
    add_fn(vm, m, "_remove_dead_weakref", remove_dead_weakref);
    let _ = kwarg;
    Ok(())
}
