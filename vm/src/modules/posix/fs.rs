//! The file system: `stat`/`lstat`, `listdir`, `scandir`, `getcwd`,
//! `chdir`, `mkdir`, `rmdir`, `unlink`, `rename`, `readlink`, `symlink`,
//! `link`, `chmod`, `utime`, `access`.
//!
//! `dir_fd` arguments other than None raise NotImplementedError (they are
//! not in `_have_functions`, so `os.supports_dir_fd` is empty).

use super::fd::with_fd;
use super::path::{name_value, path_arg, Accept, PathArg};
use super::{flag, no_dir_fd, parse};
use crate::builtins::args::Sig;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::fs::Metadata;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::Path;

/// `os.stat_result` for `md`.
pub fn stat_value(vm: &mut Vm, md: &Metadata) -> PyResult {
    let ns = |s: i64, n: i64| s as i128 * 1_000_000_000 + n as i128;
    let float = |s: i64, n: i64| Value::from_f64(s as f64 + n as f64 * 1e-9);
    let big = |vm: &mut Vm, x: i128| vm.new_bigint(num_bigint::BigInt::from(x));
    let (at, mt, ct) = ((md.atime(), md.atime_nsec()), (md.mtime(), md.mtime_nsec()), (md.ctime(), md.ctime_nsec()));
    let u = |vm: &mut Vm, x: u64| vm.new_bigint(num_bigint::BigInt::from(x));
    let items = vec![
        Value::from_small_int(md.mode() as i64),
        u(vm, md.ino()),
        u(vm, md.dev()),
        u(vm, md.nlink()),
        Value::from_small_int(md.uid() as i64),
        Value::from_small_int(md.gid() as i64),
        u(vm, md.size()),
        vm.new_int(at.0),
        vm.new_int(mt.0),
        vm.new_int(ct.0),
        float(at.0, at.1),
        float(mt.0, mt.1),
        float(ct.0, ct.1),
        big(vm, ns(at.0, at.1)),
        big(vm, ns(mt.0, mt.1)),
        big(vm, ns(ct.0, ct.1)),
        u(vm, md.blksize()),
        u(vm, md.blocks()),
        u(vm, md.rdev()),
    ];
    let t = vm.new_tuple(items);
    let cls = super::super::module_attr(vm, "posix", "stat_result")?;
    vm.call(cls, &[t], &[])
}

fn do_stat(vm: &mut Vm, p: PathArg, follow: bool) -> PyResult {
    if let Some(fd) = p.fd {
        let md = with_fd(vm, fd, |f| f.metadata()).map_err(|e| with_filename(vm, e, p.obj))?;
        return stat_value(vm, &md);
    }
    let r = if follow { std::fs::metadata(&p.path) } else { std::fs::symlink_metadata(&p.path) };
    match r {
        Ok(md) => stat_value(vm, &md),
        Err(e) => Err(vm.io_error(&e, Some(p.obj), None)),
    }
}

/// Re-raise an fd error with the fd as the filename (as `os.stat(99)` does).
fn with_filename(vm: &mut Vm, e: crate::vm::PyErr, obj: Value) -> crate::vm::PyErr {
    let k = vm.intern("errno");
    let code = vm.getattr(e.0, k).ok().and_then(|c| vm.as_i64(c)).unwrap_or(9);
    vm.os_error(code as i32, Some(obj), None)
}

fn stat(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "stat", params: &["path"], posonly: 0, required: 1, kwonly: &["dir_fd", "follow_symlinks"] };
    let [path, dir_fd, follow] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "stat", "path", path.unwrap_or(Value::NONE), Accept::PathOrFd)?;
    no_dir_fd(vm, dir_fd)?;
    let follow = flag(vm, follow, true)?;
    do_stat(vm, p, follow)
}

fn lstat(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "lstat", params: &["path"], posonly: 0, required: 1, kwonly: &["dir_fd"] };
    let [path, dir_fd] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "lstat", "path", path.unwrap_or(Value::NONE), Accept::Path)?;
    no_dir_fd(vm, dir_fd)?;
    do_stat(vm, p, false)
}

/// The directory named by a listdir/scandir argument (an fd through /proc).
fn dir_of(vm: &mut Vm, p: &PathArg) -> PyResult<std::path::PathBuf> {
    match p.fd {
        None => Ok(p.path.clone()),
        Some(fd) => {
            let raw = with_fd(vm, fd, |f| Ok(std::os::fd::AsRawFd::as_raw_fd(f)))?;
            Ok(std::path::PathBuf::from(format!("/proc/self/fd/{raw}")))
        }
    }
}

fn listdir(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "listdir", params: &["path"], posonly: 0, required: 0, kwonly: &[] };
    let [path] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "listdir", "path", path.unwrap_or(Value::NONE), Accept::PathFdOrNone)?;
    let dir = dir_of(vm, &p)?;
    let rd = std::fs::read_dir(&dir).map_err(|e| vm.io_error(&e, Some(p.obj), None))?;
    let mut names = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| vm.io_error(&e, Some(p.obj), None))?;
        names.push(name_value(vm, &ent.file_name(), p.bytes));
    }
    Ok(vm.new_list(names))
}

/// `_scandir(path)`: `(path_prefix, [(name, kind, inode), ...])` where kind
/// is 'd', 'f', 'l' or '?' (from the directory entry, without a stat).
fn scandir_raw(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "scandir", params: &["path"], posonly: 0, required: 0, kwonly: &[] };
    let [path] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "scandir", "path", path.unwrap_or(Value::NONE), Accept::PathFdOrNone)?;
    let dir = dir_of(vm, &p)?;
    let rd = std::fs::read_dir(&dir).map_err(|e| vm.io_error(&e, Some(p.obj), None))?;
    let mut items = Vec::new();
    for ent in rd {
        let ent = ent.map_err(|e| vm.io_error(&e, Some(p.obj), None))?;
        let kind = match ent.file_type() {
            Ok(t) if t.is_symlink() => "l",
            Ok(t) if t.is_dir() => "d",
            Ok(t) if t.is_file() => "f",
            Ok(_) => "o",
            Err(_) => "?",
        };
        let name = name_value(vm, &ent.file_name(), p.bytes);
        let kind = vm.new_str(kind);
        let ino = vm.new_bigint(num_bigint::BigInt::from(std::os::unix::fs::DirEntryExt::ino(&ent)));
        items.push(vm.new_tuple(vec![name, kind, ino]));
    }
    let fd_given = Value::from_bool(p.fd.is_some());
    let list = vm.new_list(items);
    Ok(vm.new_tuple(vec![fd_given, list]))
}

fn getcwd_os(vm: &mut Vm) -> PyResult<std::path::PathBuf> {
    std::env::current_dir().map_err(|e| vm.io_error(&e, None, None))
}

fn getcwd(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    let d = getcwd_os(vm)?;
    Ok(name_value(vm, d.as_os_str(), false))
}

fn getcwdb(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    let d = getcwd_os(vm)?;
    Ok(name_value(vm, d.as_os_str(), true))
}

/// A function of one path (plus an optional `dir_fd`) that returns None.
fn path_op(vm: &mut Vm, a: &[Value], k: &[Value], sig: &Sig, op: impl FnOnce(&Path) -> std::io::Result<()>) -> PyResult {
    let [path, dir_fd] = parse(vm, sig, a, k)?;
    let p = path_arg(vm, sig.name, "path", path.unwrap_or(Value::NONE), Accept::Path)?;
    no_dir_fd(vm, dir_fd)?;
    op(&p.path).map_err(|e| vm.io_error(&e, Some(p.obj), None))?;
    Ok(Value::NONE)
}

fn rmdir(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "rmdir", params: &["path"], posonly: 0, required: 1, kwonly: &["dir_fd"] };
    path_op(vm, a, k, &SIG, |p| std::fs::remove_dir(p))
}

fn unlink(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "unlink", params: &["path"], posonly: 0, required: 1, kwonly: &["dir_fd"] };
    path_op(vm, a, k, &SIG, |p| std::fs::remove_file(p))
}

fn remove(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "remove", params: &["path"], posonly: 0, required: 1, kwonly: &["dir_fd"] };
    path_op(vm, a, k, &SIG, |p| std::fs::remove_file(p))
}

fn chdir(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "chdir", params: &["path"], posonly: 0, required: 1, kwonly: &[] };
    let [path] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "chdir", "path", path.unwrap_or(Value::NONE), Accept::PathOrFd)?;
    let dir = match p.fd {
        Some(_) => dir_of(vm, &p)?.canonicalize().map_err(|e| vm.io_error(&e, Some(p.obj), None))?,
        None => p.path.clone(),
    };
    std::env::set_current_dir(&dir).map_err(|e| vm.io_error(&e, Some(p.obj), None))?;
    Ok(Value::NONE)
}

fn mkdir(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "mkdir", params: &["path", "mode"], posonly: 0, required: 1, kwonly: &["dir_fd"] };
    let [path, mode, dir_fd] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "mkdir", "path", path.unwrap_or(Value::NONE), Accept::Path)?;
    let mode = match mode {
        Some(m) => super::int_arg(vm, m)? as u32,
        None => 0o777,
    };
    no_dir_fd(vm, dir_fd)?;
    let mut b = std::fs::DirBuilder::new();
    b.mode(mode).create(&p.path).map_err(|e| vm.io_error(&e, Some(p.obj), None))?;
    super::process::apply_umask_path(vm, &p.path, mode);
    Ok(Value::NONE)
}

/// `rename`/`replace` (both replace an existing destination on POSIX).
fn two_paths(vm: &mut Vm, a: &[Value], k: &[Value], sig: &Sig, op: impl FnOnce(&Path, &Path) -> std::io::Result<()>) -> PyResult {
    let [src, dst, d1, d2] = parse(vm, sig, a, k)?;
    let s = path_arg(vm, sig.name, "src", src.unwrap_or(Value::NONE), Accept::Path)?;
    let d = path_arg(vm, sig.name, "dst", dst.unwrap_or(Value::NONE), Accept::Path)?;
    no_dir_fd(vm, d1)?;
    no_dir_fd(vm, d2)?;
    op(&s.path, &d.path).map_err(|e| vm.io_error(&e, Some(s.obj), Some(d.obj)))?;
    Ok(Value::NONE)
}

fn rename(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "rename", params: &["src", "dst"], posonly: 0, required: 2, kwonly: &["src_dir_fd", "dst_dir_fd"] };
    two_paths(vm, a, k, &SIG, |s, d| std::fs::rename(s, d))
}

fn replace(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "replace", params: &["src", "dst"], posonly: 0, required: 2, kwonly: &["src_dir_fd", "dst_dir_fd"] };
    two_paths(vm, a, k, &SIG, |s, d| std::fs::rename(s, d))
}

fn link(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "link", params: &["src", "dst"], posonly: 0, required: 2, kwonly: &["src_dir_fd", "dst_dir_fd", "follow_symlinks"] };
    let [src, dst, d1, d2, _follow] = parse(vm, &SIG, a, k)?;
    let s = path_arg(vm, "link", "src", src.unwrap_or(Value::NONE), Accept::Path)?;
    let d = path_arg(vm, "link", "dst", dst.unwrap_or(Value::NONE), Accept::Path)?;
    no_dir_fd(vm, d1)?;
    no_dir_fd(vm, d2)?;
    std::fs::hard_link(&s.path, &d.path).map_err(|e| vm.io_error(&e, Some(s.obj), Some(d.obj)))?;
    Ok(Value::NONE)
}

fn symlink(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "symlink", params: &["src", "dst", "target_is_directory"], posonly: 0, required: 2, kwonly: &["dir_fd"] };
    let [src, dst, _isdir, dir_fd] = parse(vm, &SIG, a, k)?;
    let s = path_arg(vm, "symlink", "src", src.unwrap_or(Value::NONE), Accept::Path)?;
    let d = path_arg(vm, "symlink", "dst", dst.unwrap_or(Value::NONE), Accept::Path)?;
    no_dir_fd(vm, dir_fd)?;
    std::os::unix::fs::symlink(&s.path, &d.path).map_err(|e| vm.io_error(&e, Some(s.obj), Some(d.obj)))?;
    Ok(Value::NONE)
}

fn readlink(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "readlink", params: &["path"], posonly: 0, required: 1, kwonly: &["dir_fd"] };
    let [path, dir_fd] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "readlink", "path", path.unwrap_or(Value::NONE), Accept::Path)?;
    no_dir_fd(vm, dir_fd)?;
    let t = std::fs::read_link(&p.path).map_err(|e| vm.io_error(&e, Some(p.obj), None))?;
    Ok(name_value(vm, t.as_os_str(), p.bytes))
}

fn chmod(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "chmod", params: &["path", "mode"], posonly: 0, required: 2, kwonly: &["dir_fd", "follow_symlinks"] };
    let [path, mode, dir_fd, _follow] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "chmod", "path", path.unwrap_or(Value::NONE), Accept::PathOrFd)?;
    let mode = super::int_arg(vm, mode.unwrap_or(Value::NONE))? as u32;
    no_dir_fd(vm, dir_fd)?;
    let perm = std::fs::Permissions::from_mode(mode);
    if let Some(fd) = p.fd {
        with_fd(vm, fd, |f| f.set_permissions(perm))?;
        return Ok(Value::NONE);
    }
    std::fs::set_permissions(&p.path, perm).map_err(|e| vm.io_error(&e, Some(p.obj), None))?;
    Ok(Value::NONE)
}

/// A `(seconds, nanoseconds)` time from a float or int (`utime`'s `times`).
fn split_time(vm: &mut Vm, v: Value) -> PyResult<std::time::SystemTime> {
    let ns: i128 = if let Some(f) = v.as_f64() {
        (f * 1e9).floor() as i128
    } else {
        let s = super::int_arg(vm, v)?;
        s as i128 * 1_000_000_000
    };
    Ok(time_from_ns(ns))
}

fn time_from_ns(ns: i128) -> std::time::SystemTime {
    let e = std::time::UNIX_EPOCH;
    let d = std::time::Duration::from_nanos(ns.unsigned_abs().min(u64::MAX as u128) as u64);
    if ns >= 0 { e + d } else { e - d }
}

fn pair(v: Value) -> Option<(Value, Value)> {
    let t = v.downcast::<crate::object::seq::TupleObj>()?;
    match t.items[..] {
        [a, b] => Some((a, b)),
        _ => None,
    }
}

fn utime(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "utime", params: &["path", "times"], posonly: 0, required: 1, kwonly: &["ns", "dir_fd", "follow_symlinks"] };
    let [path, times, ns, dir_fd, _follow] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "utime", "path", path.unwrap_or(Value::NONE), Accept::PathOrFd)?;
    let times = times.filter(|t| !t.is_none());
    if times.is_some() && ns.is_some() {
        return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let (at, mt) = if let Some(t) = times {
        let Some((x, y)) = pair(t).filter(|(x, y)| [*x, *y].iter().all(|v| v.as_f64().is_some() || vm.is_int_like(*v))) else {
            return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
        };
        (split_time(vm, x)?, split_time(vm, y)?)
    } else if let Some(n) = ns {
        let Some((x, y)) = pair(n).filter(|(x, y)| vm.is_int_like(*x) && vm.is_int_like(*y)) else {
            return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
        };
        let f = |vm: &mut Vm, v: Value| vm.as_bigint(v).and_then(|b| num_traits::ToPrimitive::to_i128(&b)).unwrap_or(0);
        (time_from_ns(f(vm, x)), time_from_ns(f(vm, y)))
    } else {
        let now = std::time::SystemTime::now();
        (now, now)
    };
    no_dir_fd(vm, dir_fd)?;
    let ft = std::fs::FileTimes::new().set_accessed(at).set_modified(mt);
    if let Some(fd) = p.fd {
        with_fd(vm, fd, |f| f.set_times(ft))?;
        return Ok(Value::NONE);
    }
    // futimens needs an open file: read access, else write access.
    let f = std::fs::File::open(&p.path).or_else(|_| std::fs::OpenOptions::new().write(true).open(&p.path));
    f.and_then(|f| f.set_times(ft)).map_err(|e| vm.io_error(&e, Some(p.obj), None))?;
    Ok(Value::NONE)
}

/// `access(path, mode)`: decided from the permission bits and the
/// process's user and group ids (the access(2) call itself needs libc).
fn access(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "access", params: &["path", "mode"], posonly: 0, required: 2, kwonly: &["dir_fd", "effective_ids", "follow_symlinks"] };
    let [path, mode, dir_fd, _eff, follow] = parse(vm, &SIG, a, k)?;
    let p = path_arg(vm, "access", "path", path.unwrap_or(Value::NONE), Accept::Path)?;
    let mode = super::int_arg(vm, mode.unwrap_or(Value::NONE))?;
    no_dir_fd(vm, dir_fd)?;
    let follow = flag(vm, follow, true)?;
    let md = if follow { std::fs::metadata(&p.path) } else { std::fs::symlink_metadata(&p.path) };
    let Ok(md) = md else { return Ok(Value::FALSE) };
    let (uid, gids) = super::process::ids();
    let bits = md.mode();
    let class = if uid == 0 {
        7
    } else if md.uid() == uid {
        (bits >> 6) & 7
    } else if gids.contains(&md.gid()) {
        (bits >> 3) & 7
    } else {
        bits & 7
    };
    let class = if uid == 0 && bits & 0o111 == 0 && !md.is_dir() { 6 } else { class };
    let want = (mode & 7) as u32;
    Ok(Value::from_bool(class & want == want))
}

pub fn install(vm: &mut Vm, m: crate::object::Gc<crate::object::module::ModuleObj>) {
    use crate::builtins::args::Arity;
    let kw: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("stat", stat), ("lstat", lstat), ("listdir", listdir), ("_scandir", scandir_raw), ("chdir", chdir),
        ("mkdir", mkdir), ("rmdir", rmdir), ("unlink", unlink), ("remove", remove), ("rename", rename),
        ("replace", replace), ("link", link), ("symlink", symlink), ("readlink", readlink), ("chmod", chmod),
        ("utime", utime), ("access", access),
    ];
    for &(name, f) in kw {
        super::super::add_fn_a(vm, m, name, Arity::Kw, f);
    }
    super::super::add_fn_a(vm, m, "getcwd", Arity::NoArgs, getcwd);
    super::super::add_fn_a(vm, m, "getcwdb", Arity::NoArgs, getcwdb);
}
