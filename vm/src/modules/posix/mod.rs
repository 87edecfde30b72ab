//! `posix`: what `os`, `os.path` and their users need, built on std
//! (`std::fs`, `std::env`, `std::process`) and /proc; no libc calls.
//!
//! - `path.rs`: path arguments (str, bytes, os.PathLike, fds), `fspath`
//! - `fs.rs`: stat, listdir, scandir, mkdir, rename, ...
//! - `fd.rs`: the descriptor table and open/read/write/close/lseek/pipe
//! - `process.rs`: ids, environment, umask, uname, times, system, _exit
//!
//! `stat_result` and the other struct sequences, `DirEntry` and the
//! `scandir` iterator are the module's application-level Python part.
//! Not provided (they need system calls std does not wrap): fork/exec/
//! wait/kill, dup2, fcntl-style blocking/inheritable flags, statvfs,
//! chown, dir_fd arguments.

pub mod fd;
pub mod fs;
pub mod path;
pub mod process;

pub use process::OsState;

use super::structseq::{run_in_module, STRUCTSEQ};
use crate::builtins::args::{Arity, Sig};
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub const EBADF: i32 = 9;
pub const EINVAL: i32 = 22;

/// Parse `a` (positional then keyword values) against `sig`.
pub fn parse<const N: usize>(vm: &mut Vm, sig: &Sig, a: &[Value], k: &[Value]) -> PyResult<[Option<Value>; N]> {
    let (pos, kw) = crate::builtins::split_args(a, k);
    sig.parse(vm, pos, k, kw)
}

/// An integer argument (`__index__`): "'str' object cannot be interpreted
/// as an integer".
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    crate::builtins::bytes_args::ssize_arg(vm, v)
}

/// Reject a `dir_fd` other than None.
pub fn no_dir_fd(vm: &mut Vm, v: Option<Value>) -> PyResult<()> {
    match v {
        Some(v) if !v.is_none() => Err(vm.new_error(vm.t.not_implemented_error, "dir_fd unavailable on this platform")),
        _ => Ok(()),
    }
}

/// A boolean keyword such as `follow_symlinks`.
pub fn flag(vm: &mut Vm, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

#[cfg(not(target_arch = "aarch64"))]
const ARCH_O_FLAGS: [(&str, i64); 3] = [("O_DIRECT", 0o40000), ("O_DIRECTORY", 0o200000), ("O_NOFOLLOW", 0o400000)];
#[cfg(target_arch = "aarch64")]
const ARCH_O_FLAGS: [(&str, i64); 3] = [("O_DIRECT", 0o200000), ("O_DIRECTORY", 0o40000), ("O_NOFOLLOW", 0o100000)];

const CONSTANTS: &[(&str, i64)] = &[
    ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1),
    ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_ACCMODE", 3), ("O_CREAT", 0o100), ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400), ("O_TRUNC", 0o1000), ("O_APPEND", 0o2000), ("O_NONBLOCK", 0o4000), ("O_NDELAY", 0o4000),
    ("O_DSYNC", 0o10000), ("O_ASYNC", 0o20000), ("O_LARGEFILE", 0), ("O_NOATIME", 0o1000000),
    ("O_CLOEXEC", 0o2000000), ("O_SYNC", 0o4010000), ("O_RSYNC", 0o4010000), ("O_FSYNC", 0o4010000),
    ("O_PATH", 0o10000000), ("O_TMPFILE", 0o20200000),
    ("SEEK_DATA", 3), ("SEEK_HOLE", 4), ("WNOHANG", 1), ("WUNTRACED", 2), ("WCONTINUED", 8),
    ("EX_OK", 0), ("EX_USAGE", 64), ("EX_DATAERR", 65), ("EX_NOINPUT", 66), ("EX_NOUSER", 67), ("EX_NOHOST", 68),
    ("EX_UNAVAILABLE", 69), ("EX_SOFTWARE", 70), ("EX_OSERR", 71), ("EX_OSFILE", 72), ("EX_CANTCREAT", 73),
    ("EX_IOERR", 74), ("EX_TEMPFAIL", 75), ("EX_PROTOCOL", 76), ("EX_NOPERM", 77), ("EX_CONFIG", 78),
    ("TMP_MAX", 238328), ("NGROUPS_MAX", 65536),
];

const APP_LEVEL: &str = r#"
def _fill_times(self, extra):
    # st_atime etc. default to the int times (CPython's statresult_new).
    for i in range(3):
        if extra[i] is None:
            extra[i] = tuple.__getitem__(self, 7 + i)

stat_result = _structseq("os", "stat_result", ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
    "st_size", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
    "st_blocks", "st_rdev"), 10, 3, _fill_times)
terminal_size = _structseq("os", "terminal_size", ("columns", "lines"), 2)
uname_result = _structseq("posix", "uname_result", ("sysname", "nodename", "release", "version", "machine"), 5)
times_result = _structseq("posix", "times_result", ("user", "system", "children_user", "children_system", "elapsed"), 5)

def waitpid(pid, options, /):
    # Taipan cannot fork or spawn (no libc), so there is never a child.
    raise ChildProcessError(10, "No child processes")

class DirEntry:
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")
    def __repr__(self):
        return "<DirEntry " + repr(self.name) + ">"
    def __fspath__(self):
        return self.path
    def inode(self):
        return self._ino
    def is_symlink(self):
        if self._kind != "?":
            return self._kind == "l"
        try:
            return self.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000
        except FileNotFoundError:
            return False
    def _is(self, follow_symlinks, kind, fmt):
        if self._kind != "?" and not (follow_symlinks and self._kind == "l"):
            return self._kind == kind
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == fmt
        except FileNotFoundError:
            return False
    def is_dir(self, *, follow_symlinks=True):
        return self._is(follow_symlinks, "d", 0o040000)
    def is_file(self, *, follow_symlinks=True):
        return self._is(follow_symlinks, "f", 0o100000)
    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks or not self.is_symlink():
            if self._lstat is None:
                self._lstat = lstat(self._statpath)
            if not follow_symlinks or self._kind != "l":
                return self._lstat
        if self._stat is None:
            self._stat = stat(self._statpath)
        return self._stat
    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)
DirEntry.__module__ = "posix"

class ScandirIterator:
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.ScandirIterator' instances")
    def __iter__(self):
        return self
    def __next__(self):
        if self._items is None or self._next >= len(self._items):
            self._items = None
            raise StopIteration
        name, kind, ino = self._items[self._next]
        self._next += 1
        e = object.__new__(DirEntry)
        e.name = name
        if self._prefix is None:
            e.path = name
        else:
            e.path = self._prefix + name
        e._statpath = e.path if self._fddir is None else self._fddir + name
        e._kind = kind
        e._ino = ino
        e._stat = None
        e._lstat = None
        return e
    def close(self):
        self._items = None
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.close()
ScandirIterator.__module__ = "posix"
_ScandirIterator = ScandirIterator
del ScandirIterator

def scandir(*args, **kwargs):
    fd_given, items = _scandir(*args, **kwargs)
    path = args[0] if args else kwargs.get("path")
    it = object.__new__(_ScandirIterator)
    it._items = items
    it._next = 0
    it._fddir = None
    if fd_given:
        it._prefix = None
        it._fddir = "/proc/self/fd/" + str(path) + "/"
    else:
        path = "." if path is None else fspath(path)
        sep = b"/" if isinstance(path, bytes) else "/"
        it._prefix = path if path.endswith(sep) else path + sep
    return it

def WIFEXITED(status):
    return status & 0x7f == 0
def WEXITSTATUS(status):
    return (status >> 8) & 0xff
def WIFSIGNALED(status):
    return 0 < status & 0x7f < 0x7f
def WTERMSIG(status):
    return status & 0x7f
def WIFSTOPPED(status):
    return status & 0xff == 0x7f
def WSTOPSIG(status):
    return (status >> 8) & 0xff

del _fill_times, _structseq
"#;

fn fspath(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "fspath", params: &["path"], posonly: 0, required: 1, kwonly: &[] };
    let [p] = parse(vm, &SIG, a, k)?;
    path::fspath(vm, p.unwrap_or(Value::NONE))
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    for &(name, v) in CONSTANTS.iter().chain(ARCH_O_FLAGS.iter()) {
        super::add_value(vm, m, name, Value::from_small_int(v));
    }
    super::add_value(vm, m, "error", vm.t.os_error.value());
    let env = process::environ(vm)?;
    super::add_value(vm, m, "environ", env);
    let have: Vec<Value> = ["HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FDOPENDIR", "HAVE_FTRUNCATE", "HAVE_FUTIMENS"]
        .iter()
        .map(|n| vm.new_str(n))
        .collect();
    let have = vm.new_list(have);
    super::add_value(vm, m, "_have_functions", have);
    super::add_fn_a(vm, m, "fspath", Arity::Kw, fspath);
    fs::install(vm, m);
    fd::install(vm, m);
    process::install(vm, m);
    let src = format!("{STRUCTSEQ}{APP_LEVEL}");
    run_in_module(vm, m, &src, "<posix>")?;
    Ok(())
}
