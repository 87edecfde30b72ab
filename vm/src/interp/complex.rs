//! Complex arithmetic with CPython's algorithms (Smith's division, binary
//! exponentiation for small integer powers, polar form otherwise) and its
//! error messages.

use super::numeric::{hash_f64, Num};
use crate::bytecode::{BinOp, CmpOp};
use crate::object::int::ComplexObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct C {
    pub re: f64,
    pub im: f64,
}

fn mul(a: C, b: C) -> C {
    C { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re }
}

/// Smith's algorithm; None for division by zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abr, abi) = (b.re.abs(), b.im.abs());
    if abr >= abi {
        if abr == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(C { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom })
    } else if abi >= abr {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(C { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom })
    } else {
        Some(C { re: f64::NAN, im: f64::NAN })
    }
}

fn powu(x: C, n: u64) -> C {
    let mut r = C { re: 1.0, im: 0.0 };
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

pub enum PowError {
    ZeroToNegative,
    Overflow,
}

pub fn pow(a: C, b: C) -> Result<C, PowError> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n >= 0 {
            powu(a, n as u64)
        } else {
            if a.re == 0.0 && a.im == 0.0 {
                return Err(PowError::ZeroToNegative);
            }
            quot(C { re: 1.0, im: 0.0 }, powu(a, n.unsigned_abs())).unwrap_or(C { re: f64::NAN, im: f64::NAN })
        }
    } else if b.re == 0.0 && b.im == 0.0 {
        C { re: 1.0, im: 0.0 }
    } else if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(PowError::ZeroToNegative);
        }
        C { re: 0.0, im: 0.0 }
    } else {
        let vabs = a.re.hypot(a.im);
        let mut len = vabs.powf(b.re);
        let at = a.im.atan2(a.re);
        let mut phase = at * b.re;
        if b.im != 0.0 {
            len /= (at * b.im).exp();
            phase += b.im * vabs.ln();
        }
        C { re: len * phase.cos(), im: len * phase.sin() }
    };
    if !r.re.is_finite() || !r.im.is_finite() {
        return Err(PowError::Overflow);
    }
    Ok(r)
}

impl Vm {
    /// A number or complex as a complex (None for other types).
    pub fn as_complex(&mut self, v: Value) -> PyResult<Option<C>> {
        if let Some(c) = v.downcast::<ComplexObj>() {
            return Ok(Some(C { re: c.re, im: c.im }));
        }
        Ok(match self.as_num(v) {
            Some(Num::Small(i)) => Some(C { re: i as f64, im: 0.0 }),
            Some(Num::Float(f)) => Some(C { re: f, im: 0.0 }),
            Some(Num::Int(b)) => Some(C { re: self.big_to_f64(&b)?, im: 0.0 }),
            None => None,
        })
    }

    pub fn new_complex_c(&mut self, c: C) -> Value {
        self.new_complex(c.re, c.im)
    }

    /// Arithmetic when one operand is complex (None: not applicable).
    pub fn complex_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let (Some(x), Some(y)) = (self.as_complex(a)?, self.as_complex(b)?) else { return Ok(None) };
        let r = match op {
            BinOp::Add => C { re: x.re + y.re, im: x.im + y.im },
            BinOp::Sub => C { re: x.re - y.re, im: x.im - y.im },
            BinOp::Mul => mul(x, y),
            BinOp::TrueDiv => match quot(x, y) {
                Some(r) => r,
                None => return Err(self.zero_division("complex division by zero")),
            },
            BinOp::Pow => match pow(x, y) {
                Ok(r) => r,
                Err(PowError::ZeroToNegative) => return Err(self.zero_division("0.0 to a negative or complex power")),
                Err(PowError::Overflow) => return Err(self.overflow_error("complex exponentiation")),
            },
            _ => return Ok(None),
        };
        Ok(Some(self.new_complex_c(r)))
    }

    /// `==`/`!=` when one operand is complex.
    pub fn complex_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.as_complex(a)?, self.as_complex(b)?) else { return Ok(None) };
        Ok(Some((x == y) == (op == CmpOp::Eq)))
    }

    pub fn complex_hash(c: &ComplexObj) -> i64 {
        let h = hash_f64(c.re).wrapping_add(hash_f64(c.im).wrapping_mul(1000003));
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

/// Parse `complex('1+2j')` (already stripped of surrounding whitespace).
pub fn parse_complex(s: &str) -> Option<C> {
    let s = s.trim();
    let s = match s.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim(),
        None => s,
    };
    if s.is_empty() || s.chars().any(char::is_whitespace) {
        return None;
    }
    let float = |t: &str| crate::text::parse_float(t).ok();
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return Some(C { re: float(s)?, im: 0.0 });
    };
    // The imaginary part starts at the last sign not in an exponent.
    let bytes = body.as_bytes();
    let split = (1..bytes.len()).rev().find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag = |t: &str| match t {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => float(t),
    };
    match split {
        Some(k) => Some(C { re: float(&body[..k])?, im: imag(&body[k..])? }),
        None => Some(C { re: 0.0, im: imag(body)? }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_matches_cpython() {
        let c = |re, im| C { re, im };
        assert_eq!(quot(c(1.0, 2.0), c(3.0, -1.0)), Some(c(0.1, 0.7000000000000001)));
        assert!(matches!(pow(c(1.0, 2.0), c(0.5, 0.0)), Ok(r) if r == c(1.272019649514069, 0.7861513777574233)));
        assert!(matches!(pow(c(2.0, 0.0), c(1.0, 1.0)), Ok(r) if r == c(1.5384778027279442, 1.2779225526272695)));
        assert!(matches!(pow(c(0.0, 0.0), c(-1.0, 0.0)), Err(PowError::ZeroToNegative)));
        assert_eq!(parse_complex(" (1-2.5j) "), Some(c(1.0, -2.5)));
        assert_eq!(parse_complex("j"), Some(c(0.0, 1.0)));
        assert_eq!(parse_complex("-1e3+j"), Some(c(-1000.0, 1.0)));
        assert_eq!(parse_complex("1 + 2j"), None);
    }
}
