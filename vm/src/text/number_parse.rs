//! `int(s, base)`, `float(s)` and the `bin`/`oct`/`hex` renderers.
//!
//! Both parsers accept what CPython accepts: surrounding Unicode whitespace,
//! any Unicode decimal digit (so `int('١٢') == 12`), and single underscores
//! between digits. Errors quote the repr of the *original* string, cut to
//! 200 characters like CPython's `%.200R`.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

use super::str_methods::{decimal_value, is_space, str_repr};
use super::{TextError, TextResult};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

fn repr_200(s: &str) -> String {
    let r = str_repr(s);
    match r.char_indices().nth(200) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}

fn invalid_int(s: &str, base: u32) -> TextError {
    TextError::value(format!(
        "invalid literal for int() with base {}: {}",
        base,
        repr_200(s)
    ))
}

/// Value of `c` as a digit in bases up to 36 (Unicode decimals count too).
fn digit_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        c.to_digit(36)
    } else {
        decimal_value(c)
    }
}

/// `int(s, base)` with the default 4300-digit limit for non-power-of-two bases.
pub fn parse_int(s: &str, base: u32) -> TextResult<BigInt> {
    parse_int_limited(s, base, DEFAULT_MAX_STR_DIGITS)
}

/// `int(s, base)` where `max_digits` is `sys.get_int_max_str_digits()`
/// (0 disables the limit). `base` 0 means "as in a literal".
pub fn parse_int_limited(s: &str, base: u32, max_digits: usize) -> TextResult<BigInt> {
    if base == 1 || base > 36 {
        return Err(TextError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let t = s.trim_matches(is_space);
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower2: String = t.chars().take(2).collect::<String>().to_ascii_lowercase();
    let prefix_base = match lower2.as_str() {
        "0x" => 16,
        "0o" => 8,
        "0b" => 2,
        _ => 0,
    };
    let mut eff = base;
    let mut body = t;
    // After a prefix one underscore may follow before the first digit.
    let mut allow_leading_underscore = false;
    if prefix_base != 0 && (base == 0 || base == prefix_base) {
        eff = prefix_base;
        body = &t[2..];
        allow_leading_underscore = true;
    } else if base == 0 {
        eff = 10;
    }

    let mut digits: Vec<u8> = Vec::with_capacity(body.len());
    let mut prev_underscore = false;
    let mut bad = false;
    for (i, c) in body.chars().enumerate() {
        if c == '_' {
            if prev_underscore || (i == 0 && !allow_leading_underscore) {
                bad = true;
                break;
            }
            prev_underscore = true;
            continue;
        }
        match digit_value(c) {
            Some(d) if d < eff => digits.push(d as u8),
            _ => {
                bad = true;
                break;
            }
        }
        prev_underscore = false;
    }
    if max_digits > 0 && !eff.is_power_of_two() && digits.len() > max_digits {
        return Err(TextError::value(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit",
            max_digits,
            digits.len()
        )));
    }
    if bad || prev_underscore || digits.is_empty() {
        return Err(invalid_int(s, base));
    }
    // Base 0 forbids leading zeros on a non-zero decimal ("012").
    if base == 0 && prefix_base == 0 && digits[0] == 0 && digits.iter().any(|d| *d != 0) {
        return Err(invalid_int(s, base));
    }
    let mag = BigUint::from_radix_be(&digits, eff).unwrap_or_else(BigUint::zero);
    Ok(BigInt::from_biguint(
        if neg { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// `float(s)`.
pub fn parse_float(s: &str) -> TextResult<f64> {
    let err = || {
        TextError::value(format!(
            "could not convert string to float: {}",
            repr_200(s)
        ))
    };
    let t = s.trim_matches(is_space);
    // Map Unicode digits to ASCII and drop underscores that sit between
    // two digits; anything else non-ASCII cannot be part of a float.
    let chars: Vec<char> = t.chars().collect();
    let mut ascii = String::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            let is_digit = |j: Option<&char>| j.is_some_and(|c| decimal_value(*c).is_some());
            if i == 0 || !is_digit(chars.get(i - 1)) || !is_digit(chars.get(i + 1)) {
                return Err(err());
            }
            continue;
        }
        if c.is_ascii() {
            ascii.push(c);
        } else {
            let d = decimal_value(c).ok_or_else(err)?;
            ascii.push(char::from(b'0' + d as u8));
        }
    }
    let (neg, body) = match ascii.as_bytes().first() {
        Some(b'-') => (true, &ascii[1..]),
        Some(b'+') => (false, &ascii[1..]),
        _ => (false, &ascii[..]),
    };
    let lower = body.to_ascii_lowercase();
    let mag = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            // Rust's grammar is the same as Python's for decimal literals
            // once specials, signs and underscores are handled, except that
            // it would accept the words above; reject other letters here.
            let ok = !body.is_empty()
                && !body.starts_with(['+', '-'])
                && body
                    .bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
            if !ok {
                return Err(err());
            }
            body.parse::<f64>().map_err(|_| err())?
        }
    };
    Ok(if neg { -mag } else { mag })
}

/// `bin`/`oct`/`hex` style rendering: sign, then `prefix`, then lowercase
/// digits (`int_to_string_radix(-31, 16, "0x") == "-0x1f"`).
pub fn int_to_string_radix(v: &BigInt, radix: u32, prefix: &str) -> String {
    let digits = v.magnitude().to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + prefix.len() + 1);
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    out.push_str(prefix);
    out.push_str(&digits);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextErrorKind;

    fn int_ok(s: &str, base: u32) -> String {
        parse_int(s, base).unwrap().to_string()
    }
    fn int_err(s: &str, base: u32) -> String {
        parse_int(s, base).unwrap_err().msg
    }

    #[test]
    fn int_accepts_like_python() {
        assert_eq!(int_ok("0x_1f", 0), "31");
        assert_eq!(int_ok("0x_1f", 16), "31");
        assert_eq!(int_ok("0x1f", 16), "31");
        assert_eq!(int_ok("0_0", 0), "0");
        assert_eq!(int_ok("00", 0), "0");
        assert_eq!(int_ok(" -0b101 ", 0), "-5");
        assert_eq!(int_ok("z", 36), "35");
        assert_eq!(int_ok("Z", 36), "35");
        assert_eq!(int_ok("\u{661}\u{662}", 10), "12");
        assert_eq!(int_ok("12\n", 10), "12");
        assert_eq!(int_ok("\u{2003}1\u{3000}", 10), "1");
        assert_eq!(int_ok("0o17", 8), "15");
        assert_eq!(int_ok("0O17", 0), "15");
        assert_eq!(int_ok("\u{663}", 16), "3");
        assert_eq!(int_ok("0b1", 16), "177");
        assert_eq!(int_ok("-0x1F", 16), "-31");
        assert_eq!(int_ok("1_000_000", 10), "1000000");
        assert_eq!(
            int_ok(&"1".repeat(201), 2),
            "3213876088517980551083924184682325205044405987565585670602751"
        );
        assert_eq!(int_ok(&"1".repeat(5000), 2).len(), 1506);
    }

    #[test]
    fn int_errors_like_python() {
        assert_eq!(
            int_err("0x1f", 10),
            "invalid literal for int() with base 10: '0x1f'"
        );
        assert_eq!(
            int_err("012", 0),
            "invalid literal for int() with base 0: '012'"
        );
        assert_eq!(
            int_err("1__2", 10),
            "invalid literal for int() with base 10: '1__2'"
        );
        assert_eq!(
            int_err("_1", 10),
            "invalid literal for int() with base 10: '_1'"
        );
        assert_eq!(
            int_err("1_", 10),
            "invalid literal for int() with base 10: '1_'"
        );
        assert_eq!(
            int_err("+ 1", 10),
            "invalid literal for int() with base 10: '+ 1'"
        );
        assert_eq!(
            int_err("", 10),
            "invalid literal for int() with base 10: ''"
        );
        assert_eq!(
            int_err("  ", 10),
            "invalid literal for int() with base 10: '  '"
        );
        assert_eq!(
            int_err("-", 10),
            "invalid literal for int() with base 10: '-'"
        );
        assert_eq!(
            int_err("0b", 2),
            "invalid literal for int() with base 2: '0b'"
        );
        assert_eq!(
            int_err("0x", 16),
            "invalid literal for int() with base 16: '0x'"
        );
        assert_eq!(
            int_err("0_x1", 0),
            "invalid literal for int() with base 0: '0_x1'"
        );
        assert_eq!(
            int_err("it's", 10),
            "invalid literal for int() with base 10: \"it's\""
        );
        for b in [1, 37] {
            assert_eq!(int_err("10", b), "int() base must be >= 2 and <= 36, or 0");
        }
        // The repr is cut to 200 characters: 40 + 200 == 240 in python3.
        assert_eq!(int_err(&"x".repeat(300), 10).chars().count(), 240);
        let e = parse_int(&"9".repeat(5000), 10).unwrap_err();
        assert_eq!(e.kind, TextErrorKind::ValueError);
        assert_eq!(e.msg, "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit");
        assert_eq!(
            int_err(&"9_9".repeat(2200), 10),
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4400 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(
            parse_int(&"9".repeat(4300), 10).unwrap().to_string().len(),
            4300
        );
        assert!(parse_int_limited(&"9".repeat(5000), 10, 0).is_ok());
    }

    #[test]
    fn float_like_python() {
        let ok: &[(&str, f64)] = &[
            ("1_0.5", 10.5),
            ("1e1_0", 1e10),
            ("inf", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("iNfInItY", f64::INFINITY),
            ("  1.5\n", 1.5),
            ("1.", 1.0),
            (".5", 0.5),
            ("1e500", f64::INFINITY),
            ("\u{661}.\u{665}", 1.5),
            ("1_000", 1000.0),
            ("-.5e-3", -0.0005),
            ("1E5", 100000.0),
            ("\u{661}_\u{665}", 15.0),
            ("0.1", 0.1),
        ];
        for (s, want) in ok {
            assert_eq!(parse_float(s).unwrap(), *want, "float({s:?})");
        }
        assert!(parse_float("+nAn").unwrap().is_nan());
        let z = parse_float("-1e-500").unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        for s in [
            "1_.5",
            "1._5",
            "_1",
            "1_",
            ".",
            "e5",
            "1e",
            "infinity1",
            "in",
            "0x1p3",
            "nan(1)",
            "",
            "1 2",
            "+-1",
            "1e+_5",
            "1.5j",
        ] {
            assert_eq!(
                parse_float(s).unwrap_err().msg,
                format!("could not convert string to float: {}", str_repr(s)),
                "float({s:?})"
            );
        }
    }

    #[test]
    fn radix_strings() {
        assert_eq!(int_to_string_radix(&BigInt::from(-31), 16, "0x"), "-0x1f");
        assert_eq!(int_to_string_radix(&BigInt::from(0), 2, "0b"), "0b0");
        assert_eq!(int_to_string_radix(&BigInt::from(8), 8, "0o"), "0o10");
    }
}
