//! `OSError`: the constructor that picks a subclass from the errno
//! (`OSError(2, 'x')` is a `FileNotFoundError`), the `errno`, `strerror`,
//! `filename`, `filename2` (and `BlockingIOError.characters_written`)
//! fields, `str()` and `__reduce__`, as CPython 3.11 does them; plus the
//! helpers native modules use to raise OS errors from `std::io::Error`.
//!
//! A field that was never given is absent from the instance and reads as
//! the class default `None`; this keeps CPython's distinction between "not
//! set" and "set to None" (`str(OSError(None, None))` is `[Errno None] None`).

use super::args::Arity;
use crate::object::attrs::attrs_of;
use crate::object::function::BuiltinFnObj;
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

const FIELDS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

/// The builtin subclass CPython raises for errno `code` (Linux numbering).
fn subclass_name(code: i64) -> Option<&'static str> {
    Some(match code {
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
        _ => return None,
    })
}

fn builtin_class(vm: &mut Vm, name: &str) -> Option<Gc<TypeObj>> {
    let k = vm.intern(name);
    vm.builtins.get_str_key(k).and_then(|v| v.downcast::<TypeObj>())
}

/// The class `OSError(code, ...)` creates: the errno's subclass or OSError.
pub fn class_for_errno(vm: &mut Vm, code: i64) -> Gc<TypeObj> {
    subclass_name(code).and_then(|n| builtin_class(vm, n)).unwrap_or(vm.t.os_error)
}

/// Whether `method` found on `t` is OSError's own native one.
fn is_own(vm: &Vm, t: Gc<TypeObj>, method: Value) -> bool {
    t.lookup(method)
        .and_then(|f| f.downcast::<BuiltinFnObj>())
        .is_some_and(|b| b.owner == vm.t.os_error.value())
}

/// CPython's `oserror_use_init`: a subclass with its own `__init__` (and
/// OSError's `__new__`) parses the arguments in `__init__`, not `__new__`.
fn use_init(vm: &Vm, t: Gc<TypeObj>) -> bool {
    !is_own(vm, t, vm.n.__init__) && is_own(vm, t, vm.n.__new__)
}

fn get_field(vm: &mut Vm, e: Value, name: &str) -> Option<Value> {
    let k = vm.intern(name);
    attrs_of(e).and_then(|a| a.get(k))
}

/// Set the fields from the constructor arguments and return the `args` to
/// keep (CPython's `oserror_parse_args` + `oserror_init`).
fn parse_args(vm: &mut Vm, e: Value, args: &[Value]) -> PyResult<Vec<Value>> {
    if !(2..=5).contains(&args.len()) {
        return Ok(args.to_vec());
    }
    let set = |vm: &mut Vm, name: &str, v: Value| {
        let k = vm.intern(name);
        vm.set_exc_attr(e, k, v);
    };
    set(vm, "errno", args[0]);
    set(vm, "strerror", args[1]);
    let filename = args.get(2).copied().filter(|f| !f.is_none());
    let Some(filename) = filename else { return Ok(args.to_vec()) };
    let blocking = builtin_class(vm, "BlockingIOError");
    if Some(vm.type_of(e)) == blocking && vm.is_int_like(filename) {
        let n = vm.index_value(filename, "int").map_err(|_| vm.value_error("cannot fit 'int' into an index-sized integer"))?;
        let n = vm.new_int(n);
        set(vm, "characters_written", n);
        return Ok(args.to_vec());
    }
    set(vm, "filename", filename);
    if let Some(f2) = args.get(4).copied().filter(|f| !f.is_none()) {
        set(vm, "filename2", f2);
    }
    Ok(args[..2].to_vec())
}

fn set_args(vm: &mut Vm, e: Value, args: Vec<Value>) {
    if let Some(x) = e.downcast::<crate::object::exception::ExceptionObj>() {
        let t = vm.new_tuple(args);
        x.args.set(t);
    }
}

fn os_error_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let Some(cls) = a.first().and_then(|c| c.downcast::<TypeObj>()) else {
        return Err(vm.type_error("OSError.__new__(X): X is not a type object"));
    };
    let (pos, _) = super::split_args(a, k);
    let args = &pos[1..];
    if use_init(vm, cls) {
        return Ok(vm.new_exception_obj(cls, Vec::new()));
    }
    if !k.is_empty() {
        return Err(vm.type_error(&format!("{}() takes no keyword arguments", cls.name())));
    }
    let mut cls = cls;
    if cls == vm.t.os_error && (2..=5).contains(&args.len()) && vm.type_of(args[0]).is_subtype(vm.t.int) {
        if let Some(code) = vm.as_i64(args[0]) {
            cls = class_for_errno(vm, code);
        }
    }
    let e = vm.new_exception_obj(cls, args.to_vec());
    let keep = parse_args(vm, e, args)?;
    set_args(vm, e, keep);
    Ok(e)
}

fn os_error_init(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = super::split_args(a, k);
    let Some(&e) = pos.first() else { return Ok(Value::NONE) };
    let t = vm.type_of(e);
    if !use_init(vm, t) {
        return Ok(Value::NONE); // everything was done by __new__
    }
    if !k.is_empty() {
        return Err(vm.type_error(&format!("{}() takes no keyword arguments", t.name())));
    }
    let keep = parse_args(vm, e, &pos[1..])?;
    set_args(vm, e, keep);
    Ok(Value::NONE)
}

fn os_error_str(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let e = a[0];
    let errno = get_field(vm, e, "errno");
    let strerror = get_field(vm, e, "strerror");
    let filename = get_field(vm, e, "filename");
    let filename2 = get_field(vm, e, "filename2");
    let s = |vm: &mut Vm, v: Option<Value>| vm.to_string(v.unwrap_or(Value::NONE));
    if let Some(f) = filename {
        let (en, se) = (s(vm, errno)?, s(vm, strerror)?);
        let f = vm.repr(f)?;
        let f = Vm::str_of(f).unwrap_or("").to_string();
        let text = match filename2 {
            Some(f2) => {
                let f2 = vm.repr(f2)?;
                format!("[Errno {en}] {se}: {f} -> {}", Vm::str_of(f2).unwrap_or(""))
            }
            None => format!("[Errno {en}] {se}: {f}"),
        };
        return Ok(vm.new_string(text));
    }
    if let (Some(en), Some(se)) = (errno, strerror) {
        let (en, se) = (s(vm, Some(en))?, s(vm, Some(se))?);
        return Ok(vm.new_string(format!("[Errno {en}] {se}")));
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
}

fn os_error_reduce(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let e = a[0];
    let mut args = vm.exception_args(e);
    if args.len() == 2 {
        if let Some(f) = get_field(vm, e, "filename") {
            args.push(f);
            if let Some(f2) = get_field(vm, e, "filename2") {
                args.push(Value::NONE);
                args.push(f2);
            }
        }
    }
    let t = vm.new_tuple(args);
    Ok(vm.new_tuple(vec![vm.type_of(e).value(), t]))
}

/// Install OSError's constructor, fields and `str()`.
pub fn install(vm: &mut Vm) {
    let t = vm.t.os_error;
    vm.add_method(t, "__new__", os_error_new);
    vm.add_method(t, "__init__", os_error_init);
    vm.add_method_a(t, "__str__", Arity::NoArgs, os_error_str);
    vm.add_method_a(t, "__reduce__", Arity::NoArgs, os_error_reduce);
    for f in FIELDS {
        vm.set_type_attr(t, f, Value::NONE);
    }
}

impl Vm {
    /// `OSError(code, strerror(code)[, filename[, None, filename2]])` of
    /// the errno's subclass: `[Errno 2] No such file or directory: 'x'`.
    pub fn os_error(&mut self, code: i32, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
        let cls = class_for_errno(self, code as i64);
        let msg = crate::modules::errno::strerror(code);
        let mut args = vec![Value::from_small_int(code as i64), self.new_string(msg)];
        if let Some(f) = filename {
            args.push(f);
            if let Some(f2) = filename2 {
                args.push(Value::NONE);
                args.push(f2);
            }
        }
        let e = self.new_exception_obj(cls, args.clone());
        match parse_args(self, e, &args) {
            Ok(keep) => set_args(self, e, keep),
            Err(err) => return err,
        }
        PyErr(e)
    }

    /// The OSError for a failed `std` I/O call on `filename` (if any).
    pub fn io_error(&mut self, err: &std::io::Error, filename: Option<Value>, filename2: Option<Value>) -> PyErr {
        let code = err.raw_os_error().unwrap_or_else(|| errno_of_kind(err.kind()));
        self.os_error(code, filename, filename2)
    }
}

/// An errno for `std` errors that carry none (they are synthesised by std).
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
        DirectoryNotEmpty => 39,
        TimedOut => 110,
        UnexpectedEof | InvalidData | Other => 5,
        Unsupported => 95,
        OutOfMemory => 12,
        _ => 22,
    }
}
