//! `_io.BytesIO`: an in-memory binary stream.

use super::{closed_file, getset, method};
use crate::builtins::args::{Arity, Sig};
use crate::builtins::bytes_args::{bytes_like, need_bytes};
use crate::object::attrs::Attrs;
use crate::object::io::BytesIOObj;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader, VCell};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

fn this(vm: &mut Vm, v: Value) -> PyResult<Gc<BytesIOObj>> {
    match v.downcast::<BytesIOObj>() {
        Some(b) => Ok(b),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor requires a '_io.BytesIO' object but received a '{n}'")))
        }
    }
}

/// The open BytesIO of a method's receiver.
fn open(vm: &mut Vm, v: Value) -> PyResult<Gc<BytesIOObj>> {
    let b = this(vm, v)?;
    if b.closed.get() {
        return Err(closed_file(vm));
    }
    Ok(b)
}

/// Read up to `n` bytes (`n < 0`: the rest) from the position.
fn take(b: &BytesIOObj, n: i64) -> Vec<u8> {
    let pos = b.pos.get();
    b.buf.with(|d| {
        if pos >= d.len() {
            return Vec::new();
        }
        let end = if n < 0 { d.len() } else { pos.saturating_add(n as usize).min(d.len()) };
        b.pos.set(end);
        d[pos..end].to_vec()
    })
}

/// One line from the position (at most `limit` bytes when `limit >= 0`).
fn line(b: &BytesIOObj, limit: i64) -> Vec<u8> {
    let pos = b.pos.get();
    b.buf.with(|d| {
        if pos >= d.len() {
            return Vec::new();
        }
        let rest = &d[pos..];
        let mut end = memchr::memchr(b'\n', rest).map(|i| i + 1).unwrap_or(rest.len());
        if limit >= 0 {
            end = end.min(limit as usize);
        }
        b.pos.set(pos + end);
        rest[..end].to_vec()
    })
}

/// Write `data` at the position (zero-filling a gap past the end);
/// MemoryError when the buffer cannot grow that far.
pub fn write_bytes(vm: &mut Vm, b: &BytesIOObj, data: &[u8]) -> PyResult<()> {
    let pos = b.pos.get();
    let ok = b.buf.with_mut(|d| {
        let end = pos.saturating_add(data.len());
        if end > d.len() {
            if d.try_reserve(end - d.len()).is_err() {
                return false;
            }
            d.resize(end, 0);
        }
        d[pos..end].copy_from_slice(data);
        true
    });
    if !ok {
        return Err(vm.new_exception_err(vm.t.memory_error, vec![]));
    }
    b.pos.set(pos + data.len());
    Ok(())
}

static INIT: Sig = Sig { name: "BytesIO", params: &["initial_bytes"], posonly: 0, required: 0, kwonly: &[] };

fn init(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = crate::builtins::split_args(a, k);
    let b = this(vm, pos[0])?;
    let [initial] = INIT.parse(vm, &pos[1..], k, kw)?;
    let data = match initial.filter(|v| !v.is_none()) {
        Some(v) => need_bytes(vm, v)?,
        None => Vec::new(),
    };
    b.buf.with_mut(|d| *d = data);
    b.pos.set(0);
    b.closed.set(false);
    Ok(Value::NONE)
}

fn seek(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let pos = super::int_arg(vm, a[1])?;
    let whence = match a.get(2) {
        Some(w) => super::int_arg(vm, *w)?,
        None => 0,
    };
    let b = open(vm, a[0])?;
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(&format!("invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if whence == 0 && pos < 0 {
        return Err(vm.value_error(&format!("negative seek value {pos}")));
    }
    let base = match whence {
        1 => b.pos.get() as i64,
        2 => b.buf.with(|d| d.len()) as i64,
        _ => 0,
    };
    let p = base.saturating_add(pos).max(0);
    b.pos.set(p as usize);
    Ok(vm.new_int(p))
}

fn truncate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = open(vm, a[0])?;
    let size = match a.get(1).copied().filter(|v| !v.is_none()) {
        Some(v) => super::int_arg(vm, v)?,
        None => b.pos.get() as i64,
    };
    if size < 0 {
        return Err(vm.value_error(&format!("negative size value {size}")));
    }
    b.buf.with_mut(|d| {
        if (size as usize) < d.len() {
            d.truncate(size as usize)
        }
    });
    Ok(vm.new_int(size))
}

fn readlines(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = open(vm, a[0])?;
    let hint = super::size_arg(vm, a.get(1).copied())?;
    let mut items = Vec::new();
    let mut total = 0i64;
    loop {
        let l = line(&b, -1);
        if l.is_empty() {
            break;
        }
        total += l.len() as i64;
        items.push(vm.new_bytes_of(l, false));
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(vm.new_list(items))
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.bytes_io;
    method(vm, t, "__new__", Arity::Any, |vm, a, _| {
        let Some(cls) = a.first().and_then(|c| c.downcast::<TypeObj>()) else {
            return Err(vm.type_error("BytesIO.__new__(X): X is not a type object"));
        };
        let attrs = Attrs::new(vm.root_shape);
        let h = ObjHeader::new(cls);
        Ok(vm.alloc(BytesIOObj { header: h, attrs, buf: VCell::new(Vec::new()), pos: Cell::new(0), closed: Cell::new(false) }).value())
    });
    method(vm, t, "__init__", Arity::Kw, init);
    method(vm, t, "getvalue", Arity::NoArgs, |vm, a, _| {
        let b = open(vm, a[0])?;
        let d = b.buf.with(|d| d.clone());
        Ok(vm.new_bytes_of(d, false))
    });
    // Not CPython's shared, writable view (Taipan's memoryview cannot
    // export a BytesIO's buffer): a read-only view of the current contents
    // (docs/compat.md). Enough for readers such as pickle's framer.
    method(vm, t, "getbuffer", Arity::NoArgs, |vm, a, _| {
        let b = open(vm, a[0])?;
        let d = b.buf.with(|d| d.clone());
        let snapshot = vm.new_bytes_of(d, false);
        let k = vm.intern("memoryview");
        let Some(mv) = vm.builtins.get_str_key(k) else {
            return Err(vm.new_error(vm.t.not_implemented_error, "BytesIO.getbuffer() needs builtins.memoryview"));
        };
        vm.call(mv, &[snapshot], &[])
    });
    for name in ["read", "read1"] {
        method(vm, t, name, Arity::Pos(0, 1), |vm, a, _| {
            let n = super::size_arg(vm, a.get(1).copied())?;
            let b = open(vm, a[0])?;
            let d = take(&b, n);
            Ok(vm.new_bytes_of(d, false))
        });
    }
    method(vm, t, "readinto", Arity::One, |vm, a, _| {
        let target = super::fileio::writable_buffer(vm, a[1])?;
        let b = open(vm, a[0])?;
        let n = target.data.with(|d| d.len());
        let d = take(&b, n as i64);
        target.data.with_mut(|t| t[..d.len()].copy_from_slice(&d));
        Ok(vm.new_int(d.len() as i64))
    });
    method(vm, t, "readline", Arity::Pos(0, 1), |vm, a, _| {
        let n = super::size_arg(vm, a.get(1).copied())?;
        let b = open(vm, a[0])?;
        let l = line(&b, n);
        Ok(vm.new_bytes_of(l, false))
    });
    method(vm, t, "readlines", Arity::Pos(0, 1), readlines);
    method(vm, t, "__next__", Arity::NoArgs, |vm, a, _| {
        let b = open(vm, a[0])?;
        let l = line(&b, -1);
        if l.is_empty() {
            return Err(vm.new_exception_err(vm.t.stop_iteration, vec![]));
        }
        Ok(vm.new_bytes_of(l, false))
    });
    method(vm, t, "__iter__", Arity::NoArgs, |vm, a, _| {
        open(vm, a[0])?;
        Ok(a[0])
    });
    method(vm, t, "write", Arity::One, |vm, a, _| {
        let data = need_bytes(vm, a[1])?;
        let b = open(vm, a[0])?;
        write_bytes(vm, &b, &data)?;
        Ok(vm.new_int(data.len() as i64))
    });
    method(vm, t, "writelines", Arity::One, |vm, a, _| {
        open(vm, a[0])?;
        let it = vm.get_iter(a[1])?;
        while let Some(x) = vm.iter_next(it)? {
            let data = need_bytes(vm, x)?;
            let b = open(vm, a[0])?;
            write_bytes(vm, &b, &data)?;
        }
        Ok(Value::NONE)
    });
    method(vm, t, "seek", Arity::Pos(1, 2), seek);
    method(vm, t, "tell", Arity::NoArgs, |vm, a, _| {
        let b = open(vm, a[0])?;
        Ok(vm.new_int(b.pos.get() as i64))
    });
    method(vm, t, "truncate", Arity::Pos(0, 1), truncate);
    method(vm, t, "close", Arity::NoArgs, |vm, a, _| {
        let b = this(vm, a[0])?;
        b.closed.set(true);
        b.buf.with_mut(|d| *d = Vec::new());
        Ok(Value::NONE)
    });
    getset(vm, t, "closed", |vm, a, _| Ok(Value::from_bool(this(vm, a[0])?.closed.get())), None);
    method(vm, t, "flush", Arity::NoArgs, |vm, a, _| {
        open(vm, a[0])?;
        Ok(Value::NONE)
    });
    method(vm, t, "isatty", Arity::NoArgs, |vm, a, _| {
        open(vm, a[0])?;
        Ok(Value::FALSE)
    });
    for name in ["readable", "writable", "seekable"] {
        method(vm, t, name, Arity::NoArgs, |vm, a, _| {
            open(vm, a[0])?;
            Ok(Value::TRUE)
        });
    }
    method(vm, t, "__getstate__", Arity::NoArgs, |vm, a, _| {
        let b = open(vm, a[0])?;
        let d = b.buf.with(|d| d.clone());
        let v = vm.new_bytes_of(d, false);
        let p = vm.new_int(b.pos.get() as i64);
        let k = vm.n.__dict__;
        let dict = vm.getattr(a[0], k).unwrap_or(Value::NONE);
        Ok(vm.new_tuple(vec![v, p, dict]))
    });
    method(vm, t, "__setstate__", Arity::One, |vm, a, _| {
        let b = this(vm, a[0])?;
        let parts = vm.collect_iter(a[1])?;
        if parts.len() < 2 {
            return Err(vm.type_error("BytesIO.__setstate__ argument should be 3-tuple"));
        }
        let data = bytes_like(parts[0]).unwrap_or_default();
        let p = super::int_arg(vm, parts[1])?;
        b.buf.with_mut(|d| *d = data);
        b.pos.set(p.max(0) as usize);
        Ok(Value::NONE)
    });
}
