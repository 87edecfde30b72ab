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
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub mod array;
pub mod ast;
pub mod atexit;
pub mod binascii;
pub mod bisect;
pub mod codecs;
pub mod collections;
pub mod contextvars;
pub mod csv;
pub mod errno;
pub mod functools;
pub mod gc;
pub mod hash;
pub mod heapq;
pub mod imp;
pub mod io;
pub mod itertools;
pub mod json;
pub mod math;
pub mod operator;
pub mod posix;
pub mod random;
pub mod signal;
pub mod socket;
pub mod sre;
pub mod string;
pub mod struct_;
pub mod structseq;
pub mod sys;
pub mod thread;
pub mod time;
pub mod types;
pub mod unicodedata;
pub mod weakproxy;
pub mod weakref;

/// The Rust implementation of module `name`, if there is one.
pub fn find(name: &str) -> Option<NativeModuleInit> {
    Some(match name {
        "_ast" => ast::init,
        "array" => array::init,
        "_bisect" => bisect::init,
        "_codecs" => codecs::init,
        "_collections" => collections::init,
        "_contextvars" => contextvars::init,
        "_csv" => csv::init,
        "_functools" => functools::init,
        "_heapq" => heapq::init,
        "_md5" => hash::init_md5,
        "_sha3" => hash::init_sha3,
        "_blake2" => hash::init_blake2,
        "_sha1" => hash::init_sha1,
        "_sha256" => hash::init_sha256,
        "_sha512" => hash::init_sha512,
        "_operator" => operator::init,
        "_random" => random::init,
        "_imp" => imp::init_imp,
        "_io" => io::init,
        "_json" => json::init,
        "_warnings" => imp::init_warnings,
        "_string" => string::init,
        "_struct" => struct_::init,
        "itertools" => itertools::init,
        "math" => math::init,
        "_weakref" => weakref::init,
        "atexit" => atexit::init,
        "binascii" => binascii::init,
        "gc" => gc::init,
        "_sre" => sre::init,
        "_signal" => signal::init,
        "_socket" => socket::init_socket,
        "_posixsubprocess" => socket::init_posixsubprocess,
        "select" => socket::init_select,
        "_thread" => thread::init,
        "errno" => errno::init,
        "marshal" => imp::init_marshal,
        "posix" => posix::init,
        "time" => time::init,
        "unicodedata" => unicodedata::init,
        _ => return None,
    })
}

/// Names of the modules in [`find`] plus the start-up ones (`sys.builtin_module_names`).
pub const BUILTIN_NAMES: &[&str] = &[
    "_ast", "_bisect", "_blake2", "_codecs", "_collections", "_contextvars", "_csv", "_functools", "_heapq", "_imp", "_io", "_json", "_md5", "_operator", "_random", "_sha1", "_sha256", "_sha3", "_sha512", "_posixsubprocess", "_signal", "_socket", "_sre", "_string", "_struct", "_thread", "_warnings",
    "_weakref", "array", "atexit", "binascii", "builtins", "errno", "gc", "itertools", "marshal", "math", "posix", "select", "sys", "time", "unicodedata",
];

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

/// Give a native module's class its `__module__` and (when `export`) bind
/// it in the module under its short name.
pub fn export_type(vm: &mut Vm, m: Gc<ModuleObj>, ty: Gc<TypeObj>, module: &str, export: bool) {
    let mv = vm.intern(module);
    vm.set_type_attr(ty, "__module__", mv);
    if ty.dict.get_str_key(vm.n.__doc__).is_none() {
        vm.set_type_attr(ty, "__doc__", Value::NONE);
    }
    if export {
        let name = ty.qualname.with(|q| q.clone());
        add_value(vm, m, &name, ty.value());
    }
}

/// The class argument of a `__new__`.
pub fn cls_arg(vm: &mut Vm, a: &[Value]) -> PyResult<Gc<TypeObj>> {
    match a.first().and_then(|v| v.downcast::<TypeObj>()) {
        Some(t) => Ok(t),
        None => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

/// `__iter__` returning self and `__next__` through `Vm::iter_next`.
pub fn iterator_methods(vm: &mut Vm, ty: Gc<TypeObj>) {
    use crate::builtins::args::Arity;
    vm.add_method_a(ty, "__iter__", Arity::NoArgs, |_vm, a, _| Ok(a[0]));
    vm.add_method_a(ty, "__next__", Arity::NoArgs, |vm, a, _| match vm.native_iter_next(a[0])? {
        Some(v) => Ok(v),
        None => {
            let v = vm.take_stop_value();
            let args = if v.is_none() { vec![] } else { vec![v] };
            Err(vm.new_exception_err(vm.t.stop_iteration, args))
        }
    });
}

/// Wrap a native function as a classmethod in `ty`'s namespace.
pub fn add_classmethod(vm: &mut Vm, ty: Gc<TypeObj>, name: &'static str, func: NativeFn) {
    let f = vm.new_builtin(name, func);
    let cm = crate::object::misc::ClassMethodObj { header: ObjHeader::new(vm.t.classmethod), func: std::cell::Cell::new(f) };
    let cm = vm.alloc(cm).value();
    vm.set_type_attr(ty, name, cm);
}

/// `cls.__class_getitem__` as the builtin containers have it (`deque[int]`).
pub fn add_class_getitem(vm: &mut Vm, ty: Gc<TypeObj>) {
    let k = vm.intern("__class_getitem__");
    if let Some(cg) = vm.t.list.dict.get_str_key(k) {
        vm.set_type_attr(ty, "__class_getitem__", cg);
    }
}

/// A new `NativeObj` of class `cls` holding `slots`.
pub fn new_native(vm: &mut Vm, cls: Gc<TypeObj>, slots: &[Value]) -> Value {
    let slots = slots.iter().map(|v| std::cell::Cell::new(*v)).collect();
    let attrs = crate::object::attrs::Attrs::new(vm.root_shape);
    vm.alloc(crate::object::ext::NativeObj { header: ObjHeader::new(cls), slots, attrs }).value()
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: Value) -> bool {
    use crate::object::Layout::*;
    matches!(v.layout(), Some(Function | BuiltinFunction | BoundMethod | Type)) || vm.type_of(v).lookup(vm.n.__call__).is_some()
}

/// Attribute `attr` of module `module`, importing it if needed (native
/// functions reach their module's Python-level classes this way).
pub fn module_attr(vm: &mut Vm, module: &str, attr: &str) -> PyResult {
    let m = vm.import_dotted(module)?;
    let k = vm.intern(attr);
    vm.getattr(m, k)
}
