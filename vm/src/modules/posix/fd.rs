//! File descriptors: `open`, `read`, `write`, `close`, `lseek`, `pipe`,
//! `dup`, `isatty`, `fstat`, ...
//!
//! Without `unsafe` an int cannot be turned back into a file, so the
//! interpreter keeps the files it opened in a table (`Vm::fds`) keyed by
//! their real descriptor numbers. 0, 1 and 2 are duplicates of the standard
//! streams made on first use (closing them only forgets the duplicate).
//! A descriptor Taipan did not open itself (inherited ones above 2) is
//! `EBADF`. `_io` can share the table through [`FdTable`].

use super::path::{path_arg, Accept};
use super::{no_dir_fd, parse, EBADF, EINVAL};
use crate::builtins::args::Sig;
use crate::builtins::bytes_args::bytes_like;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::collections::HashMap;
use std::fs::File;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::fs::OpenOptionsExt;

/// The files an interpreter has opened by descriptor number.
#[derive(Default)]
pub struct FdTable {
    files: HashMap<i32, File>,
    closed_std: [bool; 3],
}

impl FdTable {
    /// Adopt `f`; returns its descriptor number.
    pub fn insert(&mut self, f: File) -> i32 {
        let fd = f.as_raw_fd();
        self.files.insert(fd, f);
        fd
    }

    /// The open file for `fd` (0-2: a duplicate of the standard stream).
    pub fn get(&mut self, fd: i32) -> Option<&mut File> {
        if (0..3).contains(&fd) && !self.closed_std[fd as usize] && !self.files.contains_key(&fd) {
            let dup = match fd {
                0 => std::io::stdin().as_fd().try_clone_to_owned(),
                1 => std::io::stdout().as_fd().try_clone_to_owned(),
                _ => std::io::stderr().as_fd().try_clone_to_owned(),
            };
            if let Ok(o) = dup {
                self.files.insert(fd, File::from(o));
            }
        }
        self.files.get_mut(&fd)
    }

    /// Forget `fd`, closing it (0-2: only the duplicate is closed);
    /// false when it was not open.
    pub fn remove(&mut self, fd: i32) -> bool {
        let had_std = (0..3).contains(&fd) && !self.closed_std[fd as usize];
        if had_std {
            self.closed_std[fd as usize] = true;
        }
        self.files.remove(&fd).is_some() || had_std
    }
}

impl FdTable {
    /// Close every descriptor in `lo..hi`.
    pub fn remove_range(&mut self, lo: i32, hi: i32) {
        let mut open: Vec<i32> = self.files.keys().copied().filter(|fd| (lo..hi).contains(fd)).collect();
        open.extend(lo.max(0)..hi.min(3));
        for fd in open {
            self.remove(fd);
        }
    }
}

/// An fd argument as an i32.
pub fn fd_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let n = super::int_arg(vm, v)?;
    i32::try_from(n).map_err(|_| {
        let msg = if n < 0 { "fd is less than minimum" } else { "fd is greater than maximum" };
        vm.overflow_error(msg)
    })
}

/// Run `f` on the file for `fd`, or raise `OSError: [Errno 9]`.
pub fn with_fd<R>(vm: &mut Vm, fd: i32, f: impl FnOnce(&mut File) -> std::io::Result<R>) -> PyResult<R> {
    if fd == 1 || fd == 2 {
        crate::modules::io::stdio::flush_all(vm);
    }
    let r = match vm.os.fds.get(fd) {
        Some(file) => f(file),
        None => return Err(vm.os_error(EBADF, None, None)),
    };
    r.map_err(|e| vm.io_error(&e, None, None))
}

const O_ACCMODE: i64 = 3;

fn open(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "open", params: &["path", "flags", "mode"], posonly: 0, required: 2, kwonly: &["dir_fd"] };
    let [path, flags, mode, dir_fd] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "open", "path", path.unwrap_or(Value::NONE), Accept::Path)?;
    let flags = flags.unwrap_or(Value::NONE);
    let flags = super::int_arg(vm, flags)?;
    let mode = match mode {
        Some(m) => super::int_arg(vm, m)?,
        None => 0o777,
    };
    no_dir_fd(vm, dir_fd)?;
    let mut o = std::fs::OpenOptions::new();
    match flags & O_ACCMODE {
        0 => o.read(true),
        1 => o.write(true),
        2 => o.read(true).write(true),
        _ => return Err(vm.os_error(EINVAL, Some(p.obj), None)),
    };
    // Creation flags go to open(2) as they are: std's own options reject
    // combinations POSIX allows (O_RDONLY | O_CREAT).
    o.custom_flags((flags & !O_ACCMODE) as i32).mode(mode as u32);
    let creates = flags & 0o100 != 0 && !p.path.exists();
    match o.open(&p.path) {
        Ok(f) => {
            if creates {
                super::process::apply_umask(vm, &f, mode as u32);
            }
            Ok(Value::from_small_int(vm.os.fds.insert(f) as i64))
        }
        Err(e) => Err(vm.io_error(&e, Some(p.obj), None)),
    }
}

/// The one `fd` argument of `close(fd)`, `fstat(fd)`, ... (keyword allowed).
fn fd_param(vm: &mut Vm, name: &'static str, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let sig = Sig { name, params: &["fd"], posonly: 0, required: 1, kwonly: &[] };
    let [fd] = parse(vm, &sig, a, k)?;
    Ok(fd.unwrap_or(Value::NONE))
}

fn close(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let fd = fd_param(vm, "close", a, k)?;
    let fd = fd_arg(vm, fd)?;
    if vm.os.fds.remove(fd) {
        Ok(Value::NONE)
    } else {
        Err(vm.os_error(EBADF, None, None))
    }
}

fn closerange(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let lo = fd_arg(vm, a[0])?;
    let hi = fd_arg(vm, a[1])?;
    vm.os.fds.remove_range(lo.max(0), hi);
    Ok(Value::NONE)
}

fn read(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = fd_arg(vm, a[0])?;
    let n = super::int_arg(vm, a[1])?;
    if n < 0 {
        return Err(vm.os_error(EINVAL, None, None));
    }
    // A short read is always allowed, so huge requests need no huge buffer.
    let mut buf = vec![0u8; (n as usize).min(1 << 26)];
    let got = with_fd(vm, fd, |f| f.read(&mut buf))?;
    buf.truncate(got);
    Ok(vm.new_bytes_of(buf, false))
}

fn write(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = fd_arg(vm, a[0])?;
    let Some(data) = bytes_like(a[1]) else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(&format!("a bytes-like object is required, not '{t}'")));
    };
    let n = with_fd(vm, fd, |f| f.write(&data))?;
    Ok(Value::from_small_int(n as i64))
}

fn lseek(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = fd_arg(vm, a[0])?;
    let pos = super::int_arg(vm, a[1])?;
    let how = super::int_arg(vm, a[2])?;
    let from = match how {
        0 if pos >= 0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(vm.os_error(EINVAL, None, None)),
    };
    let r = with_fd(vm, fd, |f| f.seek(from))?;
    Ok(vm.new_int(r as i64))
}

fn isatty(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = fd_arg(vm, a[0])?;
    Ok(Value::from_bool(vm.os.fds.get(fd).is_some_and(|f| f.is_terminal())))
}

fn pipe(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    let (r, w) = std::io::pipe().map_err(|e| vm.io_error(&e, None, None))?;
    let r = vm.os.fds.insert(File::from(OwnedFd::from(r)));
    let w = vm.os.fds.insert(File::from(OwnedFd::from(w)));
    Ok(vm.new_tuple(vec![Value::from_small_int(r as i64), Value::from_small_int(w as i64)]))
}

fn dup(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = fd_arg(vm, a[0])?;
    let f = with_fd(vm, fd, |f| f.try_clone())?;
    Ok(Value::from_small_int(vm.os.fds.insert(f) as i64))
}

fn fstat(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let fd = fd_param(vm, "fstat", a, k)?;
    let fd = fd_arg(vm, fd)?;
    let md = with_fd(vm, fd, |f| f.metadata())?;
    super::fs::stat_value(vm, &md)
}

fn fsync(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let v = fd_param(vm, "fsync", a, k)?;
    // An object with fileno() is accepted too.
    let fd = if vm.is_int_like(v) {
        fd_arg(vm, v)?
    } else {
        let name = vm.intern("fileno");
        let r = vm.call_method(v, name, &[])?;
        fd_arg(vm, r)?
    };
    with_fd(vm, fd, |f| f.sync_all())?;
    Ok(Value::NONE)
}

fn ftruncate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = fd_arg(vm, a[0])?;
    let n = super::int_arg(vm, a[1])?;
    if n < 0 {
        return Err(vm.os_error(EINVAL, None, None));
    }
    with_fd(vm, fd, |f| f.set_len(n as u64))?;
    Ok(Value::NONE)
}

/// `get_terminal_size(fd=1)`: the size is asked of `stty size` with the
/// terminal as its input (the ioctl itself needs libc).
fn get_terminal_size(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = match a.first() {
        Some(&v) => fd_arg(vm, v)?,
        None => 1,
    };
    let tty = vm.os.fds.get(fd).filter(|f| f.is_terminal()).and_then(|f| f.try_clone().ok());
    let Some(tty) = tty else {
        let code = if vm.os.fds.get(fd).is_some() { 25 } else { EBADF };
        return Err(vm.os_error(code, None, None));
    };
    let out = std::process::Command::new("stty").arg("size").stdin(tty).stderr(std::process::Stdio::null()).output();
    let text = out.ok().filter(|o| o.status.success()).map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
    let nums: Vec<i64> = text.unwrap_or_default().split_whitespace().filter_map(|s| s.parse().ok()).collect();
    let [lines, columns] = nums[..] else { return Err(vm.os_error(25, None, None)) };
    let (c, l) = (vm.new_int(columns), vm.new_int(lines));
    let t = vm.new_tuple(vec![c, l]);
    let cls = super::super::module_attr(vm, "posix", "terminal_size")?;
    vm.call(cls, &[t], &[])
}

fn device_encoding(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let fd = fd_param(vm, "device_encoding", a, k)?;
    let fd = fd_arg(vm, fd)?;
    let tty = vm.os.fds.get(fd).is_some_and(|f| f.is_terminal());
    Ok(if tty { vm.new_str("UTF-8") } else { Value::NONE })
}

/// `truncate(path, length)` (a path or an fd).
fn truncate(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "truncate", params: &["path", "length"], posonly: 0, required: 2, kwonly: &[] };
    let [path, length] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "truncate", "path", path.unwrap_or(Value::NONE), Accept::PathOrFd)?;
    let n = super::int_arg(vm, length.unwrap_or(Value::NONE))?;
    if n < 0 {
        return Err(vm.os_error(EINVAL, Some(p.obj), None));
    }
    if let Some(fd) = p.fd {
        with_fd(vm, fd, |f| f.set_len(n as u64))?;
        return Ok(Value::NONE);
    }
    let r = std::fs::OpenOptions::new().write(true).open(&p.path).and_then(|f| f.set_len(n as u64));
    r.map_err(|e| vm.io_error(&e, Some(p.obj), None))?;
    Ok(Value::NONE)
}

pub fn install(vm: &mut Vm, m: crate::object::Gc<crate::object::module::ModuleObj>) {
    use crate::builtins::args::Arity;
    let add = |vm: &mut Vm, name: &'static str, arity: Arity, f: crate::object::function::NativeFn| {
        crate::modules::add_fn_a(vm, m, name, arity, f);
    };
    add(vm, "open", Arity::Kw, open);
    add(vm, "close", Arity::Kw, close);
    add(vm, "closerange", Arity::Pos(2, 2), closerange);
    add(vm, "read", Arity::Pos(2, 2), read);
    add(vm, "write", Arity::Pos(2, 2), write);
    add(vm, "lseek", Arity::Pos(3, 3), lseek);
    add(vm, "isatty", Arity::One, isatty);
    add(vm, "pipe", Arity::NoArgs, pipe);
    add(vm, "dup", Arity::One, dup);
    add(vm, "fstat", Arity::Kw, fstat);
    add(vm, "fsync", Arity::Kw, fsync);
    add(vm, "ftruncate", Arity::Pos(2, 2), ftruncate);
    add(vm, "truncate", Arity::Kw, truncate);
    add(vm, "get_terminal_size", Arity::Pos(0, 1), get_terminal_size);
    add(vm, "device_encoding", Arity::Kw, device_encoding);
}
