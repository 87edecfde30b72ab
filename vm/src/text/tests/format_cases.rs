//! Helpers for the `format_spec` table tests: every expected value in the
//! `format_*` files is the output (or exception) of python3.11 `format(value, spec)`.

use crate::text::format_spec::*;
use crate::text::TextErrorKind;
use num_bigint::BigInt;
use super::fail;

pub const V: TextErrorKind = TextErrorKind::ValueError;
#[allow(dead_code)]
pub const T: TextErrorKind = TextErrorKind::TypeError;
pub const O: TextErrorKind = TextErrorKind::OverflowError;

pub type Want = Result<&'static str, (TextErrorKind, &'static str)>;


/// Reports every mismatch (not just the first) and counts them.
fn check(what: &str, got: Result<String, crate::text::TextError>, want: Want) {
    let ok = match (&got, &want) {
        (Ok(g), Ok(w)) => g == w,
        (Err(e), Err((k, m))) => e.msg == *m && e.kind == *k,
        _ => false,
    };
    if !ok {
        eprintln!("{what}: got {got:?}, want {want:?}");
        fail();
    }
}

pub fn int_case(v: &str, spec: &str, want: Want) {
    let v: BigInt = v.parse().unwrap();
    let got = parse_format_spec(spec, "int").and_then(|f| format_int(&v, &f, "int"));
    check(&format!("format({v}, {spec:?})"), got, want);
    if let Ok(small) = i64::try_from(&v) {
        let got = parse_format_spec(spec, "int").and_then(|f| format_i64(small, &f, "int"));
        check(&format!("format_i64({v}, {spec:?})"), got, want);
    }
}

pub fn float_case(v: f64, spec: &str, want: Want) {
    let got = parse_format_spec(spec, "float").and_then(|f| format_float(v, &f, "float"));
    check(&format!("format({v:?}, {spec:?})"), got, want);
}

pub fn str_case(v: &str, spec: &str, want: Want) {
    let got = parse_format_spec(spec, "str").and_then(|f| format_str(v, &f, "str"));
    check(&format!("format({v:?}, {spec:?})"), got, want);
}
