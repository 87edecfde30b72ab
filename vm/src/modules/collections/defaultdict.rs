//! `collections.defaultdict`: a dict (layout `Dict`, so every dict fast
//! path applies) whose instances carry an attribute store holding the one
//! slot `default_factory`; the class has no `__dict__` (`NO_DICT`), as in
//! CPython. `d[k]` reaches `__missing__` through the dict subscript path.

use crate::builtins::args::Arity;
use crate::builtins::split_args;
use crate::modules::cls_arg;
use crate::object::attrs::{attrs_of, Attrs, WithAttrs};
use crate::object::dict::DictObj;
use crate::object::typeobj::tflags;
use crate::object::ObjHeader;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.mt.defaultdict;
    t.attrs_offset.set(crate::builtins::types::with_attrs_offset::<DictObj>());
    t.flags.set(t.flags.get() | tflags::NO_DICT);
    let slot = vm.intern("default_factory");
    t.slot_names.with_mut(|s| *s = Some(vec![slot]));
    vm.add_method(t, "__new__", |vm, a, _| {
        let cls = cls_arg(vm, a)?;
        let attrs = Attrs::new(vm.root_shape);
        let d = vm.alloc(WithAttrs { base: DictObj::new(ObjHeader::new(cls)), attrs }).value();
        set_factory(vm, d, Value::NONE)?;
        Ok(d)
    });
    vm.add_method(t, "__init__", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        let mut rest: Vec<Value> = vec![a[0]];
        if let Some(&f) = pos.get(1) {
            if !f.is_none() && !crate::modules::is_callable(vm, f) {
                return Err(vm.type_error("first argument must be callable or None"));
            }
            set_factory(vm, a[0], f)?;
            rest.extend_from_slice(&a[2..]);
        } else {
            rest.extend_from_slice(&a[1..]);
        }
        let init = vm.t.dict.dict.get_str_key(vm.n.__init__).unwrap_or(Value::NONE);
        vm.call(init, &rest, k)?;
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "__missing__", Arity::One, |vm, a, _| {
        let f = factory(vm, a[0]);
        if f.is_none() {
            return Err(vm.key_error(a[1]));
        }
        let v = vm.call(f, &[], &[])?;
        vm.setitem(a[0], a[1], v)?;
        Ok(v)
    });
    vm.add_method_a(t, "__repr__", Arity::NoArgs, |vm, a, _| {
        let base = vm.native_repr(a[0])?;
        let f = factory(vm, a[0]);
        let fr = if f.is_none() {
            "None".to_string()
        } else if vm.repr_stack.contains(&f) {
            "...".to_string()
        } else {
            vm.repr_stack.push(f);
            let r = vm.repr_string(f);
            vm.repr_stack.pop();
            r?
        };
        let n = vm.type_name(a[0]);
        let name = n.rsplit('.').next().unwrap_or(&n);
        Ok(vm.new_string(format!("{name}({fr}, {base})")))
    });
    vm.add_method_a(t, "copy", Arity::NoArgs, copy);
    vm.add_method_a(t, "__copy__", Arity::NoArgs, copy);
    vm.add_method_a(t, "__reduce__", Arity::NoArgs, |vm, a, _| {
        let f = factory(vm, a[0]);
        let args = if f.is_none() { vm.new_tuple(vec![]) } else { vm.new_tuple(vec![f]) };
        let items = vm.intern("items");
        let items = vm.getattr(a[0], items)?;
        let items = vm.call(items, &[], &[])?;
        let it = vm.get_iter(items)?;
        let cls = vm.type_of(a[0]).value();
        Ok(vm.new_tuple(vec![cls, args, Value::NONE, Value::NONE, it]))
    });
    vm.add_method_a(t, "__or__", Arity::One, |vm, a, _| or(vm, a[0], a[1], a[0]));
    vm.add_method_a(t, "__ror__", Arity::One, |vm, a, _| or(vm, a[1], a[0], a[0]));
    vm.set_type_attr(t, "__hash__", Value::NONE);
    crate::modules::add_class_getitem(vm, t);
}

fn factory(vm: &mut Vm, d: Value) -> Value {
    let k = vm.intern("default_factory");
    attrs_of(d).and_then(|a| a.get(k)).unwrap_or(Value::NONE)
}

fn set_factory(vm: &mut Vm, d: Value, f: Value) -> PyResult<()> {
    let k = vm.intern("default_factory");
    vm.store_instance_attr(d, k, f)?;
    Ok(())
}

/// `type(d)(d.default_factory, d)`.
fn copy(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = factory(vm, a[0]);
    let cls = vm.type_of(a[0]).value();
    vm.call(cls, &[f, a[0]], &[])
}

/// `left | right` where `me` (a defaultdict) supplies the class and factory.
fn or(vm: &mut Vm, left: Value, right: Value, me: Value) -> PyResult {
    if left.layout() != Some(crate::object::Layout::Dict) || right.layout() != Some(crate::object::Layout::Dict) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let f = factory(vm, me);
    let cls = vm.type_of(me).value();
    let new = vm.call(cls, &[f, left], &[])?;
    let update = vm.intern("update");
    let up = vm.getattr(new, update)?;
    vm.call(up, &[right], &[])?;
    Ok(new)
}
