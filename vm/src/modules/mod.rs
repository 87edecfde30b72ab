//! Standard-library modules implemented in Rust (CPython writes these in C).
//!
//! Each module is one file with an `init(vm, module)` that fills the fresh
//! module's namespace; [`find`] maps an import name to it. The import system
//! (`interp/import.rs`) consults this table before searching `sys.path`.
//! `sys` and `builtins` exist from start-up instead.

use crate::builtins::NativeModuleInit;
use crate::object::function::{BuiltinFnObj, NativeFn};
use crate::object::module::ModuleObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::Vm;

pub mod io;
pub mod math;
pub mod string;
pub mod sys;

/// The Rust implementation of module `name`, if there is one.
pub fn find(name: &str) -> Option<NativeModuleInit> {
    Some(match name {
        "_io" => io::init,
        "_string" => string::init,
        "math" => math::init,
        _ => return None,
    })
}

/// Names of the modules in [`find`] plus the start-up ones (`sys.builtin_module_names`).
pub const BUILTIN_NAMES: &[&str] = &["_io", "_string", "builtins", "math", "sys"];

/// Add a function to a native module.
pub fn add_fn(vm: &mut Vm, m: Gc<ModuleObj>, name: &'static str, func: NativeFn) {
    let modname = m.dict.get_str_key(vm.n.__name__).unwrap_or(Value::NONE);
    let f = vm.alloc(BuiltinFnObj { header: ObjHeader::new(vm.t.builtin_function), name, func, owner: Value::NULL, bound: Value::NULL, module: modname, arity: crate::builtins::args::Arity::Any });
    let k = vm.intern(name);
    m.dict.set_str_key(k, f.value());
}

/// Set a module attribute.
pub fn add_value(vm: &mut Vm, m: Gc<ModuleObj>, name: &str, v: Value) {
    let k = vm.intern(name);
    m.dict.set_str_key(k, v);
}
