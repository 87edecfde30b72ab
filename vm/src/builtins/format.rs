//! `format()` for builtin values and small repr helpers.

use crate::object::int::IntObj;
use crate::text::{self, TextError, TextErrorKind};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn text_err(vm: &mut Vm, e: TextError) -> PyErr {
    let cls = match e.kind {
        TextErrorKind::ValueError => vm.t.value_error,
        TextErrorKind::TypeError => vm.t.type_error,
        TextErrorKind::OverflowError => vm.t.overflow_error,
        TextErrorKind::MemoryError => vm.t.memory_error,
    };
    vm.new_error(cls, &e.msg)
}

/// A format spec, refusing (heap limit: `MemoryError`) a width or
/// precision whose text could not be allocated.
pub(crate) fn parse_spec(vm: &mut Vm, spec: &str, tname: &str) -> PyResult<text::FormatSpec> {
    let fs = text::parse_format_spec(spec, tname).map_err(|e| text_err(vm, e))?;
    vm.check_alloc(fs.width.unwrap_or(0).saturating_add(fs.precision.unwrap_or(0)))?;
    Ok(fs)
}

/// `format(v, spec)` for builtin types.
pub fn format_builtin(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    let tname = vm.type_name(v);
    if v.is_bool() && spec.is_empty() {
        return Ok(if v == Value::TRUE { "True".into() } else { "False".into() });
    }
    if let Some(s) = Vm::str_of(v) {
        let fs = parse_spec(vm, spec, &tname)?;
        return text::format_str(s, &fs, &tname).map_err(|e| text_err(vm, e));
    }
    if let Some(i) = v.as_small_int().or(if v.is_bool() { Some((v == Value::TRUE) as i64) } else { None }) {
        let fs = parse_spec(vm, spec, &tname)?;
        return text::format_i64(i, &fs, &tname).map_err(|e| text_err(vm, e));
    }
    if let Some(b) = v.downcast::<IntObj>() {
        let fs = parse_spec(vm, spec, &tname)?;
        if matches!(fs.ty, None | Some('d' | 'n')) {
            vm.check_int_str_digits(&b.value)?;
        }
        return text::format_int(&b.value, &fs, &tname).map_err(|e| text_err(vm, e));
    }
    if let Some(f) = v.as_f64().or(v.downcast::<crate::object::int::FloatObj>().map(|f| f.value)) {
        let fs = parse_spec(vm, spec, &tname)?;
        return text::format_float(f, &fs, &tname).map_err(|e| text_err(vm, e));
    }
    if spec.is_empty() {
        return vm.to_string(v);
    }
    Err(vm.type_error(&format!("unsupported format string passed to {tname}.__format__")))
}

/// `repr(bytes)`.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::from("b");
    s.push(quote);
    for &b in data {
        match b {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            x if x == quote as u8 => {
                s.push('\\');
                s.push(quote)
            }
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    s.push(quote);
    s
}

/// `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| {
        let r = text::float_repr(x);
        r.strip_suffix(".0").map(|s| s.to_string()).unwrap_or(r)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", fmt(im));
    }
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) || im.is_nan() && im.is_sign_negative() { "-" } else { "+" };
    format!("({}{}{}j)", fmt(re), sign, fmt(im.abs()))
}

/// `ascii()` of an already computed repr: escape non-ASCII.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c)
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"))
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"))
        } else {
            out.push_str(&format!("\\U{n:08x}"))
        }
    }
    out
}
