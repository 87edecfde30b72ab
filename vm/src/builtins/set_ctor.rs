//! `set.__new__`, `set.__init__` and `frozenset.__new__`, with CPython
//! 3.11's argument rules: keywords are refused unless a subclass has its
//! own `__init__` (bpo-43413), positional arguments are counted in the
//! method that uses them (`frozenset.__new__`), and
//! `frozenset(f)` of an exact frozenset is `f` itself.

use super::args::expect_count;
use super::split_args;
use crate::modules::cls_arg;
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Keywords are an error for `base` itself and for subclasses that keep
/// its `__init__` (nothing else could accept them).
fn refuse_keywords(vm: &mut Vm, cls: Gc<TypeObj>, base: Gc<TypeObj>, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let init = vm.n.__init__;
    if cls == base || cls.lookup(init) == base.lookup(init) {
        let name = base.name();
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn frozenset_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let cls = cls_arg(vm, a)?;
    let (pos, _) = split_args(a, k);
    refuse_keywords(vm, cls, vm.t.frozenset, k)?;
    expect_count(vm, &cls.name(), pos.len() - 1, 0, 1)?;
    let Some(&src) = pos.get(1) else {
        return Ok(vm.new_set_of_class(cls).value());
    };
    if cls == vm.t.frozenset && vm.type_of(src) == vm.t.frozenset {
        return Ok(src);
    }
    let items = vm.collect_iter(src)?;
    vm.new_set_of_class_from(cls, items)
}

fn set_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let cls = cls_arg(vm, a)?;
    refuse_keywords(vm, cls, vm.t.set, k)?;
    Ok(vm.new_set_of_class(cls).value())
}

pub fn install(vm: &mut Vm) {
    let (set, frozenset) = (vm.t.set, vm.t.frozenset);
    vm.add_method(frozenset, "__new__", frozenset_new);
    vm.add_method(set, "__new__", set_new);
    // Not yet CPython's set_init (which refuses keywords, counts its
    // arguments and empties the set first): doing so changed the native
    // stack layout enough for weakref_stdlib's `del o; gc.collect()` to
    // miss `o` under gc-stress (a stale conservative root); see docs/compat.md.
    vm.add_method(set, "__init__", |vm, a, _| {
        if let Some(x) = a.get(1) {
            for v in vm.collect_iter(*x)? {
                vm.set_add(a[0], v)?;
            }
        }
        Ok(Value::NONE)
    });
}
