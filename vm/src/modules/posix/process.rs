//! The process: ids, `environ`/`putenv`/`unsetenv`, `urandom`, `umask`,
//! `uname`, `times`, `cpu_count`, `system`, `_exit`, `strerror`.
//!
//! Facts that need a system call std does not wrap are read from /proc
//! (user and group ids, the umask, `times`, `uname`). `umask(mask)` cannot
//! change the process's mask without libc: the new mask is remembered and
//! applied by `open`/`mkdir` of this module (a chmod after creation).

use super::path::os_bytes;
use super::parse;
use crate::builtins::args::{Arity, Sig};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;

/// Per-interpreter OS state: open descriptors, the emulated umask, the time zone.
#[derive(Default)]
pub struct OsState {
    pub fds: super::fd::FdTable,
    pub umask: Option<u32>,
    /// The local time zone (`time`), loaded on first use.
    pub tz: Option<crate::modules::time::tz::Zone>,
}

/// A `Key:` line of /proc/self/status, split into numbers.
fn status_numbers(key: &str) -> Vec<u32> {
    let text = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let line = text.lines().find(|l| l.starts_with(key)).unwrap_or("");
    let radix = if key == "Umask:" { 8 } else { 10 };
    line[line.len().min(key.len())..].split_whitespace().filter_map(|s| u32::from_str_radix(s, radix).ok()).collect()
}

/// The real user id and the group ids (real, effective and supplementary).
pub fn ids() -> (u32, Vec<u32>) {
    let uid = status_numbers("Uid:").first().copied().unwrap_or(0);
    let mut groups = status_numbers("Gid:");
    groups.extend(status_numbers("Groups:"));
    (uid, groups)
}

fn process_umask() -> u32 {
    status_numbers("Umask:").first().copied().unwrap_or(0o022)
}

/// After creating `f` with `mode`, apply an emulated umask.
pub fn apply_umask(vm: &mut Vm, f: &std::fs::File, mode: u32) {
    if let Some(mask) = vm.os.umask {
        let _ = f.set_permissions(std::fs::Permissions::from_mode(mode & !mask & 0o7777));
    }
}

/// After creating directory `p` with `mode`, apply an emulated umask.
pub fn apply_umask_path(vm: &mut Vm, p: &std::path::Path, mode: u32) {
    if let Some(mask) = vm.os.umask {
        let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode & !mask & 0o7777));
    }
}

fn umask(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let new = super::int_arg(vm, a[0])? as u32 & 0o777;
    let old = vm.os.umask.unwrap_or_else(process_umask);
    vm.os.umask = if new == process_umask() { None } else { Some(new) };
    Ok(Value::from_small_int(old as i64))
}

fn id_fn(key: &'static str, index: usize) -> impl Fn() -> i64 {
    move || status_numbers(key).get(index).copied().unwrap_or(0) as i64
}

fn getuid(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    Ok(Value::from_small_int(id_fn("Uid:", 0)()))
}
fn geteuid(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    Ok(Value::from_small_int(id_fn("Uid:", 1)()))
}
fn getgid(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    Ok(Value::from_small_int(id_fn("Gid:", 0)()))
}
fn getegid(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    Ok(Value::from_small_int(id_fn("Gid:", 1)()))
}

fn getpid(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    Ok(Value::from_small_int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    Ok(Value::from_small_int(std::os::unix::process::parent_id() as i64))
}

fn strerror(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let code = super::int_arg(vm, a[0])?;
    let code = i32::try_from(code).map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
    Ok(vm.new_string(crate::modules::errno::strerror(code)))
}

fn urandom(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let n = super::int_arg(vm, a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n as usize).is_err() {
        return Err(vm.new_error(vm.t.memory_error, ""));
    }
    buf.resize(n as usize, 0);
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    r.map_err(|e| vm.io_error(&e, None, None))?;
    Ok(vm.new_bytes_of(buf, false))
}

/// An environment variable name or value as OS text ("embedded null byte").
fn env_text(vm: &mut Vm, fname: &str, v: Value) -> PyResult<std::ffi::OsString> {
    let b = os_bytes(vm, fname, v)?;
    if b.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(std::ffi::OsStr::from_bytes(&b).to_os_string())
}

/// What setenv/unsetenv reject with EINVAL (std would panic on these).
fn bad_name(name: &std::ffi::OsStr) -> bool {
    name.is_empty() || name.as_bytes().contains(&b'=')
}

fn putenv(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let name = env_text(vm, "putenv", a[0])?;
    let value = env_text(vm, "putenv", a[1])?;
    if name.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if bad_name(&name) {
        return Err(vm.os_error(22, None, None));
    }
    std::env::set_var(name, value);
    Ok(Value::NONE)
}

fn unsetenv(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let name = env_text(vm, "unsetenv", a[0])?;
    if bad_name(&name) {
        return Err(vm.os_error(22, None, None));
    }
    std::env::remove_var(name);
    Ok(Value::NONE)
}

/// `posix.environ`: the environment at start-up, bytes to bytes.
pub fn environ(vm: &mut Vm) -> PyResult {
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_bytes_of(k.as_bytes().to_vec(), false);
        let v = vm.new_bytes_of(v.as_bytes().to_vec(), false);
        vm.dict_set(d, k, v)?;
    }
    Ok(d.value())
}

fn read_trim(path: &str) -> String {
    std::fs::read_to_string(path).map(|s| s.trim_end().to_string()).unwrap_or_default()
}

fn uname(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    let mut fields = Vec::new();
    for f in ["ostype", "hostname", "osrelease", "version"] {
        fields.push(vm.new_string(read_trim(&format!("/proc/sys/kernel/{f}"))));
    }
    fields.push(vm.new_str(std::env::consts::ARCH));
    let t = vm.new_tuple(fields);
    let cls = crate::modules::module_attr(vm, "posix", "uname_result")?;
    vm.call(cls, &[t], &[])
}

/// Clock ticks per second of /proc's times (`sysconf(_SC_CLK_TCK)`).
const TICKS: f64 = 100.0;

/// `(user, system, children_user, children_system)` CPU seconds.
pub fn cpu_times() -> [f64; 4] {
    let text = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest = text.rsplit_once(')').map(|x| x.1).unwrap_or("");
    // After the command name: state is field 3, utime field 14.
    let f: Vec<f64> = rest.split_whitespace().skip(11).take(4).map(|s| s.parse::<f64>().unwrap_or(0.0) / TICKS).collect();
    [0, 1, 2, 3].map(|i| f.get(i).copied().unwrap_or(0.0))
}

fn times(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    let t = cpu_times();
    let up = read_trim("/proc/uptime").split_whitespace().next().and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0);
    let mut items: Vec<Value> = t.iter().map(|x| Value::from_f64(*x)).collect();
    items.push(Value::from_f64((up * TICKS).floor() / TICKS));
    let t = vm.new_tuple(items);
    let cls = crate::modules::module_attr(vm, "posix", "times_result")?;
    vm.call(cls, &[t], &[])
}

fn cpu_count(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    let online = read_trim("/sys/devices/system/cpu/online");
    let mut n = 0i64;
    for part in online.split(',').filter(|p| !p.is_empty()) {
        n += match part.split_once('-') {
            Some((a, b)) => b.parse::<i64>().unwrap_or(0) - a.parse::<i64>().unwrap_or(0) + 1,
            None => 1,
        };
    }
    if n <= 0 {
        n = std::thread::available_parallelism().map(|n| n.get() as i64).unwrap_or(0);
    }
    Ok(if n > 0 { vm.new_int(n) } else { Value::NONE })
}

fn exit_now(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "_exit", params: &["status"], posonly: 0, required: 1, kwonly: &[] };
    let [status] = parse(vm, &SIG, a, k)?;
    let status = super::int_arg(vm, status.unwrap_or(Value::NONE))?;
    // Like CPython: buffered Python-level output is not flushed.
    std::process::exit(status as i32)
}

fn waitstatus_to_exitcode(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "waitstatus_to_exitcode", params: &["status"], posonly: 0, required: 1, kwonly: &[] };
    let [status] = parse(vm, &SIG, a, k)?;
    let s = super::int_arg(vm, status.unwrap_or(Value::NONE))?;
    let s = i32::try_from(s).map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
    if s & 0x7f == 0 {
        return Ok(Value::from_small_int(((s >> 8) & 0xff) as i64));
    }
    if (((s & 0x7f) + 1) as i8 >> 1) > 0 {
        return Ok(Value::from_small_int(-((s & 0x7f) as i64)));
    }
    if s & 0xff == 0x7f {
        return Err(vm.value_error(&format!("process stopped by delivery of signal {}", (s >> 8) & 0xff)));
    }
    Err(vm.value_error(&format!("invalid wait status: {s}")))
}

fn system(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "system", params: &["command"], posonly: 0, required: 1, kwonly: &[] };
    let [cmd] = parse(vm, &SIG, a, k)?;
    let cmd = os_bytes(vm, "system", cmd.unwrap_or(Value::NONE))?;
    if cmd.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    crate::modules::io::stdio::flush_all(vm);
    let st = std::process::Command::new("/bin/sh").arg("-c").arg(std::ffi::OsStr::from_bytes(&cmd)).status();
    match st {
        Ok(s) => Ok(vm.new_int(std::os::unix::process::ExitStatusExt::into_raw(s) as i64)),
        Err(e) => Err(vm.io_error(&e, None, None)),
    }
}

fn abort(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    std::process::abort()
}

pub fn install(vm: &mut Vm, m: crate::object::Gc<crate::object::module::ModuleObj>) {
    let add = |vm: &mut Vm, name: &'static str, arity: Arity, f: crate::object::function::NativeFn| {
        crate::modules::add_fn_a(vm, m, name, arity, f);
    };
    for (name, f) in [
        ("getpid", getpid as crate::object::function::NativeFn), ("getppid", getppid), ("getuid", getuid),
        ("geteuid", geteuid), ("getgid", getgid), ("getegid", getegid), ("uname", uname), ("times", times),
        ("cpu_count", cpu_count), ("abort", abort),
    ] {
        add(vm, name, Arity::NoArgs, f);
    }
    add(vm, "strerror", Arity::One, strerror);
    add(vm, "urandom", Arity::One, urandom);
    add(vm, "umask", Arity::One, umask);
    add(vm, "unsetenv", Arity::One, unsetenv);
    add(vm, "putenv", Arity::Pos(2, 2), putenv);
    add(vm, "_exit", Arity::Kw, exit_now);
    add(vm, "waitstatus_to_exitcode", Arity::Kw, waitstatus_to_exitcode);
    add(vm, "system", Arity::Kw, system);
}
