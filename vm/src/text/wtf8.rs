//! Python text as bytes: UTF-8 generalised to lone surrogates.
//!
//! A Python `str` is a sequence of code points 0..=0x10FFFF, including the
//! surrogates U+D800..U+DFFF that Rust's `char`/`str` exclude. Taipan stores
//! a `str` as UTF-8 in which a surrogate is written like any other BMP code
//! point (three bytes `ED A0..BF 80..BF`). Each surrogate is encoded on its
//! own, so `'\ud800' + '\udc00'` stays two code points (as in CPython) and is
//! never merged into U+10000's four-byte form.
//!
//! Properties the rest of the VM relies on:
//! * text without surrogates is exactly its UTF-8, so it can be lent out as
//!   `&str` for free;
//! * byte order is code-point order, so comparing bytes compares strings;
//! * the encoding is self-synchronising, so substring search on bytes finds
//!   exactly the code-point substrings.

/// Is `c` a surrogate code point?
#[inline]
pub fn is_surrogate(c: u32) -> bool {
    (0xD800..=0xDFFF).contains(&c)
}

/// Append code point `c` (any value up to 0x10FFFF, surrogates included).
pub fn push_cp(out: &mut Vec<u8>, c: u32) {
    match c {
        0..=0x7F => out.push(c as u8),
        0x80..=0x7FF => out.extend_from_slice(&[0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend_from_slice(&[
            0xE0 | (c >> 12) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ]),
        _ => out.extend_from_slice(&[
            0xF0 | (c >> 18) as u8,
            0x80 | ((c >> 12) & 0x3F) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ]),
    }
}

/// The code point starting at byte `i` of well-formed text, and its length.
/// Malformed input (never produced by the constructors) yields U+FFFD so
/// that a bug cannot turn into a panic.
#[inline]
pub fn decode_at(b: &[u8], i: usize) -> (u32, usize) {
    let b0 = b[i] as u32;
    let cont = |k: usize| b.get(i + k).map_or(0, |x| (*x & 0x3F) as u32);
    match b0 {
        0..=0x7F => (b0, 1),
        0xC0..=0xDF => (((b0 & 0x1F) << 6) | cont(1), 2),
        0xE0..=0xEF => (((b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3),
        0xF0..=0xF7 => (((b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4),
        _ => (0xFFFD, 1),
    }
}

/// Code points of well-formed text.
pub struct CodePoints<'a> {
    b: &'a [u8],
    i: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    #[inline]
    fn next(&mut self) -> Option<u32> {
        if self.i >= self.b.len() {
            return None;
        }
        let (c, n) = decode_at(self.b, self.i);
        self.i += n;
        Some(c)
    }
}

pub fn code_points(b: &[u8]) -> CodePoints<'_> {
    CodePoints { b, i: 0 }
}

/// Does the text contain an encoded surrogate?
pub fn has_surrogates(b: &[u8]) -> bool {
    let mut at = 0;
    while let Some(p) = memchr::memchr(0xED, &b[at..]) {
        let i = at + p;
        if b.get(i + 1).is_some_and(|x| *x >= 0xA0) {
            return true;
        }
        at = i + 1;
    }
    false
}

/// Number of code points (continuation bytes are not counted).
pub fn char_count(b: &[u8]) -> usize {
    b.iter().filter(|x| (**x & 0xC0) != 0x80).count()
}

/// Byte offset of code point `n`, clamped to `b.len()`.
pub fn byte_offset(b: &[u8], n: usize) -> usize {
    let mut seen = 0;
    for (i, x) in b.iter().enumerate() {
        if (*x & 0xC0) != 0x80 {
            if seen == n {
                return i;
            }
            seen += 1;
        }
    }
    b.len()
}

/// Code-point index of each surrogate-free byte offset `b_off`.
pub fn char_index(b: &[u8], b_off: usize) -> usize {
    char_count(&b[..b_off.min(b.len())])
}

/// Is `b` well-formed generalised UTF-8 (UTF-8 plus encoded surrogates)?
pub fn is_well_formed(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        match std::str::from_utf8(&b[i..]) {
            Ok(_) => return true,
            Err(e) => {
                let j = i + e.valid_up_to();
                if matches!(b[j..], [0xED, 0xA0..=0xBF, 0x80..=0xBF, ..]) {
                    i = j + 3;
                } else {
                    return false;
                }
            }
        }
    }
    true
}

/// The text as `&str` when it holds no surrogate.
pub fn as_str(b: &[u8]) -> Option<&str> {
    std::str::from_utf8(b).ok()
}

/// Code point index and value of the first surrogate, if any.
pub fn first_surrogate(b: &[u8]) -> Option<(usize, u32)> {
    code_points(b).enumerate().find(|(_, c)| is_surrogate(*c))
}

/// Text from code points (surrogates allowed; callers keep c <= 0x10FFFF).
pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> Vec<u8> {
    let mut out = Vec::new();
    cps.into_iter().for_each(|c| push_cp(&mut out, c));
    out
}

// ----- running &str code on text with surrogates ---------------------------
//
// Most `str` methods treat a surrogate like any other unassigned character:
// it is not a letter, digit, space or printable, has no case, and counts as
// one code point. Such a method can run unchanged on a surrogate-free copy in
// which each surrogate is swapped for a private-use code point that occurs in
// none of the operands, and have the swap undone on its result. The 2048
// stand-ins are a block of Supplementary Private Use Area-A/B chosen per call
// so that the swap is a bijection on everything involved.

/// A swap of the 2048 surrogates with the block starting at `base`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standins {
    base: u32,
}

impl Standins {
    /// A block not used by any of `texts`, if one exists (64 blocks exist,
    /// so only text holding characters of every block has none).
    pub fn choose<'a>(texts: impl Iterator<Item = &'a [u8]> + Clone) -> Option<Standins> {
        let mut used: u128 = 0;
        for t in texts {
            for c in code_points(t) {
                if c >= 0xF0000 {
                    used |= 1 << ((c - 0xF0000) >> 11);
                }
            }
        }
        // 0xF0000..0x10FFFF holds 64 blocks of 2048; the last code points of
        // each plane (noncharacters) do not matter as they are never stand-ins
        // for anything but themselves within a block.
        (0..64u32).find(|k| used & (1 << k) == 0).map(|k| Standins { base: 0xF0000 + (k << 11) })
    }
    /// The copy with surrogates swapped out: valid UTF-8.
    pub fn hide(&self, b: &[u8]) -> String {
        let mut out = String::with_capacity(b.len() + 4);
        for c in code_points(b) {
            let c = if is_surrogate(c) { self.base + (c - 0xD800) } else { c };
            out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
        }
        out
    }
    /// Does `b` use a code point of this block (so that hiding text with
    /// surrogates next to it would not be undone exactly)?
    pub fn collides(&self, b: &[u8]) -> bool {
        code_points(b).any(|c| (self.base..self.base + 0x800).contains(&c))
    }
    /// Undo `hide` on a result.
    pub fn reveal(&self, s: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(s.len());
        for c in s.chars() {
            let c = c as u32;
            let c = if (self.base..self.base + 0x800).contains(&c) { 0xD800 + (c - self.base) } else { c };
            push_cp(&mut out, c);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_encode_as_three_bytes_each() {
        let t = from_code_points([0xD800, 0xDC00]);
        assert_eq!(t, [0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80]);
        assert_eq!(code_points(&t).collect::<Vec<_>>(), [0xD800, 0xDC00]);
        assert!(has_surrogates(&t) && is_well_formed(&t) && as_str(&t).is_none());
        assert_eq!(char_count(&t), 2);
    }

    #[test]
    fn plain_text_is_its_utf8() {
        let t = from_code_points("aé€😀".chars().map(|c| c as u32));
        assert_eq!(t, "aé€😀".as_bytes());
        assert!(!has_surrogates(&t));
        assert_eq!(as_str(&t), Some("aé€😀"));
        // U+D7FF and U+E000 border the surrogates: ED 9F BF is not one.
        assert!(!has_surrogates("\u{D7FF}\u{E000}".as_bytes()));
    }

    #[test]
    fn byte_order_is_code_point_order() {
        let cps = [0x41, 0xFF, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF];
        for w in cps.windows(2) {
            assert!(from_code_points([w[0]]) < from_code_points([w[1]]), "{w:x?}");
        }
    }

    #[test]
    fn offsets_and_malformed_input() {
        let t = from_code_points([0x61, 0xDC80, 0x62]);
        assert_eq!(byte_offset(&t, 1), 1);
        assert_eq!(byte_offset(&t, 2), 4);
        assert_eq!(byte_offset(&t, 9), 5);
        assert_eq!(char_index(&t, 4), 2);
        assert_eq!(first_surrogate(&t), Some((1, 0xDC80)));
        assert!(!is_well_formed(&[0xFF]));
        assert!(!is_well_formed(&[0xED, 0xA0]));
        assert_eq!(decode_at(&[0xFF], 0), (0xFFFD, 1));
    }

    #[test]
    fn standins_round_trip_and_avoid_used_blocks() {
        let t = from_code_points([0x61, 0xD800, 0xF0005, 0xDFFF]);
        let s = Standins::choose([t.as_slice()].into_iter()).unwrap();
        assert_ne!(s.base, 0xF0000, "block holding U+F0005 must be skipped");
        let hidden = s.hide(&t);
        assert_eq!(hidden.chars().count(), 4);
        assert_eq!(s.reveal(&hidden), t);
    }
}
