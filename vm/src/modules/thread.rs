//! `_thread` for an interpreter that runs one thread.
//!
//! Taipan does not run Python threads yet: `start_new_thread` raises
//! `RuntimeError: can't start new thread` (so `threading.Thread.start()`
//! does too). Everything else `threading` needs works for the one thread:
//! locks are real lock objects (a second blocking `acquire` of a held
//! lock waits for its timeout, or forever, as it would in CPython with no
//! other thread to release it), `RLock` counts, `_local` is a plain
//! attribute namespace. The classes are application-level Python; the
//! argument checks with CPython's messages are Rust.

use super::structseq::{run_in_module, STRUCTSEQ};
use crate::builtins::args::{Arity, Sig};
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `PY_TIMEOUT_MAX` in seconds, as CPython reports it on Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;

/// A timeout in seconds: float or int (CPython's `_PyTime_FromSecondsObject`).
pub fn seconds_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    let secs = match v.as_f64() {
        Some(f) if f.is_nan() => return Err(vm.value_error("Invalid value NaN (not a number)")),
        Some(f) => f,
        None => {
            match crate::builtins::bytes_args::index_i64(vm, v)? {
                Ok(n) if n.checked_mul(1_000_000_000).is_some() => n as f64,
                Ok(_) => return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
                Err(_) => return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t")),
            }
        }
    };
    if (secs * 1e9).abs() >= i64::MAX as f64 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(secs)
}

/// `_acquire_timeout(blocking=True, timeout=-1)`: the wait in seconds a
/// failed acquire may take: 0 for non-blocking, -1 for forever.
fn acquire_timeout(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "acquire", params: &["blocking", "timeout"], posonly: 0, required: 0, kwonly: &[] };
    let [blocking, timeout] = super::posix::parse(vm, &SIG, a, k)?;
    let blocking = match blocking {
        Some(b) => super::posix::int_arg(vm, b)? != 0,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => seconds_arg(vm, t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if !blocking {
        return Ok(Value::from_f64(0.0));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok(Value::from_f64(timeout))
}

/// `_wait(seconds)`: what a blocked acquire does with no other thread to
/// release the lock: sleep for the timeout (forever when negative).
fn wait(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let secs = a[0].as_f64().unwrap_or(0.0);
    crate::modules::io::stdio::flush_all(vm);
    if secs < 0.0 || secs.is_nan() || secs > TIMEOUT_MAX {
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::NONE)
}

fn get_ident(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    // The main thread's id (Linux gives it the process id).
    Ok(Value::from_small_int(std::process::id() as i64))
}

fn count(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    Ok(Value::from_small_int(0))
}

fn new_lock(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    let f = super::module_attr(vm, "_thread", "_new_lock")?;
    vm.call(f, &[], &[])
}

/// `callable(v)`.
pub fn callable(vm: &Vm, v: Value) -> bool {
    use crate::object::Layout::*;
    matches!(v.layout(), Some(Function | BuiltinFunction | BoundMethod | Type)) || vm.type_of(v).lookup(vm.n.__call__).is_some()
}

fn start_new_thread(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    if !callable(vm, a[0]) {
        return Err(vm.type_error("first arg must be callable"));
    }
    if !vm.is_instance(a[1], vm.t.tuple) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    if a.len() == 3 && !vm.is_instance(a[2], vm.t.dict) {
        return Err(vm.type_error("optional 3rd arg must be a dictionary"));
    }
    Err(vm.new_error(vm.t.runtime_error, "can't start new thread"))
}

fn stack_size(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let key = vm.intern("_stack_size");
    let m = vm.import_dotted("_thread")?;
    let old = vm.getattr(m, key).unwrap_or(Value::from_small_int(0));
    if let Some(&v) = a.first() {
        let n = super::posix::int_arg(vm, v)?;
        if n != 0 && n < 32768 {
            return Err(vm.value_error(&format!("size not valid: {n} bytes")));
        }
        if n < 0 {
            return Err(vm.value_error("size must be 0 or a positive value"));
        }
        let nv = vm.new_int(n);
        vm.setattr(m, key, nv)?;
    }
    Ok(old)
}

fn exit_thread(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    Err(vm.new_exception_err(vm.t.system_exit, Vec::new()))
}

const APP_LEVEL: &str = r#"
TIMEOUT_MAX = 9223372036.0
error = RuntimeError
_stack_size = 0

class LockType:
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_thread.lock' instances")
    def acquire(self, *args, **kwargs):
        wait = _acquire_timeout(*args, **kwargs)
        if not self._locked:
            self._locked = True
            return True
        if wait:
            _wait(wait)
        return False
    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False
    def locked(self):
        return self._locked
    def __enter__(self):
        return self.acquire()
    def __exit__(self, *args):
        self.release()
    def _at_fork_reinit(self):
        self._locked = False
    def __repr__(self):
        return "<" + ("locked" if self._locked else "unlocked") + " _thread.lock object at " + hex(id(self)) + ">"
    acquire_lock = acquire
    release_lock = release
    locked_lock = locked
LockType.__name__ = LockType.__qualname__ = "lock"
LockType.__module__ = "_thread"

def _new_lock():
    lock = object.__new__(LockType)
    lock._locked = False
    return lock

class RLock:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._count = 0
        self._owner = 0
        return self
    def acquire(self, *args, **kwargs):
        _acquire_timeout(*args, **kwargs)
        # With one thread, a held RLock is always held by the caller.
        self._count += 1
        self._owner = get_ident()
        return True
    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = 0
    def __enter__(self):
        return self.acquire()
    def __exit__(self, *args):
        self.release()
    def _is_owned(self):
        return self._count > 0
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state
    def _acquire_restore(self, state):
        self._count, self._owner = state
    def _at_fork_reinit(self):
        self._count = 0
        self._owner = 0
    def __repr__(self):
        t = type(self)
        name = "_thread.RLock" if t is RLock else t.__name__
        return ("<" + ("locked" if self._count else "unlocked") + " " + name + " object owner=" + str(self._owner)
                + " count=" + str(self._count) + " at " + hex(id(self)) + ">")
RLock.__module__ = "_thread"

class _local:
    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)
_local.__module__ = "_thread"

_ExceptHookArgs = _structseq("_thread", "_ExceptHookArgs", ("exc_type", "exc_value", "exc_traceback", "thread"), 4)

def _excepthook(args, /):
    if args.exc_type is SystemExit:
        return
    import sys
    stderr = sys.stderr
    if stderr is None and args.thread is not None:
        stderr = getattr(args.thread, "_stderr", None)
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread " + str(name) + ":", file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()

del _structseq
"#;

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let add = |vm: &mut Vm, name: &'static str, arity: Arity, f: crate::object::function::NativeFn| {
        super::add_fn_a(vm, m, name, arity, f);
    };
    add(vm, "_acquire_timeout", Arity::Kw, acquire_timeout);
    add(vm, "_wait", Arity::One, wait);
    for (name, f) in [
        ("get_ident", get_ident as crate::object::function::NativeFn), ("get_native_id", get_ident),
        ("_count", count), ("allocate_lock", new_lock), ("allocate", new_lock), ("_set_sentinel", new_lock),
        ("daemon_threads_allowed", |_: &mut Vm, _: &[Value], _: &[Value]| Ok(Value::TRUE)),
        ("exit", exit_thread), ("exit_thread", exit_thread),
    ] {
        add(vm, name, Arity::NoArgs, f);
    }
    add(vm, "start_new_thread", Arity::Pos(2, 3), start_new_thread);
    add(vm, "start_new", Arity::Pos(2, 3), start_new_thread);
    add(vm, "stack_size", Arity::Pos(0, 1), stack_size);
    let src = format!("{STRUCTSEQ}{APP_LEVEL}");
    run_in_module(vm, m, &src, "<_thread>")
}
