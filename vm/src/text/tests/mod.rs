//! Table tests of the text library against python3.11's output, one file per
//! family of operations. A mismatch is printed and counted, so one run shows
//! every difference; each test then asserts its own count is zero.

use std::cell::Cell;

thread_local! {
    static FAILURES: Cell<usize> = const { Cell::new(0) };
}

/// Count one mismatch on this test's thread.
pub fn fail() {
    FAILURES.with(|f| f.set(f.get() + 1));
}

/// Assert no mismatch was counted on this test's thread.
pub fn assert_no_failures() {
    assert_eq!(FAILURES.with(|f| f.get()), 0, "mismatches against python3.11 (see stderr)");
}

mod format_cases;
mod format_int;
mod format_float_exp;
mod format_float_fixed;
mod format_float_general;
mod format_str;
mod percent;
mod str_cases;
mod str_split;
mod str_search;
mod str_case;
mod str_pad;
mod str_repr;
mod str_predicates;
mod str_errors;
mod codecs;
mod bytes_methods;
