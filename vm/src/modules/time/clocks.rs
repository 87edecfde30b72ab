//! `time`'s clocks: `time`, `monotonic`, `perf_counter`, `process_time`,
//! `thread_time` (each with `_ns`) and `clock_gettime`.

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Wall-clock nanoseconds since the epoch.
pub fn now_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// CLOCK_MONOTONIC-like nanoseconds: uptime at the first call plus an
/// `Instant`. The origin is fixed once per process (like the system
/// clock's, it is the same for every interpreter).
pub fn monotonic_ns() -> i128 {
    static START: std::sync::OnceLock<(Instant, i128)> = std::sync::OnceLock::new();
    let (start, base) = START.get_or_init(|| {
        let up = std::fs::read_to_string("/proc/uptime").ok().and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok());
        (Instant::now(), (up.unwrap_or(0.0) * 1e9) as i128)
    });
    base + start.elapsed().as_nanos() as i128
}

/// CPU time of the process (or of the calling thread) in nanoseconds.
pub fn cpu_ns(thread: bool) -> i128 {
    let file = if thread { "/proc/thread-self/schedstat" } else { "/proc/self/schedstat" };
    let ns = std::fs::read_to_string(file).ok().and_then(|s| s.split_whitespace().next()?.parse::<i128>().ok());
    ns.unwrap_or_else(|| {
        let t = crate::modules::posix::process::cpu_times();
        ((t[0] + t[1]) * 1e9) as i128
    })
}

fn ns_value(vm: &mut Vm, ns: i128) -> Value {
    vm.new_bigint(num_bigint::BigInt::from(ns))
}

fn secs_value(ns: i128) -> Value {
    Value::from_f64(ns as f64 * 1e-9)
}

pub fn clock_ns(id: i64) -> Option<i128> {
    Some(match id {
        0 | 11 => now_ns(),
        1 | 4 | 7 => monotonic_ns(),
        2 => cpu_ns(false),
        3 => cpu_ns(true),
        _ => return None,
    })
}

fn clock_arg(vm: &mut Vm, v: Value) -> PyResult<i128> {
    let id = crate::modules::posix::int_arg(vm, v)?;
    match clock_ns(id) {
        Some(ns) => Ok(ns),
        None => Err(vm.os_error(22, None, None)),
    }
}

macro_rules! clock_fns {
    ($($name:ident, $ns_name:ident => $f:expr;)*) => {
        $(
            pub fn $name(_vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
                Ok(secs_value($f))
            }
            pub fn $ns_name(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
                Ok(ns_value(vm, $f))
            }
        )*
    };
}

clock_fns! {
    time, time_ns => now_ns();
    monotonic, monotonic_ns_fn => monotonic_ns();
    process_time, process_time_ns => cpu_ns(false);
    thread_time, thread_time_ns => cpu_ns(true);
}

pub fn clock_gettime(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    Ok(secs_value(clock_arg(vm, a[0])?))
}

pub fn clock_gettime_ns(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let ns = clock_arg(vm, a[0])?;
    Ok(ns_value(vm, ns))
}

pub fn clock_getres(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    clock_arg(vm, a[0])?;
    Ok(Value::from_f64(1e-9))
}
