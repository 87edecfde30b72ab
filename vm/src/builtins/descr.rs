//! Attribute descriptors in builtin types' dicts (`int.real`,
//! `function.__code__`): property-shaped objects of the types
//! `getset_descriptor` (computed) and `member_descriptor` (a stored field),
//! as CPython shows them to Python code (`types.GetSetDescriptorType`).

use crate::object::function::NativeFn;
use crate::object::misc::PropertyObj;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

/// Install a descriptor `name` on `t`: `member` selects `member_descriptor`;
/// `set` None makes it read-only.
pub fn install(vm: &mut Vm, t: Gc<TypeObj>, name: &'static str, member: bool, get: NativeFn, set: Option<NativeFn>) {
    // Arity-checked, so bodies may index their arguments even when Python
    // code calls the accessor itself (`descr.fget()`).
    let fget = vm.new_builtin_a(name, crate::builtins::args::Arity::Pos(1, 1), get);
    let fset = match set {
        Some(f) => vm.new_builtin_a(name, crate::builtins::args::Arity::Pos(2, 2), f),
        None => Value::NONE,
    };
    let cls = if member { vm.t.member_descriptor } else { vm.t.getset_descriptor };
    let p = PropertyObj { header: ObjHeader::new(cls), fget: Cell::new(fget), fset: Cell::new(fset), fdel: Cell::new(Value::NONE), doc: Cell::new(Value::NONE), name: Cell::new(vm.new_str(name)), objclass: Cell::new(t.value()) };
    let p = vm.alloc(p).value();
    vm.set_type_attr(t, name, p);
}

/// `builtin_function_or_method.__reduce__`, as CPython's: a module-level
/// function pickles as its name (found again in its `__module__`), a
/// method as `getattr(receiver_or_class, name)`.
fn builtin_reduce(vm: &mut Vm, a: &[Value], _k: &[Value]) -> crate::vm::PyResult {
    let Some(b) = a[0].downcast::<crate::object::function::BuiltinFnObj>() else { return Ok(Value::NONE) };
    let name = vm.new_str(b.name);
    let on = if !b.bound.is_null() { b.bound } else { b.owner };
    if on.is_null() {
        return Ok(name);
    }
    let k = vm.intern("getattr");
    let getattr = vm.builtins.get_str_key(k).unwrap_or(Value::NONE);
    let args = vm.new_tuple(vec![on, name]);
    Ok(vm.new_tuple(vec![getattr, args]))
}

/// A getset of `type` applied to `cls` (TypeError for a non-class).
fn type_slot_attr(vm: &mut Vm, cls: Value, name: &str) -> crate::vm::PyResult {
    let Some(c) = cls.downcast::<TypeObj>() else {
        let tn = vm.type_of(cls).name();
        return Err(vm.type_error(&format!("descriptor '{name}' for 'type' objects doesn't apply to a '{tn}' object")));
    };
    let k = vm.intern(name);
    Ok(vm.type_special_attr(c, k)?.unwrap_or(Value::NONE))
}

/// `__get__`/`__set__`/`__delete__` of `getset_descriptor` and
/// `member_descriptor`, so Python code sees them as data descriptors
/// (`inspect.isdatadescriptor(int.real)`) and can call them directly.
fn install_descriptor_protocol(vm: &mut Vm) {
    use crate::builtins::args::Arity;
    for t in [vm.t.getset_descriptor, vm.t.member_descriptor] {
        vm.add_method_a(t, "__get__", Arity::Pos(1, 2), |vm, a, _| {
            let Some(p) = a[0].downcast::<PropertyObj>() else { return Err(vm.type_error("descriptor '__get__' needs a descriptor")) };
            if a[1].is_none() {
                if a.get(2).map_or(true, |c| c.is_none()) {
                    return Err(vm.type_error("__get__(None, None) is invalid"));
                }
                return Ok(a[0]);
            }
            vm.call(p.fget.get(), &[a[1]], &[])
        });
        vm.add_method_a(t, "__set__", Arity::Pos(2, 2), |vm, a, _| descr_store(vm, a[0], a[1], Some(a[2])));
        install(vm, t, "__name__", false, |_vm, a, _| Ok(a[0].downcast::<PropertyObj>().map_or(Value::NONE, |p| p.name.get())), None);
        install(vm, t, "__objclass__", false, |_vm, a, _| Ok(a[0].downcast::<PropertyObj>().map_or(Value::NONE, |p| p.objclass.get())), None);
        vm.add_method_a(t, "__delete__", Arity::Pos(1, 1), |vm, a, _| descr_store(vm, a[0], a[1], None));
    }
}

/// `d.__set__(obj, v)` / `d.__delete__(obj)` of a builtin descriptor; a
/// read-only one raises what attribute assignment raises.
fn descr_store(vm: &mut Vm, d: Value, obj: Value, v: Option<Value>) -> crate::vm::PyResult {
    let Some(p) = d.downcast::<PropertyObj>() else { return Err(vm.type_error("descriptor '__set__' needs a descriptor")) };
    let f = if v.is_some() { p.fset.get() } else { p.fdel.get() };
    if f.is_none() || f.is_null() {
        let msg = if vm.type_of(d) == vm.t.member_descriptor {
            "readonly attribute".to_string()
        } else {
            let name = p.name.get();
            let n = Vm::str_of(name).unwrap_or("?").to_string();
            let tn = vm.type_of(obj).name();
            format!("attribute '{n}' of '{tn}' objects is not writable")
        };
        return Err(vm.new_error(vm.t.attribute_error, &msg));
    }
    match v {
        Some(v) => vm.call(f, &[obj, v], &[])?,
        None => vm.call(f, &[obj], &[])?,
    };
    Ok(Value::NONE)
}

/// `function.__code__` and `function.__globals__` (what `types` inspects).
pub fn install_function(vm: &mut Vm) {
    install_descriptor_protocol(vm);
    // `type.__dict__['__mro__']` and `['__dict__']`: `inspect.getattr_static`
    // reads classes through them.
    let tt = vm.t.type_;
    install(vm, tt, "__mro__", false, |vm, a, _| type_slot_attr(vm, a[0], "__mro__"), None);
    install(vm, tt, "__dict__", false, |vm, a, _| type_slot_attr(vm, a[0], "__dict__"), None);
    let bt = vm.t.builtin_function;
    vm.add_method_a(bt, "__reduce__", crate::builtins::args::Arity::NoArgs, builtin_reduce);
    vm.add_method_a(bt, "__reduce_ex__", crate::builtins::args::Arity::One, builtin_reduce);
    let t = vm.t.function;
    install(
        vm,
        t,
        "__code__",
        false,
        |vm, a, _| {
            let k = vm.intern("__code__");
            Ok(vm.builtin_instance_attr(a[0], k)?.unwrap_or(Value::NONE))
        },
        Some(|vm, a, _| {
            let k = vm.intern("__code__");
            vm.set_builtin_instance_attr(a[0], k, a[1])?;
            Ok(Value::NONE)
        }),
    );
    // `f.__get__(obj, type=None)`: a bound method, or `f` itself for no instance.
    vm.add_method_a(t, "__get__", crate::builtins::args::Arity::Pos(1, 2), |vm, a, _| {
        let obj = a[1];
        if obj.is_none() && a.get(2).map_or(true, |c| c.is_none()) {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        if obj.is_none() {
            return Ok(a[0]);
        }
        Ok(vm.new_bound_method(a[0], obj))
    });
    install(vm, t, "__globals__", true, |vm, a, _| {
        let k = vm.intern("__globals__");
        Ok(vm.builtin_instance_attr(a[0], k)?.unwrap_or(Value::NONE))
    }, None);
}
