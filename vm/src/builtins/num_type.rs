//! Named methods and attributes of `int` and `float` (operators are slot
//! wrappers, see `slots.rs`).

use super::{check_count, kwarg, split_args};
use crate::interp::numeric::Num;
use crate::object::misc::ClassMethodObj;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, Zero};
use std::cell::Cell;

/// A read-only attribute computed by a native function (`int.real`).
pub(crate) fn getter(vm: &mut Vm, t: Gc<TypeObj>, name: &'static str, f: crate::object::function::NativeFn) {
    super::descr::install(vm, t, name, false, f, None);
}

pub(crate) fn classmethod(vm: &mut Vm, t: Gc<TypeObj>, name: &'static str, f: crate::object::function::NativeFn) {
    let func = vm.new_builtin(name, f);
    let cm = vm.alloc(ClassMethodObj { header: ObjHeader::new(vm.t.classmethod), func: Cell::new(func) }).value();
    vm.set_type_attr(t, name, cm);
}

/// The receiver's integer value (bools and int subclasses included).
fn int_self(vm: &mut Vm, v: Value, name: &str) -> PyResult<BigInt> {
    match vm.as_bigint(v) {
        Some(b) if v.as_f64().is_none() => Ok(b),
        _ => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor '{name}' for 'int' objects doesn't apply to a '{n}' object")))
        }
    }
}

fn float_self(vm: &mut Vm, v: Value, name: &str) -> PyResult<f64> {
    match vm.as_num(v) {
        Some(Num::Float(f)) => Ok(f),
        _ => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor '{name}' for 'float' objects doesn't apply to a '{n}' object")))
        }
    }
}

fn byteorder(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v.map(|v| (v, Vm::str_of(v))) {
        None => Ok(true),
        Some((_, Some("big"))) => Ok(true),
        Some((_, Some("little"))) => Ok(false),
        Some((_, Some(_))) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        Some((v, None)) => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("to_bytes() argument 'byteorder' must be str, not {n}")))
        }
    }
}

fn to_bytes(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = split_args(a, k);
    check_count(vm, "to_bytes", pos.len() - 1, 0, 2)?;
    let n = int_self(vm, a[0], "to_bytes")?;
    let len = match pos.get(1).copied().or_else(|| kwarg(a, k, "length")) {
        Some(v) => vm.index_value(v, "int")?,
        None => 1,
    };
    if len < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big = byteorder(vm, pos.get(2).copied().or_else(|| kwarg(a, k, "byteorder")))?;
    let signed = match kwarg(a, k, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if n.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let len = len as usize;
    // Minimal two's-complement (or unsigned) little-endian bytes, then pad.
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > len {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let pad = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(len, pad);
    if big {
        bytes.reverse();
    }
    Ok(vm.new_bytes_of(bytes, false))
}

fn from_bytes(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = split_args(a, k);
    check_count(vm, "from_bytes", pos.len() - 1, 1, 2)?;
    let cls = a[0];
    let data_v = pos.get(1).copied().or_else(|| kwarg(a, k, "bytes")).unwrap_or(Value::NONE);
    let data = match data_v.layout() {
        Some(crate::object::Layout::Bytes) => vm.bytes_data(data_v),
        _ => {
            let mut out = Vec::new();
            for x in vm.collect_iter(data_v)? {
                match vm.as_i64(x) {
                    Some(b @ 0..=255) => out.push(b as u8),
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    let big = byteorder(vm, pos.get(2).copied().or_else(|| kwarg(a, k, "byteorder")))?;
    let signed = match kwarg(a, k, "signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let n = match (big, signed) {
        (true, true) => BigInt::from_signed_bytes_be(&data),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, &data),
        (false, true) => BigInt::from_signed_bytes_le(&data),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, &data),
    };
    let r = vm.new_bigint(n);
    if cls == vm.t.int.value() {
        return Ok(r);
    }
    vm.call(cls, &[r], &[])
}

fn int_methods(vm: &mut Vm) {
    let t = vm.t.int;
    vm.add_method(t, "bit_length", |vm, a, _| {
        let n = int_self(vm, a[0], "bit_length")?;
        Ok(vm.new_int(n.bits() as i64))
    });
    vm.add_method(t, "bit_count", |vm, a, _| {
        let n = int_self(vm, a[0], "bit_count")?;
        let c: u64 = n.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
        Ok(vm.new_int(c as i64))
    });
    vm.add_method(t, "conjugate", |vm, a, _| {
        let n = int_self(vm, a[0], "conjugate")?;
        Ok(vm.new_bigint(n))
    });
    vm.add_method(t, "as_integer_ratio", |vm, a, _| {
        let n = int_self(vm, a[0], "as_integer_ratio")?;
        let n = vm.new_bigint(n);
        Ok(vm.new_tuple(vec![n, Value::from_small_int(1)]))
    });
    vm.add_method(t, "to_bytes", to_bytes);
    classmethod(vm, t, "from_bytes", from_bytes);
    getter(vm, t, "real", |vm, a, _| {
        let n = int_self(vm, a[0], "real")?;
        Ok(vm.new_bigint(n))
    });
    getter(vm, t, "numerator", |vm, a, _| {
        let n = int_self(vm, a[0], "numerator")?;
        Ok(vm.new_bigint(n))
    });
    getter(vm, t, "imag", |_, _, _| Ok(Value::from_small_int(0)));
    getter(vm, t, "denominator", |_, _, _| Ok(Value::from_small_int(1)));
}

fn float_methods(vm: &mut Vm) {
    let t = vm.t.float;
    vm.add_method(t, "is_integer", |vm, a, _| {
        let f = float_self(vm, a[0], "is_integer")?;
        Ok(Value::from_bool(f.is_finite() && f.fract() == 0.0))
    });
    vm.add_method(t, "as_integer_ratio", |vm, a, _| {
        let f = float_self(vm, a[0], "as_integer_ratio")?;
        if f.is_nan() {
            return Err(vm.value_error("cannot convert NaN to integer ratio"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
        }
        let (num, den) = float_ratio(f);
        let n = vm.new_bigint(num);
        let d = vm.new_bigint(den);
        Ok(vm.new_tuple(vec![n, d]))
    });
    vm.add_method(t, "conjugate", |vm, a, _| Ok(Value::from_f64(float_self(vm, a[0], "conjugate")?)));
    vm.add_method(t, "hex", |vm, a, _| {
        let f = float_self(vm, a[0], "hex")?;
        Ok(vm.new_string(float_hex(f)))
    });
    classmethod(vm, t, "__getformat__", |vm, a, _| {
        check_count(vm, "__getformat__", a.len() - 1, 1, 1)?;
        match Vm::str_of(a[1]) {
            Some("double" | "float") => Ok(vm.new_str("IEEE, little-endian")),
            Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
            None => {
                let n = vm.type_name(a[1]);
                Err(vm.type_error(&format!("__getformat__() argument must be str, not {n}")))
            }
        }
    });
    classmethod(vm, t, "fromhex", |vm, a, _| {
        check_count(vm, "fromhex", a.len() - 1, 1, 1)?;
        let Some(s) = Vm::str_of(a[1]) else {
            let n = vm.type_name(a[1]);
            return Err(vm.type_error(&format!("must be str, not {n}")));
        };
        let f = match float_fromhex(s) {
            Ok(f) => f,
            Err(HexError::Invalid) => return Err(vm.value_error("invalid hexadecimal floating-point string")),
            Err(HexError::Overflow) => return Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
        };
        if a[0] == vm.t.float.value() {
            return Ok(Value::from_f64(f));
        }
        vm.call(a[0], &[Value::from_f64(f)], &[])
    });
    getter(vm, t, "real", |vm, a, _| Ok(Value::from_f64(float_self(vm, a[0], "real")?)));
    getter(vm, t, "imag", |_, _, _| Ok(Value::from_f64(0.0)));
}

/// Exact `numerator / denominator` of a finite float, in lowest terms.
fn float_ratio(f: f64) -> (BigInt, BigInt) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    let mut e = if exp == 0 { -1074 } else { mant |= 1 << 52; exp - 1075 };
    if mant == 0 {
        return (BigInt::zero(), BigInt::one());
    }
    let tz = mant.trailing_zeros();
    mant >>= tz;
    e += tz as i64;
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if f < 0.0 {
        num = -num;
    }
    (num, den)
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` for normal numbers.
pub fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!("{sign}0x{lead}.{mant:013x}p{e:+}")
}

enum HexError {
    Invalid,
    Overflow,
}

/// `float.fromhex(s)`, correctly rounded (half to even).
fn float_fromhex(s: &str) -> Result<f64, HexError> {
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp_part) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match digits.find('.') {
        Some(i) => (&digits[..i], &digits[i + 1..]),
        None => (digits, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut mant = num_bigint::BigUint::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(HexError::Invalid)?;
        mant = (mant << 4u32) + d;
    }
    let mut exp: i64 = -4 * frac_part.len() as i64;
    if let Some(e) = exp_part {
        let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return Err(HexError::Invalid);
        }
        let v = digits.parse::<i64>().unwrap_or(i64::MAX).min(1 << 40);
        exp = exp.saturating_add(if e.starts_with('-') { -v } else { v });
    }
    if mant.is_zero() {
        return Ok(sign * 0.0);
    }
    // value = mant * 2^exp; keep 53 significant bits (fewer when subnormal).
    let nbits = mant.bits() as i64;
    let top = exp + nbits; // value in [2^(top-1), 2^top)
    if top > 1024 {
        return Err(HexError::Overflow);
    }
    let keep = (top - (-1074)).min(53);
    if keep <= -1 {
        return Ok(sign * 0.0);
    }
    let shift = nbits - keep;
    let (mut m, mut e) = if shift > 0 {
        let sh = shift as u64;
        let q = &mant >> sh;
        let rem = &mant - (&q << sh);
        let half = num_bigint::BigUint::one() << (sh - 1);
        let round_up = rem > half || (rem == half && q.bit(0));
        (if round_up { q + 1u32 } else { q }, exp + shift)
    } else {
        (mant, exp)
    };
    if m.bits() as i64 > 53 {
        m >>= 1u32;
        e += 1;
    }
    if e + m.bits() as i64 > 1024 {
        return Err(HexError::Overflow);
    }
    let m = m.iter_u64_digits().next().unwrap_or(0) as f64;
    // m < 2^53 is exact; scale in two steps so subnormal results stay exact.
    let half = e / 2;
    Ok(sign * m * 2f64.powi(half as i32) * 2f64.powi((e - half) as i32))
}

pub fn install(vm: &mut Vm) {
    int_methods(vm);
    float_methods(vm);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fh(s: &str) -> f64 {
        match float_fromhex(s) {
            Ok(f) => f,
            Err(_) => f64::NAN,
        }
    }

    #[test]
    fn hex_round_trip() {
        for f in [1.5, 0.1, -3.0, 5e-324, 1e308, 2.2250738585072014e-308, 123.456] {
            assert_eq!(fh(&float_hex(f)), f, "{f}");
        }
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
    }

    #[test]
    fn fromhex_rounding_and_forms() {
        assert_eq!(fh(" -0X1.8P+1 "), -3.0);
        assert_eq!(fh("0x.8"), 0.5);
        assert_eq!(fh("1p-1074"), 5e-324);
        assert_eq!(fh("0x3p-1076"), 5e-324);
        assert_eq!(fh("0x1.00000000000008p0"), 1.0);
        assert_eq!(fh("0x1.00000000000018p0"), 1.0000000000000004);
        assert!(matches!(float_fromhex("0x1p1024"), Err(HexError::Overflow)));
        assert!(matches!(float_fromhex("0x"), Err(HexError::Invalid)));
        assert!(matches!(float_fromhex("1p"), Err(HexError::Invalid)));
    }
}
