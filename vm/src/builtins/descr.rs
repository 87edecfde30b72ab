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
    let p = PropertyObj { header: ObjHeader::new(cls), fget: Cell::new(fget), fset: Cell::new(fset), fdel: Cell::new(Value::NONE), doc: Cell::new(Value::NONE), name: Cell::new(Value::NULL) };
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

/// `function.__code__` and `function.__globals__` (what `types` inspects).
pub fn install_function(vm: &mut Vm) {
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
