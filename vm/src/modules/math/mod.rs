//! `math`: CPython's math module over f64, with its error rules
//! (`math domain error` for arguments outside the domain, `math range error`
//! for overflowing results) and exact integer functions over big ints.

use super::{add_fn, add_value};
use crate::builtins::check_count;
use crate::interp::numeric::Num;
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub mod special;

/// A real-number argument as f64 (ints converted exactly or OverflowError; `__float__`/`__index__` honoured).
fn real(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.as_num(v) {
        Some(Num::Float(f)) => Ok(f),
        Some(Num::Small(i)) => Ok(i as f64),
        Some(Num::Int(b)) => vm.big_to_f64(&b),
        None => {
            let t = vm.type_of(v);
            let key = vm.intern("__float__");
            if let Some(f) = vm.lookup_special(t, key) {
                let r = vm.call(f, &[v], &[])?;
                if let Some(x) = r.as_f64().or_else(|| r.downcast::<crate::object::int::FloatObj>().map(|f| f.value)) {
                    return Ok(x);
                }
                let n = vm.type_name(r);
                return Err(vm.type_error(&format!("{}.__float__ returned non-float (type {n})", t.name())));
            }
            let key = vm.intern("__index__");
            if let Some(f) = vm.lookup_special(t, key) {
                let r = vm.call(f, &[v], &[])?;
                return real(vm, r);
            }
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("must be real number, not {n}")))
        }
    }
}

/// An integer argument (ints, bools, `__index__`), CPython's message otherwise.
fn integer(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if v.as_f64().is_none() {
        if let Some(b) = vm.as_bigint(v) {
            return Ok(b);
        }
    }
    let t = vm.type_of(v);
    if v.as_f64().is_none() && v.layout() != Some(crate::object::Layout::Float) {
        let key = vm.intern("__index__");
        if let Some(f) = vm.lookup_special(t, key) {
            let r = vm.call(f, &[v], &[])?;
            return integer(vm, r);
        }
    }
    let n = vm.type_name(v);
    Err(vm.type_error(&format!("'{n}' object cannot be interpreted as an integer")))
}

fn domain(vm: &mut Vm) -> crate::vm::PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &mut Vm) -> crate::vm::PyErr {
    vm.overflow_error("math range error")
}

/// Apply a one-argument libm function with CPython's error classification:
/// NaN out of a non-NaN input is a domain error, infinity out of a finite
/// input is a range error (unless `inf_ok`, e.g. for poles reported as domain errors).
fn unary(vm: &mut Vm, a: &[Value], name: &str, f: fn(f64) -> f64, overflow_is_domain: bool) -> PyResult {
    check_count(vm, name, a.len(), 1, 1)?;
    let x = real(vm, a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if overflow_is_domain { domain(vm) } else { range(vm) });
    }
    Ok(Value::from_f64(r))
}

macro_rules! unary_fns {
    ($vm:expr, $m:expr, [$(($name:literal, $f:expr, $pole:expr)),* $(,)?]) => {$(
        add_fn($vm, $m, $name, |vm, a, _| unary(vm, a, $name, $f, $pole));
    )*};
}

/// Integer result of floor/ceil/trunc: `__floor__`-style hooks for other types.
fn rounding(vm: &mut Vm, a: &[Value], name: &'static str, hook: &str, f: fn(f64) -> f64) -> PyResult {
    check_count(vm, name, a.len(), 1, 1)?;
    let v = a[0];
    if v.as_f64().is_none() && vm.is_int_like(v) {
        let b = vm.as_bigint(v).unwrap_or_default();
        return Ok(vm.new_bigint(b));
    }
    if vm.as_num(v).is_none() {
        let t = vm.type_of(v);
        let key = vm.intern(hook);
        if let Some(h) = vm.lookup_special(t, key) {
            return vm.call(h, &[v], &[]);
        }
        if name == "trunc" {
            let n = t.name();
            return Err(vm.type_error(&format!("type {n} doesn't define __trunc__ method")));
        }
    }
    let x = f(real(vm, v)?);
    crate::builtins::methods::int_from(vm, Value::from_f64(x), None)
}

/// `func(x)` for a positive real, or for an int too large for a float
/// `func(m) + func(2) * e` with `x = m * 2**e` (m correctly rounded), as CPython.
fn log_with(vm: &mut Vm, v: Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if v.as_f64().is_none() {
        if let Some(b) = vm.as_bigint(v) {
            if !b.is_positive() {
                return Err(domain(vm));
            }
            if b.to_f64().map(|f| f.is_finite()) != Some(true) {
                let (m, e) = big_frexp(&b);
                return Ok(func(m) + func(2.0) * e as f64);
            }
        }
    }
    let x = real(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(func(x))
}

/// A positive big int as `m * 2**e`, m in [0.5, 1) rounded half-even to 53 bits.
fn big_frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    let shift = bits - 53;
    let q = b >> shift;
    let rem = b - (&q << shift);
    let half = BigInt::one() << (shift - 1);
    let up = rem > half || (rem == half && q.is_odd());
    let q = if up { q + 1 } else { q };
    let m = q.to_f64().unwrap_or(0.0) / 2f64.powi(53);
    // Rounding up may carry into a 54th bit: m == 1.0 then.
    if m >= 1.0 {
        (m / 2.0, bits + 1)
    } else {
        (m, bits)
    }
}

fn log(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    check_count(vm, "log", a.len(), 1, 2)?;
    let num = log_with(vm, a[0], f64::ln)?;
    if a.len() == 1 {
        return Ok(Value::from_f64(num));
    }
    let den = log_with(vm, a[1], f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::from_f64(num / den))
}

fn log_base(vm: &mut Vm, a: &[Value], name: &str, func: fn(f64) -> f64) -> PyResult {
    check_count(vm, name, a.len(), 1, 1)?;
    Ok(Value::from_f64(log_with(vm, a[0], func)?))
}

fn pow(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    check_count(vm, "pow", a.len(), 2, 2)?;
    let (x, y) = (real(vm, a[0])?, real(vm, a[1])?);
    // IEEE/C99 special cases as CPython applies them.
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    if x.is_finite() && x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range(vm));
    }
    Ok(Value::from_f64(r))
}

fn fmod(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    check_count(vm, "fmod", a.len(), 2, 2)?;
    let (x, y) = (real(vm, a[0])?, real(vm, a[1])?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::from_f64(x));
    }
    if (y == 0.0 || x.is_infinite()) && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::from_f64(x % y))
}

fn remainder(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    check_count(vm, "remainder", a.len(), 2, 2)?;
    let (x, y) = (real(vm, a[0])?, real(vm, a[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(Value::from_f64(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::from_f64(x));
    }
    // IEEE remainder: x - n*y with n = x/y rounded half to even.
    let m = x % y;
    let ay = y.abs();
    let am = m.abs();
    let r = if am * 2.0 > ay || (am * 2.0 == ay && ((x - m) / y).rem_euclid(2.0) == 1.0) { m - ay.copysign(m) } else { m };
    Ok(Value::from_f64(if r == 0.0 { 0.0f64.copysign(x) } else { r }))
}

fn hypot(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let mut xs = Vec::with_capacity(a.len());
    for &v in a {
        xs.push(real(vm, v)?.abs());
    }
    Ok(Value::from_f64(special::hypot(&xs)))
}

fn dist(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    check_count(vm, "dist", a.len(), 2, 2)?;
    let p = vm.collect_iter(a[0])?;
    let q = vm.collect_iter(a[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (x, y) in p.into_iter().zip(q) {
        d.push((real(vm, x)? - real(vm, y)?).abs());
    }
    Ok(Value::from_f64(special::hypot(&d)))
}

fn fsum(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    check_count(vm, "fsum", a.len(), 1, 1)?;
    let items = vm.collect_iter(a[0])?;
    let mut xs = Vec::with_capacity(items.len());
    for v in items {
        xs.push(real(vm, v)?);
    }
    match special::fsum(&xs) {
        Ok(s) => Ok(Value::from_f64(s)),
        Err(special::FsumError::Overflow) => Err(vm.overflow_error("intermediate overflow in fsum")),
        Err(special::FsumError::Domain) => Err(vm.value_error("-inf + inf in fsum")),
    }
}

fn isclose(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = crate::builtins::split_args(a, k);
    check_count(vm, "isclose", pos.len(), 2, 2)?;
    let x = real(vm, pos[0])?;
    let y = real(vm, pos[1])?;
    let rel = match crate::builtins::kwarg(a, k, "rel_tol") {
        Some(v) => real(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match crate::builtins::kwarg(a, k, "abs_tol") {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (y - x).abs();
    Ok(Value::from_bool(diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs_tol))
}

fn int_fns(vm: &mut Vm, m: Gc<ModuleObj>) {
    add_fn(vm, m, "factorial", |vm, a, _| {
        check_count(vm, "factorial", a.len(), 1, 1)?;
        let n = integer(vm, a[0])?;
        if n.is_negative() {
            return Err(vm.value_error("factorial() not defined for negative values"));
        }
        let Some(n) = n.to_u64().filter(|n| *n <= 1_000_000) else {
            return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
        };
        Ok(vm.new_bigint(special::factorial(n)))
    });
    add_fn(vm, m, "gcd", |vm, a, _| {
        let mut g = BigInt::zero();
        for &v in a {
            let x = integer(vm, v)?;
            g = g.gcd(&x);
        }
        Ok(vm.new_bigint(g))
    });
    add_fn(vm, m, "lcm", |vm, a, _| {
        let mut l = BigInt::one();
        for &v in a {
            let x = integer(vm, v)?;
            if x.is_zero() || l.is_zero() {
                l = BigInt::zero();
                continue;
            }
            l = l.lcm(&x);
        }
        Ok(vm.new_bigint(l.abs()))
    });
    add_fn(vm, m, "isqrt", |vm, a, _| {
        check_count(vm, "isqrt", a.len(), 1, 1)?;
        let n = integer(vm, a[0])?;
        if n.is_negative() {
            return Err(vm.value_error("isqrt() argument must be nonnegative"));
        }
        Ok(vm.new_bigint(n.sqrt()))
    });
    add_fn(vm, m, "comb", |vm, a, _| {
        check_count(vm, "comb", a.len(), 2, 2)?;
        let (n, k) = (integer(vm, a[0])?, integer(vm, a[1])?);
        if n.is_negative() {
            return Err(vm.value_error("n must be a non-negative integer"));
        }
        if k.is_negative() {
            return Err(vm.value_error("k must be a non-negative integer"));
        }
        if k > n {
            return Ok(Value::from_small_int(0));
        }
        let k = (&n - &k).min(k);
        let Some(k) = k.to_u64().filter(|k| *k <= 10_000_000) else { return Err(vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807")) };
        let mut r = BigInt::one();
        for i in 0..k {
            r = r * (&n - i) / (i + 1);
        }
        Ok(vm.new_bigint(r))
    });
    add_fn(vm, m, "perm", |vm, a, _| {
        check_count(vm, "perm", a.len(), 1, 2)?;
        let n = integer(vm, a[0])?;
        if n.is_negative() {
            return Err(vm.value_error("n must be a non-negative integer"));
        }
        let k = match a.get(1).filter(|v| !v.is_none()) {
            Some(&v) => integer(vm, v)?,
            None => n.clone(),
        };
        if k.is_negative() {
            return Err(vm.value_error("k must be a non-negative integer"));
        }
        if k > n {
            return Ok(Value::from_small_int(0));
        }
        let Some(k) = k.to_u64().filter(|k| *k <= 10_000_000) else { return Err(vm.overflow_error("k must not exceed 9223372036854775807")) };
        let mut r = BigInt::one();
        for i in 0..k {
            r *= &n - i;
        }
        Ok(vm.new_bigint(r))
    });
    add_fn(vm, m, "prod", |vm, a, k| {
        let (pos, _) = crate::builtins::split_args(a, k);
        check_count(vm, "prod", pos.len(), 1, 1)?;
        let mut acc = crate::builtins::kwarg(a, k, "start").unwrap_or(Value::from_small_int(1));
        for x in vm.collect_iter(pos[0])? {
            acc = vm.binary_op(acc, x, crate::bytecode::BinOp::Mul, false)?;
        }
        Ok(acc)
    });
}

fn float_fns(vm: &mut Vm, m: Gc<ModuleObj>) {
    unary_fns!(vm, m, [
        ("sqrt", f64::sqrt, false), ("exp", f64::exp, false), ("exp2", f64::exp2, false), ("expm1", f64::exp_m1, false),
        ("sin", f64::sin, false), ("cos", f64::cos, false), ("tan", f64::tan, false), ("asin", f64::asin, false),
        ("acos", f64::acos, false), ("atan", f64::atan, false), ("sinh", f64::sinh, false), ("cosh", f64::cosh, false),
        ("tanh", f64::tanh, false), ("asinh", special::asinh, false), ("acosh", special::acosh, false), ("atanh", special::atanh, true),
        ("log1p", f64::ln_1p, true), ("fabs", f64::abs, false), ("cbrt", f64::cbrt, false), ("erf", special::erf, false),
        ("erfc", special::erfc, false), ("gamma", special::gamma, false), ("lgamma", special::lgamma, true),
    ]);
    add_fn(vm, m, "degrees", |vm, a, _| unary(vm, a, "degrees", f64::to_degrees, false));
    add_fn(vm, m, "radians", |vm, a, _| unary(vm, a, "radians", f64::to_radians, false));
    add_fn(vm, m, "floor", |vm, a, _| rounding(vm, a, "floor", "__floor__", f64::floor));
    add_fn(vm, m, "ceil", |vm, a, _| rounding(vm, a, "ceil", "__ceil__", f64::ceil));
    add_fn(vm, m, "trunc", |vm, a, _| rounding(vm, a, "trunc", "__trunc__", f64::trunc));
    add_fn(vm, m, "log", log);
    add_fn(vm, m, "log2", |vm, a, _| log_base(vm, a, "log2", f64::log2));
    add_fn(vm, m, "log10", |vm, a, _| log_base(vm, a, "log10", f64::log10));
    add_fn(vm, m, "pow", pow);
    add_fn(vm, m, "fmod", fmod);
    add_fn(vm, m, "remainder", remainder);
    add_fn(vm, m, "hypot", hypot);
    add_fn(vm, m, "dist", dist);
    add_fn(vm, m, "fsum", fsum);
    add_fn(vm, m, "isclose", isclose);
    add_fn(vm, m, "atan2", |vm, a, _| {
        check_count(vm, "atan2", a.len(), 2, 2)?;
        let (y, x) = (real(vm, a[0])?, real(vm, a[1])?);
        Ok(Value::from_f64(y.atan2(x)))
    });
    add_fn(vm, m, "copysign", |vm, a, _| {
        check_count(vm, "copysign", a.len(), 2, 2)?;
        let (x, y) = (real(vm, a[0])?, real(vm, a[1])?);
        Ok(Value::from_f64(x.copysign(y)))
    });
    add_fn(vm, m, "isfinite", |vm, a, _| {
        check_count(vm, "isfinite", a.len(), 1, 1)?;
        Ok(Value::from_bool(real(vm, a[0])?.is_finite()))
    });
    add_fn(vm, m, "isinf", |vm, a, _| {
        check_count(vm, "isinf", a.len(), 1, 1)?;
        Ok(Value::from_bool(real(vm, a[0])?.is_infinite()))
    });
    add_fn(vm, m, "isnan", |vm, a, _| {
        check_count(vm, "isnan", a.len(), 1, 1)?;
        Ok(Value::from_bool(real(vm, a[0])?.is_nan()))
    });
    add_fn(vm, m, "modf", |vm, a, _| {
        check_count(vm, "modf", a.len(), 1, 1)?;
        let x = real(vm, a[0])?;
        let (f, i) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { (x.fract().copysign(x), x.trunc()) };
        Ok(vm.new_tuple(vec![Value::from_f64(f), Value::from_f64(i)]))
    });
    add_fn(vm, m, "frexp", |vm, a, _| {
        check_count(vm, "frexp", a.len(), 1, 1)?;
        let x = real(vm, a[0])?;
        let (mant, e) = special::frexp(x);
        let e = vm.new_int(e as i64);
        Ok(vm.new_tuple(vec![Value::from_f64(mant), e]))
    });
    add_fn(vm, m, "ldexp", |vm, a, _| {
        check_count(vm, "ldexp", a.len(), 2, 2)?;
        let x = real(vm, a[0])?;
        let e = integer(vm, a[1])?;
        let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX }).clamp(-10_000, 10_000) as i32;
        let r = special::ldexp(x, e);
        if r.is_infinite() && x.is_finite() {
            return Err(range(vm));
        }
        Ok(Value::from_f64(r))
    });
    add_fn(vm, m, "nextafter", |vm, a, _| {
        check_count(vm, "nextafter", a.len(), 2, 2)?;
        let (x, y) = (real(vm, a[0])?, real(vm, a[1])?);
        Ok(Value::from_f64(special::nextafter(x, y)))
    });
    add_fn(vm, m, "ulp", |vm, a, _| {
        check_count(vm, "ulp", a.len(), 1, 1)?;
        let x = real(vm, a[0])?;
        Ok(Value::from_f64(special::ulp(x)))
    });
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    float_fns(vm, m);
    int_fns(vm, m);
    add_value(vm, m, "pi", Value::from_f64(std::f64::consts::PI));
    add_value(vm, m, "e", Value::from_f64(std::f64::consts::E));
    add_value(vm, m, "tau", Value::from_f64(std::f64::consts::TAU));
    add_value(vm, m, "inf", Value::from_f64(f64::INFINITY));
    add_value(vm, m, "nan", Value::from_f64(f64::NAN));
    Ok(())
}
