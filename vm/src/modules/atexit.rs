//! `atexit`: functions to call when the interpreter exits. The CLI runs them
//! after the main program (also after an uncaught exception or
//! `sys.exit`), last registered first; an exception in one is reported as
//! "Exception ignored in atexit callback" and the others still run.

use super::add_fn;
use crate::builtins::split_args;
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn register(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kwv) = split_args(a, k);
    let Some(&f) = pos.first() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !vm.is_callable(f) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let args = vm.new_tuple(pos[1..].to_vec());
    let kwargs = if k.is_empty() {
        Value::NULL
    } else {
        let d = vm.new_dict();
        for (name, v) in k.iter().zip(kwv) {
            d.set_str_key(*name, *v);
        }
        d.value()
    };
    vm.atexit.push((f, args, kwargs));
    Ok(f)
}

fn unregister(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    if !k.is_empty() {
        return Err(vm.type_error("atexit.unregister() takes no keyword arguments"));
    }
    if a.len() != 1 {
        return Err(vm.type_error(&format!("atexit.unregister() takes exactly one argument ({} given)", a.len())));
    }
    // As in CPython, an unregistered entry leaves an empty slot behind
    // (`_ncallbacks()` still counts it).
    // (`__eq__` may run Python code that changes the list.)
    let mut i = 0;
    while i < vm.atexit.len() {
        let f = vm.atexit[i].0;
        if !f.is_null() && vm.eq(f, a[0])? && i < vm.atexit.len() {
            vm.atexit[i] = (Value::NULL, Value::NULL, Value::NULL);
        }
        i += 1;
    }
    Ok(Value::NONE)
}

/// Call the registered functions, last registered first, and forget them.
pub fn run_exitfuncs(vm: &mut Vm) {
    while let Some((f, args, kwargs)) = vm.atexit.pop() {
        if f.is_null() {
            continue;
        }
        // Keep them rooted while the call runs.
        let mark = vm.extra_roots.len();
        vm.extra_roots.extend_from_slice(&[f, args, kwargs]);
        let kw = if kwargs.is_null() { Value::NULL } else { kwargs };
        if let Err(e) = vm.call_ex(f, args, kw) {
            vm.write_unraisable_msg(e, "Exception ignored in atexit callback", f);
        }
        vm.extra_roots.truncate(mark);
    }
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    add_fn(vm, m, "register", register);
    add_fn(vm, m, "unregister", unregister);
    add_fn(vm, m, "_run_exitfuncs", |vm, a, k| {
        crate::builtins::check_count(vm, "_run_exitfuncs", a.len() + k.len(), 0, 0)?;
        run_exitfuncs(vm);
        Ok(Value::NONE)
    });
    add_fn(vm, m, "_clear", |vm, a, k| {
        crate::builtins::check_count(vm, "_clear", a.len() + k.len(), 0, 0)?;
        vm.atexit.clear();
        Ok(Value::NONE)
    });
    add_fn(vm, m, "_ncallbacks", |vm, a, k| {
        crate::builtins::check_count(vm, "_ncallbacks", a.len() + k.len(), 0, 0)?;
        Ok(vm.new_int(vm.atexit.len() as i64))
    });
    Ok(())
}
