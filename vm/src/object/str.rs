//! `str`: immutable UTF-8 text with a cached hash and code-point length.
//!
//! ASCII strings index in O(1) by byte. Non-ASCII indexing walks the UTF-8
//! today (a lazily built index is planned); lone surrogates are not yet
//! representable (see docs/architecture.md).

use super::{Layout, ObjHeader, PyPayload};
use std::cell::Cell;
use taipan_gc::{Trace, Tracer};

#[repr(C)]
pub struct StrObj {
    pub header: ObjHeader,
    hash: Cell<i64>,
    /// Number of code points.
    pub char_len: usize,
    pub interned: Cell<bool>,
    data: Box<str>,
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
pub fn hash_str(s: &str) -> i64 {
    // FNV-1a, 64-bit, then avoid -1 (reserved as "not computed").
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The text of a str value, or None for other values.
///
/// The borrow is given a `'static` lifetime: str objects are immutable and
/// never move, and a str reachable from the native stack (where the caller's
/// `Value` lives) is kept alive by the conservative stack scan.
pub fn str_of(v: crate::value::Value) -> Option<&'static str> {
    let s = v.downcast::<StrObj>()?;
    let text: &str = s.as_str();
    // SAFETY: see the function comment.
    Some(unsafe { &*(text as *const str) })
}

impl StrObj {
    pub fn new(header: ObjHeader, data: Box<str>) -> StrObj {
        let char_len = if data.is_ascii() { data.len() } else { data.chars().count() };
        StrObj { header, hash: Cell::new(-1), char_len, interned: Cell::new(false), data }
    }
    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.data
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
        let h = hash_str(&self.data);
        self.hash.set(h);
        h
    }
    /// Byte offset of code point `i` (0 <= i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.data.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.data.len())
        }
    }
    /// Code point `i` (caller checked bounds).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.data.as_bytes()[i] as char
        } else {
            self.data[self.byte_offset(i)..].chars().next().unwrap_or('\0')
        }
    }
    /// Substring by code-point range.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            &self.data[start..end]
        } else {
            let b0 = self.byte_offset(start);
            let b1 = b0 + self.data[b0..].char_indices().nth(end - start).map(|(b, _)| b).unwrap_or(self.data.len() - b0);
            &self.data[b0..b1]
        }
    }
}
