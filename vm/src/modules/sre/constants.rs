//! The numbering `re/_constants.py` (CPython 3.11, MAGIC 20220615) gives
//! opcodes, position codes, categories and flags. The pure-Python compiler
//! emits these numbers; the engine and the validator read them.

/// Must equal `re._constants.MAGIC`.
pub const MAGIC: i64 = 20220615;
/// Bytes per code word (`_sre.CODESIZE`).
pub const CODESIZE: i64 = 4;
/// "No upper bound" in repeat counts (`_sre.MAXREPEAT`).
pub const MAXREPEAT: u32 = u32::MAX;
/// Most groups a pattern may have (`_sre.MAXGROUPS`: INT32_MAX / 2).
pub const MAXGROUPS: i64 = (i32::MAX / 2) as i64;

macro_rules! numbered {
    ($($name:ident),* $(,)?) => {
        numbered!(@ 0u32, $($name),*);
    };
    (@ $n:expr, $first:ident $(, $rest:ident)*) => {
        pub const $first: u32 = $n;
        numbered!(@ $n + 1u32 $(, $rest)*);
    };
    (@ $n:expr) => {};
}

/// Opcodes (`OPCODES` in `_constants.py`, in order).
pub mod op {
    numbered!(
        FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CHARSET,
        BIGCHARSET, GROUPREF, GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL, MARK, MAX_UNTIL,
        MIN_UNTIL, NOT_LITERAL, NEGATE, RANGE, REPEAT, REPEAT_ONE, SUBPATTERN, MIN_REPEAT_ONE,
        ATOMIC_GROUP, POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE,
        LITERAL_IGNORE, NOT_LITERAL_IGNORE, GROUPREF_LOC_IGNORE, IN_LOC_IGNORE,
        LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, GROUPREF_UNI_IGNORE, IN_UNI_IGNORE,
        LITERAL_UNI_IGNORE, NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE,
    );
}

/// Position codes of `AT` (`ATCODES`).
pub mod at {
    numbered!(
        BEGINNING, BEGINNING_LINE, BEGINNING_STRING, BOUNDARY, NON_BOUNDARY, END, END_LINE,
        END_STRING, LOC_BOUNDARY, LOC_NON_BOUNDARY, UNI_BOUNDARY, UNI_NON_BOUNDARY,
    );
}

/// Character categories of `CATEGORY` (`CHCODES`).
pub mod cat {
    numbered!(
        DIGIT, NOT_DIGIT, SPACE, NOT_SPACE, WORD, NOT_WORD, LINEBREAK, NOT_LINEBREAK, LOC_WORD,
        LOC_NOT_WORD, UNI_DIGIT, UNI_NOT_DIGIT, UNI_SPACE, UNI_NOT_SPACE, UNI_WORD, UNI_NOT_WORD,
        UNI_LINEBREAK, UNI_NOT_LINEBREAK,
    );
}

/// `SRE_FLAG_*` values.
pub mod flag {
    pub const TEMPLATE: i64 = 1;
    pub const IGNORECASE: i64 = 2;
    pub const LOCALE: i64 = 4;
    pub const MULTILINE: i64 = 8;
    pub const DOTALL: i64 = 16;
    pub const UNICODE: i64 = 32;
    pub const VERBOSE: i64 = 64;
    pub const DEBUG: i64 = 128;
    pub const ASCII: i64 = 256;
}

/// `SRE_INFO_*` bits of an INFO block's flags word.
pub mod info {
    pub const PREFIX: u32 = 1;
    pub const LITERAL: u32 = 2;
    pub const CHARSET: u32 = 4;
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbering_matches_constants_py() {
        assert_eq!(super::op::RANGE_UNI_IGNORE, 42);
        assert_eq!(super::op::INFO, 14);
        assert_eq!(super::at::UNI_NON_BOUNDARY, 11);
        assert_eq!(super::cat::UNI_NOT_LINEBREAK, 17);
    }
}
