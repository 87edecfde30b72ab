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
    // The accessors index their arguments: declare them (no panic on `d.fget()`).
    let fget = vm.new_builtin_a(name, crate::builtins::args::Arity::Pos(1, 1), get);
    let fset = match set {
        Some(f) => vm.new_builtin_a(name, crate::builtins::args::Arity::Pos(2, 2), f),
        None => Value::NONE,
    };
    let cls = if member { vm.t.member_descriptor } else { vm.t.getset_descriptor };
    let p = PropertyObj { header: ObjHeader::new(cls), fget: Cell::new(fget), fset: Cell::new(fset), fdel: Cell::new(Value::NONE), doc: Cell::new(Value::NONE) };
    let p = vm.alloc(p).value();
    vm.set_type_attr(t, name, p);
}

/// `function.__code__` and `function.__globals__` (what `types` inspects).
pub fn install_function(vm: &mut Vm) {
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
    install(vm, t, "__globals__", true, |vm, a, _| {
        let k = vm.intern("__globals__");
        Ok(vm.builtin_instance_attr(a[0], k)?.unwrap_or(Value::NONE))
    }, None);
}
