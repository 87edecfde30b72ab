//! Text and number formatting for Taipan, independent of the object model.
//!
//! Everything here works on Rust primitives (`&str`, `f64`, `i64`, `&BigInt`)
//! and reproduces CPython 3.11 output and error messages exactly, so the
//! interpreter only has to unwrap its objects, call in, and turn a
//! [`TextError`] into the matching Python exception.
//!
//! * [`float_repr`] – `repr(float)` and the fixed/exponent/general helpers.
//! * [`format_spec`] – the `format()` mini-language for int, float and str.
//! * [`percent`] – printf-style `str % args`, driven by the [`PercentArgs`] trait.
//! * [`str_methods`] – `str` methods with code-point semantics.
//! * [`number_parse`] – `int(s, base)`, `float(s)`, `bin/oct/hex`.
//! * [`bytes_methods`] – `bytes`/`bytearray` methods (ASCII semantics).
//! * [`codecs`] – `str.encode` / `bytes.decode` for the built-in encodings.
//! * [`wtf8`] – how a `str` holding lone surrogates is stored and walked.

use std::fmt;

pub mod bytes_methods;
pub mod codecs;
pub mod float_repr;
pub mod format_parse;
pub mod format_spec;
pub mod number_parse;
pub mod percent;
pub mod str_methods;
pub mod wtf8;
#[rustfmt::skip]
mod unicode_tables;

#[cfg(test)]
#[rustfmt::skip]
mod tests;

pub use float_repr::{
    float_repr, format_float_exp, format_float_fixed, format_float_general, format_float_repr_style,
};
pub use format_spec::{
    format_float, format_i64, format_int, format_str, parse_format_spec, Align, FormatSpec,
};
pub use number_parse::{
    int_to_string_radix, parse_float, parse_int, parse_int_limited, DEFAULT_MAX_STR_DIGITS,
};
pub use percent::{conversion_type_error, percent_format, ArgRef, PercentArgs, PercentValue};
pub use str_methods::{ascii_repr, char_index_to_byte, str_repr};

/// Which Python exception a [`TextError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    /// An allocation the size of the result failed.
    MemoryError,
}

/// An error with CPython's exact message text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextError {
    pub kind: TextErrorKind,
    pub msg: String,
}

impl TextError {
    pub fn value(msg: impl Into<String>) -> Self {
        TextError {
            kind: TextErrorKind::ValueError,
            msg: msg.into(),
        }
    }
    pub fn type_err(msg: impl Into<String>) -> Self {
        TextError {
            kind: TextErrorKind::TypeError,
            msg: msg.into(),
        }
    }
    pub fn overflow(msg: impl Into<String>) -> Self {
        TextError {
            kind: TextErrorKind::OverflowError,
            msg: msg.into(),
        }
    }
    pub fn memory() -> Self {
        TextError {
            kind: TextErrorKind::MemoryError,
            msg: String::new(),
        }
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = match self.kind {
            TextErrorKind::ValueError => "ValueError",
            TextErrorKind::TypeError => "TypeError",
            TextErrorKind::OverflowError => "OverflowError",
            TextErrorKind::MemoryError => "MemoryError",
        };
        write!(f, "{}: {}", name, self.msg)
    }
}

impl std::error::Error for TextError {}

pub type TextResult<T> = Result<T, TextError>;
