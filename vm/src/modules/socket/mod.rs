//! `_socket`, `select` and `_posixsubprocess`: the minimum the selector
//! event loop of `asyncio` needs, without libc or `unsafe`.
//!
//! * `_socket`: the constants of CPython's module, `socketpair()` (a real
//!   AF_UNIX stream pair from `UnixStream::pair`) and a `socket` class
//!   (application-level Python, `socket.py`) over descriptors kept in the
//!   posix module's table (`Vm::os.fds`), so `os.read`/`os.write`/`os.close`
//!   work on them too. Creating, connecting, binding and name resolution need
//!   the C socket API and raise `OSError(ENOSYS)`.
//! * `select.select`: readiness of a socket descriptor is a non-blocking
//!   `peek`; other descriptors (files, pipes) are reported ready, as regular
//!   files are. With nothing ready it waits out the timeout, checking again
//!   every 10 ms. No `poll`/`epoll`, so `selectors.DefaultSelector` is
//!   `SelectSelector`.
//! * `_posixsubprocess.fork_exec` raises `OSError(ENOSYS)`.

use crate::builtins::args::Arity;
use crate::builtins::bytes_args::bytes_like;
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::OwnedFd;
use std::os::unix::net::UnixStream;

const EBADF: i32 = 9;

fn fd_of(vm: &mut Vm, v: Value) -> PyResult<i32> {
    crate::modules::posix::fd::fd_arg(vm, v)
}

/// A second handle on the socket `fd` (same open file description, so
/// `set_nonblocking` affects `fd`).
/// A `TcpStream` only for its stable `peek` (`recv(MSG_PEEK)`), which works
/// on any socket.
fn stream(vm: &mut Vm, fd: i32) -> PyResult<std::net::TcpStream> {
    let Some(f) = vm.os.fds.get(fd) else { return Err(vm.os_error(EBADF, None, None)) };
    match f.try_clone() {
        Ok(c) => Ok(std::net::TcpStream::from(OwnedFd::from(c))),
        Err(e) => Err(vm.io_error(&e, None, None)),
    }
}

fn pair(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    let (x, y) = UnixStream::pair().map_err(|e| vm.io_error(&e, None, None))?;
    let x = vm.os.fds.insert(File::from(OwnedFd::from(x)));
    let y = vm.os.fds.insert(File::from(OwnedFd::from(y)));
    Ok(vm.new_tuple(vec![Value::from_small_int(x as i64), Value::from_small_int(y as i64)]))
}

fn recv(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = fd_of(vm, a[0])?;
    let n = crate::modules::posix::int_arg(vm, a[1])?;
    if n < 0 {
        return Err(vm.value_error("negative buffersize in recv"));
    }
    let mut buf = vec![0u8; (n as usize).min(1 << 26)];
    let Some(f) = vm.os.fds.get(fd) else { return Err(vm.os_error(EBADF, None, None)) };
    let got = f.read(&mut buf).map_err(|e| vm.io_error(&e, None, None))?;
    buf.truncate(got);
    Ok(vm.new_bytes_of(buf, false))
}

fn send(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = fd_of(vm, a[0])?;
    let Some(data) = bytes_like(a[1]) else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(&format!("a bytes-like object is required, not '{t}'")));
    };
    let Some(f) = vm.os.fds.get(fd) else { return Err(vm.os_error(EBADF, None, None)) };
    let n = f.write(&data).map_err(|e| vm.io_error(&e, None, None))?;
    Ok(Value::from_small_int(n as i64))
}

fn setblocking(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = fd_of(vm, a[0])?;
    let nonblocking = !vm.truthy(a[1])?;
    let s = stream(vm, fd)?;
    s.set_nonblocking(nonblocking).map_err(|e| vm.io_error(&e, None, None))?;
    Ok(Value::NONE)
}

/// `_ready(fd, blocking)`: whether reading `fd` would not block.
fn ready(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = fd_of(vm, a[0])?;
    let blocking = vm.truthy(a[1])?;
    let s = stream(vm, fd)?;
    if s.set_nonblocking(true).is_err() {
        return Ok(Value::TRUE);
    }
    let r = s.peek(&mut [0u8; 1]);
    let _ = s.set_nonblocking(!blocking);
    Ok(Value::from_bool(match r {
        Ok(_) => true,
        Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
    }))
}

fn close(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let fd = fd_of(vm, a[0])?;
    vm.os.fds.remove(fd);
    Ok(Value::NONE)
}

fn sleep(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let secs = super::thread::seconds_arg(vm, a[0])?;
    if secs > 0.0 {
        std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    }
    Ok(Value::NONE)
}

const SOCKET_PY: &str = include_str!("socket.py");
const SELECT_PY: &str = include_str!("select.py");

pub fn init_socket(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    super::add_fn_a(vm, m, "_pair", Arity::NoArgs, pair);
    super::add_fn_a(vm, m, "_recv", Arity::Pos(2, 2), recv);
    super::add_fn_a(vm, m, "_send", Arity::Pos(2, 2), send);
    super::add_fn_a(vm, m, "_setblocking", Arity::Pos(2, 2), setblocking);
    super::add_fn_a(vm, m, "_ready", Arity::Pos(2, 2), ready);
    super::add_fn_a(vm, m, "_close", Arity::One, close);
    super::structseq::run_in_module(vm, m, SOCKET_PY, "<_socket>")
}

/// `select.select`: a builtin (so `selectors.SelectSelector._select =
/// select.select` does not bind as a method) running the Python `_select`.
fn select(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = super::module_attr(vm, "select", "_select")?;
    vm.call(f, a, &[])
}

pub fn init_select(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    super::add_fn_a(vm, m, "_sleep", Arity::One, sleep);
    super::add_fn_a(vm, m, "select", Arity::Pos(3, 4), select);
    super::structseq::run_in_module(vm, m, SELECT_PY, "<select>")
}

pub fn init_posixsubprocess(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let src = "def fork_exec(*args):\n    raise OSError(38, 'Function not implemented: Taipan cannot fork')\n";
    super::structseq::run_in_module(vm, m, src, "<_posixsubprocess>")
}
