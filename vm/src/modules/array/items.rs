//! The item types of `array.array`: sizes as CPython's on x86-64 Linux
//! (`long` and `wchar_t` are 8 and 4 bytes), conversion of a Python value
//! into native little-endian bytes with CPython's exact errors (each
//! typecode goes through the `PyArg_Parse` format CPython uses, hence the
//! mixed messages: a `'b'` item is first a C short), and back.

use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Every typecode, in CPython's order (`array.typecodes`).
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

pub fn valid(c: u8) -> bool {
    TYPECODES.as_bytes().contains(&c)
}

/// Item size in bytes.
pub fn size(c: u8) -> usize {
    match c {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

/// `operator.index(v)` as a big integer.
fn index_big(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if v.as_f64().is_none() {
        if let Some(i) = vm.as_bigint(v) {
            return Ok(i);
        }
        let t = vm.type_of(v);
        if let Some(f) = vm.lookup_special(t, vm.n.__index__) {
            let r = vm.call(f, &[v], &[])?;
            if let (Some(b), None) = (vm.as_bigint(r), r.as_f64()) {
                return Ok(b);
            }
            let n = vm.type_name(r);
            return Err(vm.type_error(&format!("__index__ returned non-int (type {n})")));
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(&format!("'{t}' object cannot be interpreted as an integer")))
}

fn ovf(vm: &mut Vm, msg: &str) -> PyErr {
    vm.overflow_error(msg)
}

/// A signed range check with CPython's "X is less than minimum" wording.
fn check(vm: &mut Vm, i: i64, lo: i64, hi: i64, what: &str) -> PyResult<()> {
    if i < lo {
        return Err(ovf(vm, &format!("{what} is less than minimum")));
    }
    if i > hi {
        return Err(ovf(vm, &format!("{what} is greater than maximum")));
    }
    Ok(())
}

/// An integer item as a u64 bit pattern (little-endian bytes are taken from it).
fn int_item(vm: &mut Vm, c: u8, v: Value) -> PyResult<u64> {
    let i = match v.as_small_int() {
        Some(i) => BigInt::from(i),
        None => index_big(vm, v)?,
    };
    const LONG: &str = "Python int too large to convert to C long";
    match c {
        b'I' | b'L' => {
            if i.sign() == Sign::Minus {
                return Err(ovf(vm, "can't convert negative value to unsigned int"));
            }
            let Some(u) = i.to_u64() else { return Err(ovf(vm, "Python int too large to convert to C unsigned long")) };
            if c == b'I' && u > u32::MAX as u64 {
                return Err(ovf(vm, "unsigned int is greater than maximum"));
            }
            Ok(u)
        }
        b'Q' => {
            if i.sign() == Sign::Minus {
                return Err(ovf(vm, "can't convert negative int to unsigned"));
            }
            i.to_u64().ok_or_else(|| ovf(vm, "int too big to convert"))
        }
        b'q' => i.to_i64().map(|x| x as u64).ok_or_else(|| ovf(vm, "int too big to convert")),
        _ => {
            let Some(x) = i.to_i64() else { return Err(ovf(vm, LONG)) };
            match c {
                b'b' => {
                    check(vm, x, i16::MIN as i64, i16::MAX as i64, "signed short integer")?;
                    check(vm, x, -128, 127, "signed char")?;
                }
                b'B' => check(vm, x, 0, 255, "unsigned byte integer")?,
                b'h' => check(vm, x, i16::MIN as i64, i16::MAX as i64, "signed short integer")?,
                b'H' => {
                    check(vm, x, i32::MIN as i64, i32::MAX as i64, "signed integer")?;
                    check(vm, x, 0, 65535, "unsigned short")?;
                }
                b'i' => check(vm, x, i32::MIN as i64, i32::MAX as i64, "signed integer")?,
                _ => {}
            }
            Ok(x as u64)
        }
    }
}

/// `PyFloat_AsDouble` with the "must be real number" message.
pub fn float_item(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_f64() {
        return Ok(f);
    }
    if let Some(i) = vm.as_bigint(v) {
        return vm.big_to_f64(&i);
    }
    let t = vm.type_of(v);
    if let Some(f) = vm.lookup_special(t, vm.n.__float__) {
        let r = vm.call(f, &[v], &[])?;
        if let Some(x) = r.as_f64() {
            return Ok(x);
        }
        let n = vm.type_name(r);
        return Err(vm.type_error(&format!("{}.__float__ returned non-float (type {n})", vm.type_name(v))));
    }
    if vm.lookup_special(t, vm.n.__index__).is_some() {
        let i = index_big(vm, v)?;
        return vm.big_to_f64(&i);
    }
    let n = vm.type_name(v);
    Err(vm.type_error(&format!("must be real number, not {n}")))
}

/// A `'u'` item: a str of one character.
fn char_item(vm: &mut Vm, v: Value) -> PyResult<u32> {
    let mut cs = Vm::str_of(v).map(|s| s.chars());
    match cs.as_mut().map(|c| (c.next(), c.next())) {
        Some((Some(ch), None)) => Ok(ch as u32),
        _ => Err(vm.type_error("array item must be unicode character")),
    }
}

/// Append the native bytes of `v` as an item of typecode `c` to `out`.
pub fn pack(vm: &mut Vm, c: u8, v: Value, out: &mut Vec<u8>) -> PyResult<()> {
    match c {
        b'f' => out.extend_from_slice(&(float_item(vm, v)? as f32).to_le_bytes()),
        b'd' => out.extend_from_slice(&float_item(vm, v)?.to_le_bytes()),
        b'u' => out.extend_from_slice(&char_item(vm, v)?.to_le_bytes()),
        _ => {
            let bits = int_item(vm, c, v)?;
            out.extend_from_slice(&bits.to_le_bytes()[..size(c)]);
        }
    }
    Ok(())
}

/// The native bytes of one item.
pub fn pack_one(vm: &mut Vm, c: u8, v: Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(8);
    pack(vm, c, v, &mut out)?;
    Ok(out)
}

fn le<const N: usize>(d: &[u8]) -> [u8; N] {
    let mut b = [0u8; N];
    for (x, y) in b.iter_mut().zip(d) {
        *x = *y;
    }
    b
}

/// A `'u'` code point as a one-character str (ValueError outside Unicode:
/// taipan strs cannot hold lone surrogates either).
pub fn char_value(vm: &mut Vm, u: u32) -> PyResult {
    match char::from_u32(u) {
        Some(ch) => Ok(vm.new_string(ch.to_string())),
        None => Err(vm.value_error(&format!("character U+{u:x} is not in range [U+0000; U+10ffff]"))),
    }
}

/// The Python value of the item stored in `d` (`size(c)` bytes).
pub fn unpack(vm: &mut Vm, c: u8, d: &[u8]) -> PyResult {
    Ok(match c {
        b'b' => Value::from_small_int(i8::from_le_bytes(le(d)) as i64),
        b'B' => Value::from_small_int(u8::from_le_bytes(le(d)) as i64),
        b'h' => Value::from_small_int(i16::from_le_bytes(le(d)) as i64),
        b'H' => Value::from_small_int(u16::from_le_bytes(le(d)) as i64),
        b'i' => vm.new_int(i32::from_le_bytes(le(d)) as i64),
        b'I' => vm.new_int(u32::from_le_bytes(le(d)) as i64),
        b'l' | b'q' => vm.new_int(i64::from_le_bytes(le(d))),
        b'L' | b'Q' => {
            let u = u64::from_le_bytes(le(d));
            match i64::try_from(u) {
                Ok(i) => vm.new_int(i),
                Err(_) => vm.new_bigint(BigInt::from(u)),
            }
        }
        b'f' => Value::from_f64(f32::from_le_bytes(le(d)) as f64),
        b'd' => Value::from_f64(f64::from_le_bytes(le(d))),
        _ => return char_value(vm, u32::from_le_bytes(le(d))),
    })
}

/// CPython's machine format code for typecode `c` on this platform
/// (`array._array_reconstructor`'s third argument).
pub fn machine_format(c: u8) -> i64 {
    match c {
        b'b' => 1,
        b'B' => 0,
        b'u' => 20,
        b'h' => 4,
        b'H' => 2,
        b'i' => 8,
        b'I' => 6,
        b'l' | b'q' => 12,
        b'L' | b'Q' => 10,
        b'f' => 14,
        _ => 16,
    }
}

/// What a machine format code describes: (item size, signed, big-endian, kind).
pub enum Machine {
    Int { size: usize, signed: bool, big: bool },
    Float { size: usize, big: bool },
    Utf { size: usize, big: bool },
}

pub fn machine(code: i64) -> Option<Machine> {
    Some(match code {
        0..=13 => {
            let (size, rest) = match code {
                0 | 1 => (1, code),
                2..=5 => (2, code - 2),
                6..=9 => (4, code - 6),
                _ => (8, code - 10),
            };
            if size == 1 {
                Machine::Int { size, signed: code == 1, big: false }
            } else {
                Machine::Int { size, signed: rest >= 2, big: rest % 2 == 1 }
            }
        }
        14 | 15 => Machine::Float { size: 4, big: code == 15 },
        16 | 17 => Machine::Float { size: 8, big: code == 17 },
        18 | 19 => Machine::Utf { size: 2, big: code == 19 },
        20 | 21 => Machine::Utf { size: 4, big: code == 21 },
        _ => return None,
    })
}

/// The typecode CPython picks for integers of a foreign machine format:
/// the last native typecode of that size and signedness.
pub fn int_typecode(size: usize, signed: bool) -> u8 {
    match (size, signed) {
        (1, true) => b'b',
        (1, false) => b'B',
        (2, true) => b'h',
        (2, false) => b'H',
        (4, true) => b'i',
        (4, false) => b'I',
        (_, true) => b'q',
        (_, false) => b'Q',
    }
}
