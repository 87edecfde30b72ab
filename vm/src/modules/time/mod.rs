//! `time`: clocks, `sleep`, `gmtime`/`localtime`/`mktime` with the local
//! zone from the TZ database (`tz.rs`), `strftime`/`asctime` (`calendar.rs`).
//!
//! Clocks come from std (`SystemTime`, `Instant`) and /proc (CPU time:
//! /proc/self/schedstat, falling back to the 10 ms ticks of
//! /proc/self/stat). `monotonic()` counts from the system's uptime at the
//! first call. `strptime` is the pure-Python `_strptime`.

pub mod calendar;
pub mod clocks;
pub mod tz;

use super::structseq::{run_in_module, STRUCTSEQ};
use crate::builtins::args::{Arity, Sig};
use crate::object::module::ModuleObj;
use crate::object::seq::TupleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use calendar::Tm;
use clocks::*;

/// Seconds since the epoch from an optional argument: None is now.
fn time_t_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i64> {
    let v = match v {
        Some(v) if !v.is_none() => v,
        _ => return Ok(now_ns().div_euclid(1_000_000_000) as i64),
    };
    if let Some(f) = v.as_f64() {
        if f.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.2e18..9.2e18).contains(&f) {
            return Err(vm.overflow_error("timestamp out of range for platform time_t"));
        }
        return Ok(f as i64);
    }
    match crate::builtins::bytes_args::index_i64(vm, v)? {
        Ok(i) => Ok(i),
        Err(_) => Err(vm.overflow_error("timestamp out of range for platform time_t")),
    }
}

/// The zone in use (loaded on first use and by `tzset`).
fn zone(vm: &mut Vm) -> &tz::Zone {
    vm.os.tz.get_or_insert_with(tz::Zone::load)
}

/// The local broken-down time at `t`.
fn local_tm(vm: &mut Vm, t: i64) -> Tm {
    let lt = zone(vm).at(t);
    let mut tm = calendar::tm_from_secs(t, lt.off);
    tm.isdst = i64::from(lt.dst);
    tm.zone = Some(lt.abbr);
    tm
}

fn check_year(vm: &mut Vm, tm: &Tm) -> PyResult<()> {
    if i32::try_from(tm.year - 1900).is_err() {
        return Err(vm.os_error(75, None, None));
    }
    Ok(())
}

fn struct_time(vm: &mut Vm, tm: &Tm) -> PyResult {
    let mut items: Vec<Value> = [tm.year, tm.mon + 1, tm.mday, tm.hour, tm.min, tm.sec, (tm.wday + 6) % 7, tm.yday + 1, tm.isdst]
        .iter()
        .map(|&x| Value::from_small_int(x))
        .collect();
    items.push(match &tm.zone {
        Some(z) => vm.new_str(z),
        None => Value::NONE,
    });
    items.push(Value::from_small_int(tm.gmtoff));
    let t = vm.new_tuple(items);
    let cls = super::module_attr(vm, "time", "struct_time")?;
    vm.call(cls, &[t], &[])
}

/// `mktime`: local fields to seconds since the epoch.
fn mktime_secs(vm: &mut Vm, tm: &Tm) -> i64 {
    let z = zone(vm).clone();
    mktime_in(&z, tm)
}

/// glibc's choices: of two readings of an ambiguous local time the one
/// with the requested `tm_isdst` (standard time when -1); in a gap, the
/// offset before it; a `tm_isdst` the zone does not have there takes the
/// offset of the nearest time that has it (probing about nine years each
/// way, as glibc does), else one hour.
fn mktime_in(z: &tz::Zone, tm: &Tm) -> i64 {
    let local = calendar::secs_from_fields(tm);
    let mut cands: Vec<(i64, bool)> = Vec::new();
    for lt in z.offsets() {
        let t = local - lt.off;
        let at = z.at(t);
        if at.off == lt.off && !cands.iter().any(|c| c.0 == t) {
            cands.push((t, at.dst));
        }
    }
    cands.sort();
    let want = (tm.isdst >= 0).then_some(tm.isdst > 0);
    let pick = cands.iter().find(|c| c.1 == want.unwrap_or(false)).or(cands.last()).copied();
    let (t, dst) = pick.unwrap_or_else(|| {
        let before = z.at(local - 43200);
        let t = local - before.off;
        (t, z.at(t).dst)
    });
    let Some(want) = want.filter(|&w| w != dst) else { return t };
    const STRIDE: i64 = 601200;
    const BOUND: i64 = 536454000 / 2 + STRIDE;
    let mut delta = STRIDE;
    while delta < BOUND {
        for dir in [-1, 1] {
            let probe = z.at(t + dir * delta);
            if probe.dst == want {
                return local - probe.off;
            }
        }
        delta += STRIDE;
    }
    if want { t - 3600 } else { t + 3600 }
}

/// A time tuple argument (CPython's `gettmarg`).
fn tm_arg(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Tm> {
    let Some(t) = v.downcast::<TupleObj>() else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    let items = t.items.to_vec();
    if items.len() != 9 {
        return Err(vm.type_error(&format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, &x) in f.iter_mut().zip(&items) {
        *slot = match crate::builtins::bytes_args::index_i64(vm, x)? {
            Ok(i) if i32::try_from(i).is_ok() => i,
            Ok(i) if i < 0 => return Err(vm.overflow_error("signed integer is less than minimum")),
            _ => return Err(vm.overflow_error("signed integer is greater than maximum")),
        };
    }
    let mut tm = Tm {
        year: f[0],
        mon: f[1] - 1,
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: (f[6] + 1) % 7,
        yday: f[7] - 1,
        isdst: f[8],
        zone: None,
        gmtoff: 0,
    };
    let cls = super::module_attr(vm, "time", "struct_time")?;
    if vm.type_of(v).value() == cls {
        let k = vm.intern("tm_zone");
        let z = vm.getattr(v, k)?;
        tm.zone = Vm::str_of(z).map(str::to_string);
        let k = vm.intern("tm_gmtoff");
        let g = vm.getattr(v, k)?;
        if !g.is_none() {
            tm.gmtoff = super::posix::int_arg(vm, g)?;
        }
    }
    Ok(tm)
}

/// CPython's `checktm` (strftime and asctime), with its zero fix-ups.
fn check_tm(vm: &mut Vm, tm: &mut Tm) -> PyResult<()> {
    let err = |vm: &mut Vm, m: &str| Err(vm.value_error(m));
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return err(vm, "month out of range");
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return err(vm, "day of month out of range");
    }
    if !(0..=23).contains(&tm.hour) {
        return err(vm, "hour out of range");
    }
    if !(0..=59).contains(&tm.min) {
        return err(vm, "minute out of range");
    }
    if !(0..=61).contains(&tm.sec) {
        return err(vm, "seconds out of range");
    }
    if tm.wday < 0 {
        return err(vm, "day of week out of range");
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return err(vm, "day of year out of range");
    }
    Ok(())
}

fn opt_tm(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<Tm> {
    match v {
        Some(v) => tm_arg(vm, v, fname),
        None => {
            let t = time_t_arg(vm, None)?;
            Ok(local_tm(vm, t))
        }
    }
}

fn one_opt(vm: &mut Vm, name: &'static str, a: &[Value], k: &[Value]) -> PyResult<Option<Value>> {
    let sig = Sig { name, params: &["seconds"], posonly: 1, required: 0, kwonly: &[] };
    let [v] = super::posix::parse(vm, &sig, a, k)?;
    Ok(v)
}

fn gmtime(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let v = one_opt(vm, "gmtime", a, k)?;
    let t = time_t_arg(vm, v)?;
    let mut tm = calendar::tm_from_secs(t, 0);
    tm.zone = Some("GMT".to_string());
    check_year(vm, &tm)?;
    struct_time(vm, &tm)
}

fn localtime(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let v = one_opt(vm, "localtime", a, k)?;
    let t = time_t_arg(vm, v)?;
    let tm = local_tm(vm, t);
    check_year(vm, &tm)?;
    struct_time(vm, &tm)
}

fn mktime(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let tm = tm_arg(vm, a[0], "mktime")?;
    Ok(Value::from_f64(mktime_secs(vm, &tm) as f64))
}

fn tzname_fn(vm: &mut Vm) -> impl Fn(bool) -> String {
    let (std, dst) = zone_summary(vm);
    move |d| if d { dst.abbr.clone() } else { std.abbr.clone() }
}

fn strftime(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = crate::builtins::split_args(a, k);
    crate::builtins::args::expect_count(vm, "strftime", pos.len(), 1, 2)?;
    let Some(fmt) = Vm::str_of(pos[0]) else {
        let n = vm.type_name(pos[0]);
        return Err(vm.type_error(&format!("strftime() argument 1 must be str, not {n}")));
    };
    if fmt.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let mut tm = opt_tm(vm, pos.get(1).copied(), "strftime")?;
    check_tm(vm, &mut tm)?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    let names = tzname_fn(vm);
    let z = zone(vm).clone();
    let mk = move |tm: &Tm| mktime_in(&z, tm);
    let s = calendar::strftime_limited(fmt, &tm, &names, &mk);
    Ok(vm.new_string(s))
}

fn asctime(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let mut tm = opt_tm(vm, a.first().copied(), "asctime")?;
    check_tm(vm, &mut tm)?;
    Ok(vm.new_string(calendar::asctime(&tm)))
}

fn ctime(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let t = time_t_arg(vm, a.first().copied())?;
    let tm = local_tm(vm, t);
    check_year(vm, &tm)?;
    Ok(vm.new_string(calendar::asctime(&tm)))
}

fn sleep(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let secs = super::thread::seconds_arg(vm, a[0])?;
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::NONE)
}

/// The zone's standard and daylight types in the current year (CPython's
/// `init_timezone`: January and July, swapped in the southern hemisphere).
fn zone_summary(vm: &mut Vm) -> (tz::LocalType, tz::LocalType) {
    let year = calendar::tm_from_secs(time_t_arg(vm, None).unwrap_or(0), 0).year;
    let z = zone(vm);
    let jan = z.at(calendar::days_from_civil(year, 1, 1) * 86400);
    let jul = z.at(calendar::days_from_civil(year, 7, 1) * 86400);
    if jan.off > jul.off {
        (jul, jan)
    } else {
        (jan, jul)
    }
}

/// Set `timezone`, `altzone`, `daylight` and `tzname` from the zone.
fn set_zone_attrs(vm: &mut Vm, m: Value) -> PyResult<()> {
    let (std, dst) = zone_summary(vm);
    let names = [vm.new_str(&std.abbr), vm.new_str(&dst.abbr)];
    let vals = [
        ("timezone", vm.new_int(-std.off)),
        ("altzone", vm.new_int(-dst.off)),
        ("daylight", Value::from_small_int(i64::from(std.off != dst.off))),
        ("tzname", vm.new_tuple(names.to_vec())),
    ];
    for (name, v) in vals {
        let k = vm.intern(name);
        vm.setattr(m, k, v)?;
    }
    Ok(())
}

fn tzset(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    vm.os.tz = Some(tz::Zone::load());
    let m = vm.import_dotted("time")?;
    set_zone_attrs(vm, m)?;
    Ok(Value::NONE)
}

const APP_LEVEL: &str = r#"
struct_time = _structseq("time", "struct_time", ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
    "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"), 9)
_STRUCT_TM_ITEMS = 11

_CLOCKS = {
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False),
    "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False),
}

def get_clock_info(name, /):
    import sys
    try:
        impl, mono, adj = _CLOCKS[name]
    except KeyError:
        raise ValueError("unknown clock") from None
    return type(sys.implementation)(implementation=impl, monotonic=mono, adjustable=adj, resolution=1e-09)

def strptime(data_string, format="%a %b %d %H:%M:%S %Y", /):
    import _strptime
    return _strptime._strptime_time(data_string, format)

del _structseq
"#;

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let add = |vm: &mut Vm, name: &'static str, arity: Arity, f: crate::object::function::NativeFn| {
        super::add_fn_a(vm, m, name, arity, f);
    };
    for (name, f) in [
        ("time", time as crate::object::function::NativeFn), ("time_ns", time_ns), ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns_fn), ("perf_counter", monotonic), ("perf_counter_ns", monotonic_ns_fn),
        ("process_time", process_time), ("process_time_ns", process_time_ns), ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns), ("tzset", tzset),
    ] {
        add(vm, name, Arity::NoArgs, f);
    }
    add(vm, "sleep", Arity::One, sleep);
    add(vm, "mktime", Arity::One, mktime);
    add(vm, "clock_gettime", Arity::One, clock_gettime);
    add(vm, "clock_gettime_ns", Arity::One, clock_gettime_ns);
    add(vm, "clock_getres", Arity::One, clock_getres);
    add(vm, "gmtime", Arity::Kw, gmtime);
    add(vm, "localtime", Arity::Kw, localtime);
    add(vm, "strftime", Arity::Kw, strftime);
    add(vm, "asctime", Arity::Pos(0, 1), asctime);
    add(vm, "ctime", Arity::Pos(0, 1), ctime);
    for (name, v) in [
        ("CLOCK_REALTIME", 0), ("CLOCK_MONOTONIC", 1), ("CLOCK_PROCESS_CPUTIME_ID", 2), ("CLOCK_THREAD_CPUTIME_ID", 3),
        ("CLOCK_MONOTONIC_RAW", 4), ("CLOCK_BOOTTIME", 7), ("CLOCK_TAI", 11),
    ] {
        super::add_value(vm, m, name, Value::from_small_int(v));
    }
    set_zone_attrs(vm, m.value())?;
    let src = format!("{STRUCTSEQ}{APP_LEVEL}");
    run_in_module(vm, m, &src, "<time>")
}
