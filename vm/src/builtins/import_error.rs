//! `ImportError`'s `name`, `path` and `msg` fields, its keyword-taking
//! `__init__`, `str()` and `__reduce__`, as CPython 3.11's exceptions.c;
//! likewise the `name` (and `obj`) keywords of `NameError` and
//! `AttributeError`.

use super::args::{Arity, Sig};
use super::split_args;
use crate::object::exception::ExceptionObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const FIELDS: [&str; 3] = ["msg", "name", "path"];

/// `ImportError(*args, name=None, path=None)`.
fn import_error_init(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "ImportError", params: &[], posonly: 0, required: 0, kwonly: &["name", "path"] };
    let (pos, kw) = split_args(a, k);
    let Some((&this, args)) = pos.split_first() else { return Ok(Value::NONE) };
    let [name, path] = SIG.parse(vm, &[], k, kw)?;
    if let Some(e) = this.downcast::<ExceptionObj>() {
        let t = vm.new_tuple(args.to_vec());
        e.args.set(t);
    }
    let msg = if args.len() == 1 { args[0] } else { Value::NONE };
    for (f, v) in FIELDS.iter().zip([Some(msg), name, path]) {
        let key = vm.intern(f);
        vm.set_exc_attr(this, key, v.unwrap_or(Value::NONE));
    }
    Ok(Value::NONE)
}

fn field(vm: &mut Vm, e: Value, f: &str) -> PyResult<Value> {
    let key = vm.intern(f);
    vm.getattr(e, key)
}

/// `str(e)`: `msg` when it is a str, else BaseException's str.
fn import_error_str(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let msg = field(vm, a[0], "msg")?;
    if vm.type_of(msg) == vm.t.str_ {
        return Ok(msg);
    }
    let args = vm.exception_args(a[0]);
    match args.len() {
        0 => Ok(vm.new_str("")),
        1 => vm.to_str(args[0]),
        _ => {
            let t = vm.new_tuple(args);
            vm.repr(t)
        }
    }
}

/// `(cls, args)`, plus a state dict with `name`/`path` when set.
fn import_error_reduce(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let e = a[0];
    let cls = vm.type_of(e).value();
    let args = vm.exception_args(e);
    let args = vm.new_tuple(args);
    let state = vm.new_dict();
    for f in ["name", "path"] {
        let v = field(vm, e, f)?;
        if !v.is_none() {
            let key = vm.intern(f);
            state.set_str_key(key, v);
        }
    }
    if state.len() == 0 {
        return Ok(vm.new_tuple(vec![cls, args]));
    }
    Ok(vm.new_tuple(vec![cls, args, state.value()]))
}

/// `AttributeError(*args, name=None, obj=None)`.
fn attribute_error_init(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "AttributeError", params: &[], posonly: 0, required: 0, kwonly: &["name", "obj"] };
    keyword_fields(vm, a, k, &SIG, &["name", "obj"])
}

/// `NameError(*args, name=None)`.
fn name_error_init(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "NameError", params: &[], posonly: 0, required: 0, kwonly: &["name"] };
    keyword_fields(vm, a, k, &SIG, &["name"])
}

/// Set `args` from the positional arguments and `fields` from the keywords.
fn keyword_fields(vm: &mut Vm, a: &[Value], k: &[Value], sig: &'static Sig, fields: &[&str]) -> PyResult {
    let (pos, kw) = split_args(a, k);
    let Some((&this, args)) = pos.split_first() else { return Ok(Value::NONE) };
    let vals: Vec<Option<Value>> = if fields.len() == 2 {
        let [x, y] = sig.parse(vm, &[], k, kw)?;
        vec![x, y]
    } else {
        let [x] = sig.parse(vm, &[], k, kw)?;
        vec![x]
    };
    if let Some(e) = this.downcast::<ExceptionObj>() {
        let t = vm.new_tuple(args.to_vec());
        e.args.set(t);
    }
    for (f, v) in fields.iter().zip(vals) {
        let key = vm.intern(f);
        vm.set_exc_attr(this, key, v.unwrap_or(Value::NONE));
    }
    Ok(Value::NONE)
}

pub fn install(vm: &mut Vm) {
    vm.add_method(vm.t.attribute_error, "__init__", attribute_error_init);
    vm.add_method(vm.t.name_error, "__init__", name_error_init);
    for (t, f) in [(vm.t.attribute_error, "name"), (vm.t.attribute_error, "obj"), (vm.t.name_error, "name")] {
        vm.set_type_attr(t, f, Value::NONE);
    }
    let t = vm.t.import_error;
    vm.add_method(t, "__init__", import_error_init);
    vm.add_method_a(t, "__str__", Arity::NoArgs, import_error_str);
    vm.add_method_a(t, "__reduce__", Arity::NoArgs, import_error_reduce);
    for f in FIELDS {
        vm.set_type_attr(t, f, Value::NONE);
    }
}
