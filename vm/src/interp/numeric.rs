//! Native arithmetic for `int` (immediate and big), `bool` and `float`.

use crate::bytecode::BinOp;
use crate::object::int::{FloatObj, IntObj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero, One, Pow};

/// A numeric operand, unpacked.
pub enum Num {
    Int(BigInt),
    Small(i64),
    Float(f64),
}

impl Vm {
    /// Unpack int/bool/float (including subclass instances).
    #[inline]
    pub fn as_num(&self, v: Value) -> Option<Num> {
        if let Some(i) = v.as_small_int() {
            return Some(Num::Small(i));
        }
        if let Some(f) = v.as_f64() {
            return Some(Num::Float(f));
        }
        if v.is_bool() {
            return Some(Num::Small((v == Value::TRUE) as i64));
        }
        if let Some(i) = v.downcast::<IntObj>() {
            return Some(match i.value.to_i64() {
                Some(s) => Num::Small(s),
                None => Num::Int(i.value.clone()),
            });
        }
        if let Some(f) = v.downcast::<FloatObj>() {
            return Some(Num::Float(f.value));
        }
        None
    }

    /// Integer value of an int/bool (incl. subclasses), else None.
    pub fn as_bigint(&self, v: Value) -> Option<BigInt> {
        match self.as_num(v)? {
            Num::Small(i) => Some(BigInt::from(i)),
            Num::Int(b) => Some(b),
            Num::Float(_) => None,
        }
    }

    /// i64 value of an int that fits, else None.
    pub fn as_i64(&self, v: Value) -> Option<i64> {
        match self.as_num(v)? {
            Num::Small(i) => Some(i),
            Num::Int(b) => b.to_i64(),
            Num::Float(_) => None,
        }
    }

    pub fn is_int_like(&self, v: Value) -> bool {
        matches!(self.as_num(v), Some(Num::Small(_)) | Some(Num::Int(_)))
    }

    /// Arithmetic on two numbers; None when the operands are not both numbers.
    pub fn num_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) else { return Ok(None) };
        let r = match (x, y) {
            (Num::Float(x), y) => {
                let y = num_to_f64(self, y)?;
                self.float_binop(x, y, op)?
            }
            (x, Num::Float(y)) => {
                let x = num_to_f64(self, x)?;
                self.float_binop(x, y, op)?
            }
            (Num::Small(x), Num::Small(y)) => self.small_binop(x, y, op)?,
            (x, y) => self.big_binop(num_to_big(x), num_to_big(y), op)?,
        };
        Ok(r)
    }

    fn small_binop(&mut self, x: i64, y: i64, op: BinOp) -> PyResult<Option<Value>> {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                Some(Integer::div_floor(&x, &y))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                Some(Integer::mod_floor(&x, &y))
            }
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Some(Value::from_f64(x as f64 / y as f64)));
                }
                return self.big_binop(BigInt::from(x), BigInt::from(y), op);
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if y < 63 && (x.abs() >> (62 - y)) == 0 {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
            }
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Some(Value::from_f64((x as f64).powf(y as f64))));
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else {
                    None
                }
            }
            BinOp::MatMul => return Ok(None),
        };
        match r {
            Some(v) => Ok(Some(self.new_int(v))),
            None => self.big_binop(BigInt::from(x), BigInt::from(y), op),
        }
    }

    fn big_binop(&mut self, x: BigInt, y: BigInt, op: BinOp) -> PyResult<Option<Value>> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::FloorDiv | BinOp::Mod => {
                if y.is_zero() {
                    let what = if op == BinOp::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" };
                    return Err(self.zero_division(what));
                }
                if op == BinOp::FloorDiv {
                    x.div_floor(&y)
                } else {
                    x.mod_floor(&y)
                }
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                return Ok(Some(Value::from_f64(self.big_truediv(&x, &y)?)));
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if x.is_zero() {
                    return Ok(Some(Value::from_small_int(0)));
                }
                // CPython: a count past sys.maxsize cannot be a digit count;
                // a smaller one fails to allocate the result.
                let s = match y.to_i64() {
                    Some(s) if s < (1 << 35) => s as usize,
                    _ if y.bits() <= 67 => return Err(self.new_exception_err(self.t.memory_error, vec![])),
                    _ => return Err(self.overflow_error("too many digits in integer")),
                };
                x << s
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_usize() {
                    Some(s) => {
                        // Floor semantics for negatives.
                        if x.is_negative() {
                            -((-x - BigInt::one()) >> s) - BigInt::one()
                        } else {
                            x >> s
                        }
                    }
                    None => {
                        if x.is_negative() {
                            BigInt::from(-1)
                        } else {
                            BigInt::zero()
                        }
                    }
                }
            }
            BinOp::Pow => {
                if y.is_negative() {
                    let xf = self.big_to_f64(&x)?;
                    let yf = self.big_to_f64(&y)?;
                    if xf == 0.0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Some(Value::from_f64(xf.powf(yf))));
                }
                match y.to_u32() {
                    // A result that cannot fit under the heap limit is a
                    // MemoryError up front, not minutes of multiplication.
                    Some(e) if self.heap.limit().is_some_and(|lim| (x.bits() as u128).saturating_sub(1) * e as u128 / 8 > lim as u128) => {
                        return Err(self.new_error(self.t.memory_error, ""));
                    }
                    Some(e) => Pow::pow(&x, e),
                    None => {
                        if x.is_zero() || x.is_one() {
                            x
                        } else if x == BigInt::from(-1) {
                            if y.is_even() { BigInt::one() } else { x }
                        } else {
                            return Err(self.new_error(self.t.memory_error, ""));
                        }
                    }
                }
            }
            BinOp::MatMul => return Ok(None),
        };
        Ok(Some(self.new_bigint(r)))
    }

    /// Correctly rounded int / int.
    fn big_truediv(&mut self, x: &BigInt, y: &BigInt) -> PyResult<f64> {
        if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                return Ok(a as f64 / b as f64);
            }
        }
        // Scale so the quotient has ~64 significant bits, then round once.
        let neg = x.is_negative() != y.is_negative();
        let (a, b) = (x.abs(), y.abs());
        let shift = 64i64 - (a.bits() as i64 - b.bits() as i64);
        let q = if shift >= 0 { (a << shift as usize) / &b } else { a / (b << (-shift) as usize) };
        let qf = q.to_f64().unwrap_or(f64::INFINITY);
        let r = qf * 2f64.powi(-shift as i32);
        if r.is_infinite() {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        Ok(if neg { -r } else { r })
    }

    pub fn big_to_f64(&mut self, x: &BigInt) -> PyResult<f64> {
        match x.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(self.overflow_error("int too large to convert to float")),
        }
    }

    fn float_binop(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_divmod(x, y).0
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_divmod(x, y).1
            }
            BinOp::Pow => return self.float_pow(x, y).map(Some),
            _ => return Ok(None),
        };
        Ok(Some(Value::from_f64(r)))
    }

    pub fn float_pow(&mut self, x: f64, y: f64) -> PyResult<Value> {
        if x == 0.0 && y < 0.0 {
            return Err(self.zero_division("0.0 cannot be raised to a negative power"));
        }
        if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
            // A negative base to a fractional power is complex.
            let base = super::complex::C { re: x, im: 0.0 };
            return match super::complex::pow(base, super::complex::C { re: y, im: 0.0 }) {
                Ok(r) => Ok(self.new_complex_c(r)),
                Err(_) => Err(self.overflow_error("complex exponentiation")),
            };
        }
        let r = x.powf(y);
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return Err(self.new_error(self.t.overflow_error, "(34, 'Numerical result out of range')"));
        }
        Ok(Value::from_f64(r))
    }
}

/// Python's float floor-division and modulo.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn num_to_big(n: Num) -> BigInt {
    match n {
        Num::Small(i) => BigInt::from(i),
        Num::Int(b) => b,
        Num::Float(f) => BigInt::from(f as i64),
    }
}

fn num_to_f64(vm: &mut Vm, n: Num) -> PyResult<f64> {
    match n {
        Num::Small(i) => Ok(i as f64),
        Num::Int(b) => vm.big_to_f64(&b),
        Num::Float(f) => Ok(f),
    }
}

/// CPython's hash of an integer (modulo 2^61 - 1).
pub fn hash_bigint(b: &BigInt) -> i64 {
    const P: u64 = (1 << 61) - 1;
    let (sign, digits) = b.to_u64_digits();
    let mut h: u128 = 0;
    for d in digits.iter().rev() {
        h = ((h << 64) | *d as u128) % P as u128;
    }
    let mut h = h as i64;
    if sign == num_bigint::Sign::Minus {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of a small int.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    const P: i64 = (1 << 61) - 1;
    let h = if i >= 0 { i % P } else { -((-(i as i128) % P as i128) as i64) };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of a float (equal to the int hash for integral values).
pub fn hash_f64(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.is_nan() {
        return 0;
    }
    const BITS: u32 = 61;
    const P: u64 = (1 << 61) - 1;
    let (mut m, mut e) = crate::modules::math::special::frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & P) | (h >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= P {
            h -= P;
        }
    }
    let e = if e >= 0 { e % BITS as i32 } else { BITS as i32 - 1 - ((-1 - e) % BITS as i32) };
    h = ((h << e) & P) | (h >> (BITS as i32 - e));
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

