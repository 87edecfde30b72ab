//! `object.__reduce__` / `object.__reduce_ex__`: what copy and pickle use
//! for instances of classes without their own `__reduce__`.
//!
//! Every protocol gets CPython's protocol-2 form
//! `(copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems)`
//! (`copyreg.__newobj_ex__` with `(cls, args, kwargs)` when
//! `__getnewargs_ex__` gives keywords). CPython answers protocols 0 and 1
//! with `copyreg._reduce_ex`, which needs `type.__flags__` (not provided):
//! unfinished, see docs/compat.md.

use crate::object::dict::DictObj;
use crate::object::seq::{ListObj, TupleObj};
use crate::object::Layout;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.t.object;
    vm.add_method(t, "__reduce_ex__", |vm, a, _| {
        // A class's own __reduce__ wins (as in CPython).
        let t = vm.type_of(a[0]);
        let red = vm.intern("__reduce__");
        let base = vm.t.object.dict.get_str_key(red);
        if let Some(f) = t.lookup(red) {
            if Some(f) != base {
                let bound = vm.bind_descriptor(f, a[0], t.value())?;
                return vm.call(bound, &[], &[]);
            }
        }
        object_reduce(vm, a[0])
    });
    vm.add_method(t, "__reduce__", |vm, a, _| object_reduce(vm, a[0]));
}

/// The arguments `cls.__new__` needs, from `__getnewargs_ex__` or
/// `__getnewargs__`: `(args, kwargs)`, both possibly absent.
fn new_args(vm: &mut Vm, obj: Value) -> PyResult<(Option<Value>, Option<Value>)> {
    let ex = vm.intern("__getnewargs_ex__");
    if let Some(f) = vm.getattr_opt(obj, ex)? {
        let r = vm.call(f, &[], &[])?;
        let Some(pair) = r.downcast::<TupleObj>() else {
            let tn = vm.type_name(r);
            return Err(vm.type_error(&format!("__getnewargs_ex__ should return a tuple, not '{tn}'")));
        };
        if pair.items.len() != 2 {
            let n = pair.items.len();
            return Err(vm.value_error(&format!("__getnewargs_ex__ should return a tuple of length 2, not {n}")));
        }
        let (args, kwargs) = (pair.items[0], pair.items[1]);
        if args.downcast::<TupleObj>().is_none() {
            let tn = vm.type_name(args);
            return Err(vm.type_error(&format!("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{tn}'")));
        }
        if kwargs.layout() != Some(Layout::Dict) {
            let tn = vm.type_name(kwargs);
            return Err(vm.type_error(&format!("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{tn}'")));
        }
        return Ok((Some(args), Some(kwargs)));
    }
    let plain = vm.intern("__getnewargs__");
    if let Some(f) = vm.getattr_opt(obj, plain)? {
        let r = vm.call(f, &[], &[])?;
        if r.downcast::<TupleObj>().is_none() {
            let tn = vm.type_name(r);
            return Err(vm.type_error(&format!("__getnewargs__ should return a tuple, not '{tn}'")));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

/// CPython's `reduce_newobj`.
pub fn object_reduce(vm: &mut Vm, obj: Value) -> PyResult {
    let cls = vm.type_of(obj).value();
    let (args, kwargs) = new_args(vm, obj)?;
    let has_kwargs = kwargs.and_then(|k| k.downcast::<DictObj>()).is_some_and(|d| d.len() > 0);
    let (ctor, ctor_args) = if has_kwargs {
        let f = crate::modules::module_attr(vm, "copyreg", "__newobj_ex__")?;
        let args = args.unwrap_or(Value::NONE);
        (f, vm.new_tuple(vec![cls, args, kwargs.unwrap_or(Value::NONE)]))
    } else {
        let f = crate::modules::module_attr(vm, "copyreg", "__newobj__")?;
        let mut v = vec![cls];
        if let Some(t) = args.and_then(|a| a.downcast::<TupleObj>()) {
            v.extend_from_slice(&t.items);
        }
        (f, vm.new_tuple(v))
    };
    let gs = vm.intern("__getstate__");
    let state = match vm.getattr_opt(obj, gs)? {
        Some(f) => vm.call(f, &[], &[])?,
        None => Value::NONE,
    };
    // List and dict subclasses hand over their items through iterators.
    let list_items = if obj.downcast::<ListObj>().is_some() { vm.get_iter(obj)? } else { Value::NONE };
    let dict_items = if obj.layout() == Some(Layout::Dict) {
        let name = vm.intern("items");
        let items = vm.call_method(obj, name, &[])?;
        vm.get_iter(items)?
    } else {
        Value::NONE
    };
    Ok(vm.new_tuple(vec![ctor, ctor_args, state, list_items, dict_items]))
}
