//! `_collections`: `deque` (deque.rs), `defaultdict` (defaultdict.rs),
//! `_count_elements` (Counter's helper), `_tuplegetter` (namedtuple's field
//! descriptors) and the deque iterator types. `OrderedDict` is not
//! provided: `collections` then keeps its pure-Python version.

mod defaultdict;
mod deque;
mod deque_seq;

pub use deque_seq::deque_iter_next;

use super::{add_fn_a, export_type, iterator_methods};
use crate::builtins::args::Arity;
use crate::object::dict::DictObj;
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let mt = &vm.mt;
    let (dq, it, rit, dd, tg) = (mt.deque, mt.deque_iter, mt.deque_rev_iter, mt.defaultdict, mt.tuplegetter);
    export_type(vm, m, dq, "collections", false);
    super::add_value(vm, m, "deque", dq.value());
    export_type(vm, m, dd, "collections", false);
    super::add_value(vm, m, "defaultdict", dd.value());
    for t in [it, rit, tg] {
        export_type(vm, m, t, "_collections", true);
    }
    iterator_methods(vm, it);
    iterator_methods(vm, rit);
    deque::install(vm);
    defaultdict::install(vm);
    tuplegetter(vm);
    add_fn_a(vm, m, "_count_elements", Arity::Pos(2, 2), count_elements);
    let doc = vm.new_str("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n");
    super::add_value(vm, m, "__doc__", doc);
    Ok(())
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1`
/// for every item (directly on the table when `mapping` is a dict whose
/// `get` and `__setitem__` are dict's).
fn count_elements(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let (mapping, iterable) = (a[0], a[1]);
    let it = vm.get_iter(iterable)?;
    let one = Value::from_small_int(1);
    let t = vm.type_of(mapping);
    let get = vm.intern("get");
    let plain = mapping.downcast::<DictObj>().filter(|_| {
        let d = vm.t.dict;
        mapping.layout() == Some(crate::object::Layout::Dict)
            && t.lookup(get) == d.dict.get_str_key(get)
            && t.lookup(vm.n.__setitem__) == d.dict.get_str_key(vm.n.__setitem__)
    });
    if let Some(d) = plain {
        while let Some(x) = vm.iter_next(it)? {
            let new = match vm.dict_lookup(d, x)? {
                Some(old) => vm.binary_op(old, one, crate::bytecode::BinOp::Add, false)?,
                None => one,
            };
            vm.dict_set(d, x, new)?;
        }
        return Ok(Value::NONE);
    }
    let bound_get = vm.getattr(mapping, get)?;
    let zero = Value::from_small_int(0);
    while let Some(x) = vm.iter_next(it)? {
        let old = vm.call(bound_get, &[x, zero], &[])?;
        let new = vm.binary_op(old, one, crate::bytecode::BinOp::Add, false)?;
        vm.setitem(mapping, x, new)?;
    }
    Ok(Value::NONE)
}

/// `_tuplegetter(index, doc)`: a data descriptor reading `obj[index]` of a
/// tuple (namedtuple fields); slots: index, doc.
fn tuplegetter(vm: &mut Vm) {
    use crate::object::ext::NativeObj;
    let t = vm.mt.tuplegetter;
    vm.add_method(t, "__new__", |vm, a, k| {
        let (pos, _) = crate::builtins::split_args(a, k);
        let cls = super::cls_arg(vm, pos)?;
        if !k.is_empty() {
            return Err(vm.type_error("_tuplegetter() takes no keyword arguments"));
        }
        crate::builtins::args::expect_count(vm, "_tuplegetter", pos.len() - 1, 2, 2)?;
        let idx = crate::builtins::bytes_args::ssize_arg(vm, pos[1])?;
        let idx = vm.new_int(idx);
        Ok(super::new_native(vm, cls, &[idx, pos[2]]))
    });
    vm.add_method_a(t, "__get__", Arity::Pos(1, 2), |vm, a, _| {
        let g = a[0].downcast::<NativeObj>().map(|g| g.slot(0)).unwrap_or(Value::NONE);
        let obj = a[1];
        if obj.is_none() {
            return Ok(a[0]);
        }
        let Some(tup) = obj.downcast::<crate::object::seq::TupleObj>() else {
            let n = vm.type_name(obj);
            return Err(vm.type_error(&format!("descriptor for index '{}' for tuple subclasses doesn't apply to '{n}' object", vm.as_i64(g).unwrap_or(0))));
        };
        let i = vm.as_i64(g).unwrap_or(0);
        match tup.items.get(i as usize).filter(|_| i >= 0) {
            Some(v) => Ok(*v),
            None => Err(vm.index_error("tuple index out of range")),
        }
    });
    vm.add_method_a(t, "__repr__", Arity::NoArgs, |vm, a, _| {
        let g = a[0].downcast::<NativeObj>();
        let (i, doc) = (g.map(|g| g.slot(0)).unwrap_or(Value::NONE), g.map(|g| g.slot(1)).unwrap_or(Value::NONE));
        let (i, doc) = (vm.repr_string(i)?, vm.repr_string(doc)?);
        Ok(vm.new_string(format!("_tuplegetter({i}, {doc})")))
    });
    vm.add_method_a(t, "__reduce__", Arity::NoArgs, |vm, a, _| {
        let g = a[0].downcast::<NativeObj>();
        let (i, doc) = (g.map(|g| g.slot(0)).unwrap_or(Value::NONE), g.map(|g| g.slot(1)).unwrap_or(Value::NONE));
        let args = vm.new_tuple(vec![i, doc]);
        let cls = vm.type_of(a[0]).value();
        Ok(vm.new_tuple(vec![cls, args]))
    });
    vm.add_method_a(t, "__set__", Arity::Pos(2, 2), |vm, _a, _| Err(vm.new_error(vm.t.attribute_error, "can't set attribute")));
    vm.add_method_a(t, "__delete__", Arity::Pos(1, 1), |vm, _a, _| Err(vm.new_error(vm.t.attribute_error, "can't delete attribute")));
    crate::builtins::descr::install(vm, t, "__doc__", true, |_vm, a, _| {
        Ok(a[0].downcast::<NativeObj>().map(|g| g.slot(1)).unwrap_or(Value::NONE))
    }, Some(|_vm, a, _| {
        if let Some(g) = a[0].downcast::<NativeObj>() {
            if let Some(c) = g.slots.get(1) {
                c.set(a[1]);
            }
        }
        Ok(Value::NONE)
    }));
}
