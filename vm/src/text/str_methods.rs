//! `str` methods with Python semantics over `&str`.
//!
//! Indices, widths and counts are in code points. ASCII-only strings take
//! byte-indexed fast paths. Unicode properties come from Rust's `char`
//! methods where they match Python's definitions, and from
//! `unicode_tables` (Unicode 14.0, as in CPython 3.11) where they do not.
//!
//! Known approximations:
//! * `upper`/`lower`/`islower`/`isupper` use Rust's Unicode version, which
//!   is newer than 14.0; characters added since then may differ.
//! * Final-sigma handling in `title`/`capitalize`/`swapcase` looks only at
//!   the immediate neighbours instead of skipping case-ignorable characters.

use super::unicode_tables::{
    ALPHA, CASEFOLD, DECIMAL_ZEROS, DIGIT_NOT_DECIMAL, NON_PRINTABLE, NUMERIC, TITLECASE,
    TITLECASE_LETTERS, XID_CONTINUE_EXTRA, XID_START_VS_ALPHA,
};
use super::{TextError, TextResult};

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn lookup_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// Python's `str.isspace` for one character.
pub fn is_space(c: char) -> bool {
    // White_Space plus the ASCII separators \x1c-\x1f, which Python counts.
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// The decimal digit value of `c` (Unicode category Nd), as `int()` uses it.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let n = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= n);
    if i == 0 {
        return None;
    }
    let off = n - DECIMAL_ZEROS[i - 1];
    (off < 10).then_some(off)
}

/// Byte offset of char index `i` in `s`, clamped to `s.len()`.
pub fn char_index_to_byte(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// Char index of byte offset `b` (which must be a char boundary).
pub fn byte_to_char_index(s: &str, b: usize) -> usize {
    if s.is_ascii() {
        b
    } else {
        s[..b].chars().count()
    }
}

/// Number of code points, i.e. Python's `len(s)`.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Python's slice-index adjustment for `start`/`end` arguments; the result
/// may have `start > end` (or `start > len`), which callers treat as empty.
pub(crate) fn adjust(len: usize, start: Option<i64>, end: Option<i64>) -> (i64, i64) {
    let len = len as i64;
    let fix = |v: i64| if v < 0 { (v + len).max(0) } else { v };
    let start = fix(start.unwrap_or(0));
    let end = fix(end.unwrap_or(len)).min(len);
    (start, end)
}

/// Resolves `s[start:end]` to a byte range, or `None` when it cannot hold
/// `sub_len` chars.
fn window(
    s: &str,
    start: Option<i64>,
    end: Option<i64>,
    sub_len: usize,
) -> Option<(usize, usize, i64)> {
    let (st, en) = adjust(char_len(s), start, end);
    if en - st < sub_len as i64 {
        return None;
    }
    Some((
        char_index_to_byte(s, st as usize),
        char_index_to_byte(s, en as usize),
        st,
    ))
}

/// `s.find(sub, start, end)`.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, start, end, char_len(sub)) {
        None => -1,
        Some((bs, be, st)) => match s[bs..be].find(sub) {
            Some(b) => st + byte_to_char_index(&s[bs..], b) as i64,
            None => -1,
        },
    }
}

/// `s.rfind(sub, start, end)`.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, start, end, char_len(sub)) {
        None => -1,
        Some((bs, be, st)) => match s[bs..be].rfind(sub) {
            Some(b) => st + byte_to_char_index(&s[bs..], b) as i64,
            None => -1,
        },
    }
}

/// `s.index(...)`: like `find` but raises.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> TextResult<i64> {
    match find(s, sub, start, end) {
        -1 => Err(TextError::value("substring not found")),
        i => Ok(i),
    }
}

/// `s.rindex(...)`: like `rfind` but raises.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> TextResult<i64> {
    match rfind(s, sub, start, end) {
        -1 => Err(TextError::value("substring not found")),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`; the empty string occurs between every char.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, start, end, char_len(sub)) {
        None => 0,
        Some((bs, be, _)) => {
            let w = &s[bs..be];
            if sub.is_empty() {
                char_len(w) as i64 + 1
            } else {
                w.matches(sub).count() as i64
            }
        }
    }
}

/// `s.startswith(prefix, start, end)` for one prefix.
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, char_len(prefix)).is_some_and(|(bs, be, _)| s[bs..be].starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, char_len(suffix)).is_some_and(|(bs, be, _)| s[bs..be].ends_with(suffix))
}

/// `s.replace(old, new, count)`; a negative count replaces everything and
/// an empty `old` inserts `new` before every char and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if limit == 0 {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    if old.is_empty() {
        let mut n = 0;
        for (i, c) in s.char_indices() {
            if n == limit {
                out.push_str(&s[i..]);
                return out;
            }
            out.push_str(new);
            out.push(c);
            n += 1;
        }
        if n < limit {
            out.push_str(new);
        }
        return out;
    }
    let mut last = 0;
    for (n, (i, _)) in s.match_indices(old).enumerate() {
        if n == limit {
            break;
        }
        out.push_str(&s[last..i]);
        out.push_str(new);
        last = i + old.len();
    }
    out.push_str(&s[last..]);
    out
}

/// `s.split(sep, maxsplit)`; `sep == None` splits on runs of whitespace.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> TextResult<Vec<String>> {
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some("") => Err(TextError::value("empty separator")),
        Some(sep) => Ok(s
            .splitn(limit.saturating_add(1), sep)
            .map(str::to_string)
            .collect()),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(is_space);
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(rest.to_string());
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = rest[end..].trim_start_matches(is_space);
            }
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> TextResult<Vec<String>> {
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out: Vec<String> = match sep {
        Some("") => return Err(TextError::value("empty separator")),
        Some(sep) => s
            .rsplitn(limit.saturating_add(1), sep)
            .map(str::to_string)
            .collect(),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(is_space);
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest.rfind(is_space).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(is_space);
            }
            out
        }
    };
    out.reverse();
    Ok(out)
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`; "\r\n" counts as one boundary.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && matches!(it.peek(), Some((_, '\n'))) {
            it.next();
            end += 1;
        }
        out.push(s[start..if keepends { end } else { i }].to_string());
        start = end;
    }
    if start < s.len() {
        out.push(s[start..].to_string());
    }
    out
}

fn strip_pred(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    }
}

/// `s.strip(chars)`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_matches(strip_pred(chars))
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_start_matches(strip_pred(chars))
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    s.trim_end_matches(strip_pred(chars))
}

/// `s.partition(sep)`.
pub fn partition<'a>(s: &'a str, sep: &str) -> TextResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> TextResult<(&'a str, &'a str, &'a str)> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

/// The length in bytes of `expandtabs(s, tabsize)`, None past isize::MAX
/// (checked before expanding, so a huge result fails before allocating).
pub fn expandtabs_len(s: &str, tabsize: i64) -> Option<usize> {
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let (mut size, mut col) = (0usize, 0usize);
    for c in s.chars() {
        let n = match c {
            '\t' if tab > 0 => tab - col % tab,
            '\t' => 0,
            '\n' | '\r' => {
                col = 0;
                size += 1;
                continue;
            }
            _ => 1,
        };
        col = col.checked_add(n)?;
        size = size.checked_add(if c == '\t' { n } else { c.len_utf8() }).filter(|n| *n <= isize::MAX as usize)?;
    }
    Some(size)
}

/// `s.expandtabs(tabsize)`; the column restarts after "\n" and "\r".
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn pad_with(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `s.center(width, fillchar)`, with CPython's odd/even tie rule.
pub fn center(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad_with(s, left as usize, (marg - left) as usize, fill)
}

/// `s.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    pad_with(s, 0, (width - len) as usize, fill)
}

/// `s.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    pad_with(s, (width - len) as usize, 0, fill)
}

/// `s.zfill(width)`: zeros go after a leading sign.
pub fn zfill(s: &str, width: i64) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    let mut out = rjust(s, width, '0');
    let n = (width - len) as usize;
    if let Some(sign @ ('+' | '-')) = s.chars().next() {
        // "000-42" -> "-00042"
        out.replace_range(n..n + 1, "0");
        out.replace_range(0..1, &sign.to_string());
    }
    out
}

fn is_titlecase_letter(c: char) -> bool {
    in_ranges(TITLECASE_LETTERS, c)
}

/// Python's "cased" property: upper, lower or title case.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase_letter(c)
}

/// Lowercase of `chars[i]`, turning capital sigma into final sigma at the
/// end of a word.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        let before = i > 0 && is_cased(chars[i - 1]);
        let after = chars.get(i + 1).is_some_and(|&n| is_cased(n));
        out.push(if before && !after {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        out.extend(c.to_lowercase());
    }
}

fn push_title(out: &mut String, c: char) {
    match lookup_map(TITLECASE, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// `s.upper()` (full mappings: 'ß' -> "SS").
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_uppercase()
    } else {
        s.to_uppercase()
    }
}

/// `s.lower()` (full mappings and final sigma).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup_map(CASEFOLD, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.capitalize()`: first char to titlecase, the rest lowercase.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

/// `s.title()`: titlecase after an uncased char, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.isalpha` for one char (categories Lu Ll Lt Lm Lo).
pub fn char_isalpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(ALPHA, c)
    }
}

/// `str.isdecimal` for one char.
pub fn char_isdecimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `str.isdigit` for one char.
pub fn char_isdigit(c: char) -> bool {
    char_isdecimal(c) || in_ranges(DIGIT_NOT_DECIMAL, c)
}

/// `str.isnumeric` for one char.
pub fn char_isnumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(NUMERIC, c)
    }
}

/// `str.isprintable` for one char (also decides what `repr` escapes).
pub fn char_isprintable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        !in_ranges(NON_PRINTABLE, c)
    }
}

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, char_isalpha)
}
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, |c| char_isalpha(c) || char_isnumeric(c))
}
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, char_isdecimal)
}
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, char_isdigit)
}
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, char_isnumeric)
}
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}
pub fn isprintable(s: &str) -> bool {
    s.chars().all(char_isprintable)
}

/// `s.islower()`: some cased char and no upper/titlecase ones.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase_letter(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

/// `s.isupper()`: some cased char and no lower/titlecase ones.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase_letter(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// `s.istitle()`: upper/titlecase only after uncased chars, lowercase only
/// after cased ones, and at least one cased char.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase_letter(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// Python's XID_Start (without '_').
fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(ALPHA, c) != in_ranges(XID_START_VS_ALPHA, c)
    }
}

/// `s.isidentifier()`: XID_Start or '_' then XID_Continue.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    let start = |c: char| c == '_' || is_xid_start(c);
    match it.next() {
        Some(c) if start(c) => {}
        _ => return false,
    }
    it.all(|c| {
        if c.is_ascii() {
            c == '_' || c.is_ascii_alphanumeric()
        } else {
            is_xid_start(c) || in_ranges(XID_CONTINUE_EXTRA, c)
        }
    })
}

fn push_hex_escape(out: &mut String, c: char) {
    let n = c as u32;
    if n <= 0xff {
        out.push_str(&format!("\\x{:02x}", n));
    } else if n <= 0xffff {
        out.push_str(&format!("\\u{:04x}", n));
    } else {
        out.push_str(&format!("\\U{:08x}", n));
    }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    repr_text(s.as_bytes(), ascii_only)
}

/// repr of stored str text (see `text::wtf8`): lone surrogates are
/// written `\udc80`, as CPython does, so the result is always valid UTF-8.
fn repr_text(s: &[u8], ascii_only: bool) -> String {
    // Single quotes unless the text has ' but no ".
    let quote = if s.contains(&b'\'') && !s.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for cp in super::wtf8::code_points(s) {
        let Some(c) = char::from_u32(cp) else {
            // A lone surrogate (never printable).
            out.push_str(&format!("\\u{cp:04x}"));
            continue;
        };
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii() => {
                if char_isprintable(c) {
                    out.push(c)
                } else {
                    push_hex_escape(&mut out, c)
                }
            }
            c if !ascii_only && char_isprintable(c) => out.push(c),
            c => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` of stored str text, which may hold lone surrogates.
pub fn wtf8_repr(s: &[u8]) -> String {
    repr_text(s, false)
}

/// Python's `repr(s)`.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// Python's `ascii(s)`: like `repr` with every non-ASCII char escaped.
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}
