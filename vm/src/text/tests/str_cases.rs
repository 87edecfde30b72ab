//! Helpers for the `str_methods` table tests: every expected value in the
//! `str_*` files was produced by running the same method in python3.11.

use crate::text::str_methods::*;

/// Like `assert_eq!` but reports every mismatch before failing.
macro_rules! check {
    ($got:expr, $want:expr $(, $what:expr)?) => {{
        let (got, want) = ($got, $want);
        if got != want {
            eprintln!("{}: got {:?}, want {:?} {}", stringify!($got), got, want, "" $(.to_string() + $what)?);
            super::fail();
        }
    }};
}
pub(crate) use check;

/// find, rfind, count, startswith, endswith over one `s[start:end]`.
pub fn fc(s: &str, sub: &str, st: Option<i64>, en: Option<i64>, want: [i64; 3], ends: [bool; 2]) {
    let what = format!("{s:?} {sub:?} {st:?} {en:?}");
    assert_eq!(
        [find(s, sub, st, en), rfind(s, sub, st, en), count(s, sub, st, en)],
        want,
        "{what}"
    );
    assert_eq!([startswith(s, sub, st, en), endswith(s, sub, st, en)], ends, "{what}");
}
