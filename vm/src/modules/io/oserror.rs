//! OS errors raised by file operations: `FileNotFoundError: [Errno 2] No
//! such file or directory: 'x'`.
//!
//! The errno picks CPython's subclass; `args` is `(errno, strerror)` and
//! `errno`, `strerror`, `filename` are set as attributes. If OSError has no
//! `__str__` of its own yet, a minimal one is installed that formats
//! `[Errno N] text: 'filename'` from those attributes. (The `osmods`
//! branch brings the full OSError constructor and `Vm::io_error`; once it
//! is merged, `io_error` below should defer to it and the `__str__` here
//! is skipped automatically.)

use crate::object::attrs::attrs_of;
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyErr, Vm};

/// The builtin subclass for an errno (Linux numbering).
fn class_name(code: i32) -> &'static str {
    match code {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => "OSError",
    }
}

/// An errno for `std` errors that carry none.
fn errno_of_kind(kind: std::io::ErrorKind) -> i32 {
    use std::io::ErrorKind::*;
    match kind {
        NotFound => 2,
        PermissionDenied => 13,
        AlreadyExists => 17,
        WouldBlock => 11,
        Interrupted => 4,
        BrokenPipe => 32,
        NotADirectory => 20,
        IsADirectory => 21,
        Unsupported => 95,
        OutOfMemory => 12,
        UnexpectedEof | InvalidData | Other => 5,
        _ => 22,
    }
}

/// The C library's message for an errno (std's text without its
/// " (os error N)" suffix).
pub fn strerror(code: i32) -> String {
    let s = std::io::Error::from_raw_os_error(code).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError subclass instance for a failed `std::io` call on `filename`.
pub fn io_error(vm: &mut Vm, err: &std::io::Error, filename: Option<Value>) -> PyErr {
    let code = err.raw_os_error().unwrap_or_else(|| errno_of_kind(err.kind()));
    errno_error(vm, code, filename)
}

/// `OSError(code, strerror(code)[, filename])` of the errno's subclass.
pub fn errno_error(vm: &mut Vm, code: i32, filename: Option<Value>) -> PyErr {
    let k = vm.intern(class_name(code));
    let cls: Gc<TypeObj> = vm.builtins.get_str_key(k).and_then(|c| c.downcast::<TypeObj>()).unwrap_or(vm.t.os_error);
    let msg = vm.new_string(strerror(code));
    let num = Value::from_small_int(code as i64);
    let e = vm.new_exception_obj(cls, vec![num, msg]);
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let k = vm.intern(name);
        vm.set_exc_attr(e, k, v);
    };
    set(vm, "errno", num);
    set(vm, "strerror", msg);
    if let Some(f) = filename {
        set(vm, "filename", f);
    }
    PyErr(e)
}

/// Install OSError's `__str__` (and `None` field defaults) unless the type
/// already has its own.
pub fn install(vm: &mut Vm) {
    let t = vm.t.os_error;
    let k = vm.intern("__str__");
    if t.dict.get_str_key(k).is_some() {
        return;
    }
    for f in ["errno", "strerror", "filename", "filename2"] {
        vm.set_type_attr(t, f, Value::NONE);
    }
    vm.add_method_a(t, "__str__", crate::builtins::args::Arity::NoArgs, |vm, a, _| {
        let e = a[0];
        let get = |vm: &mut Vm, n: &str| {
            let k = vm.intern(n);
            attrs_of(e).and_then(|x| x.get(k))
        };
        let (errno, strerror, filename) = (get(vm, "errno"), get(vm, "strerror"), get(vm, "filename"));
        if let (Some(en), Some(se)) = (errno, strerror) {
            let en = vm.to_string(en)?;
            let se = vm.to_string(se)?;
            let text = match filename {
                Some(f) => format!("[Errno {en}] {se}: {}", vm.repr_string(f)?),
                None => format!("[Errno {en}] {se}"),
            };
            return Ok(vm.new_string(text));
        }
        let args = vm.exception_args(e);
        match args.len() {
            0 => Ok(vm.new_str("")),
            1 => vm.to_str(args[0]),
            _ => {
                let t = vm.new_tuple(args);
                vm.repr(t)
            }
        }
    });
}
