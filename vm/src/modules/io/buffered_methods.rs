//! The Python methods of `BufferedReader`, `BufferedWriter`,
//! `BufferedRandom` and `BufferedRWPair` (algorithms in `buffered.rs`).

use super::buffered::{self as buf, BufState, RawIo};
use super::{call, getattr, getset, method, unsupported};
use crate::builtins::args::{Arity, Sig};
use crate::builtins::bytes_args::need_bytes;
use crate::object::attrs::Attrs;
use crate::object::io::{BufferedObj, FileIOObj};
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub fn this(vm: &mut Vm, v: Value) -> PyResult<Gc<BufferedObj>> {
    match v.downcast::<BufferedObj>() {
        Some(b) => Ok(b),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor requires a buffered io object but received a '{n}'")))
        }
    }
}

/// A new, uninitialised buffered object of class `cls`.
pub fn alloc(vm: &mut Vm, cls: Gc<TypeObj>) -> Gc<BufferedObj> {
    let attrs = Attrs::new(vm.root_shape);
    let h = ObjHeader::new(cls);
    vm.alloc(BufferedObj { header: h, attrs, raw: Cell::new(Value::NULL), pair: Cell::new(Value::NULL), st: Rc::new(RefCell::new(BufState::new())) })
}

/// The object writes go to: the writer half of an RWPair, else `b`.
fn writer_of(b: Gc<BufferedObj>) -> Gc<BufferedObj> {
    b.pair.get().downcast::<BufferedObj>().unwrap_or(b)
}

fn check_capability(vm: &mut Vm, raw: Value, what: &str) -> PyResult<()> {
    if !super::call_bool(vm, raw, &format!("{what}able"))? {
        return Err(unsupported(vm, &format!("File or stream is not {what}able.")));
    }
    Ok(())
}

/// Set up `b` over `raw` (the checks of the class's `__init__` done).
pub fn setup(vm: &mut Vm, b: Gc<BufferedObj>, raw: Value, size: usize) -> PyResult<()> {
    b.raw.set(raw);
    let native = if super::exact(vm, raw, vm.t.file_io) { raw.downcast::<FileIOObj>().map(|f| f.raw.clone()) } else { None };
    let is_native = native.is_some();
    {
        let mut s = buf::st(vm, &b)?;
        s.wbuf.clear();
        s.rbuf.clear();
        s.rpos = 0;
        s.native = native;
        s.size = size;
        s.ok = true;
        s.detached = false;
    }
    if is_native {
        vm.io.bufs.push(Rc::downgrade(&b.st));
        vm.io.prune();
    }
    Ok(())
}

fn size_param(vm: &mut Vm, v: Option<Value>) -> PyResult<usize> {
    let n = match v {
        Some(v) => super::int_arg(vm, v)?,
        None => super::DEFAULT_BUFFER_SIZE as i64,
    };
    if n <= 0 {
        return Err(vm.value_error("buffer size must be strictly positive"));
    }
    Ok(n as usize)
}

static READER: Sig = Sig { name: "BufferedReader", params: &["raw", "buffer_size"], posonly: 0, required: 1, kwonly: &[] };
static WRITER: Sig = Sig { name: "BufferedWriter", params: &["raw", "buffer_size"], posonly: 0, required: 1, kwonly: &[] };
static RANDOM: Sig = Sig { name: "BufferedRandom", params: &["raw", "buffer_size"], posonly: 0, required: 1, kwonly: &[] };

fn init_with(vm: &mut Vm, a: &[Value], k: &[Value], sig: &Sig, caps: &[&str]) -> PyResult {
    let (pos, kw) = crate::builtins::split_args(a, k);
    let b = this(vm, pos[0])?;
    let [raw, size] = sig.parse(vm, &pos[1..], k, kw)?;
    let raw = raw.unwrap_or(Value::NONE);
    for c in caps {
        check_capability(vm, raw, c)?;
    }
    let size = size_param(vm, size)?;
    setup(vm, b, raw, size)?;
    Ok(Value::NONE)
}

fn rwpair_init(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    if !k.is_empty() {
        return Err(vm.type_error("BufferedRWPair() takes no keyword arguments"));
    }
    crate::builtins::args::expect_count(vm, "BufferedRWPair", a.len().saturating_sub(1), 2, 3)?;
    let b = this(vm, a[0])?;
    let (reader, writer) = (a[1], a[2]);
    check_capability(vm, reader, "read")?;
    check_capability(vm, writer, "writ")?;
    let size = size_param(vm, a.get(3).copied())?;
    let w = alloc(vm, vm.t.buffered_writer);
    setup(vm, w, writer, size)?;
    b.pair.set(w.value());
    setup(vm, b, reader, size)
        .map(|_| Value::NONE)
}

fn bytes_or_none(vm: &mut Vm, d: Option<Vec<u8>>) -> Value {
    match d {
        Some(d) => vm.new_bytes_of(d, false),
        None => Value::NONE,
    }
}

fn read(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = this(vm, a[0])?;
    let n = super::size_arg(vm, a.get(1).copied())?;
    if n < -1 {
        return Err(vm.value_error("read length must be non-negative or -1"));
    }
    let d = buf::read(vm, &b, n)?;
    Ok(bytes_or_none(vm, d))
}

fn read1(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = this(vm, a[0])?;
    let n = super::size_arg(vm, a.get(1).copied())?;
    let d = buf::read1(vm, &b, n)?;
    Ok(vm.new_bytes_of(d, false))
}

fn readinto_with(vm: &mut Vm, a: &[Value], one: bool) -> PyResult {
    let b = this(vm, a[0])?;
    let target = super::fileio::writable_buffer(vm, a[1])?;
    let n = target.data.with(|d| d.len());
    let d = if one { buf::read1(vm, &b, n as i64)? } else { buf::read(vm, &b, n as i64)?.unwrap_or_default() };
    let k = d.len().min(n);
    target.data.with_mut(|t| t[..k].copy_from_slice(&d[..k]));
    Ok(vm.new_int(k as i64))
}

fn readline(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = this(vm, a[0])?;
    let n = super::size_arg(vm, a.get(1).copied())?;
    let d = buf::readline(vm, &b, n)?;
    Ok(vm.new_bytes_of(d, false))
}

fn next(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = this(vm, a[0])?;
    let d = buf::readline(vm, &b, -1)?;
    if d.is_empty() {
        return Err(vm.new_exception_err(vm.t.stop_iteration, vec![]));
    }
    Ok(vm.new_bytes_of(d, false))
}

fn write(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = this(vm, a[0])?;
    let data = need_bytes(vm, a[1])?;
    let n = buf::write(vm, &writer_of(b), &data)?;
    Ok(vm.new_int(n as i64))
}

fn flush(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = this(vm, a[0])?;
    if vm.type_of(a[0]).is_subtype(vm.t.buffered_reader) {
        RawIo::of(vm, &b)?;
        return call(vm, b.raw.get(), "flush", &[]);
    }
    buf::flush(vm, &writer_of(b))?;
    Ok(Value::NONE)
}

fn seek(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = this(vm, a[0])?;
    let pos = super::int_arg(vm, a[1])?;
    let whence = match a.get(2) {
        Some(w) => super::int_arg(vm, *w)?,
        None => 0,
    };
    let p = buf::seek(vm, &b, pos, whence)?;
    Ok(vm.new_int(p))
}

fn tell(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = this(vm, a[0])?;
    let p = buf::tell(vm, &b)?;
    Ok(vm.new_int(p))
}

fn truncate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = this(vm, a[0])?;
    let raw = RawIo::of(vm, &b)?;
    buf::check_open(vm, &raw, "truncate")?;
    if vm.type_of(a[0]).is_subtype(vm.t.buffered_reader) {
        return Err(unsupported(vm, "truncate"));
    }
    buf::truncate(vm, &b, a.get(1).copied().unwrap_or(Value::NONE))
}

fn close(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = this(vm, a[0])?;
    if let Some(w) = b.pair.get().downcast::<BufferedObj>() {
        let r1 = buf::close(vm, &w);
        let r2 = buf::close(vm, &b);
        r1?;
        r2?;
        return Ok(Value::NONE);
    }
    buf::close(vm, &b)?;
    Ok(Value::NONE)
}

fn detach(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = this(vm, a[0])?;
    let raw = RawIo::of(vm, &b)?;
    buf::flush_writes(vm, &b, &raw)?;
    let r = b.raw.get();
    {
        let mut s = buf::st(vm, &b)?;
        s.detached = true;
        s.native = None;
    }
    b.raw.set(Value::NONE);
    Ok(r)
}

/// `raw.<name>(...)` after the initialisation/detach checks.
fn delegate(vm: &mut Vm, a: &[Value], name: &str) -> PyResult {
    let b = this(vm, a[0])?;
    RawIo::of(vm, &b)?;
    call(vm, b.raw.get(), name, &[])
}

fn delegate_attr(vm: &mut Vm, a: &[Value], name: &str) -> PyResult {
    let b = this(vm, a[0])?;
    if let Some(w) = b.pair.get().downcast::<BufferedObj>() {
        if name == "closed" {
            RawIo::of(vm, &w)?;
            return getattr(vm, w.raw.get(), name);
        }
    }
    RawIo::of(vm, &b)?;
    getattr(vm, b.raw.get(), name)
}

fn repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let t = vm.type_of(a[0]);
    let tn = if t.has_flag(crate::object::typeobj::tflags::HEAPTYPE) { t.name() } else { format!("_io.{}", t.name()) };
    let s = match super::repr_name(vm, a[0], "name")? {
        Some(n) => format!("<{tn} name={n}>"),
        None => format!("<{tn}>"),
    };
    Ok(vm.new_string(s))
}

fn new(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let Some(cls) = a.first().and_then(|c| c.downcast::<TypeObj>()) else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    Ok(alloc(vm, cls).value())
}

pub fn install(vm: &mut Vm) {
    let (r, w, rw, pair) = (vm.t.buffered_reader, vm.t.buffered_writer, vm.t.buffered_random, vm.t.buffered_rwpair);
    for t in [r, w, rw, pair] {
        method(vm, t, "__new__", Arity::Any, new);
        method(vm, t, "close", Arity::NoArgs, close);
        method(vm, t, "flush", Arity::NoArgs, flush);
        getset(vm, t, "closed", |vm, a, _| delegate_attr(vm, a, "closed"), None);
    }
    method(vm, r, "__init__", Arity::Kw, |vm, a, k| init_with(vm, a, k, &READER, &["read"]));
    method(vm, w, "__init__", Arity::Kw, |vm, a, k| init_with(vm, a, k, &WRITER, &["writ"]));
    method(vm, rw, "__init__", Arity::Kw, |vm, a, k| init_with(vm, a, k, &RANDOM, &["seek", "read", "writ"]));
    method(vm, pair, "__init__", Arity::Any, rwpair_init);
    for t in [r, rw, pair] {
        method(vm, t, "read", Arity::Pos(0, 1), read);
        method(vm, t, "read1", Arity::Pos(0, 1), read1);
        method(vm, t, "readinto", Arity::One, |vm, a, _| readinto_with(vm, a, false));
        method(vm, t, "readinto1", Arity::One, |vm, a, _| readinto_with(vm, a, true));
        method(vm, t, "peek", Arity::Pos(0, 1), |vm, a, _| {
            let b = this(vm, a[0])?;
            let d = buf::peek(vm, &b)?;
            Ok(vm.new_bytes_of(d, false))
        });
        method(vm, t, "readable", Arity::NoArgs, |vm, a, _| delegate(vm, a, "readable"));
    }
    for t in [r, rw] {
        method(vm, t, "readline", Arity::Pos(0, 1), readline);
        method(vm, t, "__next__", Arity::NoArgs, next);
    }
    for t in [w, rw, pair] {
        method(vm, t, "write", Arity::One, write);
    }
    method(vm, pair, "writable", Arity::NoArgs, |vm, a, _| {
        let b = this(vm, a[0])?;
        let w = writer_of(b);
        delegate(vm, &[w.value()], "writable")
    });
    method(vm, pair, "isatty", Arity::NoArgs, |vm, a, _| {
        let b = this(vm, a[0])?;
        let w = writer_of(b);
        if super::call_bool(vm, w.value(), "isatty")? {
            return Ok(Value::TRUE);
        }
        delegate(vm, a, "isatty")
    });
    for t in [w, rw] {
        method(vm, t, "writable", Arity::NoArgs, |vm, a, _| delegate(vm, a, "writable"));
    }
    for t in [r, w, rw] {
        method(vm, t, "seek", Arity::Pos(1, 2), seek);
        method(vm, t, "tell", Arity::NoArgs, tell);
        method(vm, t, "truncate", Arity::Pos(0, 1), truncate);
        method(vm, t, "detach", Arity::NoArgs, detach);
        method(vm, t, "fileno", Arity::NoArgs, |vm, a, _| delegate(vm, a, "fileno"));
        method(vm, t, "isatty", Arity::NoArgs, |vm, a, _| delegate(vm, a, "isatty"));
        method(vm, t, "seekable", Arity::NoArgs, |vm, a, _| delegate(vm, a, "seekable"));
        method(vm, t, "__repr__", Arity::NoArgs, repr);
        getset(vm, t, "name", |vm, a, _| delegate_attr(vm, a, "name"), None);
        getset(vm, t, "mode", |vm, a, _| delegate_attr(vm, a, "mode"), None);
        getset(vm, t, "raw", |vm, a, _| {
            let b = this(vm, a[0])?;
            let r = b.raw.get();
            Ok(if r.is_null() { Value::NONE } else { r })
        }, None);
        getset(vm, t, "_finalizing", |_vm, _a, _| Ok(Value::FALSE), None);
    }
}
