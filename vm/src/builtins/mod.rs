//! The `builtins` module and the methods of builtin types.

pub mod args;
pub mod exc_types;
pub mod exec;
pub mod format;
pub mod functions;
pub mod io;
pub mod methods;
pub mod percent;
pub mod types;
pub mod str_type;
pub mod coll_type;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Split vectorcall arguments into positional and keyword parts.
pub fn split_args<'a>(args: &'a [Value], kwnames: &'a [Value]) -> (&'a [Value], &'a [Value]) {
    let n = args.len() - kwnames.len();
    (&args[..n], &args[n..])
}

/// Find keyword argument `name`.
pub fn kwarg(args: &[Value], kwnames: &[Value], name: &str) -> Option<Value> {
    let n = args.len() - kwnames.len();
    kwnames.iter().position(|k| Vm::str_of(*k) == Some(name)).map(|i| args[n + i])
}

/// Reject keyword arguments for functions that take none.
pub fn no_kwargs(vm: &mut Vm, fname: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(&format!("{fname}() takes no keyword arguments")))
    }
}

/// Check the positional argument count.
pub fn check_count(vm: &mut Vm, fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min || n > max {
        let msg = if min == max {
            if min == 0 {
                format!("{fname}() takes no arguments ({n} given)")
            } else if min == 1 {
                format!("{fname}() takes exactly one argument ({n} given)")
            } else {
                format!("{fname} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!("{fname} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{fname} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        return Err(vm.type_error(&msg));
    }
    Ok(())
}

/// Install builtins, type methods and the `sys` module.
pub fn install(vm: &mut Vm) {
    methods::install(vm);
    functions::install(vm);
    exec::install(vm);
    exc_types::install(vm);
    let name = vm.intern("builtins");
    vm.builtins.set_str_key(vm.n.__name__, name);
    let bm = vm.builtins_module.value();
    vm.modules.set_str_key(name, bm);
    functions::install_sys(vm);
}
