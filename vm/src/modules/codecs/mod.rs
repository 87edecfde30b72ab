//! `_codecs`: the codec registry (`register`, `lookup`, `_forget_codec`),
//! the error-handler registry (`register_error`, `lookup_error`) and the
//! codec functions (`utf_8_decode`, `latin_1_encode`, `escape_decode`,
//! `charmap_decode`, ...) that `codecs.py` and the `encodings` package use.
//!
//! The conversions themselves are the interpreter's (`str.encode` and
//! `bytes.decode` over `text/codecs.rs`); the module is application-level
//! Python (`app.py`: registries, handlers, UTF codecs; `escapes.py`: escape
//! and charmap codecs) adding what those lack: the registries, incremental
//! decoding (`final=False` leaves a truncated trailing sequence
//! unconsumed), error handlers written in Python, and the escape and
//! charmap codecs. `lookup` imports `encodings` on first use, as CPython's
//! interpreter start-up does.

use crate::builtins::args::Arity;
use crate::object::function::BuiltinFnObj;
use crate::object::module::ModuleObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const APP_LEVEL: &str = include_str!("app.py");
const ESCAPES: &str = include_str!("escapes.py");

/// The names `_as_builtin` can give (builtin functions have static names).
const NAMES: &[&str] = &[
    "register", "unregister", "lookup", "_forget_codec", "encode", "decode", "register_error", "lookup_error",
    "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
    "namereplace_errors", "surrogateescape", "surrogatepass", "utf_8_encode", "utf_8_decode", "ascii_encode",
    "ascii_decode", "latin_1_encode", "latin_1_decode", "utf_16_encode", "utf_16_le_encode", "utf_16_be_encode",
    "utf_32_encode", "utf_32_le_encode", "utf_32_be_encode", "utf_16_le_decode", "utf_16_be_decode",
    "utf_32_le_decode", "utf_32_be_decode", "utf_16_ex_decode", "utf_32_ex_decode", "utf_16_decode",
    "utf_32_decode", "escape_decode", "escape_encode", "unicode_escape_decode", "unicode_escape_encode",
    "raw_unicode_escape_encode", "raw_unicode_escape_decode", "charmap_build", "charmap_decode", "charmap_encode",
    "readbuffer_encode", "utf_7_encode", "utf_7_decode",
];

/// `_as_builtin(f)`: `f` as a builtin function (no `__get__`, so it stays
/// a plain function when stored in a class), calling `f` itself.
fn as_builtin(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let Some(&f) = a.first() else { return Err(vm.type_error("_as_builtin() takes exactly one argument")) };
    let k = vm.n.__name__;
    let nm = vm.getattr(f, k)?;
    let name = NAMES.iter().copied().find(|n| Some(*n) == Vm::str_of(nm)).unwrap_or("function");
    let module = vm.intern("_codecs");
    let b = BuiltinFnObj { header: ObjHeader::new(vm.t.builtin_function), name, func: call_bound, owner: Value::NULL, bound: f, module, arity: Arity::Any };
    Ok(vm.alloc(b).value())
}

fn call_bound(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    match a.split_first() {
        Some((f, rest)) => vm.call(*f, rest, k),
        None => Ok(Value::NONE),
    }
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    super::add_fn(vm, m, "_as_builtin", as_builtin);
    vm.run_app_level(APP_LEVEL, "<_codecs>", m.dict, None)?;
    vm.run_app_level(ESCAPES, "<_codecs>", m.dict, None)
}
