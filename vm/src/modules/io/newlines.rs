//! Newline handling shared by `TextIOWrapper` and `StringIO` (pure Rust).
//!
//! The `newline` argument selects one of three reading modes: `None`
//! translates `\r\n` and `\r` to `\n` (universal newlines), `''` splits
//! lines at any of the three but returns them untranslated, and `'\n'`,
//! `'\r'` or `'\r\n'` split only there. Writing translates `\n` to the
//! given newline (`None` means `os.linesep`, which is `\n` here).

/// How lines end when reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineMode {
    /// `newline=None`: any ending, returned as `\n`.
    Translate,
    /// `newline=''`: any ending, returned as is.
    Universal,
    /// `newline='\n' | '\r' | '\r\n'`.
    Fixed(&'static str),
}

/// Newline kinds seen so far (the `newlines` attribute), as bits.
pub const SEEN_CR: u8 = 1;
pub const SEEN_LF: u8 = 2;
pub const SEEN_CRLF: u8 = 4;

/// A validated `newline` argument (`Some(None)` for None); `None` when
/// the value is not a legal newline.
pub fn parse_newline(s: Option<&str>) -> Option<Option<&'static str>> {
    match s {
        None => Some(None),
        Some("") => Some(Some("")),
        Some("\n") => Some(Some("\n")),
        Some("\r") => Some(Some("\r")),
        Some("\r\n") => Some(Some("\r\n")),
        Some(_) => None,
    }
}

/// The reading mode for a validated `newline`.
pub fn line_mode(newline: Option<&'static str>) -> LineMode {
    match newline {
        None => LineMode::Translate,
        Some("") => LineMode::Universal,
        Some(nl) => LineMode::Fixed(nl),
    }
}

/// Find the end of the first line of `text`: `Some((body_end, end))` in
/// bytes, where `text[body_end..end]` is the line ending. `None` when there
/// is no complete line yet: no ending at all, or a `\r` at the very end
/// that a following `\n` would extend (unless `eof`).
pub fn scan_line(text: &str, mode: LineMode, eof: bool) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    match mode {
        LineMode::Translate | LineMode::Universal => {
            let i = memchr::memchr2(b'\r', b'\n', b)?;
            if b[i] == b'\n' {
                return Some((i, i + 1));
            }
            match b.get(i + 1) {
                Some(b'\n') => Some((i, i + 2)),
                Some(_) => Some((i, i + 1)),
                None if eof => Some((i, i + 1)),
                None => None,
            }
        }
        LineMode::Fixed(nl) => {
            let i = memchr::memmem::find(b, nl.as_bytes())?;
            Some((i, i + nl.len()))
        }
    }
}

/// Record the kinds of line endings in `text` into `seen`; `pendingcr`
/// carries a `\r` that ended the previous piece (it may start a `\r\n`).
pub fn note_newlines(text: &str, pendingcr: &mut bool, seen: &mut u8, eof: bool) {
    let b = text.as_bytes();
    let mut i = 0;
    if *pendingcr {
        if b.is_empty() && !eof {
            return;
        }
        if b.first() == Some(&b'\n') {
            *seen |= SEEN_CRLF;
            i = 1;
        } else {
            *seen |= SEEN_CR;
        }
        *pendingcr = false;
    }
    while let Some(j) = memchr::memchr2(b'\r', b'\n', &b[i..]) {
        let k = i + j;
        if b[k] == b'\n' {
            *seen |= SEEN_LF;
            i = k + 1;
        } else if k + 1 == b.len() {
            if eof {
                *seen |= SEEN_CR;
            } else {
                *pendingcr = true;
            }
            i = k + 1;
        } else if b[k + 1] == b'\n' {
            *seen |= SEEN_CRLF;
            i = k + 2;
        } else {
            *seen |= SEEN_CR;
            i = k + 1;
        }
    }
}

/// `\r\n` and lone `\r` become `\n`. A `\r` at the very end is kept as
/// `\r` unless `eof` (the caller holds it back until more text arrives).
pub fn translate(text: &str, eof: bool) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut it = text.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\r' {
            match it.peek() {
                Some('\n') => {
                    it.next();
                    out.push('\n');
                }
                Some(_) => out.push('\n'),
                None => out.push(if eof { '\n' } else { '\r' }),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The first `n` characters of `text` after translation (in `Translate`
/// mode), and how many bytes of `text` they use. Stops before a final
/// `\r` unless `eof`, since it may be the start of a `\r\n`.
pub fn take_chars(text: &str, n: usize, mode: LineMode, eof: bool) -> (String, usize) {
    if mode != LineMode::Translate || !text.contains('\r') {
        let end = text.char_indices().nth(n).map(|(i, _)| i).unwrap_or(text.len());
        return (text[..end].to_string(), end);
    }
    let mut out = String::new();
    let b = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while count < n && i < text.len() {
        let c = text[i..].chars().next().unwrap_or('\0');
        if c == '\r' {
            match b.get(i + 1) {
                Some(b'\n') => i += 2,
                Some(_) => i += 1,
                None if eof => i += 1,
                None => break,
            }
            out.push('\n');
        } else {
            out.push(c);
            i += c.len_utf8();
        }
        count += 1;
    }
    (out, i)
}

/// The `newlines` attribute value for a set of seen kinds, as text
/// pieces: none, one, or several (a tuple in CPython's order).
pub fn seen_kinds(seen: u8) -> Vec<&'static str> {
    let mut v = Vec::new();
    if seen & SEEN_CR != 0 {
        v.push("\r");
    }
    if seen & SEEN_LF != 0 {
        v.push("\n");
    }
    if seen & SEEN_CRLF != 0 {
        v.push("\r\n");
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scan_modes() {
        assert_eq!(scan_line("ab\ncd", LineMode::Translate, false), Some((2, 3)));
        assert_eq!(scan_line("ab\r\ncd", LineMode::Universal, false), Some((2, 4)));
        assert_eq!(scan_line("ab\r", LineMode::Universal, false), None);
        assert_eq!(scan_line("ab\r", LineMode::Universal, true), Some((2, 3)));
        assert_eq!(scan_line("ab\rc", LineMode::Fixed("\r\n"), true), None);
        assert_eq!(scan_line("ab\r\nc", LineMode::Fixed("\r\n"), true), Some((2, 4)));
    }

    #[test]
    fn translation() {
        assert_eq!(translate("a\r\nb\rc\n", true), "a\nb\nc\n");
        assert_eq!(translate("a\r", false), "a\r");
        assert_eq!(take_chars("a\r\nb", 2, LineMode::Translate, false), ("a\n".to_string(), 3));
        assert_eq!(take_chars("a\r", 5, LineMode::Translate, false), ("a".to_string(), 1));
        let (mut cr, mut seen) = (false, 0);
        note_newlines("a\r", &mut cr, &mut seen, false);
        note_newlines("\nb\rc\n", &mut cr, &mut seen, false);
        assert_eq!(seen_kinds(seen), vec!["\r", "\n", "\r\n"]);
    }
}
