//! `bytes` / `bytearray` methods over `&[u8]`.
//!
//! Unlike `str`, only ASCII counts: case changes and case predicates look
//! at `a-z`/`A-Z`, whitespace is `" \t\n\r\x0b\x0c"`, and `splitlines`
//! breaks only at `\n`, `\r` and `\r\n`. Start/end arguments use the same
//! slice adjustment as `str` ([`adjust`]). Results whose size comes from
//! the caller (padding, tabs, replacement) are allocated with `try_reserve`
//! so a huge request is a `MemoryError`, never an abort.

use memchr::memmem;

use super::str_methods::adjust;
use super::{TextError, TextResult};

/// ASCII whitespace as `bytes.isspace` and `bytes.split()` see it.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// An empty vector with room for `n` bytes, or `MemoryError`.
pub fn try_with_capacity(n: usize) -> TextResult<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| TextError::memory())?;
    Ok(v)
}

/// `s[start:end]` as a byte range, or `None` when it cannot hold `need` bytes.
fn window(s: &[u8], start: Option<i64>, end: Option<i64>, need: usize) -> Option<(usize, usize)> {
    let (st, en) = adjust(s.len(), start, end);
    if en - st < need as i64 {
        return None;
    }
    Some((st as usize, en as usize))
}

/// `s.find(sub, start, end)`.
pub fn find(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, start, end, sub.len()) {
        Some((st, en)) => memmem::find(&s[st..en], sub).map_or(-1, |i| (st + i) as i64),
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`.
pub fn rfind(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, start, end, sub.len()) {
        Some((st, en)) => memmem::rfind(&s[st..en], sub).map_or(-1, |i| (st + i) as i64),
        None => -1,
    }
}

/// `s.index(...)` / `s.rindex(...)`: like find but raises.
pub fn index(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, right: bool) -> TextResult<i64> {
    match if right { rfind(s, sub, start, end) } else { find(s, sub, start, end) } {
        -1 => Err(TextError::value("subsection not found")),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`: non-overlapping; the empty sub occurs len+1 times.
pub fn count(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s, start, end, sub.len()) {
        None => 0,
        Some((st, en)) if sub.is_empty() => (en - st) as i64 + 1,
        Some((st, en)) => memmem::find_iter(&s[st..en], sub).count() as i64,
    }
}

/// `s.startswith(prefix, start, end)` / `endswith` for one candidate.
pub fn starts_ends(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, ends: bool) -> bool {
    window(s, start, end, sub.len()).is_some_and(|(st, en)| {
        let w = &s[st..en];
        if ends { w.ends_with(sub) } else { w.starts_with(sub) }
    })
}

fn limit(n: i64) -> usize {
    if n < 0 { usize::MAX } else { n as usize }
}

/// `s.replace(old, new, count)`; an empty `old` inserts `new` around every byte.
pub fn replace(s: &[u8], old: &[u8], new: &[u8], count: i64) -> TextResult<Vec<u8>> {
    let lim = limit(count);
    let hits: Vec<usize> = if old.is_empty() {
        (0..=s.len()).take(lim).collect()
    } else {
        memmem::find_iter(s, old).take(lim).collect()
    };
    let size = (s.len() - hits.len() * old.len())
        .checked_add(hits.len().checked_mul(new.len()).ok_or_else(TextError::memory)?)
        .ok_or_else(TextError::memory)?;
    let mut out = try_with_capacity(size)?;
    let mut last = 0;
    for i in hits {
        out.extend_from_slice(&s[last..i]);
        out.extend_from_slice(new);
        last = i + old.len();
    }
    out.extend_from_slice(&s[last..]);
    Ok(out)
}

/// `s.split(sep, maxsplit)`; `None` splits on runs of ASCII whitespace.
pub fn split(s: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> TextResult<Vec<Vec<u8>>> {
    let lim = limit(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some([]) => return Err(TextError::value("empty separator")),
        Some(sep) => {
            let mut last = 0;
            for i in memmem::find_iter(s, sep).take(lim) {
                out.push(s[last..i].to_vec());
                last = i + sep.len();
            }
            out.push(s[last..].to_vec());
        }
        None => {
            let mut i = 0;
            loop {
                while i < s.len() && is_space(s[i]) {
                    i += 1;
                }
                if i == s.len() {
                    break;
                }
                if out.len() == lim {
                    out.push(s[i..].to_vec());
                    break;
                }
                let st = i;
                while i < s.len() && !is_space(s[i]) {
                    i += 1;
                }
                out.push(s[st..i].to_vec());
            }
        }
    }
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit(s: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> TextResult<Vec<Vec<u8>>> {
    let lim = limit(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some([]) => return Err(TextError::value("empty separator")),
        Some(sep) => {
            let mut end = s.len();
            while out.len() < lim {
                match memmem::rfind(&s[..end], sep) {
                    Some(i) => {
                        out.push(s[i + sep.len()..end].to_vec());
                        end = i;
                    }
                    None => break,
                }
            }
            out.push(s[..end].to_vec());
        }
        None => {
            let mut i = s.len();
            loop {
                while i > 0 && is_space(s[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if out.len() == lim {
                    out.push(s[..i].to_vec());
                    break;
                }
                let en = i;
                while i > 0 && !is_space(s[i - 1]) {
                    i -= 1;
                }
                out.push(s[i..en].to_vec());
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`: `\n`, `\r` and `\r\n` only.
pub fn splitlines(s: &[u8], keepends: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < s.len() {
        let b = s[i];
        i += 1;
        if b != b'\n' && b != b'\r' {
            continue;
        }
        let brk = i - 1;
        if b == b'\r' && s.get(i) == Some(&b'\n') {
            i += 1;
        }
        out.push(s[start..if keepends { i } else { brk }].to_vec());
        start = i;
    }
    if start < s.len() {
        out.push(s[start..].to_vec());
    }
    out
}

/// `s.strip(chars)`; `left`/`right` choose the sides (`lstrip`, `rstrip`).
pub fn strip<'a>(s: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let drop = |b: &u8| match chars {
        None => is_space(*b),
        Some(set) => set.contains(b),
    };
    let mut st = 0;
    let mut en = s.len();
    if left {
        while st < en && drop(&s[st]) {
            st += 1;
        }
    }
    if right {
        while en > st && drop(&s[en - 1]) {
            en -= 1;
        }
    }
    &s[st..en]
}

type Parts<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// `s.partition(sep)` / `s.rpartition(sep)`.
pub fn partition<'a>(s: &'a [u8], sep: &'a [u8], right: bool) -> TextResult<Parts<'a>> {
    if sep.is_empty() {
        return Err(TextError::value("empty separator"));
    }
    let hit = if right { memmem::rfind(s, sep) } else { memmem::find(s, sep) };
    Ok(match hit {
        Some(i) => (&s[..i], sep, &s[i + sep.len()..]),
        None if right => (&[], &[], s),
        None => (s, &[], &[]),
    })
}

/// `s.expandtabs(tabsize)`; the column restarts after `\n` and `\r`.
pub fn expandtabs(s: &[u8], tabsize: i64) -> TextResult<Vec<u8>> {
    // First pass: the exact size, so a huge result fails before allocating.
    let too_long = || TextError::overflow("result too long");
    let mut size: usize = 0;
    let mut col: usize = 0;
    let tab = usize::try_from(tabsize).unwrap_or(0);
    for &b in s {
        let n = match b {
            b'\t' if tab > 0 => tab - col % tab,
            b'\t' => 0,
            _ => 1,
        };
        col = if b == b'\n' || b == b'\r' { 0 } else { col.checked_add(n).ok_or_else(too_long)? };
        size = size.checked_add(n).filter(|n| *n <= isize::MAX as usize).ok_or_else(too_long)?;
    }
    let mut out = try_with_capacity(size)?;
    col = 0;
    for &b in s {
        match b {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(b' ', n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(out)
}

/// `fill * left + s + fill * right`.
fn pad(s: &[u8], left: usize, right: usize, fill: u8) -> TextResult<Vec<u8>> {
    let n = s.len().checked_add(left).and_then(|n| n.checked_add(right)).ok_or_else(TextError::memory)?;
    let mut out = try_with_capacity(n)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// How `center`, `ljust`, `rjust` and `zfill` pad; `width` is already checked
/// to be a Python ssize_t.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Justify {
    Center,
    Left,
    Right,
    Zfill,
}

/// `s.center/ljust/rjust(width, fill)` and `s.zfill(width)`.
pub fn justify(s: &[u8], width: i64, fill: u8, how: Justify) -> TextResult<Vec<u8>> {
    let len = s.len() as i64;
    if width <= len {
        return Ok(s.to_vec());
    }
    let marg = (width - len) as usize;
    match how {
        // CPython's tie rule: the odd extra goes left only when width is odd too.
        Justify::Center => {
            let left = marg / 2 + (marg & width as usize & 1);
            pad(s, left, marg - left, fill)
        }
        Justify::Left => pad(s, 0, marg, fill),
        Justify::Right => pad(s, marg, 0, fill),
        Justify::Zfill => {
            let mut out = pad(s, marg, 0, b'0')?;
            if let Some(&sign @ (b'+' | b'-')) = s.first() {
                out[0] = sign;
                out[marg] = b'0';
            }
            Ok(out)
        }
    }
}

/// `upper`, `lower`, `swapcase`, `capitalize` and `title`, ASCII only.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Upper,
    Lower,
    Swap,
    Capitalize,
    Title,
}

pub fn change_case(s: &[u8], how: Case) -> Vec<u8> {
    let mut prev_cased = false;
    s.iter()
        .enumerate()
        .map(|(i, &b)| {
            let r = match how {
                Case::Upper => b.to_ascii_uppercase(),
                Case::Lower => b.to_ascii_lowercase(),
                Case::Swap if b.is_ascii_lowercase() => b.to_ascii_uppercase(),
                Case::Swap => b.to_ascii_lowercase(),
                Case::Capitalize if i == 0 => b.to_ascii_uppercase(),
                Case::Capitalize => b.to_ascii_lowercase(),
                Case::Title if prev_cased => b.to_ascii_lowercase(),
                Case::Title => b.to_ascii_uppercase(),
            };
            prev_cased = b.is_ascii_alphabetic();
            r
        })
        .collect()
}

/// The `is*` predicates: `isalpha`, `isdigit`, `isalnum`, `isspace`,
/// `isupper`, `islower`, `istitle`, `isascii`.
pub fn predicate(s: &[u8], name: &str) -> bool {
    let all = |f: fn(&u8) -> bool| !s.is_empty() && s.iter().all(f);
    match name {
        "isalpha" => all(u8::is_ascii_alphabetic),
        "isdigit" => all(u8::is_ascii_digit),
        "isalnum" => all(u8::is_ascii_alphanumeric),
        "isspace" => all(|b| is_space(*b)),
        "isascii" => s.is_ascii(),
        "isupper" => s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase),
        "islower" => s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase),
        _ => istitle(s),
    }
}

fn istitle(s: &[u8]) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for &b in s {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
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

/// `s.hex(sep, bytes_per_sep)`: groups of |per| bytes counted from the right
/// when `per > 0`, from the left when `per < 0`.
pub fn hex(s: &[u8], sep: Option<char>, per: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = per.unsigned_abs() as usize;
    let mut out = String::with_capacity(s.len() * 3);
    for (i, &b) in s.iter().enumerate() {
        if let (Some(c), true) = (sep, i > 0 && group > 0) {
            let boundary = if per > 0 { (s.len() - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push(c);
            }
        }
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace between pairs.
pub fn fromhex(s: &str) -> TextResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let bad = |i: usize| TextError::value(format!("non-hexadecimal number found in fromhex() arg at position {i}"));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16)).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `s.translate(table, delete)`; `table` must be 256 bytes when given.
pub fn translate(s: &[u8], table: Option<&[u8]>, delete: &[u8]) -> TextResult<Vec<u8>> {
    if table.is_some_and(|t| t.len() != 256) {
        return Err(TextError::value("translation table must be 256 characters long"));
    }
    Ok(s.iter().filter(|b| !delete.contains(b)).map(|&b| table.map_or(b, |t| t[b as usize])).collect())
}

/// `bytes.maketrans(from, to)`: the identity table with `from[i]` -> `to[i]`.
pub fn maketrans(from: &[u8], to: &[u8]) -> TextResult<Vec<u8>> {
    if from.len() != to.len() {
        return Err(TextError::value("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255).collect();
    for (a, b) in from.iter().zip(to) {
        t[*a as usize] = *b;
    }
    Ok(t)
}
