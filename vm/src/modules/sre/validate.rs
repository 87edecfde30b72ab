//! Checking a code list before it becomes a pattern, with the structure
//! rules of CPython's `_validate` (sre.c): every skip stays inside its
//! enclosing construct, sets and sub-patterns end with the right opcode,
//! group numbers are in range. Code that fails is "invalid SRE code"
//! (RuntimeError). The engine still checks every access, so code that
//! passes here but is nonsense gives an engine error, never a panic.

use super::constants::{at, cat, info, op};

type V = Result<(), ()>;

struct Reader<'a> {
    code: &'a [u32],
    i: usize,
    end: usize,
}

impl<'a> Reader<'a> {
    fn word(&mut self) -> Result<u32, ()> {
        if self.i >= self.end {
            return Err(());
        }
        let w = *self.code.get(self.i).ok_or(())?;
        self.i += 1;
        Ok(w)
    }
    /// A skip word: `adj` less than it must still fit before `end` (counted from the skip word).
    fn skip(&mut self, adj: usize) -> Result<usize, ()> {
        if self.i >= self.end {
            return Err(());
        }
        let s = *self.code.get(self.i).ok_or(())? as usize;
        if s.checked_sub(adj).is_none_or(|x| x > self.end - self.i) {
            return Err(());
        }
        self.i += 1;
        Ok(s)
    }
}

/// Is `code` a valid program for a pattern with `groups` groups?
pub fn validate(code: &[u32], groups: usize) -> bool {
    if groups as i64 > super::constants::MAXGROUPS || code.last() != Some(&op::SUCCESS) {
        return false;
    }
    inner(code, 0, code.len() - 1, groups).is_ok()
}

fn charset(code: &[u32], start: usize, end: usize) -> V {
    let mut r = Reader { code, i: start, end };
    while r.i < r.end {
        match r.word()? {
            op::NEGATE => {}
            op::LITERAL => {
                r.word()?;
            }
            op::RANGE | op::RANGE_UNI_IGNORE => {
                r.word()?;
                r.word()?;
            }
            op::CHARSET => {
                if 8 > r.end - r.i {
                    return Err(());
                }
                r.i += 8;
            }
            op::BIGCHARSET => {
                let blocks = r.word()?;
                if 64 > r.end - r.i {
                    return Err(());
                }
                // Every block index byte must name an existing block.
                for w in &code[r.i..r.i + 64] {
                    if w.to_ne_bytes().iter().any(|&b| b as u32 >= blocks) {
                        return Err(());
                    }
                }
                r.i += 64;
                let n = (blocks as usize).checked_mul(8).ok_or(())?;
                if n > r.end - r.i {
                    return Err(());
                }
                r.i += n;
            }
            op::CATEGORY => {
                if r.word()? > cat::UNI_NOT_LINEBREAK {
                    return Err(());
                }
            }
            _ => return Err(()),
        }
    }
    Ok(())
}

fn inner(code: &[u32], start: usize, end: usize, groups: usize) -> V {
    inner_at(code, start, end, groups, 0)
}

/// Nesting deeper than this is rejected (the check recurses per level).
const MAX_DEPTH: usize = 10_000;

fn inner_at(code: &[u32], start: usize, end: usize, groups: usize, depth: usize) -> V {
    if start > end || end > code.len() || depth > MAX_DEPTH {
        return Err(());
    }
    let mut r = Reader { code, i: start, end };
    while r.i < r.end {
        let o = r.word()?;
        match o {
            op::MARK => {
                if r.word()? as usize > 2 * groups + 1 {
                    return Err(());
                }
            }
            op::LITERAL
            | op::NOT_LITERAL
            | op::LITERAL_IGNORE
            | op::NOT_LITERAL_IGNORE
            | op::LITERAL_UNI_IGNORE
            | op::NOT_LITERAL_UNI_IGNORE
            | op::LITERAL_LOC_IGNORE
            | op::NOT_LITERAL_LOC_IGNORE => {
                r.word()?;
            }
            op::SUCCESS | op::FAILURE | op::ANY | op::ANY_ALL => {}
            op::AT => {
                if r.word()? > at::UNI_NON_BOUNDARY {
                    return Err(());
                }
            }
            op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => {
                let skip = r.skip(0)?;
                if skip < 2 {
                    return Err(());
                }
                let fail_at = r.i + skip - 2;
                charset(code, r.i, fail_at)?;
                if code.get(fail_at) != Some(&op::FAILURE) {
                    return Err(());
                }
                r.i += skip - 1;
            }
            op::INFO => {
                // <INFO> <skip> <flags> <min> <max> [<prefix info> | <charset>]
                let skip = r.skip(0)?;
                if skip < 1 {
                    return Err(());
                }
                let newcode = r.i + skip - 1;
                let flags = r.word()?;
                r.word()?;
                r.word()?;
                if flags & !(info::PREFIX | info::LITERAL | info::CHARSET) != 0
                    || (flags & info::PREFIX != 0 && flags & info::CHARSET != 0)
                    || (flags & info::LITERAL != 0 && flags & info::PREFIX == 0)
                {
                    return Err(());
                }
                if flags & info::PREFIX != 0 {
                    let len = r.word()? as usize;
                    if r.word()? as usize > len {
                        return Err(()); // prefix_skip beyond the prefix
                    }
                    if r.i > newcode || len > newcode - r.i {
                        return Err(());
                    }
                    r.i += len;
                    if len > newcode - r.i {
                        return Err(());
                    }
                    if code[r.i..r.i + len].iter().any(|&x| x as usize >= len) {
                        return Err(());
                    }
                    r.i += len;
                }
                if flags & info::CHARSET != 0 {
                    if newcode < 1 || r.i > newcode - 1 {
                        return Err(());
                    }
                    charset(code, r.i, newcode - 1)?;
                    if code.get(newcode - 1) != Some(&op::FAILURE) {
                        return Err(());
                    }
                    r.i = newcode;
                } else if r.i != newcode {
                    return Err(());
                }
            }
            op::BRANCH => {
                let mut target = None;
                loop {
                    let skip = r.skip(0)?;
                    if skip == 0 {
                        break;
                    }
                    if skip < 3 {
                        return Err(());
                    }
                    inner_at(code, r.i, r.i + skip - 3, groups, depth + 1)?;
                    r.i += skip - 3;
                    if r.word()? != op::JUMP {
                        return Err(());
                    }
                    let s = r.skip(0)?;
                    if s < 1 {
                        return Err(());
                    }
                    let t = r.i + s - 1;
                    match target {
                        None => target = Some(t),
                        Some(x) if x != t => return Err(()),
                        _ => {}
                    }
                }
                if target.is_some_and(|t| t != r.i) {
                    return Err(());
                }
            }
            op::REPEAT_ONE | op::MIN_REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE | op::REPEAT | op::POSSESSIVE_REPEAT => {
                let skip = r.skip(0)?;
                let min = r.word()?;
                let max = r.word()?;
                if min > max {
                    return Err(());
                }
                let single = matches!(o, op::REPEAT_ONE | op::MIN_REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE);
                let body = if single { 4 } else { 3 };
                if skip < body {
                    return Err(());
                }
                inner_at(code, r.i, r.i + skip - body, groups, depth + 1)?;
                r.i += skip - body;
                let close = r.word()?;
                let ok = match o {
                    op::REPEAT => close == op::MAX_UNTIL || close == op::MIN_UNTIL,
                    _ => close == op::SUCCESS,
                };
                if !ok {
                    return Err(());
                }
            }
            op::ATOMIC_GROUP => {
                let skip = r.skip(0)?;
                if skip < 2 {
                    return Err(());
                }
                inner_at(code, r.i, r.i + skip - 2, groups, depth + 1)?;
                r.i += skip - 2;
                if r.word()? != op::SUCCESS {
                    return Err(());
                }
            }
            op::GROUPREF | op::GROUPREF_IGNORE | op::GROUPREF_UNI_IGNORE | op::GROUPREF_LOC_IGNORE => {
                if r.word()? as usize >= groups {
                    return Err(());
                }
            }
            op::GROUPREF_EXISTS => {
                // <GROUPREF_EXISTS> <group> <skip> then [<JUMP> <skip> else]; the skip counts from <group>.
                if r.word()? as usize >= groups {
                    return Err(());
                }
                let skip = r.skip(1)?;
                let base = r.i - 2;
                if skip < 2 {
                    return Err(());
                }
                let target = base + skip;
                if skip >= 3 && code.get(target - 2) == Some(&op::JUMP) && target - 2 >= r.i {
                    inner_at(code, r.i, target - 2, groups, depth + 1)?;
                    r.i = target - 1;
                    let s = r.skip(0)?;
                    if s < 1 {
                        return Err(());
                    }
                    inner_at(code, r.i, r.i + s - 1, groups, depth + 1)?;
                    r.i += s - 1;
                } else {
                    inner_at(code, r.i, target, groups, depth + 1)?;
                    r.i = target;
                }
            }
            op::ASSERT | op::ASSERT_NOT => {
                // <ASSERT> <skip> <back> pattern <SUCCESS>; the skip counts from <skip>.
                let skip = r.skip(0)?;
                let back = r.word()?;
                if back & 0x8000_0000 != 0 || skip < 3 {
                    return Err(());
                }
                let body_end = r.i - 1 + skip - 2;
                inner_at(code, r.i, body_end, groups, depth + 1)?;
                r.i = body_end;
                if r.word()? != op::SUCCESS {
                    return Err(());
                }
            }
            _ => return Err(()),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::validate;

    #[test]
    fn compiler_output_passes_and_garbage_fails() {
        // `(ab)*c` as CPython 3.11 compiles it.
        let code = [14, 4, 0, 1, u32::MAX, 23, 11, 0, u32::MAX, 17, 0, 16, 97, 16, 98, 17, 1, 18, 16, 99, 1];
        assert!(validate(&code, 1));
        let mut bad_mark = code;
        bad_mark[10] = 5;
        assert!(!validate(&bad_mark, 1));
        assert!(!validate(&code[..code.len() - 1], 1));
        assert!(!validate(&[99, 1], 0));
        assert!(!validate(&[], 0));
        for cut in 0..code.len() {
            let mut c = code[..cut].to_vec();
            c.push(1);
            let _ = validate(&c, 1);
        }
    }
}
