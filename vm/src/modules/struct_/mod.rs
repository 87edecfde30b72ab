//! `_struct`: `pack`, `unpack`, `calcsize`, `iter_unpack`, `pack_into`,
//! `unpack_from` and the `Struct` class, with native and standard sizes,
//! alignment and byte orders and CPython's `struct.error` messages.
//!
//! Formats are parsed by `format.rs`; the conversions are the native
//! functions `_calcsize`, `_pack` and `_unpack` below, and `Struct`, the
//! module functions and their cache are application-level Python (`app.py`).

mod format;

use super::add_fn;
use crate::builtins::bytes_args::with_data;
use crate::object::module::ModuleObj;
use crate::object::seq::BytesObj;
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use format::{f16_to_f64, f64_to_f16, parse, Format, Item};
use num_bigint::BigInt;

const APP_LEVEL: &str = include_str!("app.py");

fn error(vm: &mut Vm, msg: &str) -> PyErr {
    match super::module_attr(vm, "_struct", "error").ok().and_then(|c| c.downcast::<TypeObj>()) {
        Some(c) => vm.new_error(c, msg),
        None => vm.value_error(msg),
    }
}

fn get_format(vm: &mut Vm, v: Value) -> PyResult<Format> {
    let bytes = match Vm::str_of(v) {
        Some(s) => s.as_bytes().to_vec(),
        None if v.downcast::<BytesObj>().is_some() => with_data(v, |d| d.to_vec()),
        None => {
            let t = vm.type_name(v);
            return Err(vm.type_error(&format!("Struct() argument 1 must be a str or bytes object, not {t}")));
        }
    };
    parse(&bytes).map_err(|m| error(vm, m))
}

fn calcsize(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = get_format(vm, a.first().copied().unwrap_or(Value::NONE))?;
    Ok(vm.new_int(f.size as i64))
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if v.as_f64().is_none() {
        if let Some(i) = vm.as_bigint(v) {
            return Ok(i);
        }
        if let Some(f) = vm.type_of(v).lookup(vm.n.__index__) {
            let r = vm.call(f, &[v], &[])?;
            if let Some(i) = vm.as_bigint(r).filter(|_| r.as_f64().is_none()) {
                return Ok(i);
            }
        }
    }
    Err(error(vm, "required argument is not an integer"))
}

fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = v.as_f64() {
        return Ok(f);
    }
    if let Some(i) = vm.as_bigint(v) {
        return vm.big_to_f64(&i);
    }
    let t = vm.type_of(v);
    if t.lookup(vm.n.__float__).is_some() || t.lookup(vm.n.__index__).is_some() {
        let fl = vm.t.float.value();
        let r = vm.call(fl, &[v], &[])?;
        if let Some(f) = r.as_f64() {
            return Ok(f);
        }
    }
    Err(error(vm, "required argument is not a float"))
}

fn put(out: &mut [u8], little: bool, bytes: &[u8]) {
    let n = out.len().min(bytes.len());
    if little {
        out[..n].copy_from_slice(&bytes[..n]);
    } else {
        for (o, b) in out.iter_mut().zip(bytes[..n].iter().rev()) {
            *o = *b;
        }
    }
}

fn range_msg(code: u8, size: usize, unsigned: bool) -> String {
    match (code, unsigned) {
        (b'b', _) => "byte format requires -128 <= number <= 127".into(),
        (b'B', _) => "ubyte format requires 0 <= number <= 255".into(),
        (b'h', _) => "short format requires -32768 <= number <= 32767".into(),
        (b'H', _) => "ushort format requires 0 <= number <= 65535".into(),
        _ if size >= 8 => "argument out of range".into(),
        (c, true) => format!("'{}' format requires 0 <= number <= {}", c as char, (1u64 << (8 * size)) - 1),
        (c, false) => format!("'{}' format requires {} <= number <= {}", c as char, -(1i64 << (8 * size - 1)), (1i64 << (8 * size - 1)) - 1),
    }
}

fn pack_int(vm: &mut Vm, it: &Item, f: &Format, v: Value, out: &mut [u8]) -> PyResult<()> {
    let n = int_arg(vm, v)?;
    let unsigned = it.code.is_ascii_uppercase() || it.code == b'P';
    let bits = 8 * it.size as u64;
    let fits = if unsigned {
        n.sign() != num_bigint::Sign::Minus && n.bits() <= bits
    } else {
        let lim = BigInt::from(1) << (bits - 1);
        n >= -lim.clone() && n < lim
    };
    // Native 'P' wraps negative values like a C cast; unsigned negatives else fail.
    if !fits && !(it.code == b'P' && n.sign() == num_bigint::Sign::Minus && n.bits() <= bits) {
        if unsigned && n.sign() == num_bigint::Sign::Minus && it.size >= 4 {
            return Err(error(vm, "argument out of range"));
        }
        let msg = range_msg(it.code, it.size, unsigned);
        return Err(error(vm, &msg));
    }
    let mut le = n.to_signed_bytes_le();
    let fill = if n.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
    le.resize(8.max(it.size), fill);
    put(out, f.little, &le[..it.size]);
    Ok(())
}

fn pack_one(vm: &mut Vm, it: &Item, f: &Format, v: Value, out: &mut [u8]) -> PyResult<()> {
    match it.code {
        b'c' => match v.downcast::<BytesObj>().map(|b| b.data.with(|d| d.clone())) {
            Some(d) if d.len() == 1 => out[0] = d[0],
            _ => return Err(error(vm, "char format requires a bytes object of length 1")),
        },
        b'?' => out[0] = vm.truthy(v)? as u8,
        b'e' => {
            let x = float_arg(vm, v)?;
            match f64_to_f16(x) {
                Some(h) => put(out, f.little, &h.to_le_bytes()),
                None => return Err(vm.overflow_error("float too large to pack with e format")),
            }
        }
        b'f' => {
            let x = float_arg(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && x.is_finite() {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put(out, f.little, &y.to_le_bytes());
        }
        b'd' => {
            let x = float_arg(vm, v)?;
            put(out, f.little, &x.to_le_bytes());
        }
        _ => pack_int(vm, it, f, v, out)?,
    }
    Ok(())
}

fn pack(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = get_format(vm, a.first().copied().unwrap_or(Value::NONE))?;
    let args: Vec<Value> = a.get(1..).map(|s| s.to_vec()).unwrap_or_default();
    let want = f.arity();
    if args.len() != want {
        return Err(error(vm, &format!("pack expected {want} items for packing (got {})", args.len())));
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(f.size).is_err() {
        return Err(vm.new_error(vm.t.memory_error, ""));
    }
    out.resize(f.size, 0);
    let mut next = args.iter();
    for it in &f.items {
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().copied().unwrap_or(Value::NONE);
                let Some(d) = v.downcast::<BytesObj>().map(|b| b.data.with(|d| d.clone())) else {
                    return Err(error(vm, &format!("argument for '{}' must be a bytes object", it.code as char)));
                };
                let field = &mut out[it.offset..it.offset + it.size];
                if it.code == b's' {
                    let n = d.len().min(field.len());
                    field[..n].copy_from_slice(&d[..n]);
                } else if !field.is_empty() {
                    let n = d.len().min(field.len() - 1);
                    field[1..1 + n].copy_from_slice(&d[..n]);
                    field[0] = n.min(255) as u8;
                }
            }
            _ => {
                for j in 0..it.count {
                    let v = next.next().copied().unwrap_or(Value::NONE);
                    let start = it.offset + j * it.size;
                    pack_one(vm, it, &f, v, &mut out[start..start + it.size])?;
                }
            }
        }
    }
    Ok(vm.new_bytes_of(out, false))
}

fn get(d: &[u8], little: bool) -> [u8; 8] {
    let mut b = [0u8; 8];
    for (i, x) in d.iter().enumerate().take(8) {
        b[if little { i } else { d.len().min(8) - 1 - i }] = *x;
    }
    b
}

fn unpack_one(vm: &mut Vm, it: &Item, f: &Format, d: &[u8]) -> PyResult {
    let b = get(d, f.little);
    Ok(match it.code {
        b'c' => vm.new_bytes_of(d.to_vec(), false),
        b'?' => Value::from_bool(d.iter().any(|x| *x != 0)),
        b'e' => Value::from_f64(f16_to_f64(u16::from_le_bytes([b[0], b[1]]))),
        b'f' => Value::from_f64(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Value::from_f64(f64::from_le_bytes(b)),
        c => {
            let raw = u64::from_le_bytes(b);
            let bits = 8 * it.size as u32;
            if c.is_ascii_uppercase() || c == b'P' {
                vm.new_bigint(BigInt::from(raw))
            } else {
                let shift = 64 - bits;
                vm.new_int(((raw << shift) as i64) >> shift)
            }
        }
    })
}

fn unpack(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let f = get_format(vm, a.first().copied().unwrap_or(Value::NONE))?;
    let data = a.get(1).copied().unwrap_or(Value::NONE);
    let d = with_data(data, |d| d.to_vec());
    if d.len() != f.size {
        return Err(error(vm, &format!("unpack requires a buffer of {} bytes", f.size)));
    }
    let mut items = Vec::with_capacity(f.arity());
    for it in &f.items {
        match it.code {
            b'x' => {}
            b's' => items.push(vm.new_bytes_of(d[it.offset..it.offset + it.size].to_vec(), false)),
            b'p' => {
                let field = &d[it.offset..it.offset + it.size];
                let n = field.first().map_or(0, |n| (*n as usize).min(field.len().saturating_sub(1)));
                let v = field.get(1..1 + n).unwrap_or_default().to_vec();
                items.push(vm.new_bytes_of(v, false));
            }
            _ => {
                for j in 0..it.count {
                    let start = it.offset + j * it.size;
                    let v = unpack_one(vm, it, &f, &d[start..start + it.size])?;
                    items.push(v);
                }
            }
        }
    }
    Ok(vm.new_tuple(items))
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    add_fn(vm, m, "_calcsize", calcsize);
    add_fn(vm, m, "_pack", pack);
    add_fn(vm, m, "_unpack", unpack);
    vm.run_app_level(APP_LEVEL, "<_struct>", m.dict, None)
}
