//! `gc`: the collector's interface. `collect`, `enable`/`disable`/
//! `isenabled`, counts and thresholds, `freeze` (a no-op, as there are no
//! generations to freeze), `is_tracked`, `is_finalized`, `get_stats`,
//! `callbacks`, `garbage`. See `collect/mod.rs` for what a collection does;
//! `get_objects`, `get_referrers` and `get_referents` are not provided.

use super::{add_fn, add_value};
use crate::builtins::{check_count, kwarg, split_args};
use crate::object::dict::DictObj;
use crate::object::module::ModuleObj;
use crate::object::seq::TupleObj;
use crate::object::typeobj::tflags;
use crate::object::{Gc, Layout};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// CPython's message for a wrong argument count: `gc.NAME() takes no
/// arguments (N given)` / `... exactly one argument ...`.
fn arity(vm: &mut Vm, name: &str, a: &[Value], k: &[Value], n: usize) -> PyResult<()> {
    if !k.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    if a.len() != n {
        let what = if n == 0 { "no arguments" } else { "exactly one argument" };
        return Err(vm.type_error(&format!("{name}() takes {what} ({} given)", a.len())));
    }
    Ok(())
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.as_f64().is_none() {
        if let Some(i) = vm.as_i64(v) {
            return Ok(i);
        }
    }
    let n = vm.type_name(v);
    Err(vm.type_error(&format!("'{n}' object cannot be interpreted as an integer")))
}

/// Is `f` the `gc.collect` builtin? (The interpreter clears stale stack
/// memory before calling it.)
pub fn is_collect(f: Value) -> bool {
    f.downcast::<crate::object::function::BuiltinFnObj>().is_some_and(|b| b.func as usize == collect as crate::object::function::NativeFn as usize)
}

/// `collect(generation=2)`: a full collection (every generation is the
/// whole heap here); returns the number of unreachable objects found.
fn collect(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = split_args(a, k);
    if k.iter().any(|n| Vm::str_of(*n) != Some("generation")) {
        let bad = k.iter().find_map(|n| Vm::str_of(*n).filter(|s| *s != "generation")).unwrap_or("?");
        return Err(vm.type_error(&format!("collect() got an unexpected keyword argument '{bad}'")));
    }
    if pos.len() > 1 {
        return Err(vm.type_error(&format!("collect() takes at most 1 argument ({} given)", a.len())));
    }
    if let Some(g) = pos.first().copied().or_else(|| kwarg(a, k, "generation")) {
        let g = int_arg(vm, g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.value_error("invalid generation"));
        }
    }
    let n = vm.collect_explicit();
    Ok(vm.new_int(n as i64))
}

fn set_threshold(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    if !k.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 3 {
        let which = if a.is_empty() { "at least 1 argument" } else { "at most 3 arguments" };
        return Err(vm.type_error(&format!("set_threshold() takes {which} ({} given)", a.len())));
    }
    let mut th = vm.gc.threshold;
    for (i, v) in a.iter().enumerate() {
        th[i] = int_arg(vm, *v)?;
    }
    vm.gc.threshold = th;
    Ok(Value::NONE)
}

/// `is_tracked(obj)`: CPython's answer: False for atomic objects (numbers,
/// strings, bytes, None, static types...) and for dicts and tuples holding
/// only untracked objects; True for other containers and instances.
fn is_tracked(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    arity(vm, "gc.is_tracked", a, k, 1)?;
    Ok(Value::from_bool(tracked(vm, a[0])))
}

fn tracked(vm: &Vm, v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    let t = vm.type_of(v);
    if t.has_flag(tflags::HEAPTYPE) && t.static_module.get().is_none() {
        return true;
    }
    match t.layout {
        Layout::Int | Layout::Float | Layout::Complex | Layout::Str | Layout::Bytes | Layout::Range | Layout::Code => false,
        Layout::Object => false,
        Layout::Type => v.downcast::<crate::object::typeobj::TypeObj>().is_some_and(|c| c.has_flag(tflags::HEAPTYPE)),
        Layout::Dict => v.downcast::<DictObj>().is_some_and(|d| d.items().iter().any(|(k, x)| tracked(vm, *k) || tracked(vm, *x))),
        // CPython untracks such tuples at the first collection that sees them.
        Layout::Tuple => v.downcast::<TupleObj>().is_some_and(|t| t.items.iter().any(|x| tracked(vm, *x))),
        _ => true,
    }
}

fn is_finalized(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    arity(vm, "gc.is_finalized", a, k, 1)?;
    Ok(Value::from_bool(vm.is_finalized(a[0])))
}

fn get_stats(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    arity(vm, "gc.get_stats", a, k, 0)?;
    let mut gens = Vec::new();
    for g in 0..3 {
        let d = vm.new_dict();
        let (c, n) = if g == 2 { (vm.gc.collections as i64, vm.gc.collected as i64) } else { (0, 0) };
        for (key, val) in [("collections", c), ("collected", n), ("uncollectable", 0)] {
            let key = vm.intern(key);
            let val = vm.new_int(val);
            d.set_str_key(key, val);
        }
        gens.push(d.value());
    }
    Ok(vm.new_list(gens))
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    add_fn(vm, m, "collect", collect);
    add_fn(vm, m, "enable", |vm, a, k| {
        arity(vm, "gc.enable", a, k, 0)?;
        vm.gc.enabled = true;
        Ok(Value::NONE)
    });
    add_fn(vm, m, "disable", |vm, a, k| {
        arity(vm, "gc.disable", a, k, 0)?;
        vm.gc.enabled = false;
        Ok(Value::NONE)
    });
    add_fn(vm, m, "isenabled", |vm, a, k| {
        arity(vm, "gc.isenabled", a, k, 0)?;
        Ok(Value::from_bool(vm.gc.enabled))
    });
    add_fn(vm, m, "get_count", |vm, a, k| {
        arity(vm, "gc.get_count", a, k, 0)?;
        let n = vm.gc_count().min(i64::MAX as usize) as i64;
        let n = vm.new_int(n);
        Ok(vm.new_tuple(vec![n, Value::from_small_int(0), Value::from_small_int(0)]))
    });
    add_fn(vm, m, "get_threshold", |vm, a, k| {
        arity(vm, "gc.get_threshold", a, k, 0)?;
        let th = vm.gc.threshold;
        let items = th.iter().map(|&t| vm.new_int(t)).collect();
        Ok(vm.new_tuple(items))
    });
    add_fn(vm, m, "set_threshold", set_threshold);
    add_fn(vm, m, "freeze", |vm, a, k| {
        arity(vm, "gc.freeze", a, k, 0)?;
        Ok(Value::NONE)
    });
    add_fn(vm, m, "unfreeze", |vm, a, k| {
        arity(vm, "gc.unfreeze", a, k, 0)?;
        Ok(Value::NONE)
    });
    add_fn(vm, m, "get_freeze_count", |vm, a, k| {
        arity(vm, "gc.get_freeze_count", a, k, 0)?;
        Ok(Value::from_small_int(0))
    });
    add_fn(vm, m, "get_debug", |vm, a, k| {
        arity(vm, "gc.get_debug", a, k, 0)?;
        Ok(vm.new_int(vm.gc.debug))
    });
    add_fn(vm, m, "set_debug", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        check_count(vm, "set_debug", pos.len(), 1, 1)?;
        vm.gc.debug = int_arg(vm, pos[0])?;
        Ok(Value::NONE)
    });
    add_fn(vm, m, "is_tracked", is_tracked);
    add_fn(vm, m, "is_finalized", is_finalized);
    add_fn(vm, m, "get_stats", get_stats);
    if vm.gc.callbacks.is_null() {
        vm.gc.callbacks = vm.new_list(vec![]);
    }
    let cb = vm.gc.callbacks;
    add_value(vm, m, "callbacks", cb);
    let garbage = vm.new_list(vec![]);
    add_value(vm, m, "garbage", garbage);
    for (name, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
        add_value(vm, m, name, Value::from_small_int(v));
    }
    Ok(())
}
