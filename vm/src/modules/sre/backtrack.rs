//! The backtracking half of the matcher: what a handler does when its
//! child context returns (`resume`, CPython's `jump_*` labels) and the
//! loops shared between first entry and resumption (BRANCH alternatives,
//! REPEAT_ONE backing off, POSSESSIVE_REPEAT's extra items).

use super::constants::{op, MAXREPEAT};
use super::engine::Flow;
use super::state::{Char, Jump, SreError, SreResult, State, NONE};

impl<'a, C: Char> State<'a, C> {
    /// The span of group `g` (0-based) if it is set: CPython's GROUPREF test.
    pub(super) fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let i = g.checked_mul(2)?;
        if i as isize >= self.lastmark {
            return None;
        }
        let (a, b) = (*self.marks.get(i)?, *self.marks.get(i + 1)?);
        (a != NONE && b != NONE && a <= b).then_some((a, b))
    }

    /// MARK_PUSH when inside a repeat, remembering that it was done.
    pub(super) fn save_marks_if_repeat(&mut self) -> SreResult<()> {
        let pushed = self.repeat != NONE;
        let lm = self.top()?.lastmark;
        self.top()?.pushed = pushed;
        if pushed {
            self.mark_push(lm);
        }
        Ok(())
    }

    /// Drop the marks saved by `save_marks_if_repeat` and fail.
    pub(super) fn fail_restoring(&mut self) -> SreResult<Flow> {
        let t = *self.top()?;
        if t.pushed {
            self.mark_pop_discard(t.lastmark)?;
        }
        Ok(Flow::Ret(false))
    }

    /// After a failed attempt: restore the saved marks (kept for the next one).
    pub(super) fn restore_for_retry(&mut self) -> SreResult<()> {
        let t = *self.top()?;
        if t.pushed {
            self.mark_pop_keep(t.lastmark)?;
        }
        self.lastmark_restore()
    }

    /// Succeed, dropping marks saved by `save_marks_if_repeat`.
    pub(super) fn succeed_discarding(&mut self) -> SreResult<Flow> {
        let t = *self.top()?;
        if t.pushed {
            self.mark_pop_discard(t.lastmark)?;
        }
        Ok(Flow::Ret(true))
    }

    /// BRANCH: try alternatives from the one at `*pc` whose quick first-character check passes.
    pub(super) fn branch_next(&mut self, pc: &mut usize, s: usize) -> SreResult<Flow> {
        let end = self.end;
        loop {
            let skip = self.c(*pc)? as usize;
            if skip == 0 {
                return self.fail_restoring();
            }
            let first = self.c(*pc + 1)?;
            let skip_it = match first {
                op::LITERAL => s >= end || self.t(s) != self.c(*pc + 2)?,
                op::IN => s >= end || !self.charset(*pc + 3, self.t(s))?,
                _ => false,
            };
            if !skip_it {
                self.ptr = s;
                let toplevel = self.top()?.toplevel;
                return Ok(Flow::Call(Jump::Branch, *pc + 1, toplevel));
            }
            *pc += skip;
        }
    }

    /// REPEAT_ONE with a literal tail: back off to a position where the
    /// literal follows, then try the tail there. `p` is the opcode's skip word.
    pub(super) fn repeat_one_literal(&mut self, p: usize, s: &mut usize) -> SreResult<Flow> {
        let t = *self.top()?;
        let (lit, min) = (t.u as u32, self.c(p + 1)? as isize);
        let mut count = t.count;
        while !(*s < self.end && self.t(*s) == lit) {
            if count <= min {
                return self.fail_restoring();
            }
            *s -= 1;
            count -= 1;
        }
        self.top()?.count = count;
        self.ptr = *s;
        Ok(Flow::Call(Jump::RepeatOne1, p + self.c(p)? as usize, t.toplevel))
    }

    /// POSSESSIVE_REPEAT after the minimum: match more items while they
    /// advance, then continue with the tail. `last` is where the previous
    /// item started (NONE before the first extra one).
    pub(super) fn poss_repeat_more(&mut self, p: &mut usize, s: &mut usize, last: usize) -> SreResult<Flow> {
        let max = self.c(*p + 2)?;
        let count = self.top()?.count;
        if (max == MAXREPEAT || count < max as isize) && self.ptr != last {
            self.lastmark_save()?;
            let lm = self.lastmark;
            self.mark_push(lm);
            *s = self.ptr;
            return Ok(Flow::Call(Jump::PossRepeat2, *p + 3, false));
        }
        *p += self.c(*p)? as usize + 1;
        *s = self.ptr;
        Ok(Flow::Go)
    }

    /// A child context finished with verdict `r`: continue its parent's
    /// handler. `pc`/`ptr` hold the parent's saved positions.
    pub(super) fn resume(&mut self, jump: Jump, r: bool, pc: &mut usize, ptr: &mut usize) -> SreResult<Flow> {
        let t = *self.top()?;
        match jump {
            Jump::None => Err(SreError::State),
            Jump::Branch => {
                if r {
                    return self.succeed_discarding();
                }
                self.restore_for_retry()?;
                *pc += self.c(*pc)? as usize;
                self.branch_next(pc, *ptr)
            }
            Jump::RepeatOne1 | Jump::RepeatOne2 => {
                if r {
                    return self.succeed_discarding();
                }
                self.restore_for_retry()?;
                let min = self.c(*pc + 1)? as isize;
                if t.count <= min {
                    return self.fail_restoring();
                }
                *ptr -= 1;
                self.top()?.count = t.count - 1;
                if jump == Jump::RepeatOne1 {
                    return self.repeat_one_literal(*pc, ptr);
                }
                self.ptr = *ptr;
                Ok(Flow::Call(Jump::RepeatOne2, *pc + self.c(*pc)? as usize, t.toplevel))
            }
            Jump::MinRepeatOne => {
                if r {
                    return self.succeed_discarding();
                }
                self.restore_for_retry()?;
                self.ptr = *ptr;
                if self.count(*pc + 3, 1)? == 0 {
                    return self.fail_restoring();
                }
                *ptr += 1;
                let count = t.count + 1;
                self.top()?.count = count;
                let max = self.c(*pc + 2)?;
                if max != MAXREPEAT && count > max as isize {
                    return self.fail_restoring();
                }
                self.ptr = *ptr;
                Ok(Flow::Call(Jump::MinRepeatOne, *pc + self.c(*pc)? as usize, t.toplevel))
            }
            Jump::Repeat => {
                self.repeat = self.rep(t.u)?.prev;
                self.repeats.truncate(t.u);
                Ok(Flow::Ret(r))
            }
            Jump::MaxUntil1 | Jump::MinUntil1 => {
                if r {
                    return Ok(Flow::Ret(true));
                }
                self.rep(t.u)?.count = t.count - 1;
                self.ptr = *ptr;
                Ok(Flow::Ret(false))
            }
            Jump::MaxUntil2 => {
                let last = self.data.pop().ok_or(SreError::State)?;
                self.rep(t.u)?.last_ptr = last;
                if r {
                    self.mark_pop_discard(t.lastmark)?;
                    return Ok(Flow::Ret(true));
                }
                self.mark_pop(t.lastmark)?;
                self.lastmark_restore()?;
                let rep = self.rep(t.u)?;
                rep.count = t.count - 1;
                let prev = rep.prev;
                self.ptr = *ptr;
                self.repeat = prev;
                Ok(Flow::Call(Jump::MaxUntil3, *pc, t.toplevel))
            }
            Jump::MaxUntil3 => {
                self.repeat = t.u;
                if !r {
                    self.ptr = *ptr;
                }
                Ok(Flow::Ret(r))
            }
            Jump::MinUntil2 => {
                self.repeat = t.u;
                if r {
                    return self.succeed_discarding();
                }
                if t.pushed {
                    self.mark_pop(t.lastmark)?;
                }
                self.lastmark_restore()?;
                self.ptr = *ptr;
                let rep = *self.rep(t.u)?;
                let max = self.c(rep.pc + 2)?;
                if (max != MAXREPEAT && t.count >= max as isize) || self.ptr == rep.last_ptr {
                    return Ok(Flow::Ret(false));
                }
                self.data.push(rep.last_ptr);
                let r = self.rep(t.u)?;
                r.count = t.count;
                r.last_ptr = *ptr;
                Ok(Flow::Call(Jump::MinUntil3, rep.pc + 3, t.toplevel))
            }
            Jump::MinUntil3 => {
                let last = self.data.pop().ok_or(SreError::State)?;
                let rep = self.rep(t.u)?;
                rep.last_ptr = last;
                if r {
                    return Ok(Flow::Ret(true));
                }
                rep.count = t.count - 1;
                self.ptr = *ptr;
                Ok(Flow::Ret(false))
            }
            Jump::PossRepeat1 => {
                if !r {
                    self.ptr = *ptr;
                    return Ok(Flow::Ret(false));
                }
                let count = t.count + 1;
                self.top()?.count = count;
                if count < self.c(*pc + 1)? as isize {
                    return Ok(Flow::Call(Jump::PossRepeat1, *pc + 3, false));
                }
                self.poss_repeat_more(pc, ptr, NONE)
            }
            Jump::PossRepeat2 => {
                if r {
                    self.mark_pop_discard(t.lastmark)?;
                    self.top()?.count = t.count + 1;
                    let last = *ptr;
                    return self.poss_repeat_more(pc, ptr, last);
                }
                self.mark_pop(t.lastmark)?;
                self.lastmark_restore()?;
                self.ptr = *ptr;
                *pc += self.c(*pc)? as usize + 1;
                Ok(Flow::Go)
            }
            Jump::AtomicGroup => {
                if !r {
                    self.ptr = *ptr;
                    return Ok(Flow::Ret(false));
                }
                *pc += self.c(*pc)? as usize;
                *ptr = self.ptr;
                Ok(Flow::Go)
            }
            Jump::Assert => {
                if !r {
                    return Ok(Flow::Ret(false));
                }
                *pc += self.c(*pc)? as usize;
                Ok(Flow::Go)
            }
            Jump::AssertNot => {
                if r {
                    return self.fail_restoring();
                }
                if t.pushed {
                    self.mark_pop(t.lastmark)?;
                }
                self.lastmark_restore()?;
                *pc += self.c(*pc)? as usize;
                Ok(Flow::Go)
            }
        }
    }
}
