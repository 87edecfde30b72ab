//! Single-character tests: `AT` positions, character sets (`IN` bodies)
//! and `count`, the fast loop behind the single-character repeats.

use super::chars::*;
use super::constants::{at, op, MAXREPEAT};
use super::state::{Char, SreError, SreResult, State};

impl<'a, C: Char> State<'a, C> {
    /// Is position `ptr` at the position described by `code`?
    pub(super) fn at(&self, ptr: usize, code: u32) -> bool {
        let end = self.end;
        let before = |f: fn(u32) -> bool| ptr > 0 && ptr <= self.text.len() && f(self.t(ptr - 1));
        let after = |f: fn(u32) -> bool| ptr < end && f(self.t(ptr));
        match code {
            at::BEGINNING | at::BEGINNING_STRING => ptr == 0,
            at::BEGINNING_LINE => ptr == 0 || before(is_linebreak),
            at::END => ptr == end || (ptr + 1 == end && is_linebreak(self.t(ptr))),
            at::END_LINE => ptr == end || after(is_linebreak),
            at::END_STRING => ptr == end,
            at::BOUNDARY | at::NON_BOUNDARY | at::LOC_BOUNDARY | at::LOC_NON_BOUNDARY | at::UNI_BOUNDARY
            | at::UNI_NON_BOUNDARY => {
                if end == 0 {
                    return false;
                }
                let f: fn(u32) -> bool = match code {
                    at::BOUNDARY | at::NON_BOUNDARY => is_word,
                    at::LOC_BOUNDARY | at::LOC_NON_BOUNDARY => loc_is_word,
                    _ => uni_is_word,
                };
                let differ = before(f) != after(f);
                if matches!(code, at::BOUNDARY | at::LOC_BOUNDARY | at::UNI_BOUNDARY) {
                    differ
                } else {
                    !differ
                }
            }
            _ => false,
        }
    }

    /// Is `ch` in the set whose items start at code index `pc` (ending with FAILURE)?
    pub(super) fn charset(&self, mut pc: usize, ch: u32) -> SreResult<bool> {
        let mut ok = true;
        loop {
            match self.c(pc)? {
                op::FAILURE => return Ok(!ok),
                op::LITERAL => {
                    if ch == self.c(pc + 1)? {
                        return Ok(ok);
                    }
                    pc += 2;
                }
                op::CATEGORY => {
                    if category(self.c(pc + 1)?, ch) {
                        return Ok(ok);
                    }
                    pc += 2;
                }
                op::CHARSET => {
                    // 256 bits in eight words.
                    if ch < 256 && self.c(pc + 1 + (ch as usize >> 5))? & (1 << (ch & 31)) != 0 {
                        return Ok(ok);
                    }
                    pc += 9;
                }
                op::RANGE => {
                    if self.c(pc + 1)? <= ch && ch <= self.c(pc + 2)? {
                        return Ok(ok);
                    }
                    pc += 3;
                }
                op::RANGE_UNI_IGNORE => {
                    let (lo, hi) = (self.c(pc + 1)?, self.c(pc + 2)?);
                    if lo <= ch && ch <= hi {
                        return Ok(ok);
                    }
                    let up = upper_unicode(ch);
                    if lo <= up && up <= hi {
                        return Ok(ok);
                    }
                    pc += 3;
                }
                op::NEGATE => {
                    ok = !ok;
                    pc += 1;
                }
                op::BIGCHARSET => {
                    // <count> <256 block indices as bytes in 64 words> <count blocks of 8 words>
                    let count = self.c(pc + 1)? as usize;
                    pc += 2;
                    if ch < 0x10000 {
                        let k = (ch >> 8) as usize;
                        let word = self.c(pc + k / 4)?;
                        let block = word_byte(word, k % 4) as usize;
                        let bit = block * 256 + (ch & 255) as usize;
                        if self.c(pc + 64 + bit / 32)? & (1 << (bit & 31)) != 0 {
                            return Ok(ok);
                        }
                    }
                    pc += 64 + count * 8;
                }
                _ => return Err(SreError::Illegal),
            }
        }
    }

    /// `charset` for the `IN_LOC_IGNORE` case: the lower or upper case form is in the set.
    pub(super) fn charset_loc_ignore(&self, pc: usize, ch: u32) -> SreResult<bool> {
        let lo = lower_locale(ch);
        if self.charset(pc, lo)? {
            return Ok(true);
        }
        let up = upper_locale(ch);
        Ok(up != lo && self.charset(pc, up)?)
    }

    /// How many times the single-character item at `pc` matches from
    /// `self.ptr`, at most `maxcount` (MAXREPEAT: no limit).
    pub(super) fn count(&mut self, pc: usize, maxcount: u32) -> SreResult<usize> {
        let start = self.ptr;
        let mut end = self.end;
        if start > end {
            return Ok(0);
        }
        if maxcount != MAXREPEAT && (maxcount as usize) < end - start {
            end = start + maxcount as usize;
        }
        let mut p = start;
        let opc = self.c(pc)?;
        macro_rules! scan {
            (|$c:ident| $cond:expr) => {
                while p < end && {
                    let $c = self.t(p);
                    $cond
                } {
                    p += 1;
                }
            };
        }
        match opc {
            op::IN => {
                while p < end && self.charset(pc + 2, self.t(p))? {
                    p += 1;
                }
            }
            op::ANY => scan!(|c| !is_linebreak(c)),
            op::ANY_ALL => p = end,
            op::LITERAL => {
                let chr = self.c(pc + 1)?;
                scan!(|c| c == chr)
            }
            op::LITERAL_IGNORE => {
                let chr = self.c(pc + 1)?;
                scan!(|c| lower_ascii(c) == chr)
            }
            op::LITERAL_UNI_IGNORE => {
                let chr = self.c(pc + 1)?;
                scan!(|c| lower_unicode(c) == chr)
            }
            op::LITERAL_LOC_IGNORE => {
                let chr = self.c(pc + 1)?;
                scan!(|c| char_loc_ignore(chr, c))
            }
            op::NOT_LITERAL => {
                let chr = self.c(pc + 1)?;
                scan!(|c| c != chr)
            }
            op::NOT_LITERAL_IGNORE => {
                let chr = self.c(pc + 1)?;
                scan!(|c| lower_ascii(c) != chr)
            }
            op::NOT_LITERAL_UNI_IGNORE => {
                let chr = self.c(pc + 1)?;
                scan!(|c| lower_unicode(c) != chr)
            }
            op::NOT_LITERAL_LOC_IGNORE => {
                let chr = self.c(pc + 1)?;
                scan!(|c| !char_loc_ignore(chr, c))
            }
            op::IN_IGNORE => {
                while p < end && self.charset(pc + 2, lower_ascii(self.t(p)))? {
                    p += 1;
                }
            }
            op::IN_UNI_IGNORE => {
                while p < end && self.charset(pc + 2, lower_unicode(self.t(p)))? {
                    p += 1;
                }
            }
            op::IN_LOC_IGNORE => {
                while p < end && self.charset_loc_ignore(pc + 2, self.t(p))? {
                    p += 1;
                }
            }
            _ => {
                // Any other item: match it repeatedly with the full matcher
                // (only hand-made code gets here; the compiler emits the above).
                while self.ptr < end {
                    let before = self.ptr;
                    if !self.run(pc, false)? || self.ptr <= before {
                        self.ptr = before;
                        break;
                    }
                }
                let n = self.ptr.saturating_sub(start);
                self.ptr = start;
                return Ok(n.min(end - start));
            }
        }
        Ok(p - start)
    }
}

/// Byte `k` (0..4) of a code word in memory order: the compiler packs
/// BIGCHARSET block indices as native-endian bytes.
#[inline]
fn word_byte(w: u32, k: usize) -> u8 {
    let b = if cfg!(target_endian = "little") { w.to_le_bytes() } else { w.to_be_bytes() };
    b[k & 3]
}
