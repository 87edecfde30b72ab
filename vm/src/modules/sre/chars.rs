//! Character predicates and case mappings the engine uses, with CPython's
//! definitions: the ASCII ones (`SRE_IS_*`), the "locale" ones (taken as the
//! C locale: ASCII only, which is what the UTF-8 locales CPython starts in
//! give for single bytes), and the Unicode ones (`Py_UNICODE_IS*`, simple
//! one-character case mappings).

use super::constants::cat;
use crate::text::str_methods::{char_isalpha, char_isdecimal, char_isdigit, char_isnumeric, is_space};

#[inline]
fn ch(c: u32) -> Option<char> {
    char::from_u32(c)
}

#[inline]
pub fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

/// `Py_ISSPACE` restricted to ASCII: space, \t \n \v \f \r.
#[inline]
pub fn is_space_ascii(c: u32) -> bool {
    c == 32 || (9..=13).contains(&c)
}

#[inline]
pub fn is_word(c: u32) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || c == b'_' as u32)
}

#[inline]
pub fn is_linebreak(c: u32) -> bool {
    c == 10
}

/// `Py_UNICODE_ISLINEBREAK`.
pub fn uni_is_linebreak(c: u32) -> bool {
    matches!(c, 10..=13 | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029)
}

pub fn uni_is_digit(c: u32) -> bool {
    if c < 128 {
        return is_digit(c);
    }
    ch(c).is_some_and(char_isdecimal)
}

pub fn uni_is_space(c: u32) -> bool {
    if c < 128 {
        return is_space_ascii(c) || (0x1c..=0x1f).contains(&c);
    }
    ch(c).is_some_and(is_space)
}

/// `Py_UNICODE_ISALNUM(c) || c == '_'`.
pub fn uni_is_word(c: u32) -> bool {
    if c < 128 {
        return is_word(c);
    }
    ch(c).is_some_and(|c| char_isalpha(c) || char_isdecimal(c) || char_isdigit(c) || char_isnumeric(c))
}

#[inline]
pub fn lower_ascii(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

#[inline]
pub fn upper_ascii(c: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&c) {
        c - 32
    } else {
        c
    }
}

/// `Py_UNICODE_TOLOWER`: the first character of the full lowercase mapping.
pub fn lower_unicode(c: u32) -> u32 {
    if c < 128 {
        return lower_ascii(c);
    }
    match ch(c) {
        Some(x) => x.to_lowercase().next().map_or(c, |y| y as u32),
        None => c,
    }
}

/// `Py_UNICODE_TOUPPER`: the first character of the full uppercase mapping.
pub fn upper_unicode(c: u32) -> u32 {
    if c < 128 {
        return upper_ascii(c);
    }
    match ch(c) {
        Some(x) => x.to_uppercase().next().map_or(c, |y| y as u32),
        None => c,
    }
}

/// Locale lower/upper case (the C locale: ASCII).
#[inline]
pub fn lower_locale(c: u32) -> u32 {
    lower_ascii(c)
}
#[inline]
pub fn upper_locale(c: u32) -> u32 {
    upper_ascii(c)
}

#[inline]
pub fn loc_is_word(c: u32) -> bool {
    is_word(c)
}

/// `char_loc_ignore`: `c` equals `pat` ignoring (locale) case.
#[inline]
pub fn char_loc_ignore(pat: u32, c: u32) -> bool {
    c == pat || lower_locale(c) == pat || upper_locale(c) == pat
}

/// Membership of `c` in category `code` (unknown codes: no).
pub fn category(code: u32, c: u32) -> bool {
    match code {
        cat::DIGIT => is_digit(c),
        cat::NOT_DIGIT => !is_digit(c),
        cat::SPACE => is_space_ascii(c),
        cat::NOT_SPACE => !is_space_ascii(c),
        cat::WORD => is_word(c),
        cat::NOT_WORD => !is_word(c),
        cat::LINEBREAK => is_linebreak(c),
        cat::NOT_LINEBREAK => !is_linebreak(c),
        cat::LOC_WORD => loc_is_word(c),
        cat::LOC_NOT_WORD => !loc_is_word(c),
        cat::UNI_DIGIT => uni_is_digit(c),
        cat::UNI_NOT_DIGIT => !uni_is_digit(c),
        cat::UNI_SPACE => uni_is_space(c),
        cat::UNI_NOT_SPACE => !uni_is_space(c),
        cat::UNI_WORD => uni_is_word(c),
        cat::UNI_NOT_WORD => !uni_is_word(c),
        cat::UNI_LINEBREAK => uni_is_linebreak(c),
        cat::UNI_NOT_LINEBREAK => !uni_is_linebreak(c),
        _ => false,
    }
}

/// `_sre.unicode_iscased`.
pub fn unicode_iscased(c: u32) -> bool {
    c != lower_unicode(c) || c != upper_unicode(c)
}

/// `_sre.ascii_iscased`.
pub fn ascii_iscased(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}
