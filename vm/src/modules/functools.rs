//! `_functools`: `reduce`, `cmp_to_key` (objects of class
//! `functools.KeyWrapper`, slots: cmp, obj) and `partial` (slots: func, args
//! tuple, keywords dict; instances have a `__dict__`). `_lru_cache_wrapper`
//! is not provided: `functools` keeps its pure-Python `lru_cache`.

use super::{add_fn_a, cls_arg, export_type, new_native};
use crate::builtins::args::{Arity, Sig};
use crate::builtins::split_args;
use crate::bytecode::CmpOp;
use crate::object::dict::DictObj;
use crate::object::ext::NativeObj;
use crate::object::module::ModuleObj;
use crate::object::seq::TupleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let (partial, kw) = (vm.mt.partial, vm.mt.key_wrapper);
    export_type(vm, m, partial, "functools", true);
    export_type(vm, m, kw, "functools", false);
    add_fn_a(vm, m, "reduce", Arity::Any, reduce);
    add_fn_a(vm, m, "cmp_to_key", Arity::Kw, |vm, a, k| {
        static SIG: Sig = Sig { name: "cmp_to_key", params: &["mycmp"], posonly: 0, required: 1, kwonly: &[] };
        let (pos, kw) = split_args(a, k);
        let [cmp] = SIG.parse(vm, pos, k, kw)?;
        Ok(new_native(vm, vm.mt.key_wrapper, &[cmp.unwrap_or(Value::NONE), Value::NULL]))
    });
    key_wrapper(vm);
    partial_type(vm);
    let doc = vm.new_str("Tools that operate on functions.");
    super::add_value(vm, m, "__doc__", doc);
    Ok(())
}

/// `reduce(function, iterable[, initial])` (METH_VARARGS: its messages
/// name it without the module).
fn reduce(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    if !k.is_empty() {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    crate::builtins::args::expect_count(vm, "reduce", a.len(), 2, 3)?;
    let it = match vm.get_iter(a[1]) {
        Ok(it) => it,
        Err(e) if vm.is_instance(e.0, vm.t.type_error) => return Err(vm.type_error("reduce() arg 2 must support iteration")),
        Err(e) => return Err(e),
    };
    let mut acc = a.get(2).copied();
    while let Some(x) = vm.iter_next(it)? {
        acc = Some(match acc {
            None => x,
            Some(r) => vm.call(a[0], &[r, x], &[])?,
        });
    }
    match acc {
        Some(r) => Ok(r),
        None => Err(vm.type_error("reduce() of empty iterable with no initial value")),
    }
}

fn native(v: Value) -> Option<Gc<NativeObj>> {
    v.downcast::<NativeObj>()
}

fn key_wrapper(vm: &mut Vm) {
    let t = vm.mt.key_wrapper;
    vm.add_method(t, "__call__", |vm, a, k| {
        static SIG: Sig = Sig { name: "K", params: &["obj"], posonly: 0, required: 1, kwonly: &[] };
        let (pos, kw) = split_args(a, k);
        let [obj] = SIG.parse(vm, &pos[1..], k, kw)?;
        let cmp = native(a[0]).map(|n| n.slot(0)).unwrap_or(Value::NONE);
        Ok(new_native(vm, vm.mt.key_wrapper, &[cmp, obj.unwrap_or(Value::NONE)]))
    });
    for op in CmpOp::ALL {
        let f: crate::object::function::NativeFn = match op {
            CmpOp::Lt => |vm, a, _| key_compare(vm, a, CmpOp::Lt),
            CmpOp::Le => |vm, a, _| key_compare(vm, a, CmpOp::Le),
            CmpOp::Eq => |vm, a, _| key_compare(vm, a, CmpOp::Eq),
            CmpOp::Ne => |vm, a, _| key_compare(vm, a, CmpOp::Ne),
            CmpOp::Gt => |vm, a, _| key_compare(vm, a, CmpOp::Gt),
            CmpOp::Ge => |vm, a, _| key_compare(vm, a, CmpOp::Ge),
        };
        vm.add_method_a(t, op.dunder(), Arity::One, f);
    }
    vm.set_type_attr(t, "__hash__", Value::NONE);
    crate::builtins::descr::install(vm, t, "obj", true, |vm, a, _| {
        match native(a[0]).map(|n| n.slot(1)).filter(|v| !v.is_null()) {
            Some(v) => Ok(v),
            None => Err(vm.new_error(vm.t.attribute_error, "obj")),
        }
    }, Some(|_vm, a, _| {
        if let Some(n) = native(a[0]) {
            if let Some(c) = n.slots.get(1) {
                c.set(a[1]);
            }
        }
        Ok(Value::NONE)
    }));
}

/// `cmp(self.obj, other.obj) <op> 0`.
fn key_compare(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult {
    if vm.type_of(a[1]) != vm.mt.key_wrapper {
        return Err(vm.type_error("other argument must be K instance"));
    }
    let (Some(x), Some(y)) = (native(a[0]), native(a[1])) else { return Ok(Value::NOT_IMPLEMENTED) };
    let (p, q) = (x.slot(1), y.slot(1));
    if p.is_null() || q.is_null() {
        return Err(vm.new_error(vm.t.attribute_error, "object"));
    }
    let r = vm.call(x.slot(0), &[p, q], &[])?;
    vm.compare(r, Value::from_small_int(0), op)
}

fn partial_type(vm: &mut Vm) {
    let t = vm.mt.partial;
    t.attrs_offset.set(std::mem::offset_of!(NativeObj, attrs));
    t.flags.set(t.flags.get() | crate::object::typeobj::tflags::HAS_ATTRS);
    vm.add_method(t, "__new__", partial_new);
    vm.add_method(t, "__call__", partial_call);
    vm.add_method_a(t, "__repr__", Arity::NoArgs, partial_repr);
    vm.add_method_a(t, "__reduce__", Arity::NoArgs, |vm, a, _| {
        let p = native(a[0]).ok_or_else(|| vm.type_error("partial expected"))?;
        let cls = vm.type_of(a[0]).value();
        let func = p.slot(0);
        let kw = p.slot(2).downcast::<DictObj>().filter(|d| d.len() > 0).map(|d| d.value()).unwrap_or(Value::NONE);
        let dict = match crate::object::attrs::attrs_of(a[0]) {
            Some(at) if at.values.with(|v| !v.is_empty()) || at.dict.get().is_some() => vm.materialize_dict(a[0], at).value(),
            _ => Value::NONE,
        };
        let fargs = vm.new_tuple(vec![func]);
        let state = vm.new_tuple(vec![func, p.slot(1), kw, dict]);
        Ok(vm.new_tuple(vec![cls, fargs, state]))
    });
    vm.add_method_a(t, "__setstate__", Arity::One, partial_setstate);
    for (name, i) in [("func", 0usize), ("args", 1), ("keywords", 2)] {
        let get: crate::object::function::NativeFn = match i {
            0 => |_vm, a, _| Ok(native(a[0]).map(|p| p.slot(0)).unwrap_or(Value::NONE)),
            1 => |_vm, a, _| Ok(native(a[0]).map(|p| p.slot(1)).unwrap_or(Value::NONE)),
            _ => |_vm, a, _| Ok(native(a[0]).map(|p| p.slot(2)).unwrap_or(Value::NONE)),
        };
        crate::builtins::descr::install(vm, t, name, true, get, None);
    }
    crate::modules::add_class_getitem(vm, t);
}

/// `partial(func, /, *args, **keywords)`; a partial without instance
/// attributes is flattened into the new one.
fn partial_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kwv) = split_args(a, k);
    let cls = cls_arg(vm, pos)?;
    let Some(&first) = pos.get(1) else { return Err(vm.type_error("type 'partial' takes at least one argument")) };
    let mut func = first;
    let mut args: Vec<Value> = Vec::new();
    let kw = vm.new_dict();
    let call = vm.n.__call__;
    let partial_call_fn = vm.mt.partial.dict.get_str_key(call);
    if let Some(p) = native(func).filter(|_| vm.type_of(func).lookup(call) == partial_call_fn) {
        let no_dict = crate::object::attrs::attrs_of(func).map_or(true, |at| at.values.with(|v| v.is_empty()) && at.dict.get().is_none());
        if no_dict {
            if let Some(t) = p.slot(1).downcast::<TupleObj>() {
                args.extend(t.items.iter().copied());
            }
            if let Some(d) = p.slot(2).downcast::<DictObj>() {
                for (key, v) in d.items() {
                    vm.dict_set(kw, key, v)?;
                }
            }
            func = p.slot(0);
        }
    }
    if !super::is_callable(vm, func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    args.extend_from_slice(&pos[2..]);
    for (name, v) in k.iter().zip(kwv) {
        vm.dict_set(kw, *name, *v)?;
    }
    let args = vm.new_tuple(args);
    Ok(new_native(vm, cls, &[func, args, kw.value()]))
}

fn partial_call(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let p = native(a[0]).ok_or_else(|| vm.type_error("partial expected"))?;
    let (pos, kwv) = split_args(&a[1..], k);
    let mut args: Vec<Value> = p.slot(1).downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default();
    args.extend_from_slice(pos);
    let stored = p.slot(2).downcast::<DictObj>().map(|d| d.items()).unwrap_or_default();
    if stored.is_empty() {
        args.extend_from_slice(kwv);
        return vm.call(p.slot(0), &args, k);
    }
    if stored.iter().any(|(n, _)| Vm::str_of(*n).is_none()) {
        return Err(vm.type_error("keywords must be strings"));
    }
    let mut names: Vec<Value> = stored.iter().map(|(n, _)| *n).collect();
    let mut vals: Vec<Value> = stored.iter().map(|(_, v)| *v).collect();
    for (n, v) in k.iter().zip(kwv) {
        match names.iter().position(|x| x == n || Vm::str_of(*x) == Vm::str_of(*n)) {
            Some(i) => vals[i] = *v,
            None => {
                names.push(*n);
                vals.push(*v);
            }
        }
    }
    args.extend(vals);
    vm.call(p.slot(0), &args, &names)
}

fn partial_repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let p = native(a[0]).ok_or_else(|| vm.type_error("partial expected"))?;
    if vm.repr_stack.contains(&a[0]) {
        return Ok(vm.new_str("..."));
    }
    vm.repr_stack.push(a[0]);
    let r = partial_repr_body(vm, p);
    vm.repr_stack.pop();
    let body = r?;
    let name = vm.type_name(a[0]);
    Ok(vm.new_string(format!("{name}({body})")))
}

fn partial_repr_body(vm: &mut Vm, p: Gc<NativeObj>) -> PyResult<String> {
    let mut s = vm.repr_string(p.slot(0))?;
    let args: Vec<Value> = p.slot(1).downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default();
    for x in args {
        s.push_str(", ");
        s.push_str(&vm.repr_string(x)?);
    }
    let kws = p.slot(2).downcast::<DictObj>().map(|d| d.items()).unwrap_or_default();
    for (key, v) in kws {
        s.push_str(", ");
        s.push_str(&vm.to_string(key)?);
        s.push('=');
        s.push_str(&vm.repr_string(v)?);
    }
    Ok(s)
}

fn partial_setstate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let p = native(a[0]).ok_or_else(|| vm.type_error("partial expected"))?;
    let state = a[1].downcast::<TupleObj>().filter(|t| t.len() == 4);
    let Some(st) = state else { return Err(vm.type_error("invalid partial state")) };
    let (func, fargs, kw, dict) = (st.items[0], st.items[1], st.items[2], st.items[3]);
    let ok = super::is_callable(vm, func)
        && fargs.downcast::<TupleObj>().is_some()
        && (kw.is_none() || kw.layout() == Some(crate::object::Layout::Dict));
    if !ok {
        return Err(vm.type_error("invalid partial state"));
    }
    let fargs = if vm.type_of(fargs) == vm.t.tuple { fargs } else { vm.new_tuple(fargs.downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default()) };
    let kwd = vm.new_dict();
    if let Some(d) = kw.downcast::<DictObj>() {
        for (key, v) in d.items() {
            vm.dict_set(kwd, key, v)?;
        }
    }
    p.slots[0].set(func);
    p.slots[1].set(fargs);
    p.slots[2].set(kwd.value());
    if let Some(d) = dict.downcast::<DictObj>() {
        for (key, v) in d.items() {
            vm.setattr(a[0], key, v)?;
        }
    }
    Ok(Value::NONE)
}
