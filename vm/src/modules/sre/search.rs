//! `search`: find the leftmost match from `self.start`, using the INFO
//! block the compiler puts in front of the code (minimum length, literal
//! prefix with its overlap table, or a set of possible first characters) to
//! skip positions where no match can start, as CPython's `SRE(search)` does.

use super::constants::{info, op};
use super::state::{Char, SreResult, State};

impl<'a, C: Char> State<'a, C> {
    /// Match at `self.start` only (`match` / `fullmatch`).
    pub fn match_here(&mut self) -> SreResult<bool> {
        self.ptr = self.start;
        self.run(0, true)
    }

    /// Search for the leftmost match at or after `self.start`.
    pub fn search(&mut self) -> SreResult<bool> {
        let mut ptr = self.start;
        let mut end = self.end;
        if ptr > end {
            return Ok(false);
        }
        let mut pc = 0;
        let mut flags = 0;
        let mut prefix: Option<(usize, usize, usize)> = None; // (len, skip, code index)
        let mut charset = None;
        if self.c(0)? == op::INFO {
            // <INFO> <skip> <flags> <min> <max> <prefix or charset ...>
            flags = self.c(2)?;
            let min = self.c(3)? as usize;
            if min != 0 && end - ptr < min {
                return Ok(false);
            }
            if min > 1 {
                end = (end - (min - 1)).max(ptr);
            }
            if flags & info::PREFIX != 0 {
                let len = self.c(5)? as usize;
                let skip = self.c(6)? as usize;
                prefix = Some((len, skip, 7));
            } else if flags & info::CHARSET != 0 {
                charset = Some(5);
            }
            pc = 1 + self.c(1)? as usize;
        }
        if let Some((len, skip, at)) = prefix.filter(|p| p.0 > 0) {
            return self.search_prefix(pc, len, skip, at, flags & info::LITERAL != 0);
        }
        if let Some(set) = charset {
            let end = self.end;
            self.must_advance = false;
            loop {
                while ptr < end && !self.charset(set, self.t(ptr))? {
                    ptr += 1;
                }
                if ptr >= end {
                    return Ok(false);
                }
                self.start = ptr;
                self.ptr = ptr;
                if self.run(pc, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.reset_captures();
            }
        }
        // General case: try every position.
        self.start = ptr;
        self.ptr = ptr;
        let mut found = self.run(pc, true)?;
        self.must_advance = false;
        if !found && self.c(pc)? == op::AT && matches!(self.c(pc + 1)?, 0 | 2) {
            // Anchored at the beginning (AT_BEGINNING / AT_BEGINNING_STRING): no other position can match.
            self.start = end;
            self.ptr = end;
            return Ok(false);
        }
        while !found && ptr < end {
            ptr += 1;
            self.reset_captures();
            self.start = ptr;
            self.ptr = ptr;
            found = self.run(pc, false)?;
        }
        Ok(found)
    }

    fn reset_captures(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
    }

    /// Search for a pattern that starts with the literal prefix of `len`
    /// characters at code index `at` (followed by its overlap table). The
    /// first `skip` prefix characters are LITERAL ops (two words each) at
    /// the start of the code, which a candidate has already matched.
    fn search_prefix(&mut self, pc: usize, len: usize, skip: usize, at: usize, literal: bool) -> SreResult<bool> {
        let end = self.end;
        let mut ptr = self.start;
        // The compiler's skip never exceeds the prefix; hand-made code might.
        let skip = skip.min(len);
        let prefix: Vec<u32> = (0..len).map(|i| self.c(at + i)).collect::<SreResult<_>>()?;
        let overlap_at = at + len;
        let body = pc + 2 * skip;
        self.must_advance = false;
        if len == 1 {
            let c = prefix[0];
            while ptr < end {
                match C::find(&self.text[ptr..end], c) {
                    Some(k) => ptr += k,
                    None => return Ok(false),
                }
                self.start = ptr;
                self.ptr = ptr + skip;
                if literal {
                    return Ok(true);
                }
                if self.run(body, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.reset_captures();
            }
            return Ok(false);
        }
        if len > end.saturating_sub(ptr) {
            return Ok(false);
        }
        // Knuth-Morris-Pratt over the prefix with the compiler's overlap table.
        let mut i = 0usize;
        while ptr < end {
            let ch = self.t(ptr);
            while i > 0 && ch != prefix[i] {
                i = self.c(overlap_at + i - 1)? as usize;
            }
            if ch == prefix[i] {
                i += 1;
            } else if i == 0 {
                // Jump to the next occurrence of the first prefix character.
                match C::find(&self.text[ptr + 1..end], prefix[0]) {
                    Some(k) => {
                        ptr += 1 + k;
                        continue;
                    }
                    None => return Ok(false),
                }
            }
            ptr += 1;
            if i == len {
                self.start = ptr - len;
                self.ptr = self.start + skip;
                if literal {
                    return Ok(true);
                }
                if self.run(body, false)? {
                    return Ok(true);
                }
                self.reset_captures();
                i = self.c(overlap_at + i - 1)? as usize;
            }
        }
        Ok(false)
    }
}
