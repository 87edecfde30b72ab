//! `_io.FileIO`: the raw binary file (methods over `rawfile::RawFile`).

use super::oserror::io_error;
use super::rawfile::{parse_mode, RawFile, RawMode};
use super::{closed_raw, getset, method, unsupported};
use crate::builtins::args::{Arity, Sig};
use crate::builtins::bytes_args::bytes_like;
use crate::object::attrs::Attrs;
use crate::object::io::FileIOObj;
use crate::object::seq::BytesObj;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The FileIO payload of `v` (method receivers are checked by their arity).
pub fn this(vm: &mut Vm, v: Value) -> PyResult<Gc<FileIOObj>> {
    match v.downcast::<FileIOObj>() {
        Some(f) => Ok(f),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor requires a '_io.FileIO' object but received a '{n}'")))
        }
    }
}

/// Run `op` on the open file of `f`, or raise the closed-file error.
pub fn with_open<R>(vm: &mut Vm, f: Gc<FileIOObj>, op: impl FnOnce(&mut RawFile) -> R) -> PyResult<R> {
    let Ok(mut r) = f.raw.try_borrow_mut() else {
        return Err(vm.new_error(vm.t.runtime_error, "reentrant call inside FileIO"));
    };
    if r.is_closed() {
        drop(r);
        return Err(closed_raw(vm));
    }
    Ok(op(&mut r))
}

/// A new, unopened FileIO of class `cls`.
pub fn alloc(vm: &mut Vm, cls: Gc<TypeObj>) -> Gc<FileIOObj> {
    let attrs = Attrs::new(vm.root_shape);
    vm.alloc(FileIOObj { header: ObjHeader::new(cls), attrs, raw: Rc::new(RefCell::new(RawFile::closed())) })
}

/// A `std::io` result as a Python one (errors become OSError).
fn os<T>(vm: &mut Vm, r: std::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| io_error(vm, &e, None))
}

/// The path of a file argument: str, bytes or os.PathLike.
pub fn fspath(vm: &mut Vm, file: Value) -> PyResult<std::path::PathBuf> {
    let mut v = file;
    if Vm::str_of(v).is_none() && bytes_like(v).is_none() {
        let k = vm.intern("__fspath__");
        let t = vm.type_of(v);
        if let Some(f) = vm.lookup_special(t, k) {
            v = vm.call(f, &[v], &[])?;
        }
    }
    if let Some(s) = Vm::str_of(v) {
        if s.contains('\0') {
            return Err(vm.value_error("embedded null character"));
        }
        return Ok(s.into());
    }
    if let Some(b) = bytes_like(v).filter(|_| vm.type_of(v) == vm.t.bytes) {
        if b.contains(&0) {
            return Err(vm.value_error("embedded null byte"));
        }
        use std::os::unix::ffi::OsStringExt;
        return Ok(std::ffi::OsString::from_vec(b).into());
    }
    let n = vm.type_name(file);
    Err(vm.type_error(&format!("expected str, bytes or os.PathLike object, not {n}")))
}

/// The `open(2)` flags an opener receives for a mode.
fn os_flags(m: &RawMode) -> i64 {
    let mut f = if m.readable && m.writable { 2 } else if m.writable { 1 } else { 0 };
    if m.created {
        f |= 0o100 | 0o200;
    }
    if m.truncate {
        f |= 0o100 | 0o1000;
    }
    if m.appending {
        f |= 0o100 | 0o2000;
    }
    f | 0o2000000
}

static FILEIO: Sig = Sig { name: "FileIO", params: &["file", "mode", "closefd", "opener"], posonly: 0, required: 1, kwonly: &[] };

/// `FileIO.__init__(file, mode='r', closefd=True, opener=None)`.
fn init(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = crate::builtins::split_args(a, k);
    let f = this(vm, pos[0])?;
    let [file, mode, closefd, opener] = FILEIO.parse(vm, &pos[1..], k, kw)?;
    let file = file.unwrap_or(Value::NONE);
    let mode_s = match mode {
        None => "r",
        Some(m) => match Vm::str_of(m) {
            Some(s) => s,
            None => {
                let n = vm.type_name(m);
                return Err(vm.type_error(&format!("FileIO() argument 'mode' must be str, not {n}")));
            }
        },
    };
    let closefd = match closefd {
        Some(c) => vm.truthy(c)?,
        None => true,
    };
    open_into(vm, f, file, mode_s, closefd, opener.filter(|o| !o.is_none()))?;
    Ok(Value::NONE)
}

/// Open `file` with `mode` into the FileIO `f` (also used by `open()`).
pub fn open_into(vm: &mut Vm, f: Gc<FileIOObj>, file: Value, mode: &str, closefd: bool, opener: Option<Value>) -> PyResult<()> {
    if let Ok(mut r) = f.raw.try_borrow_mut() {
        r.close();
    }
    let fd = if vm.is_int_like(file) && file.as_f64().is_none() { Some(super::int_arg(vm, file)?) } else { None };
    if fd.is_some_and(|fd| fd < 0) {
        return Err(vm.value_error("negative file descriptor"));
    }
    if fd.is_some_and(|fd| fd > i32::MAX as i64) {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    let path = match fd {
        Some(_) => None,
        None => Some(fspath(vm, file)?),
    };
    let m = parse_mode(mode).map_err(|msg| vm.value_error(&msg))?;
    if path.is_some() && !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    // Files that died unclosed keep their descriptors until collected:
    // when the process runs out of them, collect and try once more.
    let retry = |vm: &mut Vm, r: std::io::Result<std::fs::File>, again: &dyn Fn() -> std::io::Result<std::fs::File>| match r {
        Err(e) if matches!(e.raw_os_error(), Some(23 | 24)) => {
            vm.collect();
            again()
        }
        r => r,
    };
    let (file_obj, fdno) = match (fd, opener) {
        (Some(fd), _) => {
            let r = RawFile::from_fd(fd as i32, &m);
            (retry(vm, r, &|| RawFile::from_fd(fd as i32, &m)), fd as i32)
        }
        (None, Some(op)) => {
            let flags = Value::from_small_int(os_flags(&m));
            let r = vm.call(op, &[file, flags], &[])?;
            if !vm.is_int_like(r) || r.as_f64().is_some() {
                return Err(vm.type_error("expected integer from opener"));
            }
            let fd = super::int_arg(vm, r)?;
            if fd < 0 {
                return Err(vm.value_error(&format!("opener returned {fd}")));
            }
            (RawFile::from_fd(fd as i32, &m), fd as i32)
        }
        (None, None) => {
            let p = path.unwrap_or_default();
            let r = RawFile::open(&p, &m);
            let r = retry(vm, r, &|| RawFile::open(&p, &m));
            let fdno = r.as_ref().map(std::os::fd::AsRawFd::as_raw_fd).unwrap_or(-1);
            (r, fdno)
        }
    };
    let file_obj = match file_obj {
        Ok(x) => x,
        Err(e) => return Err(io_error(vm, &e, if fd.is_some() { None } else { Some(file) })),
    };
    {
        let Ok(mut r) = f.raw.try_borrow_mut() else {
            return Err(vm.new_error(vm.t.runtime_error, "reentrant call inside FileIO"));
        };
        r.set_file(file_obj, fdno, &m, closefd);
        if m.appending {
            let _ = r.seek(0, 2);
        }
    }
    let k = vm.intern("name");
    vm.generic_setattr(f.value(), k, file)?;
    Ok(())
}

fn readable_or_err(vm: &mut Vm, f: Gc<FileIOObj>) -> PyResult<()> {
    if !with_open(vm, f, |r| r.readable)? {
        return Err(unsupported(vm, "File not open for reading"));
    }
    Ok(())
}

fn writable_or_err(vm: &mut Vm, f: Gc<FileIOObj>) -> PyResult<()> {
    if !with_open(vm, f, |r| r.writable)? {
        return Err(unsupported(vm, "File not open for writing"));
    }
    Ok(())
}

fn read(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = this(vm, a[0])?;
    let n = super::size_arg(vm, a.get(1).copied())?;
    readable_or_err(vm, f)?;
    if n < 0 {
        return readall(vm, a, _k);
    }
    let size = with_open(vm, f, |r| r.read_size(n as u64))?;
    let mut buf = super::zeroed(vm, size)?;
    let r = with_open(vm, f, |r| r.read(&mut buf))?;
    let got = os(vm, r)?;
    buf.truncate(got);
    Ok(vm.new_bytes_of(buf, false))
}

fn readall(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = this(vm, a[0])?;
    readable_or_err(vm, f)?;
    let r = with_open(vm, f, |r| r.read_all())?;
    let data = os(vm, r)?;
    Ok(vm.new_bytes_of(data, false))
}

/// The bytearray a `readinto` fills.
pub fn writable_buffer(vm: &mut Vm, v: Value) -> PyResult<Gc<BytesObj>> {
    match v.downcast::<BytesObj>().filter(|_| vm.is_instance(v, vm.t.bytearray)) {
        Some(b) => Ok(b),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("readinto() argument must be read-write bytes-like object, not {n}")))
        }
    }
}

fn readinto(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = this(vm, a[0])?;
    let target = writable_buffer(vm, a[1])?;
    readable_or_err(vm, f)?;
    let mut buf = super::zeroed(vm, target.data.with(|d| d.len()))?;
    let r = with_open(vm, f, |r| r.read(&mut buf))?;
    let got = os(vm, r)?;
    target.data.with_mut(|d| {
        let k = got.min(d.len());
        d[..k].copy_from_slice(&buf[..k])
    });
    Ok(vm.new_int(got as i64))
}

fn write(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = this(vm, a[0])?;
    let data = crate::builtins::bytes_args::need_bytes(vm, a[1])?;
    writable_or_err(vm, f)?;
    let r = with_open(vm, f, |r| r.write(&data))?;
    let n = os(vm, r)?;
    Ok(vm.new_int(n as i64))
}

fn seek(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = this(vm, a[0])?;
    let pos = super::int_arg(vm, a[1])?;
    let whence = match a.get(2) {
        Some(w) => super::int_arg(vm, *w)?,
        None => 0,
    };
    let r = with_open(vm, f, |r| r.seek(pos, whence))?;
    let p = os(vm, r)?;
    Ok(vm.new_int(p as i64))
}

fn tell(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = this(vm, a[0])?;
    let r = with_open(vm, f, |r| r.tell())?;
    let p = os(vm, r)?;
    Ok(vm.new_int(p as i64))
}

fn truncate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = this(vm, a[0])?;
    with_open(vm, f, |_| ())?;
    writable_or_err(vm, f)?;
    let size = match a.get(1).copied().filter(|v| !v.is_none()) {
        Some(v) => super::int_arg(vm, v)?,
        None => {
            let r = with_open(vm, f, |r| r.tell())?;
            os(vm, r)? as i64
        }
    };
    if size < 0 {
        return Err(super::oserror::errno_error(vm, 22, None));
    }
    let r = with_open(vm, f, |r| r.truncate(size as u64))?;
    os(vm, r)?;
    Ok(vm.new_int(size))
}

fn close(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = this(vm, a[0])?;
    if f.raw.try_borrow().map(|r| r.is_closed()).unwrap_or(true) {
        return Ok(Value::NONE);
    }
    // A subclass may flush something of its own first (`_RawIOBase.close`).
    let flushed = if vm.type_of(a[0]) != vm.t.file_io { super::call(vm, a[0], "flush", &[]).map(|_| ()) } else { Ok(()) };
    if let Ok(mut r) = f.raw.try_borrow_mut() {
        r.close();
    }
    flushed.map(|_| Value::NONE)
}

fn repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = this(vm, a[0])?;
    // CPython 3.11 writes `_io.FileIO` for subclasses too.
    let tn = "_io.FileIO";
    let (closed, mode, closefd, fd) = match f.raw.try_borrow() {
        Ok(r) => (r.is_closed(), r.mode_string(), r.closefd, r.fd),
        Err(_) => (true, "", true, -1),
    };
    if closed {
        return Ok(vm.new_string(format!("<{tn} [closed]>")));
    }
    let cfd = if closefd { "True" } else { "False" };
    let s = match super::repr_name(vm, a[0], "name")? {
        Some(n) => format!("<{tn} name={n} mode='{mode}' closefd={cfd}>"),
        None => format!("<{tn} fd={fd} mode='{mode}' closefd={cfd}>"),
    };
    Ok(vm.new_string(s))
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.file_io;
    method(vm, t, "__new__", Arity::Any, |vm, a, _| {
        let Some(cls) = a.first().and_then(|c| c.downcast::<TypeObj>()) else {
            return Err(vm.type_error("FileIO.__new__(X): X is not a type object"));
        };
        Ok(alloc(vm, cls).value())
    });
    method(vm, t, "__init__", Arity::Kw, init);
    method(vm, t, "read", Arity::Pos(0, 1), read);
    method(vm, t, "readall", Arity::NoArgs, readall);
    method(vm, t, "readinto", Arity::One, readinto);
    method(vm, t, "write", Arity::One, write);
    method(vm, t, "seek", Arity::Pos(1, 2), seek);
    method(vm, t, "tell", Arity::NoArgs, tell);
    method(vm, t, "truncate", Arity::Pos(0, 1), truncate);
    method(vm, t, "close", Arity::NoArgs, close);
    method(vm, t, "__repr__", Arity::NoArgs, repr);
    method(vm, t, "fileno", Arity::NoArgs, |vm, a, _| {
        let f = this(vm, a[0])?;
        let fd = with_open(vm, f, |r| r.fd)?;
        Ok(vm.new_int(fd as i64))
    });
    method(vm, t, "isatty", Arity::NoArgs, |vm, a, _| {
        let f = this(vm, a[0])?;
        Ok(Value::from_bool(with_open(vm, f, |r| r.isatty())?))
    });
    method(vm, t, "readable", Arity::NoArgs, |vm, a, _| {
        let f = this(vm, a[0])?;
        Ok(Value::from_bool(with_open(vm, f, |r| r.readable)?))
    });
    method(vm, t, "writable", Arity::NoArgs, |vm, a, _| {
        let f = this(vm, a[0])?;
        Ok(Value::from_bool(with_open(vm, f, |r| r.writable)?))
    });
    method(vm, t, "seekable", Arity::NoArgs, |vm, a, _| {
        let f = this(vm, a[0])?;
        Ok(Value::from_bool(with_open(vm, f, |r| r.is_seekable())?))
    });
    getset(vm, t, "closed", |vm, a, _| {
        let f = this(vm, a[0])?;
        Ok(Value::from_bool(f.raw.try_borrow().map(|r| r.is_closed()).unwrap_or(false)))
    }, None);
    getset(vm, t, "closefd", |vm, a, _| {
        let f = this(vm, a[0])?;
        Ok(Value::from_bool(f.raw.try_borrow().map(|r| r.closefd).unwrap_or(true)))
    }, None);
    getset(vm, t, "mode", |vm, a, _| {
        let f = this(vm, a[0])?;
        let m = f.raw.try_borrow().map(|r| r.mode_string()).unwrap_or("rb");
        Ok(vm.new_str(m))
    }, None);
    getset(vm, t, "_blksize", |vm, a, _| {
        let f = this(vm, a[0])?;
        let b = f.raw.try_borrow().map(|r| r.blksize).unwrap_or(8192);
        Ok(vm.new_int(b as i64))
    }, None);
    getset(vm, t, "_finalizing", |_vm, _a, _| Ok(Value::FALSE), None);
}
