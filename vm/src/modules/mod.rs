//! Standard-library modules implemented in Rust (CPython writes these in C).
//!
//! Each module is one file with an `init(vm, module)` that fills the fresh
//! module's namespace; [`find`] maps an import name to it. The import system
//! (`interp/import.rs`) consults this table before searching `sys.path`.
//! `sys` and `builtins` exist from start-up instead.

use crate::builtins::args::Arity;
use crate::builtins::NativeModuleInit;
use crate::object::function::{BuiltinFnObj, NativeFn};
use crate::object::module::ModuleObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub mod errno;
pub mod math;
pub mod posix;
pub mod signal;
pub mod string;
pub mod structseq;
pub mod sys;
pub mod thread;
pub mod time;

/// The Rust implementation of module `name`, if there is one.
pub fn find(name: &str) -> Option<NativeModuleInit> {
    Some(match name {
        "_signal" => signal::init,
        "_string" => string::init,
        "_thread" => thread::init,
        "errno" => errno::init,
        "math" => math::init,
        "posix" => posix::init,
        "time" => time::init,
        _ => return None,
    })
}

/// Names of the modules in [`find`] plus the start-up ones (`sys.builtin_module_names`).
pub const BUILTIN_NAMES: &[&str] = &["_signal", "_string", "_thread", "builtins", "errno", "math", "posix", "sys", "time"];

/// Add a function to a native module (it checks its own arguments).
pub fn add_fn(vm: &mut Vm, m: Gc<ModuleObj>, name: &'static str, func: NativeFn) {
    add_fn_a(vm, m, name, Arity::Any, func)
}

/// Add a function whose positional shape `Vm::call` checks (see `Arity`).
pub fn add_fn_a(vm: &mut Vm, m: Gc<ModuleObj>, name: &'static str, arity: Arity, func: NativeFn) {
    let modname = m.dict.get_str_key(vm.n.__name__).unwrap_or(Value::NONE);
    let f = vm.alloc(BuiltinFnObj { header: ObjHeader::new(vm.t.builtin_function), name, func, owner: Value::NULL, bound: Value::NULL, module: modname, arity });
    let k = vm.intern(name);
    m.dict.set_str_key(k, f.value());
}

/// Set a module attribute.
pub fn add_value(vm: &mut Vm, m: Gc<ModuleObj>, name: &str, v: Value) {
    let k = vm.intern(name);
    m.dict.set_str_key(k, v);
}

/// Attribute `attr` of module `module`, importing it if needed (native
/// functions reach their module's Python-level classes this way).
pub fn module_attr(vm: &mut Vm, module: &str, attr: &str) -> PyResult {
    let m = vm.import_dotted(module)?;
    let k = vm.intern(attr);
    vm.getattr(m, k)
}
