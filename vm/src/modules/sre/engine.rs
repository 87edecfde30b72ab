//! The backtracking matcher: CPython's `SRE(match)` with the same opcode
//! semantics, run on explicit stacks. A handler that needs a sub-match
//! ("call") saves its code and subject positions in its context, pushes a
//! child context and lets the loop enter it; when the child returns, the
//! loop pops it and resumes the parent's handler at the point named by the
//! child's `Jump`. Nothing here recurses on the Rust stack per character
//! or per backtracking point, so subject length and pattern nesting cannot
//! overflow it.

use super::chars::*;
use super::constants::{op, MAXREPEAT};
use super::state::{Char, Ctx, Jump, Repeat, SreError, SreResult, State, NONE};

/// What a handler asks the loop to do next.
pub(super) enum Flow {
    /// Run a child context at `pc` (the subject position is `self.ptr`).
    Call(Jump, usize, bool),
    /// Finish the current context with this verdict.
    Ret(bool),
    /// Keep dispatching opcodes of the current context.
    Go,
}

/// Nested `run`s (only `count` on hand-made code nests) allowed before giving up.
const MAX_NESTING: u32 = 64;

impl<'a, C: Char> State<'a, C> {
    /// Match the code at `pc0` at `self.ptr`; on success `self.ptr` is the end.
    /// `toplevel` enables the `match_all` / `must_advance` checks at SUCCESS.
    pub fn run(&mut self, pc0: usize, toplevel: bool) -> SreResult<bool> {
        if self.depth >= MAX_NESTING {
            return Err(SreError::Recursion);
        }
        self.depth += 1;
        let base = self.ctxs.len();
        self.ctxs.push(Ctx::new(pc0, toplevel, Jump::None));
        let verdict = 'outer: loop {
            // Entering the context on top of the stack.
            let mut pc = self.top()?.pc;
            let mut ptr = self.ptr;
            let mut flow = Flow::Go;
            if self.c(pc)? == op::INFO {
                // <INFO> <skip> <flags> <min> ...: reject when too little subject is left.
                let min = self.c(pc + 3)? as usize;
                if min != 0 && ptr <= self.end && self.end - ptr < min {
                    flow = Flow::Ret(false);
                } else {
                    pc += self.c(pc + 1)? as usize + 1;
                }
            }
            loop {
                flow = match flow {
                    Flow::Go => self.dispatch(&mut pc, &mut ptr)?,
                    Flow::Call(jump, child, toplevel) => {
                        let t = self.top()?;
                        t.pc = pc;
                        t.ptr = ptr;
                        self.ctxs.push(Ctx::new(child, toplevel, jump));
                        continue 'outer;
                    }
                    Flow::Ret(r) => {
                        let done = self.ctxs.pop().ok_or(SreError::State)?;
                        if self.ctxs.len() <= base {
                            break 'outer r;
                        }
                        let t = *self.top()?;
                        pc = t.pc;
                        ptr = t.ptr;
                        self.resume(done.jump, r, &mut pc, &mut ptr)?
                    }
                }
            }
        };
        self.depth -= 1;
        Ok(verdict)
    }

    /// Execute opcodes of the current context from `pc` until it calls or returns.
    fn dispatch(&mut self, pc: &mut usize, ptr: &mut usize) -> SreResult<Flow> {
        let end = self.end;
        let mut p = *pc;
        let mut s = *ptr;
        macro_rules! fail {
            () => {
                return Ok(Flow::Ret(false))
            };
        }
        macro_rules! call {
            ($jump:expr, $child:expr, $top:expr) => {{
                let child = $child;
                *pc = p;
                *ptr = s;
                return Ok(Flow::Call($jump, child, $top));
            }};
        }
        // One-character opcodes: test the character at `s`, then step over it.
        macro_rules! one {
            (|$c:ident| $ok:expr, $args:expr) => {{
                if s >= end {
                    fail!();
                }
                let $c = self.t(s);
                if !$ok {
                    fail!();
                }
                p += $args;
                s += 1;
            }};
        }
        loop {
            let opc = self.c(p)?;
            p += 1;
            match opc {
                op::MARK => {
                    let i = self.c(p)? as usize;
                    if i >= self.marks.len() {
                        return Err(SreError::Illegal);
                    }
                    if i & 1 == 1 {
                        self.lastindex = (i / 2 + 1) as isize;
                    }
                    if i as isize > self.lastmark {
                        let from = (self.lastmark + 1) as usize;
                        self.marks[from..i].fill(NONE);
                        self.lastmark = i as isize;
                    }
                    self.marks[i] = s;
                    p += 1;
                }
                op::LITERAL => {
                    let lit = self.c(p)?;
                    one!(|c| c == lit, 1)
                }
                op::NOT_LITERAL => {
                    let lit = self.c(p)?;
                    one!(|c| c != lit, 1)
                }
                op::SUCCESS => {
                    let top = self.top()?.toplevel;
                    if top && ((self.match_all && s != end) || (self.must_advance && s == self.start)) {
                        fail!();
                    }
                    self.ptr = s;
                    return Ok(Flow::Ret(true));
                }
                op::AT => {
                    if !self.at(s, self.c(p)?) {
                        fail!();
                    }
                    p += 1;
                }
                op::CATEGORY => {
                    let cat = self.c(p)?;
                    one!(|c| category(cat, c), 1)
                }
                op::ANY => one!(|c| !is_linebreak(c), 0),
                op::ANY_ALL => one!(|_c| true, 0),
                op::IN => one!(|c| self.charset(p + 1, c)?, self.c(p)? as usize),
                op::IN_IGNORE => one!(|c| self.charset(p + 1, lower_ascii(c))?, self.c(p)? as usize),
                op::IN_UNI_IGNORE => one!(|c| self.charset(p + 1, lower_unicode(c))?, self.c(p)? as usize),
                op::IN_LOC_IGNORE => one!(|c| self.charset_loc_ignore(p + 1, c)?, self.c(p)? as usize),
                op::LITERAL_IGNORE => {
                    let lit = self.c(p)?;
                    one!(|c| lower_ascii(c) == lit, 1)
                }
                op::LITERAL_UNI_IGNORE => {
                    let lit = self.c(p)?;
                    one!(|c| lower_unicode(c) == lit, 1)
                }
                op::LITERAL_LOC_IGNORE => {
                    let lit = self.c(p)?;
                    one!(|c| char_loc_ignore(lit, c), 1)
                }
                op::NOT_LITERAL_IGNORE => {
                    let lit = self.c(p)?;
                    one!(|c| lower_ascii(c) != lit, 1)
                }
                op::NOT_LITERAL_UNI_IGNORE => {
                    let lit = self.c(p)?;
                    one!(|c| lower_unicode(c) != lit, 1)
                }
                op::NOT_LITERAL_LOC_IGNORE => {
                    let lit = self.c(p)?;
                    one!(|c| !char_loc_ignore(lit, c), 1)
                }
                op::JUMP | op::INFO => p += self.c(p)? as usize,
                op::BRANCH => {
                    // <BRANCH> <skip> alternative <JUMP> ... <0>
                    self.lastmark_save()?;
                    let pushed = self.repeat != NONE;
                    let lm = self.lastmark;
                    self.top()?.pushed = pushed;
                    if pushed {
                        self.mark_push(lm);
                    }
                    let f = self.branch_next(&mut p, s)?;
                    *pc = p;
                    *ptr = s;
                    return Ok(f);
                }
                op::REPEAT_ONE | op::MIN_REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE => {
                    // <op> <skip> <min> <max> item <SUCCESS> tail
                    let min = self.c(p + 1)? as usize;
                    let max = self.c(p + 2)?;
                    if s > end || min > end - s {
                        fail!();
                    }
                    self.ptr = s;
                    let toplevel = self.top()?.toplevel;
                    let next = p + self.c(p)? as usize;
                    if opc == op::MIN_REPEAT_ONE {
                        let mut count = 0;
                        if min > 0 {
                            count = self.count(p + 3, min as u32)?;
                            if count < min {
                                fail!();
                            }
                            s += count;
                        }
                        let done = !(toplevel
                            && ((self.match_all && s != end) || (self.must_advance && s == self.start)));
                        if self.c(next)? == op::SUCCESS && done {
                            self.ptr = s;
                            return Ok(Flow::Ret(true));
                        }
                        self.lastmark_save()?;
                        self.save_marks_if_repeat()?;
                        self.top()?.count = count as isize;
                        if max != MAXREPEAT && count > max as usize {
                            return self.fail_restoring();
                        }
                        self.ptr = s;
                        call!(Jump::MinRepeatOne, next, toplevel)
                    }
                    let count = self.count(p + 3, max)?;
                    s += count;
                    if count < min {
                        fail!();
                    }
                    let tail = self.c(next)?;
                    if tail == op::SUCCESS && s == end && !(toplevel && self.must_advance && s == self.start) {
                        self.ptr = s;
                        return Ok(Flow::Ret(true));
                    }
                    if opc == op::POSSESSIVE_REPEAT_ONE {
                        p = next;
                        continue;
                    }
                    self.lastmark_save()?;
                    self.save_marks_if_repeat()?;
                    self.top()?.count = count as isize;
                    if tail == op::LITERAL {
                        let lit = self.c(next + 1)?;
                        self.top()?.u = lit as usize;
                        let f = self.repeat_one_literal(p, &mut s)?;
                        *pc = p;
                        *ptr = s;
                        return Ok(f);
                    }
                    self.ptr = s;
                    call!(Jump::RepeatOne2, next, toplevel)
                }
                op::REPEAT => {
                    // <REPEAT> <skip> <min> <max> item <UNTIL> tail
                    let idx = self.repeats.len();
                    self.repeats.push(Repeat { count: -1, pc: p, prev: self.repeat, last_ptr: NONE });
                    self.repeat = idx;
                    self.ptr = s;
                    let t = self.top()?;
                    t.u = idx;
                    let toplevel = t.toplevel;
                    call!(Jump::Repeat, p + self.c(p)? as usize, toplevel)
                }
                op::MAX_UNTIL | op::MIN_UNTIL => {
                    let idx = self.repeat;
                    if idx == NONE {
                        return Err(SreError::State);
                    }
                    self.ptr = s;
                    let rep = *self.rep(idx)?;
                    let count = rep.count + 1;
                    let min = self.c(rep.pc + 1)? as isize;
                    let max = self.c(rep.pc + 2)?;
                    let t = self.top()?;
                    t.u = idx;
                    t.count = count;
                    let toplevel = t.toplevel;
                    if count < min {
                        // Not enough items yet: match another one.
                        self.rep(idx)?.count = count;
                        let j = if opc == op::MAX_UNTIL { Jump::MaxUntil1 } else { Jump::MinUntil1 };
                        call!(j, rep.pc + 3, toplevel)
                    }
                    if opc == op::MAX_UNTIL {
                        if (max == MAXREPEAT || count < max as isize) && s != rep.last_ptr {
                            // Try one more item, remembering where this one started.
                            self.rep(idx)?.count = count;
                            self.lastmark_save()?;
                            let lm = self.lastmark;
                            self.mark_push(lm);
                            self.data.push(rep.last_ptr);
                            self.rep(idx)?.last_ptr = s;
                            call!(Jump::MaxUntil2, rep.pc + 3, toplevel)
                        }
                        // No more items here: the tail must match.
                        self.repeat = rep.prev;
                        call!(Jump::MaxUntil3, p, toplevel)
                    }
                    // MIN_UNTIL: try the tail first.
                    self.repeat = rep.prev;
                    self.lastmark_save()?;
                    self.save_marks_if_repeat()?;
                    call!(Jump::MinUntil2, p, toplevel)
                }
                op::POSSESSIVE_REPEAT => {
                    // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
                    self.ptr = s;
                    self.top()?.count = 0;
                    if self.c(p + 1)? > 0 {
                        call!(Jump::PossRepeat1, p + 3, false)
                    }
                    let f = self.poss_repeat_more(&mut p, &mut s, NONE)?;
                    match f {
                        Flow::Go => continue,
                        f => {
                            *pc = p;
                            *ptr = s;
                            return Ok(f);
                        }
                    }
                }
                op::ATOMIC_GROUP => {
                    // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                    self.ptr = s;
                    call!(Jump::AtomicGroup, p + 1, false)
                }
                op::GROUPREF | op::GROUPREF_IGNORE | op::GROUPREF_UNI_IGNORE | op::GROUPREF_LOC_IGNORE => {
                    let g = self.c(p)? as usize;
                    let Some((a, b)) = self.group_span(g).filter(|&(_, b)| b <= self.text.len()) else { fail!() };
                    let fold: fn(u32) -> u32 = match opc {
                        op::GROUPREF => |c| c,
                        op::GROUPREF_IGNORE => lower_ascii,
                        op::GROUPREF_UNI_IGNORE => lower_unicode,
                        _ => lower_locale,
                    };
                    if b - a > end.saturating_sub(s) {
                        fail!();
                    }
                    for k in 0..b - a {
                        if fold(self.t(s + k)) != fold(self.t(a + k)) {
                            fail!();
                        }
                    }
                    s += b - a;
                    p += 1;
                }
                op::GROUPREF_EXISTS => {
                    // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
                    let g = self.c(p)? as usize;
                    if self.group_span(g).is_some() {
                        p += 2;
                    } else {
                        p += self.c(p + 1)? as usize;
                    }
                }
                op::ASSERT => {
                    // <ASSERT> <skip> <back> pattern
                    let back = self.c(p + 1)? as usize;
                    if s < back {
                        fail!();
                    }
                    self.ptr = s - back;
                    call!(Jump::Assert, p + 2, false)
                }
                op::ASSERT_NOT => {
                    let back = self.c(p + 1)? as usize;
                    if s >= back {
                        self.ptr = s - back;
                        self.lastmark_save()?;
                        self.save_marks_if_repeat()?;
                        call!(Jump::AssertNot, p + 2, false)
                    }
                    p += self.c(p)? as usize;
                }
                op::FAILURE => fail!(),
                _ => return Err(SreError::Illegal),
            }
        }
    }
}
