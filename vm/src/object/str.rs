//! `str`: immutable text with a cached hash and code-point length.
//!
//! The text is UTF-8 generalised to lone surrogates (see `text::wtf8`): a
//! string without surrogates is plain UTF-8 and lends itself out as `&str`
//! for free ([`StrObj::as_str`]); a string with surrogates (flag
//! `surrogates`) has no `&str` form and is handled through its bytes
//! ([`StrObj::as_wtf8`]) by the operations that support it.
//!
//! ASCII strings index in O(1) by byte. Non-ASCII indexing walks the text
//! (a lazily built index is planned).

use super::{Layout, ObjHeader, PyPayload};
use crate::text::wtf8;
use std::cell::Cell;
use taipan_gc::{Trace, Tracer};

#[repr(C)]
pub struct StrObj {
    pub header: ObjHeader,
    hash: Cell<i64>,
    /// Number of code points.
    pub char_len: usize,
    pub interned: Cell<bool>,
    /// Does `data` hold at least one lone surrogate (so is not UTF-8)?
    surrogates: bool,
    /// Invariant: well-formed generalised UTF-8, and valid UTF-8 exactly
    /// when `surrogates` is false.
    data: Box<[u8]>,
}

unsafe impl PyPayload for StrObj {
    const LAYOUT: Layout = Layout::Str;
}
unsafe impl Trace for StrObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        t.note_external(self.data.len());
    }
}

/// Hash of text (not CPython's SipHash: str hashes are randomised there too).
/// Hashes the stored bytes, so equal strings (equal bytes) hash equally.
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    // FNV-1a, 64-bit, then avoid -1 (reserved as "not computed").
    let mut h: u64 = 0xcbf29ce484222325;
    for b in b {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The text of a str value without lone surrogates, or None for other
/// values and for strings holding surrogates (use [`wtf8_of`] for those).
///
/// The borrow is given a `'static` lifetime: str objects are immutable and
/// never move, and a str reachable from the native stack (where the caller's
/// `Value` lives) is kept alive by the conservative stack scan.
pub fn str_of(v: crate::value::Value) -> Option<&'static str> {
    let s = v.downcast::<StrObj>()?;
    let text: &str = s.as_str()?;
    // SAFETY: see the function comment.
    Some(unsafe { &*(text as *const str) })
}

/// The stored text of any str value (surrogates included); same lifetime
/// reasoning as [`str_of`].
pub fn wtf8_of(v: crate::value::Value) -> Option<&'static [u8]> {
    let s = v.downcast::<StrObj>()?;
    let text: &[u8] = s.as_wtf8();
    // SAFETY: see `str_of`.
    Some(unsafe { &*(text as *const [u8]) })
}

impl StrObj {
    pub fn new(header: ObjHeader, data: Box<str>) -> StrObj {
        let char_len = if data.is_ascii() { data.len() } else { data.chars().count() };
        let data = data.into_boxed_bytes();
        StrObj { header, hash: Cell::new(-1), char_len, interned: Cell::new(false), surrogates: false, data }
    }
    /// From generalised UTF-8; None when `data` is not well-formed.
    pub fn from_wtf8(header: ObjHeader, data: Box<[u8]>) -> Option<StrObj> {
        if !wtf8::is_well_formed(&data) {
            return None;
        }
        let surrogates = wtf8::has_surrogates(&data);
        let char_len = wtf8::char_count(&data);
        Some(StrObj { header, hash: Cell::new(-1), char_len, interned: Cell::new(false), surrogates, data })
    }
    /// The text as `&str`, None when it holds lone surrogates.
    #[inline(always)]
    pub fn as_str(&self) -> Option<&str> {
        if self.surrogates {
            None
        } else {
            // SAFETY: without surrogates the data is valid UTF-8 (invariant
            // of `data`, established by both constructors).
            Some(unsafe { std::str::from_utf8_unchecked(&self.data) })
        }
    }
    /// The stored text, surrogates included.
    #[inline(always)]
    pub fn as_wtf8(&self) -> &[u8] {
        &self.data
    }
    #[inline(always)]
    pub fn has_surrogates(&self) -> bool {
        self.surrogates
    }
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.data.len()
    }
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(&self.data);
        self.hash.set(h);
        h
    }
    /// Byte offset of code point `i` (0 <= i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            wtf8::byte_offset(&self.data, i)
        }
    }
    /// Code point `i` (caller checked bounds); may be a surrogate.
    pub fn code_point_at(&self, i: usize) -> u32 {
        if self.is_ascii() {
            self.data[i] as u32
        } else {
            let b = self.byte_offset(i);
            if b < self.data.len() {
                wtf8::decode_at(&self.data, b).0
            } else {
                0
            }
        }
    }
    /// Substring by code-point range, as stored text.
    pub fn slice_wtf8(&self, start: usize, end: usize) -> &[u8] {
        if self.is_ascii() {
            &self.data[start..end]
        } else {
            let b0 = self.byte_offset(start);
            let b1 = b0 + wtf8::byte_offset(&self.data[b0..], end - start);
            &self.data[b0..b1]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::wtf8::from_code_points;

    fn obj(b: &[u8]) -> Option<StrObj> {
        // A real vm supplies the class the header needs.
        let vm = crate::vm::Vm::new(Default::default());
        StrObj::from_wtf8(ObjHeader::new(vm.t.str_), b.into())
    }

    #[test]
    fn surrogate_text_has_no_str_view() {
        let s = obj(&from_code_points([0x61, 0xDC80, 0x20AC])).unwrap();
        assert!(s.has_surrogates() && s.as_str().is_none());
        assert_eq!(s.char_len, 3);
        assert_eq!((s.code_point_at(0), s.code_point_at(1), s.code_point_at(2)), (0x61, 0xDC80, 0x20AC));
        assert_eq!(s.slice_wtf8(1, 2), from_code_points([0xDC80]));
        assert_eq!(s.slice_wtf8(1, 3), from_code_points([0xDC80, 0x20AC]));
    }

    #[test]
    fn plain_text_keeps_its_str_view_and_hash() {
        let s = obj("héllo".as_bytes()).unwrap();
        assert_eq!(s.as_str(), Some("héllo"));
        assert_eq!(s.hash(), hash_str("héllo"));
        assert_eq!(s.slice_wtf8(1, 3), "él".as_bytes());
    }

    #[test]
    fn malformed_bytes_are_refused() {
        assert!(obj(&[0xFF]).is_none());
        assert!(obj(&[0xED, 0xA0]).is_none());
    }
}
