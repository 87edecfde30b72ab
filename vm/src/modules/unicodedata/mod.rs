//! `unicodedata` over the Unicode 14.0.0 database, as CPython 3.11's:
//! properties, names (algorithmic Hangul and `PREFIX-hex` names included,
//! aliases for `lookup`), numeric values, decompositions and the four
//! normalization forms.
//!
//! The tables are generated from the host CPython's own module by
//! `gen_tables.py` (`ucd.bin`, `tables.rs`) and decoded by `data.rs`.
//! Not provided: `ucd_3_2_0` / `UCD` (the Unicode 3.2.0 database that
//! `idna` and `stringprep` use) and the named sequences `lookup` accepts
//! (see docs/compat.md).

mod data;
mod normalize;
mod tables;

use super::{add_fn_a, add_value};
use crate::builtins::args::Arity;
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use data::ucd;
use tables::{BIDI, CATEGORIES, EAW, TAGS, UNIDATA_VERSION};

/// The one-character str argument of `fname`.
fn char_arg(vm: &mut Vm, fname: &str, v: Value) -> PyResult<u32> {
    let mut it = Vm::str_of(v).map(|s| s.chars());
    match it.as_mut().map(|c| (c.next(), c.next())) {
        Some((Some(ch), None)) => Ok(ch as u32),
        _ => {
            let n = vm.type_name(v);
            // One-parameter functions say "argument", the others "argument 1".
            let which = if matches!(fname, "decimal" | "digit" | "numeric" | "name") { "argument 1" } else { "argument" };
            Err(vm.type_error(&format!("{fname}() {which} must be a unicode character, not {n}")))
        }
    }
}

fn str_arg<'a>(vm: &mut Vm, fname: &str, pos: usize, v: Value) -> PyResult<&'a str> {
    match Vm::str_of(v) {
        Some(s) => Ok(s),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("{fname}() argument {pos} must be str, not {n}")))
        }
    }
}

fn category(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = char_arg(vm, "category", a[0])?;
    let r = ucd().record(c);
    Ok(vm.new_str(CATEGORIES.get(r.category as usize).copied().unwrap_or("Cn")))
}

fn bidirectional(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = char_arg(vm, "bidirectional", a[0])?;
    let r = ucd().record(c);
    Ok(vm.new_str(BIDI.get(r.bidi as usize).copied().unwrap_or("")))
}

fn combining(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = char_arg(vm, "combining", a[0])?;
    Ok(Value::from_small_int(ucd().record(c).combining as i64))
}

fn mirrored(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = char_arg(vm, "mirrored", a[0])?;
    Ok(Value::from_small_int(ucd().record(c).mirrored as i64))
}

fn east_asian_width(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = char_arg(vm, "east_asian_width", a[0])?;
    let r = ucd().record(c);
    Ok(vm.new_str(EAW.get(r.eaw as usize).copied().unwrap_or("N")))
}

fn decomposition(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = char_arg(vm, "decomposition", a[0])?;
    let text = match ucd().decomp.get(&c) {
        Some((tag, m)) => {
            let mut parts: Vec<String> = Vec::new();
            if *tag != 0 {
                parts.push(TAGS.get(*tag as usize).copied().unwrap_or("").to_string());
            }
            parts.extend(m.iter().map(|c| format!("{c:04X}")));
            parts.join(" ")
        }
        None => String::new(),
    };
    Ok(vm.new_string(text))
}

/// decimal / digit / numeric: the value, else the default, else ValueError.
fn number(vm: &mut Vm, a: &[Value], fname: &str) -> PyResult {
    let c = char_arg(vm, fname, a[0])?;
    let n = ucd().numeric.get(&c);
    let v = match fname {
        "decimal" => n.and_then(|n| n.decimal).map(|d| Value::from_small_int(d as i64)),
        "digit" => n.and_then(|n| n.digit).map(|d| Value::from_small_int(d as i64)),
        _ => n.map(|n| Value::from_f64(n.value)),
    };
    match (v, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(*d),
        (None, None) => Err(vm.value_error(match fname {
            "decimal" => "not a decimal",
            "digit" => "not a digit",
            _ => "not a numeric character",
        })),
    }
}

fn name(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = char_arg(vm, "name", a[0])?;
    match (ucd().name(c), a.get(1)) {
        (Some(n), _) => Ok(vm.new_string(n)),
        (None, Some(d)) => Ok(*d),
        (None, None) => Err(vm.value_error("no such name")),
    }
}

fn lookup(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let name = match Vm::str_of(a[0]) {
        Some(s) => s.to_string(),
        None => match crate::builtins::bytes_args::bytes_like(a[0]) {
            Some(b) if vm.is_instance(a[0], vm.t.bytes) => String::from_utf8_lossy(&b).into_owned(),
            _ => {
                let n = vm.type_name(a[0]);
                return Err(vm.type_error(&format!("lookup() argument must be str or bytes, not {n}")));
            }
        },
    };
    if name.len() > 256 {
        let msg = vm.new_str("name too long");
        return Err(vm.new_exception_err(vm.t.key_error, vec![msg]));
    }
    match ucd().lookup(&name, true).and_then(char::from_u32) {
        Some(ch) => Ok(vm.new_string(ch.to_string())),
        None => {
            let msg = vm.new_string(format!("undefined character name '{name}'"));
            Err(vm.new_exception_err(vm.t.key_error, vec![msg]))
        }
    }
}

fn form_arg(vm: &mut Vm, fname: &str, a: &[Value]) -> PyResult<(&'static str, &'static str)> {
    let form = str_arg(vm, fname, 1, a[0])?;
    let s = str_arg(vm, fname, 2, a[1])?;
    match form {
        "NFC" | "NFD" | "NFKC" | "NFKD" => Ok((form, s)),
        _ => Err(vm.value_error("invalid normalization form")),
    }
}

fn normalize_fn(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let (form, s) = form_arg(vm, "normalize", a)?;
    if s.is_ascii() {
        return Ok(a[1]);
    }
    let n = normalize::normalize(form, s);
    if n == s && vm.type_of(a[1]) == vm.t.str_ {
        return Ok(a[1]);
    }
    Ok(vm.new_string(n))
}

fn is_normalized(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let (form, s) = form_arg(vm, "is_normalized", a)?;
    Ok(Value::from_bool(s.is_ascii() || normalize::normalize(form, s) == s))
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let one = Arity::One;
    let opt = Arity::Pos(1, 2);
    add_fn_a(vm, m, "category", one, category);
    add_fn_a(vm, m, "bidirectional", one, bidirectional);
    add_fn_a(vm, m, "combining", one, combining);
    add_fn_a(vm, m, "mirrored", one, mirrored);
    add_fn_a(vm, m, "east_asian_width", one, east_asian_width);
    add_fn_a(vm, m, "decomposition", one, decomposition);
    add_fn_a(vm, m, "decimal", opt, |vm, a, _| number(vm, a, "decimal"));
    add_fn_a(vm, m, "digit", opt, |vm, a, _| number(vm, a, "digit"));
    add_fn_a(vm, m, "numeric", opt, |vm, a, _| number(vm, a, "numeric"));
    add_fn_a(vm, m, "name", opt, name);
    add_fn_a(vm, m, "lookup", one, lookup);
    add_fn_a(vm, m, "normalize", Arity::Pos(2, 2), normalize_fn);
    add_fn_a(vm, m, "is_normalized", Arity::Pos(2, 2), is_normalized);
    let v = vm.new_str(UNIDATA_VERSION);
    add_value(vm, m, "unidata_version", v);
    Ok(())
}
