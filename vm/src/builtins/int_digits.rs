//! The int <-> decimal str length limit of CPython 3.11.7
//! (`sys.set_int_max_str_digits`, CVE-2020-10735): converting an int with
//! more decimal digits than the limit either way raises ValueError.
//! Power-of-two bases (hex, octal, binary) are never limited.

use crate::text::DEFAULT_MAX_STR_DIGITS;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;

/// Smallest non-zero limit `sys.set_int_max_str_digits` accepts.
pub const CHECK_THRESHOLD: usize = 640;

/// The limit at start-up: `PYTHONINTMAXSTRDIGITS` when it is valid, else 4300.
pub fn initial_limit() -> usize {
    std::env::var("PYTHONINTMAXSTRDIGITS")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|&n| n == 0 || n >= CHECK_THRESHOLD)
        .unwrap_or(DEFAULT_MAX_STR_DIGITS)
}

impl Vm {
    /// `str(b)` in decimal, or CPython's ValueError past the digit limit.
    pub fn int_to_decimal(&mut self, b: &BigInt) -> PyResult<String> {
        self.check_int_str_digits(b)?;
        Ok(b.to_string())
    }

    /// Raise the int -> str ValueError if `b` has more decimal digits than
    /// the limit (decided from its bit length when that is conclusive, so a
    /// huge int is refused without converting it).
    pub fn check_int_str_digits(&mut self, b: &BigInt) -> PyResult<()> {
        let limit = self.int_max_str_digits;
        let bits = b.bits();
        // Decimal digits of a `bits`-bit number lie in
        // [floor((bits - 1) * log10 2) + 1, floor(bits * log10 2) + 1].
        if limit == 0 || (bits as f64) * std::f64::consts::LOG10_2 < limit as f64 {
            return Ok(());
        }
        let over = if ((bits - 1) as f64) * std::f64::consts::LOG10_2 >= limit as f64 {
            true
        } else {
            let s = b.to_string();
            s.trim_start_matches('-').len() > limit
        };
        if over {
            let msg = format!("Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            return Err(self.value_error(&msg));
        }
        Ok(())
    }
}

/// `sys.set_int_max_str_digits(maxdigits)`.
pub fn set_limit(vm: &mut Vm, args: &[crate::value::Value], kwnames: &[crate::value::Value]) -> PyResult {
    let (pos, kw) = super::split_args(args, kwnames);
    let v = match (pos, kwnames) {
        ([v], []) => *v,
        ([], [k]) if Vm::str_of(*k) == Some("maxdigits") => kw[0],
        ([], _) => return Err(vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")),
        _ => return Err(vm.type_error(&format!("set_int_max_str_digits() takes at most 1 argument ({} given)", args.len()))),
    };
    let n = match vm.as_i64(v).filter(|_| v.as_f64().is_none()) {
        Some(n) => n,
        None if vm.as_bigint(v).is_some() && v.as_f64().is_none() => {
            return Err(vm.new_error(vm.t.overflow_error, "Python int too large to convert to C ssize_t"))
        }
        None => {
            let n = vm.type_name(v);
            return Err(vm.type_error(&format!("'{n}' object cannot be interpreted as an integer")));
        }
    };
    if n != 0 && !(CHECK_THRESHOLD as i64..).contains(&n) {
        return Err(vm.value_error(&format!("maxdigits must be 0 or larger than {CHECK_THRESHOLD}")));
    }
    vm.int_max_str_digits = n as usize;
    Ok(crate::value::Value::NONE)
}
