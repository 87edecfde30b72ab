//! `_operator`: `itemgetter` (slot: items tuple), `attrgetter` (slots: the
//! names as given, and per name a tuple of its interned dotted parts) and
//! `methodcaller` (slots: name, args tuple, kwargs dict), and the operator
//! functions in funcs.rs; `operator.py` keeps its pure-Python definitions
//! of everything else.

mod funcs;

use super::{cls_arg, export_type, new_native};
use crate::builtins::args::{expect_count, Arity};
use crate::builtins::split_args;
use crate::object::dict::DictObj;
use crate::object::ext::NativeObj;
use crate::object::module::ModuleObj;
use crate::object::seq::TupleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    add_compare_digest(vm, m);
    let mt = &vm.mt;
    let (ig, ag, mc) = (mt.itemgetter, mt.attrgetter, mt.methodcaller);
    for t in [ig, ag, mc] {
        export_type(vm, m, t, "operator", true);
    }
    vm.add_method(ig, "__new__", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        let cls = cls_arg(vm, pos)?;
        no_kw(vm, k, "itemgetter")?;
        if pos.len() < 2 {
            expect_count(vm, "itemgetter", 0, 1, 1)?;
        }
        let items = vm.new_tuple(pos[1..].to_vec());
        Ok(new_native(vm, cls, &[items]))
    });
    vm.add_method(ig, "__call__", |vm, a, k| {
        let obj = call_arg(vm, a, k, "itemgetter")?;
        let items = tuple_items(slot(a[0], 0));
        if let [one] = items[..] {
            return vm.getitem(obj, one);
        }
        let mut out = Vec::with_capacity(items.len());
        for key in items {
            let v = vm.getitem(obj, key)?;
            vm.extra_roots.push(v);
            out.push(v);
        }
        Ok(vm.new_tuple(out))
    });
    vm.add_method_a(ig, "__repr__", Arity::NoArgs, |vm, a, _| {
        let items = tuple_items(slot(a[0], 0));
        repr_call(vm, a[0], &items, &[])
    });
    vm.add_method_a(ig, "__reduce__", Arity::NoArgs, |vm, a, _| {
        let cls = vm.type_of(a[0]).value();
        Ok(vm.new_tuple(vec![cls, slot(a[0], 0)]))
    });

    vm.add_method(ag, "__new__", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        let cls = cls_arg(vm, pos)?;
        no_kw(vm, k, "attrgetter")?;
        if pos.len() < 2 {
            expect_count(vm, "attrgetter", 0, 1, 1)?;
        }
        let mut parsed = Vec::with_capacity(pos.len() - 1);
        for name in &pos[1..] {
            let Some(s) = Vm::str_of(*name) else { return Err(vm.type_error("attribute name must be a string")) };
            let parts: Vec<Value> = s.split('.').map(|p| vm.intern(p)).collect();
            let t = vm.new_tuple(parts);
            parsed.push(t);
        }
        let names = vm.new_tuple(pos[1..].to_vec());
        let parsed = vm.new_tuple(parsed);
        Ok(new_native(vm, cls, &[names, parsed]))
    });
    vm.add_method(ag, "__call__", |vm, a, k| {
        let obj = call_arg(vm, a, k, "attrgetter")?;
        let paths = tuple_items(slot(a[0], 1));
        let mut out = Vec::with_capacity(paths.len());
        for path in &paths {
            let mut v = obj;
            for part in tuple_items(*path) {
                v = vm.getattr(v, part)?;
            }
            if paths.len() == 1 {
                return Ok(v);
            }
            vm.extra_roots.push(v);
            out.push(v);
        }
        Ok(vm.new_tuple(out))
    });
    vm.add_method_a(ag, "__repr__", Arity::NoArgs, |vm, a, _| {
        let names = tuple_items(slot(a[0], 0));
        repr_call(vm, a[0], &names, &[])
    });
    vm.add_method_a(ag, "__reduce__", Arity::NoArgs, |vm, a, _| {
        let cls = vm.type_of(a[0]).value();
        Ok(vm.new_tuple(vec![cls, slot(a[0], 0)]))
    });

    vm.add_method(mc, "__new__", |vm, a, k| {
        let (pos, kw) = split_args(a, k);
        let cls = cls_arg(vm, pos)?;
        let Some(&name) = pos.get(1) else { return Err(vm.type_error("methodcaller needs at least one argument, the method name")) };
        if Vm::str_of(name).is_none() {
            return Err(vm.type_error("method name must be a string"));
        }
        let name = vm.intern_value(name);
        let args = vm.new_tuple(pos[2..].to_vec());
        let d = vm.new_dict();
        for (n, v) in k.iter().zip(kw) {
            vm.dict_set(d, *n, *v)?;
        }
        Ok(new_native(vm, cls, &[name, args, d.value()]))
    });
    vm.add_method(mc, "__call__", |vm, a, k| {
        let obj = call_arg(vm, a, k, "methodcaller")?;
        let f = vm.getattr(obj, slot(a[0], 0))?;
        let mut args = tuple_items(slot(a[0], 1));
        let kw = slot(a[0], 2).downcast::<DictObj>().map(|d| d.items()).unwrap_or_default();
        let names: Vec<Value> = kw.iter().map(|(n, _)| *n).collect();
        args.extend(kw.iter().map(|(_, v)| *v));
        vm.call(f, &args, &names)
    });
    vm.add_method_a(mc, "__repr__", Arity::NoArgs, |vm, a, _| {
        let mut args = vec![slot(a[0], 0)];
        args.extend(tuple_items(slot(a[0], 1)));
        let kw = slot(a[0], 2).downcast::<DictObj>().map(|d| d.items()).unwrap_or_default();
        repr_call(vm, a[0], &args, &kw)
    });
    vm.add_method_a(mc, "__reduce__", Arity::NoArgs, |vm, a, _| {
        let cls = vm.type_of(a[0]).value();
        let (name, args) = (slot(a[0], 0), slot(a[0], 1));
        let kw = slot(a[0], 2).downcast::<DictObj>().map(|d| d.items()).unwrap_or_default();
        if kw.is_empty() {
            let mut all = vec![name];
            all.extend(tuple_items(args));
            let all = vm.new_tuple(all);
            return Ok(vm.new_tuple(vec![cls, all]));
        }
        // `partial(methodcaller, name, **kwargs)` called with the args.
        let partial = vm.mt.partial.value();
        let mut pargs = vec![cls, name];
        pargs.extend(kw.iter().map(|(_, v)| *v));
        let names: Vec<Value> = kw.iter().map(|(n, _)| *n).collect();
        let p = vm.call(partial, &pargs, &names)?;
        Ok(vm.new_tuple(vec![p, args]))
    });
    funcs::install(vm, m);
    let doc = vm.new_str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
    super::add_value(vm, m, "__doc__", doc);
    Ok(())
}

fn no_kw(vm: &mut Vm, k: &[Value], name: &str) -> PyResult<()> {
    if k.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(&format!("{name}() takes no keyword arguments")))
    }
}

/// The one argument of a getter's call.
fn call_arg(vm: &mut Vm, a: &[Value], k: &[Value], name: &str) -> PyResult<Value> {
    no_kw(vm, k, name)?;
    expect_count(vm, name, a.len() - 1, 1, 1)?;
    Ok(a[1])
}

fn slot(v: Value, i: usize) -> Value {
    v.downcast::<NativeObj>().map(|n| n.slot(i)).unwrap_or(Value::NONE)
}

fn tuple_items(v: Value) -> Vec<Value> {
    v.downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default()
}

/// `operator.itemgetter(1, 'a')`: the class's full name, reprs of the
/// arguments and `name=repr` keywords.
fn repr_call(vm: &mut Vm, me: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if vm.repr_stack.contains(&me) {
        let n = vm.type_name(me);
        return Ok(vm.new_string(format!("{n}(...)")));
    }
    vm.repr_stack.push(me);
    let mut parts = Vec::new();
    let mut res = Ok(());
    for x in args {
        match vm.repr_string(*x) {
            Ok(r) => parts.push(r),
            Err(e) => {
                res = Err(e);
                break;
            }
        }
    }
    for (n, v) in kw {
        if res.is_err() {
            break;
        }
        match vm.repr_string(*v) {
            Ok(r) => parts.push(format!("{}={r}", Vm::str_of(*n).unwrap_or("?"))),
            Err(e) => res = Err(e),
        }
    }
    vm.repr_stack.pop();
    res?;
    let n = vm.type_name(me);
    Ok(vm.new_string(format!("{n}({})", parts.join(", "))))
}

/// `_compare_digest(a, b)`: equality of two ASCII strs or two bytes-like
/// objects in time independent of where they differ (`hmac.compare_digest`).
fn compare_digest(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    use crate::object::seq::BytesObj;
    let (x, y) = (a[0], a[1]);
    let bytes = |v: Value| v.downcast::<BytesObj>().map(|b| b.data.with(|d| d.clone()));
    let (l, r) = match (Vm::str_of(x), Vm::str_of(y)) {
        (Some(s), Some(t)) => {
            if !s.is_ascii() || !t.is_ascii() {
                return Err(vm.type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (s.as_bytes().to_vec(), t.as_bytes().to_vec())
        }
        _ => {
            if bytes(x).is_none() && bytes(y).is_none() {
                let (tx, ty) = (vm.type_name(x), vm.type_name(y));
                return Err(vm.type_error(&format!("unsupported operand types(s) or combination of types: '{tx}' and '{ty}'")));
            }
            let mut both = Vec::with_capacity(2);
            for v in [x, y] {
                match bytes(v) {
                    Some(d) => both.push(d),
                    None => {
                        let t = vm.type_name(v);
                        return Err(vm.type_error(&format!("a bytes-like object is required, not '{t}'")));
                    }
                }
            }
            let r = both.pop().unwrap_or_default();
            (both.pop().unwrap_or_default(), r)
        }
    };
    // Touch every byte of `r` whatever `l` holds.
    let mut diff = (l.len() != r.len()) as u8;
    for (i, b) in r.iter().enumerate() {
        diff |= b ^ l.get(i).copied().unwrap_or(!*b);
    }
    Ok(Value::from_bool(diff == 0))
}

/// Add `_compare_digest` (called from `init`).
fn add_compare_digest(vm: &mut Vm, m: Gc<ModuleObj>) {
    super::add_fn_a(vm, m, "_compare_digest", Arity::Pos(2, 2), compare_digest);
}
