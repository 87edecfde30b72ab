//! `_signal`, minimal: the Linux signal numbers, and a handler table that
//! `signal`/`getsignal` read and write with CPython's checks.
//!
//! Installing an OS signal handler needs libc, so handlers are recorded but
//! never run on delivery: an external SIGINT or SIGTERM ends the process
//! as it would without Python handlers. `raise_signal` runs the recorded
//! handler synchronously (the default SIGINT handler raises
//! KeyboardInterrupt); with `SIG_DFL` it sends the signal to the process
//! (through `kill`, std has no way to raise it).

use crate::builtins::args::Arity;
use crate::object::dict::DictObj;
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const NSIG: i64 = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

const SIGNALS: &[(&str, i64)] = &[
    ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
    ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12),
    ("SIGPIPE", 13), ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCLD", 17),
    ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23),
    ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29),
    ("SIGPOLL", 29), ("SIGPWR", 30), ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
];

const DESCRIPTIONS: [&str; 31] = [
    "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error",
    "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault", "User defined signal 2",
    "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)",
    "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
    "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed",
    "I/O possible", "Power failure", "Bad system call",
];

/// glibc reserves 32 and 33 for its threads: not valid for Python.
fn reserved(sig: i64) -> bool {
    sig == 32 || sig == 33
}

fn signum(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let n = super::posix::int_arg(vm, v)?;
    if !(1..NSIG).contains(&n) {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n)
}

fn handlers(vm: &mut Vm) -> PyResult<Gc<DictObj>> {
    let d = super::module_attr(vm, "_signal", "_handlers")?;
    d.downcast::<DictObj>().ok_or_else(|| vm.type_error("_signal._handlers is not a dict"))
}

fn get_handler(vm: &mut Vm, sig: i64) -> PyResult {
    let d = handlers(vm)?;
    Ok(vm.dict_lookup(d, Value::from_small_int(sig))?.unwrap_or(Value::from_small_int(SIG_DFL)))
}

fn signal(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let sig = signum(vm, a[0])?;
    let h = a[1];
    let ok = super::thread::callable(vm, h) || [SIG_DFL, SIG_IGN].iter().any(|&x| vm.as_i64(h) == Some(x) && vm.is_int_like(h));
    if !ok {
        return Err(vm.type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
    }
    if sig == 9 || sig == 19 || reserved(sig) {
        return Err(vm.os_error(22, None, None));
    }
    let old = get_handler(vm, sig)?;
    let d = handlers(vm)?;
    vm.dict_set(d, Value::from_small_int(sig), h)?;
    Ok(old)
}

fn getsignal(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let sig = signum(vm, a[0])?;
    get_handler(vm, sig)
}

fn default_int_handler(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    Err(vm.new_exception_err(vm.t.keyboard_interrupt, Vec::new()))
}

fn strsignal(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let sig = signum(vm, a[0])?;
    Ok(match sig {
        1..=31 => vm.new_str(DESCRIPTIONS[sig as usize - 1]),
        32 | 33 => Value::NONE,
        _ => vm.new_string(format!("Real-time signal {}", sig - 34)),
    })
}

fn valid_signals(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    let items: Vec<Value> = (1..NSIG).filter(|s| !reserved(*s)).map(Value::from_small_int).collect();
    vm.new_set_from(items, false)
}

fn raise_signal(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let sig = super::posix::int_arg(vm, a[0])?;
    if !(1..NSIG).contains(&sig) || reserved(sig) {
        return Err(vm.os_error(22, None, None));
    }
    let h = get_handler(vm, sig)?;
    if super::thread::callable(vm, h) {
        let frame = vm.getframe(0).unwrap_or(Value::NONE);
        vm.call(h, &[Value::from_small_int(sig), frame], &[])?;
        return Ok(Value::NONE);
    }
    if vm.as_i64(h) == Some(SIG_DFL) {
        let status = std::process::Command::new("kill").arg(format!("-{sig}")).arg(std::process::id().to_string()).status();
        if status.is_err() {
            return Err(vm.os_error(38, None, None));
        }
    }
    Ok(Value::NONE)
}

fn set_wakeup_fd(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    if let Some(&fd) = a.first() {
        super::posix::int_arg(vm, fd)?;
    }
    Ok(Value::from_small_int(-1))
}

fn siginterrupt(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    signum(vm, a[0])?;
    vm.truthy(a[1])?;
    Ok(Value::NONE)
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    for &(name, v) in SIGNALS {
        super::add_value(vm, m, name, Value::from_small_int(v));
    }
    for (name, v) in [("NSIG", NSIG), ("SIG_DFL", SIG_DFL), ("SIG_IGN", SIG_IGN), ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2)] {
        super::add_value(vm, m, name, Value::from_small_int(v));
    }
    let add = |vm: &mut Vm, name: &'static str, arity: Arity, f: crate::object::function::NativeFn| {
        super::add_fn_a(vm, m, name, arity, f);
    };
    add(vm, "signal", Arity::Pos(2, 2), signal);
    add(vm, "getsignal", Arity::One, getsignal);
    add(vm, "default_int_handler", Arity::Pos(2, 2), default_int_handler);
    add(vm, "strsignal", Arity::One, strsignal);
    add(vm, "valid_signals", Arity::NoArgs, valid_signals);
    add(vm, "raise_signal", Arity::One, raise_signal);
    add(vm, "set_wakeup_fd", Arity::Kw, set_wakeup_fd);
    add(vm, "siginterrupt", Arity::Pos(2, 2), siginterrupt);
    // The handlers at start-up: Python's SIGINT handler; SIGPIPE and
    // SIGXFSZ ignored (CPython and Rust's runtime both do that).
    let table = vm.new_dict();
    let k = vm.intern("default_int_handler");
    let dih = m.dict.get_str_key(k).unwrap_or(Value::NONE);
    for sig in 1..NSIG {
        let h = match sig {
            2 => dih,
            13 | 25 => Value::from_small_int(SIG_IGN),
            32 | 33 => Value::NONE,
            _ => Value::from_small_int(SIG_DFL),
        };
        vm.dict_set(table, Value::from_small_int(sig), h)?;
    }
    super::add_value(vm, m, "_handlers", table.value());
    Ok(())
}
