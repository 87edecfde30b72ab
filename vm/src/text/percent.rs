//! printf-style formatting: `fmt % args`.
//!
//! This module parses the format, tracks which argument each directive
//! consumes (with CPython's exact rules for tuples, single objects and
//! mappings), pads and renders numbers. Turning Python objects into
//! [`PercentValue`]s is left to the interpreter through [`PercentArgs`],
//! because it needs `str()`, `repr()`, `__index__`, `__float__`, lookups
//! in a mapping and the ability to raise arbitrary exceptions.

use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, ToPrimitive};

use super::float_repr::{format_float_exp, format_float_fixed, format_float_general};
use super::{TextError, TextResult};

/// Which argument a directive refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgRef<'a> {
    /// Item `i` of the right operand, which is a tuple.
    Item(usize),
    /// The right operand itself (it is not a tuple).
    Whole,
    /// `mapping[key]` for `%(key)...`.
    Key(&'a str),
}

/// An argument converted for one conversion character.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentValue {
    /// For d i u o x X (and c): the integer (bools as 0/1).
    Int(BigInt),
    /// For e E f F g G; also accepted for d i u, which truncate it.
    Float(f64),
    /// For s r a: the result of `str()`, `repr()` or `ascii()`; for c a
    /// one-character string.
    Str(String),
}

/// What the interpreter implements so `percent_format` can fetch and
/// convert arguments lazily.
pub trait PercentArgs {
    /// The interpreter's exception type; our own errors convert into it.
    type Error: From<TextError>;

    /// `Some(n)` when the right operand is a tuple of `n` items, `None` for
    /// any other single object.
    fn tuple_len(&self) -> Option<usize>;

    /// Whether the right operand is a mapping: it has `__getitem__` and is
    /// neither a tuple nor a str. Enables `%(key)`.
    fn is_mapping(&self) -> bool;

    /// Converts `arg` for conversion `conv`:
    /// * `s` / `r` / `a`: `Str` of `str()` / `repr()` / `ascii()`;
    /// * `d i u`: `Int` (int, bool, `__int__`...) or `Float` (a float);
    /// * `o x X`: `Int` via `__index__`;
    /// * `e E f F g G`: `Float` via `__float__`;
    /// * `c`: `Int`, or `Str` when the object is a str.
    ///
    /// Type failures should use [`conversion_type_error`] for the message.
    /// For `ArgRef::Key` a missing key is the interpreter's `KeyError`.
    fn convert(&mut self, arg: &ArgRef<'_>, conv: char) -> Result<PercentValue, Self::Error>;

    /// The value of a `*` width or precision: an int, else
    /// `TypeError("* wants int")`; values beyond i64 should raise
    /// `OverflowError("Python int too large to convert to C ssize_t")`.
    fn star(&mut self, arg: &ArgRef<'_>) -> Result<i64, Self::Error>;

    /// `bytes % args`: the format and every `Str` are bytes mapped one to
    /// one onto U+0000..U+00FF; `%b` is accepted (as `%s`), `%c` takes
    /// range(256), and the leftover-arguments message says "bytes".
    fn bytes_mode(&self) -> bool {
        false
    }

    /// Called before a directive pads its text to `width` characters (or
    /// writes `precision` digits): the interpreter may refuse with
    /// `MemoryError` (heap limit) instead of building a huge string.
    fn reserve(&mut self, _chars: usize) -> Result<(), Self::Error> {
        Ok(())
    }
}

/// The TypeError CPython raises when an argument has the wrong type for
/// `conv`; `type_name` is the argument's type name.
pub fn conversion_type_error(conv: char, type_name: &str) -> TextError {
    TextError::type_err(match conv {
        'd' | 'i' | 'u' => format!("%{conv} format: a real number is required, not {type_name}"),
        'o' | 'x' | 'X' => format!("%{conv} format: an integer is required, not {type_name}"),
        'c' => "%c requires int or char".to_string(),
        _ => format!("must be real number, not {type_name}"),
    })
}

/// One parsed `%` directive.
#[derive(Default)]
struct Directive {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// Tracks argument consumption the way CPython does: `idx` counts up to
/// `len`, where a non-tuple operand (or a looked-up key) has length -1 and
/// starts at -2, so it can be taken exactly once.
struct Cursor<'k> {
    len: i64,
    idx: i64,
    key: Option<&'k str>,
}

impl<'k> Cursor<'k> {
    fn next(&mut self) -> TextResult<ArgRef<'k>> {
        if self.idx >= self.len {
            return Err(TextError::type_err(
                "not enough arguments for format string",
            ));
        }
        self.idx += 1;
        Ok(match (self.len, self.key) {
            (-1, Some(k)) => ArgRef::Key(k),
            (-1, None) => ArgRef::Whole,
            _ => ArgRef::Item((self.idx - 1) as usize),
        })
    }
}

fn incomplete() -> TextError {
    TextError::value("incomplete format")
}

/// Reads a decimal number, with CPython's overflow message `what too big`.
fn read_number(chars: &[char], pos: &mut usize, what: &str) -> TextResult<usize> {
    let mut n: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(|| TextError::value(format!("{what} too big")))?;
        *pos += 1;
    }
    Ok(n)
}

/// Pads `body` to the width: spaces on the left (or right with `-`), or
/// zeros after the first `sign_len` bytes with `0`.
fn pad(out: &mut String, body: &str, sign_len: usize, d: &Directive, zero_ok: bool) {
    let len = body.chars().count();
    let n = d.width.saturating_sub(len);
    if d.left {
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', n));
    } else if d.zero && zero_ok {
        out.push_str(&body[..sign_len]);
        out.extend(std::iter::repeat_n('0', n));
        out.push_str(&body[sign_len..]);
    } else {
        out.extend(std::iter::repeat_n(' ', n));
        out.push_str(body);
    }
}

fn sign_str(neg: bool, d: &Directive) -> &'static str {
    if neg {
        "-"
    } else if d.plus {
        "+"
    } else if d.space {
        " "
    } else {
        ""
    }
}

fn float_to_int(f: f64) -> TextResult<BigInt> {
    if f.is_nan() {
        return Err(TextError::value("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(TextError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    Ok(BigInt::from_f64(f.trunc()).unwrap_or_default())
}

fn format_integer(out: &mut String, v: &BigInt, conv: char, d: &Directive) {
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let sign = sign_str(v.sign() == Sign::Minus, d);
    let prefix = if d.alt { prefix } else { "" };
    let mut body = String::with_capacity(digits.len() + 8);
    body.push_str(sign);
    body.push_str(prefix);
    // Precision is a minimum digit count for integers.
    for _ in digits.len()..d.precision.unwrap_or(0) {
        body.push('0');
    }
    body.push_str(&digits);
    pad(out, &body, sign.len() + prefix.len(), d, true);
}

fn format_real(out: &mut String, v: f64, conv: char, d: &Directive) -> TextResult<()> {
    let p = d.precision.unwrap_or(6);
    if p > i32::MAX as usize {
        return Err(TextError::value("precision too big"));
    }
    let a = v.abs();
    let digits = match conv {
        'e' | 'E' => format_float_exp(a, p, d.alt, conv == 'E'),
        'f' => format_float_fixed(a, p, d.alt),
        'F' => format_float_fixed(a, p, d.alt).to_ascii_uppercase(),
        _ => format_float_general(a, p, d.alt, conv == 'G'),
    };
    let sign = sign_str(v.is_sign_negative() && !v.is_nan(), d);
    let body = format!("{sign}{digits}");
    pad(out, &body, sign.len(), d, true);
    Ok(())
}

/// `fmt % args`.
pub fn percent_format<A: PercentArgs + ?Sized>(
    fmt: &str,
    args: &mut A,
) -> Result<String, A::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let is_mapping = args.tuple_len().is_none() && args.is_mapping();
    let mut cur = match args.tuple_len() {
        Some(n) => Cursor {
            len: n as i64,
            idx: 0,
            key: None,
        },
        None => Cursor {
            len: -1,
            idx: -2,
            key: None,
        },
    };
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        let mut d = Directive::default();
        if chars.get(pos) == Some(&'(') {
            if !is_mapping {
                return Err(TextError::type_err("format requires a mapping").into());
            }
            // Keys may contain balanced parentheses.
            pos += 1;
            let start = pos;
            let mut depth = 1;
            while pos < chars.len() {
                match chars[pos] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
                pos += 1;
            }
            if depth != 0 {
                return Err(TextError::value("incomplete format key").into());
            }
            let b0 = super::str_methods::char_index_to_byte(fmt, start);
            let b1 = super::str_methods::char_index_to_byte(fmt, pos);
            pos += 1;
            cur = Cursor {
                len: -1,
                idx: -2,
                key: Some(&fmt[b0..b1]),
            };
        }
        while let Some(&f) = chars.get(pos) {
            match f {
                '-' => d.left = true,
                '+' => d.plus = true,
                ' ' => d.space = true,
                '#' => d.alt = true,
                '0' => d.zero = true,
                _ => break,
            }
            pos += 1;
        }
        if chars.get(pos) == Some(&'*') {
            pos += 1;
            let arg = cur.next()?;
            let w = args.star(&arg)?;
            if w < 0 {
                d.left = true;
            }
            d.width = w.unsigned_abs() as usize;
        } else {
            d.width = read_number(&chars, &mut pos, "width")?;
        }
        args.reserve(d.width)?;
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            if chars.get(pos) == Some(&'*') {
                pos += 1;
                let arg = cur.next()?;
                let p = args.star(&arg)?;
                if p > i32::MAX as i64 || p < i32::MIN as i64 {
                    return Err(
                        TextError::overflow("Python int too large to convert to C int").into(),
                    );
                }
                d.precision = Some(p.max(0) as usize);
            } else {
                d.precision = Some(read_number(&chars, &mut pos, "precision")?);
            }
        }
        // C length modifiers are accepted and ignored.
        while matches!(chars.get(pos), Some('h' | 'l' | 'L')) {
            pos += 1;
        }
        let conv = *chars.get(pos).ok_or_else(incomplete)?;
        let conv_index = pos;
        pos += 1;
        let arg = cur.next()?;
        match conv {
            's' | 'r' | 'a' | 'b' if conv != 'b' || args.bytes_mode() => {
                let s = match args.convert(&arg, conv)? {
                    PercentValue::Str(s) => s,
                    PercentValue::Int(i) => i.to_string(),
                    PercentValue::Float(f) => super::float_repr::float_repr(f),
                };
                let s = match d.precision {
                    Some(p) => match s.char_indices().nth(p) {
                        Some((b, _)) => s[..b].to_string(),
                        None => s,
                    },
                    None => s,
                };
                pad(&mut out, &s, 0, &d, false);
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let v = match args.convert(&arg, conv)? {
                    PercentValue::Int(i) => i,
                    PercentValue::Float(f) if !matches!(conv, 'o' | 'x' | 'X') => float_to_int(f)?,
                    _ => return Err(conversion_type_error(conv, "str").into()),
                };
                format_integer(&mut out, &v, conv, &d);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let v = match args.convert(&arg, conv)? {
                    PercentValue::Float(f) => f,
                    PercentValue::Int(i) => i
                        .to_f64()
                        .filter(|f| f.is_finite())
                        .ok_or_else(|| TextError::overflow("int too large to convert to float"))?,
                    PercentValue::Str(_) => return Err(conversion_type_error(conv, "str").into()),
                };
                format_real(&mut out, v, conv, &d)?;
            }
            'c' => {
                let ch = match args.convert(&arg, conv)? {
                    PercentValue::Int(i) if args.bytes_mode() => i
                        .to_u8()
                        .map(char::from)
                        .ok_or_else(|| TextError::overflow("%c arg not in range(256)"))?,
                    PercentValue::Int(i) => i
                        .to_u32()
                        .and_then(char::from_u32)
                        .ok_or_else(|| TextError::overflow("%c arg not in range(0x110000)"))?,
                    PercentValue::Str(s) => {
                        let mut it = s.chars();
                        match (it.next(), it.next()) {
                            (Some(c), None) => c,
                            _ => return Err(conversion_type_error('c', "str").into()),
                        }
                    }
                    PercentValue::Float(_) => {
                        return Err(conversion_type_error('c', "float").into())
                    }
                };
                pad(&mut out, &ch.to_string(), 0, &d, false);
            }
            _ => {
                let n = conv as u32;
                let shown = if (31..=126).contains(&n) { conv } else { '?' };
                return Err(TextError::value(format!(
                    "unsupported format character '{shown}' (0x{n:x}) at index {conv_index}"
                ))
                .into());
            }
        }
    }
    if cur.idx < cur.len && !is_mapping {
        let what = if args.bytes_mode() { "bytes" } else { "string" };
        return Err(TextError::type_err(format!(
            "not all arguments converted during {what} formatting"
        ))
        .into());
    }
    Ok(out)
}
