//! The `builtins` module and the methods of builtin types.

pub mod args;
pub mod int_digits;
pub mod iter_reduce;
pub mod sizeof;
pub mod exc_group;
pub mod exc_types;
pub mod os_error;
pub mod exec;
pub mod format;
pub mod functions;
pub mod methods;
pub mod percent;
pub mod types;
pub mod str_type;
pub mod str_surrogates;
pub mod coll_type;
pub mod object_reduce;
pub mod set_ctor;
pub mod iter_length_hint;
pub mod coro_type;
pub mod slots;
pub mod descr;
pub mod complex_type;
pub mod generic_alias;
pub mod memoryview;
pub mod num_type;
pub mod range_view;
pub mod bytes_args;
pub mod bytes_type;
pub mod bytes_new;
pub mod bytearray_type;
pub mod unicode_codecs;
pub mod code_methods;
pub mod module_type;
pub mod import_error;
pub mod subclass_check;

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

/// Initialiser of a module implemented in Rust: fills the fresh module's namespace.
pub type NativeModuleInit = fn(&mut Vm, crate::object::Gc<crate::object::module::ModuleObj>) -> PyResult<()>;

/// The Rust implementation of module `name`, if there is one (`sys` and
/// `builtins` exist from start-up and are not listed).
pub fn native_module(name: &str) -> Option<NativeModuleInit> {
    crate::modules::find(name)
}

/// Install builtins, type methods and the `sys` module.
pub fn install(vm: &mut Vm) {
    methods::install(vm);
    bytes_new::install(vm);
    bytes_type::install(vm);
    bytearray_type::install(vm);
    unicode_codecs::install(vm);
    code_methods::install(vm);
    module_type::install(vm);
    num_type::install(vm);
    complex_type::install(vm);
    coro_type::install(vm);
    range_view::install(vm);
    slots::install(vm);
    descr::install_function(vm);
    functions::install(vm);
    exec::install(vm);
    exc_types::install(vm);
    crate::modules::weakref::install_types(vm);
    os_error::install(vm);
    import_error::install(vm);
    subclass_check::install(vm);
    let name = vm.intern("builtins");
    vm.builtins.set_str_key(vm.n.__name__, name);
    let bm = vm.builtins_module.value();
    vm.modules.set_str_key(name, bm);
    functions::install_sys(vm);
    let sys = vm.intern("sys");
    if let Some(m) = vm.modules.get_str_key(sys).and_then(|m| m.downcast::<crate::object::module::ModuleObj>()) {
        if let Err(e) = crate::modules::sys::extend(vm, m) {
            // A bug in the start-up snippet: say so rather than run half-initialised.
            let msg = vm.format_exception(e.0);
            eprintln!("taipan: sys initialisation failed:\n{msg}");
        }
    }
    if let Err(e) = crate::modules::io::install(vm) {
        let msg = vm.format_exception(e.0);
        eprintln!("taipan: io start-up failed:\n{msg}");
    }
    if let Err(e) = generic_alias::install(vm).and_then(|_| memoryview::install(vm)) {
        let msg = vm.format_exception(e.0);
        eprintln!("taipan: start-up failed:\n{msg}");
    }
    vm.init_sys_path(None);
}
