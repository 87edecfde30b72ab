//! The `format()` mini-language:
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Parsing is shared; `format_int`, `format_float` and `format_str` then
//! validate the spec for their type with CPython's messages and lay the
//! value out. Numbers are assembled as sign + prefix + integer digits +
//! rest, so grouping and `=` padding can be applied to the right piece.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_repr::{
    format_float_exp, format_float_fixed, format_float_general, format_float_repr_style,
};
use super::{TextError, TextResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// Padding goes between the sign/prefix and the digits.
    AfterSign,
}

/// A parsed format spec. `None` fields were not given, so each formatter
/// can apply its own default (e.g. strings align left, numbers right).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<Align>,
    /// '+', '-' or ' '.
    pub sign: Option<char>,
    /// The 3.11 `z` option: turn a negative zero result into a positive one.
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    /// ',' or '_'.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// How CPython names a presentation type inside an error message: plain if
/// printable ASCII, else `\x` + lowercase hex without padding.
fn code_name(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", n)
    }
}

fn unknown_code(c: char, type_name: &str) -> TextError {
    TextError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_name(c),
        type_name
    ))
}

/// Reads a run of decimal digits; overflow past `isize::MAX` is CPython's
/// "Too many decimal digits" error.
fn parse_number(chars: &[char], pos: &mut usize) -> TextResult<Option<usize>> {
    let start = *pos;
    let mut n: usize = 0;
    while *pos < chars.len() && chars[*pos].is_ascii_digit() {
        let d = chars[*pos] as usize - '0' as usize;
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| TextError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(n) })
}

/// Parses a format spec. `type_name` is only used in the
/// "Invalid format specifier" message.
pub fn parse_format_spec(spec: &str, type_name: &str) -> TextResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut f = FormatSpec::default();
    let mut pos = 0;
    if chars.len() >= 2 && align_of(chars[1]).is_some() {
        f.fill = Some(chars[0]);
        f.align = align_of(chars[1]);
        pos = 2;
    } else if let Some(a) = chars.first().and_then(|c| align_of(*c)) {
        f.align = Some(a);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        f.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        f.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        f.alternate = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'0') {
        f.zero = true;
        pos += 1;
    }
    f.width = parse_number(&chars, &mut pos)?;
    if let Some(&c @ (',' | '_')) = chars.get(pos) {
        f.grouping = Some(c);
        pos += 1;
        match chars.get(pos) {
            Some(&d @ (',' | '_')) if d == c => {
                return Err(TextError::value(format!(
                    "Cannot specify '{c}' with '{c}'."
                )))
            }
            Some(',' | '_') => return Err(TextError::value("Cannot specify both ',' and '_'.")),
            _ => {}
        }
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        f.precision = parse_number(&chars, &mut pos)?;
        if f.precision.is_none() {
            return Err(TextError::value("Format specifier missing precision"));
        }
    }
    if chars.len() - pos > 1 {
        return Err(TextError::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    f.ty = chars.get(pos).copied();
    if let Some(g) = f.grouping {
        let ok = match f.ty {
            None => true,
            Some('d' | 'e' | 'f' | 'g' | 'E' | 'F' | 'G' | '%') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            let t = code_name(f.ty.unwrap());
            return Err(TextError::value(format!(
                "Cannot specify '{g}' with '{t}'."
            )));
        }
    }
    Ok(f)
}

/// Pads `body` to the spec's width; `split` is the byte offset in `body`
/// where '=' padding goes (after sign and prefix).
fn pad(body: &str, split: usize, spec: &FormatSpec, fill: char, align: Align) -> String {
    let len = body.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return body.to_string();
    }
    let n = width - len;
    let (left, right) = match align {
        Align::Left => (0, n),
        Align::Right | Align::AfterSign => (n, 0),
        Align::Center => (n / 2, n - n / 2),
    };
    let mut out = String::with_capacity(body.len() + n * fill.len_utf8());
    if align == Align::AfterSign {
        out.push_str(&body[..split]);
        out.extend(std::iter::repeat_n(fill, n));
        out.push_str(&body[split..]);
        return out;
    }
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// Inserts `sep` every `every` digits from the right, extending with zeros
/// up to `min_width` characters (zero padding takes part in grouping, but
/// never starts with a separator).
fn group_digits(digits: &str, sep: char, every: usize, min_width: usize) -> String {
    let src: Vec<char> = digits.chars().collect();
    let mut rev: Vec<char> = Vec::with_capacity(src.len() * 2);
    let mut i = src.len();
    let mut in_group = 0;
    loop {
        let more = i > 0 || rev.len() < min_width;
        if !more {
            break;
        }
        if in_group == every {
            rev.push(sep);
            in_group = 0;
        }
        if i > 0 {
            i -= 1;
            rev.push(src[i]);
        } else {
            rev.push('0');
        }
        in_group += 1;
    }
    rev.iter().rev().collect()
}

/// Assembles a number from its parts and applies fill/align/grouping.
fn finish_number(
    neg: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    spec: &FormatSpec,
    every: usize,
) -> String {
    let sign = if neg {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero {
        Align::AfterSign
    } else {
        Align::Right
    });
    let digits = match spec.grouping {
        Some(sep) => {
            let min = if fill == '0' && align == Align::AfterSign {
                let used = sign.len() + prefix.len() + rest.chars().count();
                spec.width.unwrap_or(0).saturating_sub(used)
            } else {
                0
            };
            group_digits(digits, sep, every, min)
        }
        None => digits.to_string(),
    };
    let body = format!("{sign}{prefix}{digits}{rest}");
    pad(&body, sign.len() + prefix.len(), spec, fill, align)
}

/// `format(int, spec)`. `type_name` names the object in error messages.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> TextResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'n' | 'o' | 'x' | 'X' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = v
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| TextError::overflow("int too large to convert to float"))?;
            return format_float(f, spec, type_name);
        }
        c => return Err(unknown_code(c, type_name)),
    }
    if spec.precision.is_some() {
        return Err(TextError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(TextError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(TextError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(TextError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let n = v
            .to_i64()
            .ok_or_else(|| TextError::overflow("Python int too large to convert to C long"))?;
        let ch = u32::try_from(n)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| TextError::overflow("%c arg not in range(0x110000)"))?;
        // A char is laid out like a number (right-aligned, '=' allowed).
        return Ok(finish_number(false, "", &ch.to_string(), "", spec, 3));
    }
    let (radix, prefix, every) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    Ok(finish_number(
        v.sign() == Sign::Minus,
        prefix,
        &digits,
        "",
        spec,
        every,
    ))
}

/// `format(int, spec)` for a machine integer; same output as [`format_int`].
pub fn format_i64(v: i64, spec: &FormatSpec, type_name: &str) -> TextResult<String> {
    if spec.ty.is_none() && *spec == FormatSpec::default() {
        return Ok(v.to_string());
    }
    format_int(&BigInt::from(v), spec, type_name)
}

/// `format(float, spec)`. `type_name` names the object in error messages.
pub fn format_float(v: f64, spec: &FormatSpec, type_name: &str) -> TextResult<String> {
    // CPython uses NUL internally for "no type", so an explicit NUL acts so.
    let ty = spec.ty.filter(|c| *c != '\0');
    if let Some(c) = ty {
        if !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(c, type_name));
        }
    }
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err(TextError::value("precision too big"));
        }
    }
    let alt = spec.alternate;
    let a = v.abs();
    let p = spec.precision;
    let mut body = match ty {
        None => format_float_repr_style(a, p, alt),
        Some('e') => format_float_exp(a, p.unwrap_or(6), alt, false),
        Some('E') => format_float_exp(a, p.unwrap_or(6), alt, true),
        Some('f') => format_float_fixed(a, p.unwrap_or(6), alt),
        Some('F') => format_float_fixed(a, p.unwrap_or(6), alt).to_ascii_uppercase(),
        Some('g') | Some('n') => format_float_general(a, p.unwrap_or(6), alt, false),
        Some('G') => format_float_general(a, p.unwrap_or(6), alt, true),
        Some(_) => {
            let mut s = format_float_fixed(a * 100.0, p.unwrap_or(6), alt);
            s.push('%');
            s
        }
    };
    let mut neg = v.is_sign_negative() && !v.is_nan();
    if neg && spec.no_neg_zero {
        let mantissa = body.split(['e', 'E']).next().unwrap_or("");
        if mantissa.chars().all(|c| matches!(c, '0' | '.' | '%')) {
            neg = false;
        }
    }
    // Split off the integer digits so grouping applies only to them.
    let int_len = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let rest = if v.is_finite() {
        body.split_off(int_len)
    } else {
        String::new()
    };
    if !v.is_finite() {
        // inf/nan are padded but never grouped.
        let spec = FormatSpec {
            grouping: None,
            ..spec.clone()
        };
        return Ok(finish_number(neg, "", "", &body, &spec, 3));
    }
    Ok(finish_number(neg, "", &body, &rest, spec, 3))
}

/// `format(str, spec)`. `type_name` names the object in error messages.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> TextResult<String> {
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    // The implicit type of a string spec is 's', which allows no grouping.
    if let Some(g) = spec.grouping {
        return Err(TextError::value(format!("Cannot specify '{g}' with 's'.")));
    }
    match spec.sign {
        Some(' ') => {
            return Err(TextError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(TextError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(TextError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(TextError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(TextError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let truncated: &str = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    Ok(pad(
        truncated,
        0,
        spec,
        fill,
        spec.align.unwrap_or(Align::Left),
    ))
}
