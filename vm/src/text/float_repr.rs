//! `repr(float)` and the fixed / exponent / general renderers behind
//! `format()` and `%`-formatting.
//!
//! Rust's float formatting is exact and (for `{:e}`) shortest-round-trip,
//! so we take digits and a decimal exponent from it and lay them out the way
//! CPython's `PyOS_double_to_string` does. All renderers include a leading
//! `-` for negative values (including `-0.0`) but never for NaN, matching
//! CPython, and spell non-finite values `inf` / `nan`.

/// Splits Rust `{:e}` output ("1.2345e-5") of a non-negative finite value
/// into its digit string and the position of the decimal point relative to
/// the first digit (`0.d1d2.. * 10^decpt`).
fn split_sci(s: &str) -> (String, i32) {
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("exponent");
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (digits, exp + 1)
}

/// Shortest digits that round-trip, trailing zeros removed.
fn shortest_digits(x: f64) -> (String, i32) {
    split_sci(&format!("{:e}", x.abs()))
}

/// `p >= 1` significant digits, correctly rounded, trailing zeros removed.
fn precision_digits(x: f64, p: usize) -> (String, i32) {
    let (mut d, decpt) = split_sci(&format!("{:.*e}", p - 1, x.abs()));
    while d.len() > 1 && d.ends_with('0') {
        d.pop();
    }
    (d, decpt)
}

/// Non-finite spellings shared by every renderer; `None` for finite values.
fn non_finite(x: f64) -> Option<String> {
    if x.is_nan() {
        Some("nan".to_string())
    } else if x.is_infinite() {
        Some(if x < 0.0 { "-inf" } else { "inf" }.to_string())
    } else {
        None
    }
}

fn push_exponent(out: &mut String, exp: i32) {
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
}

/// Lays out `digits`/`decpt` either positionally or in exponent form.
/// `min_digits` pads with zeros (alternate 'g'), `alt` keeps the decimal
/// point even with nothing after it, `add_dot_0` turns "12" into "12.0".
fn render(
    neg: bool,
    digits: &str,
    decpt: i32,
    use_exp: bool,
    min_digits: usize,
    alt: bool,
    add_dot_0: bool,
) -> String {
    let mut d = digits.to_string();
    while d.len() < min_digits {
        d.push('0');
    }
    let mut out = String::with_capacity(d.len() + 8);
    if neg {
        out.push('-');
    }
    if use_exp {
        out.push_str(&d[..1]);
        if d.len() > 1 || alt {
            out.push('.');
            out.push_str(&d[1..]);
        }
        push_exponent(&mut out, decpt - 1);
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..(-decpt) {
            out.push('0');
        }
        out.push_str(&d);
    } else {
        let dp = decpt as usize;
        if dp >= d.len() {
            out.push_str(&d);
            for _ in d.len()..dp {
                out.push('0');
            }
            if add_dot_0 {
                out.push_str(".0");
            } else if alt {
                out.push('.');
            }
        } else {
            out.push_str(&d[..dp]);
            out.push('.');
            out.push_str(&d[dp..]);
        }
    }
    out
}

/// Python's `repr(x)` / `str(x)` for a float.
pub fn float_repr(x: f64) -> String {
    format_float_repr_style(x, None, false)
}

/// `format(x, spec)` when the spec has no presentation type: with no
/// precision this is `repr` (exponent form from 1e16 / below 1e-4), with a
/// precision it is like 'g' but switches to exponent form one digit earlier
/// and always shows a fractional part (`format(1.0, '.3') == '1.0'`).
pub fn format_float_repr_style(x: f64, precision: Option<usize>, alt: bool) -> String {
    if let Some(s) = non_finite(x) {
        return s;
    }
    let neg = x.is_sign_negative();
    match precision {
        None => {
            let (d, decpt) = shortest_digits(x);
            let use_exp = !(-3..=16).contains(&decpt);
            render(neg, &d, decpt, use_exp, 0, alt, true)
        }
        Some(p) => {
            let p = p.max(1);
            let (d, decpt) = precision_digits(x, p);
            let use_exp = decpt <= -4 || decpt > p as i32 - 1;
            render(neg, &d, decpt, use_exp, if alt { p } else { 0 }, alt, true)
        }
    }
}

/// `'%.{precision}f'`: fixed point with exactly `precision` decimals;
/// `alt` keeps a trailing '.' when precision is 0.
pub fn format_float_fixed(x: f64, precision: usize, alt: bool) -> String {
    if let Some(s) = non_finite(x) {
        return s;
    }
    let mut s = format!("{:.*}", precision, x);
    if alt && precision == 0 {
        s.push('.');
    }
    s
}

/// `'%.{precision}e'` (or 'E' with `upper`): exponent with sign and at
/// least two digits.
pub fn format_float_exp(x: f64, precision: usize, alt: bool, upper: bool) -> String {
    let s = match non_finite(x) {
        Some(s) => s,
        None => {
            let (d, decpt) = split_sci(&format!("{:.*e}", precision, x.abs()));
            render(x.is_sign_negative(), &d, decpt, true, 0, alt, false)
        }
    };
    if upper {
        s.to_ascii_uppercase()
    } else {
        s
    }
}

/// `'%.{precision}g'` (or 'G'): `precision` significant digits (0 means 1),
/// exponent form when the exponent is < -4 or >= precision, trailing zeros
/// dropped unless `alt`.
pub fn format_float_general(x: f64, precision: usize, alt: bool, upper: bool) -> String {
    let s = match non_finite(x) {
        Some(s) => s,
        None => {
            let p = precision.max(1);
            let (d, decpt) = precision_digits(x, p);
            let use_exp = decpt <= -4 || decpt > p as i32;
            let min = if alt { p } else { 0 };
            render(x.is_sign_negative(), &d, decpt, use_exp, min, alt, false)
        }
    };
    if upper {
        s.to_ascii_uppercase()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123456789012345.0, "123456789012345.0"),
            (1.2345678901234567e19, "1.2345678901234567e+19"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.5e16, "1.5e+16"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-2.5, "-2.5"),
            (1e22, "1e+22"),
            (123.456, "123.456"),
            (0.000123, "0.000123"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want, "repr({x:?})");
        }
    }

    #[test]
    fn fixed_exp_general() {
        // python3: '%.2f' % 0.125, '%.0f' % 2.5, '%#.0f' % 2.0, '%.3f' % -0.0
        assert_eq!(format_float_fixed(0.125, 2, false), "0.12");
        assert_eq!(format_float_fixed(2.5, 0, false), "2");
        assert_eq!(format_float_fixed(2.0, 0, true), "2.");
        assert_eq!(format_float_fixed(-0.0, 3, false), "-0.000");
        assert_eq!(
            format_float_fixed(1e20, 1, false),
            "100000000000000000000.0"
        );
        // '%.3e' % 12345.678, '%E' % 1e-300, '%#.0e' % 5.0, '%e' % 0.0
        assert_eq!(format_float_exp(12345.678, 3, false, false), "1.235e+04");
        assert_eq!(format_float_exp(1e-300, 6, false, true), "1.000000E-300");
        assert_eq!(format_float_exp(5.0, 0, true, false), "5.e+00");
        assert_eq!(format_float_exp(0.0, 6, false, false), "0.000000e+00");
        assert_eq!(format_float_exp(f64::NEG_INFINITY, 6, false, true), "-INF");
        // '%g' % x for several x
        assert_eq!(format_float_general(1e-5, 6, false, false), "1e-05");
        assert_eq!(format_float_general(123456.0, 6, false, false), "123456");
        assert_eq!(
            format_float_general(1234567.0, 6, false, false),
            "1.23457e+06"
        );
        assert_eq!(format_float_general(0.0001, 6, false, false), "0.0001");
        assert_eq!(format_float_general(9.99, 2, false, false), "10");
        assert_eq!(format_float_general(1.0, 3, true, false), "1.00");
        assert_eq!(format_float_general(100.0, 3, true, false), "100.");
        assert_eq!(format_float_general(0.0001, 3, true, false), "0.000100");
        assert_eq!(format_float_general(1e20, 0, true, false), "1.e+20");
        assert_eq!(format_float_general(-0.0, 6, false, false), "-0");
        assert_eq!(format_float_general(1e-10, 6, false, true), "1E-10");
    }

    #[test]
    fn repr_style_with_precision() {
        // format(x, '.3') / '.1' / '#.3' / '#' from python3
        assert_eq!(format_float_repr_style(1.0, Some(3), false), "1.0");
        assert_eq!(format_float_repr_style(100.0, Some(3), false), "1e+02");
        assert_eq!(format_float_repr_style(123.0, Some(3), false), "1.23e+02");
        assert_eq!(format_float_repr_style(12.0, Some(3), false), "12.0");
        assert_eq!(format_float_repr_style(1.0, Some(1), false), "1e+00");
        assert_eq!(format_float_repr_style(1.0, Some(0), false), "1e+00");
        assert_eq!(format_float_repr_style(9.99, Some(2), false), "1e+01");
        assert_eq!(
            format_float_repr_style(0.00009999, Some(2), false),
            "0.0001"
        );
        assert_eq!(
            format_float_repr_style(12345678.9, Some(3), false),
            "1.23e+07"
        );
        assert_eq!(format_float_repr_style(1.0, Some(3), true), "1.00");
        assert_eq!(format_float_repr_style(100.0, Some(3), true), "1.00e+02");
        assert_eq!(format_float_repr_style(0.0001, Some(3), true), "0.000100");
        assert_eq!(format_float_repr_style(12.0, Some(3), true), "12.0");
        assert_eq!(format_float_repr_style(1e16, None, true), "1.e+16");
        assert_eq!(format_float_repr_style(123456.0, None, true), "123456.0");
    }
}
