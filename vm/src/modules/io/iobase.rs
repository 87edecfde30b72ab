//! `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and `_TextIOBase`: the
//! default methods every io class inherits. They go through Python-level
//! attribute access and calls (`self.closed`, `self.read(n)`), so Python
//! subclasses that define only `read` or `readinto` get working
//! `readline`, iteration, `with`, `readall`, ... as in CPython.
//!
//! The closed state of a plain `_IOBase` lives in the instance attribute
//! `__IOBase_closed`, as in CPython.

use super::{call, closed_file, getset, method, unsupported, DEFAULT_BUFFER_SIZE};
use crate::builtins::args::Arity;
use crate::builtins::bytes_args::bytes_like;
use crate::object::attrs::attrs_of;
use crate::object::seq::BytesObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const CLOSED_KEY: &str = "__IOBase_closed";

/// The instance flag set by `_IOBase.close`.
fn flag_closed(vm: &mut Vm, obj: Value) -> bool {
    let k = vm.intern(CLOSED_KEY);
    attrs_of(obj).and_then(|a| a.get(k)).is_some()
}

/// `self._checkClosed()` through the `closed` attribute.
pub fn check_closed(vm: &mut Vm, obj: Value) -> PyResult<()> {
    if super::is_closed(vm, obj)? {
        return Err(closed_file(vm));
    }
    Ok(())
}

fn check_capability(vm: &mut Vm, obj: Value, what: &str) -> PyResult<Value> {
    let r = call(vm, obj, &format!("{what}able"), &[])?;
    if !vm.truthy(r)? {
        return Err(unsupported(vm, &format!("File or stream is not {what}able.")));
    }
    Ok(Value::NONE)
}

/// The result of a `read`/`peek` call that must be bytes.
fn need_bytes_result(vm: &mut Vm, v: Value, what: &str) -> PyResult<Vec<u8>> {
    match bytes_like(v) {
        Some(d) => Ok(d),
        None => {
            let n = vm.type_name(v);
            Err(vm.new_error(vm.t.os_error, &format!("{what}() should have returned a bytes object, not '{n}'")))
        }
    }
}

/// `_IOBase.readline(size=-1)` in terms of `peek` (if any) and `read`.
fn readline(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let obj = a[0];
    let limit = super::size_arg(vm, a.get(1).copied())?;
    let k = vm.intern("peek");
    let has_peek = vm.getattr_opt(obj, k)?.is_some();
    let mut out: Vec<u8> = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let mut n = 1i64;
        if has_peek {
            let one = Value::from_small_int(1);
            let p = call(vm, obj, "peek", &[one])?;
            let p = need_bytes_result(vm, p, "peek")?;
            if !p.is_empty() {
                n = match memchr::memchr(b'\n', &p) {
                    Some(i) => i as i64 + 1,
                    None => p.len() as i64,
                };
                if limit >= 0 {
                    n = n.min(limit - out.len() as i64);
                }
            }
        }
        let nv = vm.new_int(n);
        let b = call(vm, obj, "read", &[nv])?;
        let b = need_bytes_result(vm, b, "read")?;
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(&b);
        if out.last() == Some(&b'\n') {
            break;
        }
    }
    Ok(vm.new_bytes_of(out, false))
}

/// `readlines(hint=-1)` by iterating `self` (shared with the native classes).
pub fn readlines(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let obj = a[0];
    let hint = super::size_arg(vm, a.get(1).copied())?;
    let result = vm.new_list(Vec::new());
    let list = result.downcast::<crate::object::seq::ListObj>();
    let it = vm.get_iter(obj)?;
    let mut total = 0i64;
    while let Some(line) = vm.iter_next(it)? {
        if let Some(l) = list {
            l.items.push(line);
        }
        if hint > 0 {
            let n = vm.len(line)?;
            total += n as i64;
            if total >= hint {
                break;
            }
        }
    }
    Ok(result)
}

fn writelines(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let obj = a[0];
    check_closed(vm, obj)?;
    let it = vm.get_iter(a[1])?;
    while let Some(line) = vm.iter_next(it)? {
        call(vm, obj, "write", &[line])?;
    }
    Ok(Value::NONE)
}

fn close(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let obj = a[0];
    if flag_closed(vm, obj) {
        return Ok(Value::NONE);
    }
    let r = call(vm, obj, "flush", &[]);
    let k = vm.intern(CLOSED_KEY);
    vm.setattr(obj, k, Value::TRUE)?;
    r.map(|_| Value::NONE)
}

fn next_line(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let line = call(vm, a[0], "readline", &[])?;
    if vm.len(line)? == 0 {
        return Err(vm.new_exception_err(vm.t.stop_iteration, vec![]));
    }
    Ok(line)
}

fn raw_read(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let obj = a[0];
    let n = super::size_arg(vm, a.get(1).copied())?;
    if n < 0 {
        return call(vm, obj, "readall", &[]);
    }
    let buf = super::zeroed(vm, n as usize)?;
    let b = vm.new_bytes_of(buf, true);
    let r = call(vm, obj, "readinto", &[b])?;
    if r.is_none() {
        return Ok(r);
    }
    let got = super::int_arg(vm, r)?;
    if got < 0 || got > n {
        return Err(vm.value_error(&format!("readinto returned {got} outside buffer size {n}")));
    }
    let data = b.downcast::<BytesObj>().map(|b| b.data.with(|d| d[..got as usize].to_vec())).unwrap_or_default();
    Ok(vm.new_bytes_of(data, false))
}

fn raw_readall(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let obj = a[0];
    let mut out: Vec<u8> = Vec::new();
    let mut got_any = false;
    loop {
        let n = Value::from_small_int(DEFAULT_BUFFER_SIZE as i64);
        let d = call(vm, obj, "read", &[n])?;
        if d.is_none() {
            if !got_any {
                return Ok(Value::NONE);
            }
            break;
        }
        let d = need_bytes_result(vm, d, "read")?;
        if d.is_empty() {
            break;
        }
        got_any = true;
        out.extend_from_slice(&d);
    }
    Ok(vm.new_bytes_of(out, false))
}

/// `_BufferedIOBase.readinto(b)` / `readinto1(b)` through `read`/`read1`.
fn buffered_readinto(vm: &mut Vm, a: &[Value], which: &str) -> PyResult {
    let Some(target) = a[1].downcast::<BytesObj>().filter(|_| vm.is_instance(a[1], vm.t.bytearray)) else {
        let n = vm.type_name(a[1]);
        return Err(vm.type_error(&format!("readinto() argument must be read-write bytes-like object, not {n}")));
    };
    let len = target.data.with(|d| d.len());
    let n = vm.new_int(len as i64);
    let d = call(vm, a[0], which, &[n])?;
    let d = need_bytes_result(vm, d, which)?;
    let k = d.len().min(len);
    target.data.with_mut(|t| t[..k].copy_from_slice(&d[..k]));
    Ok(vm.new_int(k as i64))
}

fn not_implemented(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    Err(vm.new_exception_err(vm.t.not_implemented_error, vec![]))
}

macro_rules! unsupported_fn {
    ($name:literal) => {
        |vm: &mut Vm, _a: &[Value], _k: &[Value]| -> PyResult { Err(unsupported(vm, $name)) }
    };
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.io_base;
    method(vm, t, "seek", Arity::Any, unsupported_fn!("seek"));
    method(vm, t, "truncate", Arity::Any, unsupported_fn!("truncate"));
    method(vm, t, "fileno", Arity::NoArgs, unsupported_fn!("fileno"));
    method(vm, t, "tell", Arity::NoArgs, |vm, a, _| {
        let (z, one) = (Value::from_small_int(0), Value::from_small_int(1));
        call(vm, a[0], "seek", &[z, one])
    });
    method(vm, t, "flush", Arity::NoArgs, |vm, a, _| {
        check_closed(vm, a[0])?;
        Ok(Value::NONE)
    });
    method(vm, t, "close", Arity::NoArgs, close);
    getset(vm, t, "closed", |vm, a, _| Ok(Value::from_bool(flag_closed(vm, a[0]))), None);
    for name in ["seekable", "readable", "writable"] {
        method(vm, t, name, Arity::NoArgs, |_vm, _a, _| Ok(Value::FALSE));
    }
    method(vm, t, "_checkClosed", Arity::Pos(0, 1), |vm, a, _| {
        check_closed(vm, a[0])?;
        Ok(Value::NONE)
    });
    method(vm, t, "_checkReadable", Arity::Pos(0, 1), |vm, a, _| check_capability(vm, a[0], "read"));
    method(vm, t, "_checkWritable", Arity::Pos(0, 1), |vm, a, _| check_capability(vm, a[0], "writ"));
    method(vm, t, "_checkSeekable", Arity::Pos(0, 1), |vm, a, _| check_capability(vm, a[0], "seek"));
    method(vm, t, "__enter__", Arity::NoArgs, |vm, a, _| {
        check_closed(vm, a[0])?;
        Ok(a[0])
    });
    method(vm, t, "__exit__", Arity::Any, |vm, a, _| match a.first() {
        Some(&s) => call(vm, s, "close", &[]),
        None => Err(vm.type_error("unbound method _IOBase.__exit__() needs an argument")),
    });
    method(vm, t, "isatty", Arity::NoArgs, |vm, a, _| {
        check_closed(vm, a[0])?;
        Ok(Value::FALSE)
    });
    method(vm, t, "__iter__", Arity::NoArgs, |vm, a, _| {
        check_closed(vm, a[0])?;
        Ok(a[0])
    });
    method(vm, t, "__next__", Arity::NoArgs, next_line);
    method(vm, t, "readline", Arity::Pos(0, 1), readline);
    method(vm, t, "readlines", Arity::Pos(0, 1), readlines);
    method(vm, t, "writelines", Arity::One, writelines);

    let t = vm.t.raw_io_base;
    method(vm, t, "read", Arity::Pos(0, 1), raw_read);
    method(vm, t, "readall", Arity::NoArgs, raw_readall);
    method(vm, t, "readinto", Arity::Any, not_implemented);
    method(vm, t, "write", Arity::Any, not_implemented);

    let t = vm.t.buffered_io_base;
    method(vm, t, "read", Arity::Any, unsupported_fn!("read"));
    method(vm, t, "read1", Arity::Any, unsupported_fn!("read1"));
    method(vm, t, "write", Arity::Any, unsupported_fn!("write"));
    method(vm, t, "detach", Arity::Any, unsupported_fn!("detach"));
    method(vm, t, "readinto", Arity::One, |vm, a, _| buffered_readinto(vm, a, "read"));
    method(vm, t, "readinto1", Arity::One, |vm, a, _| buffered_readinto(vm, a, "read1"));

    let t = vm.t.text_io_base;
    method(vm, t, "read", Arity::Any, unsupported_fn!("read"));
    method(vm, t, "readline", Arity::Any, unsupported_fn!("readline"));
    method(vm, t, "write", Arity::Any, unsupported_fn!("write"));
    method(vm, t, "detach", Arity::Any, unsupported_fn!("detach"));
    for name in ["encoding", "newlines", "errors"] {
        getset(vm, t, name, |_vm, _a, _| Ok(Value::NONE), None);
    }
}
