//! `Value`: one 64-bit word holding any Python value.
//!
//! Encoding (NaN-boxing with offset doubles, as JavaScriptCore does): the
//! top 16 bits select the kind.
//!
//! | top 16 bits      | meaning                                          |
//! |------------------|--------------------------------------------------|
//! | `0x0000`         | heap pointer (>= 0x10), or a special constant (< 0x10) |
//! | `0x0002..0xFFF2` | an `f64`, stored as `bits + 2^49`                |
//! | `0xFFFF`         | a small int: 48-bit two's complement payload     |
//!
//! Why this scheme: object pointers are stored raw (no masking on the
//! hottest path, attribute access), floats are immediates (`x += 1.5`
//! allocates nothing), and small ints cover +-2^47, beyond which `int`
//! transparently becomes a heap big integer. `Value::NULL` (all zero) marks
//! an empty slot (unbound local, "no self" in a call) and is never visible to
//! Python code.

use std::fmt;

/// One Python value (or the internal NULL marker).
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

const DOUBLE_OFFSET: u64 = 1 << 49;
const INT_TAG: u64 = 0xFFFF << 48;
const PAYLOAD_MASK: u64 = (1 << 48) - 1;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Smallest immediate int.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
/// Largest immediate int.
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

impl Value {
    /// The empty-slot marker; not a Python object.
    pub const NULL: Value = Value(0);
    /// `None`.
    pub const NONE: Value = Value(1);
    /// `False`.
    pub const FALSE: Value = Value(2);
    /// `True`.
    pub const TRUE: Value = Value(3);
    /// `NotImplemented`.
    pub const NOT_IMPLEMENTED: Value = Value(4);
    /// `Ellipsis` (`...`).
    pub const ELLIPSIS: Value = Value(5);

    /// Raw bits (for the GC and the JIT).
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }
    /// Rebuild from raw bits previously obtained with [`Value::bits`].
    #[inline(always)]
    pub const fn from_bits(b: u64) -> Value {
        Value(b)
    }

    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == 1
    }
    #[inline(always)]
    pub fn from_bool(b: bool) -> Value {
        Value(2 + b as u64)
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.0 == 2 || self.0 == 3
    }
    /// True for immediates in the special range (None, bools, NotImplemented, Ellipsis).
    #[inline(always)]
    pub fn is_special(self) -> bool {
        self.0 != 0 && self.0 < 0x10
    }

    /// An immediate int; caller guarantees the range.
    #[inline(always)]
    pub fn from_small_int(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value(INT_TAG | (i as u64 & PAYLOAD_MASK))
    }
    /// An immediate int if `i` fits, else `None`.
    #[inline(always)]
    pub fn try_small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value::from_small_int(i))
        } else {
            None
        }
    }
    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.0 >> 48 == 0xFFFF
    }
    /// Payload of an immediate int (caller checked `is_small_int`).
    #[inline(always)]
    pub fn small_int_unchecked(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }
    #[inline(always)]
    pub fn as_small_int(self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.small_int_unchecked())
        } else {
            None
        }
    }
    /// Both operands immediate ints (one test for the pair).
    #[inline(always)]
    pub fn both_small_ints(a: Value, b: Value) -> bool {
        (a.0 & b.0) >> 48 == 0xFFFF
    }

    /// A float immediate (NaNs are canonicalised so they cannot alias tags).
    #[inline(always)]
    pub fn from_f64(f: f64) -> Value {
        let bits = if f.is_nan() { CANONICAL_NAN } else { f.to_bits() };
        Value(bits.wrapping_add(DOUBLE_OFFSET))
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        let t = self.0 >> 48;
        t != 0 && t != 0xFFFF
    }
    #[inline(always)]
    pub fn f64_unchecked(self) -> f64 {
        f64::from_bits(self.0.wrapping_sub(DOUBLE_OFFSET))
    }
    #[inline(always)]
    pub fn as_f64(self) -> Option<f64> {
        if self.is_float() {
            Some(self.f64_unchecked())
        } else {
            None
        }
    }

    /// Is this a pointer to a heap object?
    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.0 >> 48 == 0 && self.0 >= 0x10
    }
    /// The heap address (caller checked `is_ptr`).
    #[inline(always)]
    pub fn ptr_unchecked(self) -> *const u8 {
        self.0 as usize as *const u8
    }
    /// Wrap a heap object address.
    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Value {
        let v = p as usize as u64;
        debug_assert!(v >> 48 == 0 && v >= 0x10);
        Value(v)
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_null() {
            write!(f, "NULL")
        } else if let Some(i) = self.as_small_int() {
            write!(f, "int({i})")
        } else if let Some(x) = self.as_f64() {
            write!(f, "float({x})")
        } else if self.is_ptr() {
            write!(f, "obj({:#x})", self.0)
        } else {
            write!(f, "special({})", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_round_trip() {
        for i in [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, 12345, -98765] {
            let v = Value::from_small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.small_int_unchecked(), i);
        }
        assert!(Value::try_small_int(SMALL_INT_MAX + 1).is_none());
    }

    #[test]
    fn floats_round_trip() {
        for x in [0.0, -0.0, 1.5, -1e300, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE, 5e-324] {
            let v = Value::from_f64(x);
            assert!(v.is_float() && !v.is_small_int() && !v.is_ptr());
            assert_eq!(v.f64_unchecked().to_bits(), x.to_bits());
        }
        let nan = Value::from_f64(-f64::NAN);
        assert!(nan.is_float() && nan.f64_unchecked().is_nan());
    }

    #[test]
    fn specials_are_distinct() {
        for v in [Value::NONE, Value::TRUE, Value::FALSE, Value::NOT_IMPLEMENTED, Value::ELLIPSIS] {
            assert!(v.is_special() && !v.is_ptr() && !v.is_float() && !v.is_small_int());
        }
        assert!(Value::both_small_ints(Value::from_small_int(3), Value::from_small_int(-3)));
        assert!(!Value::both_small_ints(Value::from_small_int(3), Value::from_f64(1.0)));
    }
}
