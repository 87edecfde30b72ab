//! The matcher's state: the subject, the code, capture marks and the
//! explicit stacks that replace recursion (match contexts, saved marks,
//! repeat records). Positions are indices into the subject in characters
//! (bytes for bytes subjects and ASCII strs, code points otherwise).

/// A subject character: `u8` for bytes and ASCII text, `u32` code points otherwise.
pub trait Char: Copy + 'static {
    fn code(self) -> u32;
    /// Position of the first `c` in `hay`.
    fn find(hay: &[Self], c: u32) -> Option<usize>;
}

impl Char for u8 {
    #[inline(always)]
    fn code(self) -> u32 {
        self as u32
    }
    #[inline]
    fn find(hay: &[u8], c: u32) -> Option<usize> {
        if c > 255 {
            return None;
        }
        memchr::memchr(c as u8, hay)
    }
}

impl Char for u32 {
    #[inline(always)]
    fn code(self) -> u32 {
        self
    }
    #[inline]
    fn find(hay: &[u32], c: u32) -> Option<usize> {
        hay.iter().position(|&x| x == c)
    }
}

/// Why a match could not run to a verdict. `Illegal` and `State` are what
/// CPython reports as "internal error in regular expression engine" (bad
/// code that got past validation); `Recursion` is nesting in hand-made code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SreError {
    Illegal,
    State,
    Recursion,
}

pub type SreResult<T> = Result<T, SreError>;

/// "No position": an unset mark, no last position of a repeat.
pub const NONE: usize = usize::MAX;

/// A `REPEAT ... MAX_UNTIL/MIN_UNTIL` in progress (CPython's `SRE_REPEAT`).
#[derive(Clone, Copy, Debug)]
pub(super) struct Repeat {
    /// Items matched so far (-1 before the first).
    pub count: isize,
    /// Code index of the REPEAT's skip word (min, max and the item follow).
    pub pc: usize,
    /// The enclosing repeat (index into `repeats`) or NONE.
    pub prev: usize,
    /// Where the last item attempt started (zero-width protection).
    pub last_ptr: usize,
}

/// Where a finished child context returns to in its parent's opcode
/// handler (CPython's `JUMP_*` labels).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// One activation of the matcher (what CPython keeps on its data stack).
#[derive(Clone, Copy, Debug)]
pub(super) struct Ctx {
    /// Start code index while entering; the saved code index while a child runs.
    pub pc: usize,
    /// The saved subject position while a child runs.
    pub ptr: usize,
    pub count: isize,
    /// A literal (REPEAT_ONE's tail) or a repeat index (the UNTIL ops).
    pub u: usize,
    pub lastmark: isize,
    pub lastindex: isize,
    pub toplevel: bool,
    /// Marks were saved on the data stack by this handler.
    pub pushed: bool,
    pub jump: Jump,
}

impl Ctx {
    pub fn new(pc: usize, toplevel: bool, jump: Jump) -> Ctx {
        Ctx { pc, ptr: 0, count: 0, u: 0, lastmark: -1, lastindex: -1, toplevel, pushed: false, jump }
    }
}

/// Matching state for one subject (CPython's `SRE_STATE`). The subject's
/// beginning is always index 0; `start..end` is the searched window.
pub struct State<'a, C: Char> {
    pub code: &'a [u32],
    pub text: &'a [C],
    /// `pos` and `endpos` after clamping to the subject.
    pub pos: usize,
    pub end: usize,
    /// Where the current attempt starts; the match start after success.
    pub start: usize,
    /// The current position; the match end after success.
    pub ptr: usize,
    /// Capture marks, two per group (NONE when unset).
    pub marks: Vec<usize>,
    pub lastmark: isize,
    pub lastindex: isize,
    /// `fullmatch`: SUCCESS at the top level only at `end`.
    pub match_all: bool,
    /// After an empty match: the next match must not be empty at `start`.
    pub must_advance: bool,
    pub(super) repeat: usize,
    pub(super) repeats: Vec<Repeat>,
    /// Saved marks and repeat positions (LIFO, like CPython's data stack).
    pub(super) data: Vec<usize>,
    pub(super) ctxs: Vec<Ctx>,
    pub(super) depth: u32,
}

impl<'a, C: Char> State<'a, C> {
    /// A state for `text[pos..endpos]` (both clamped like CPython's `state_init`).
    pub fn new(code: &'a [u32], text: &'a [C], groups: usize, pos: i64, endpos: i64) -> State<'a, C> {
        let len = text.len() as i64;
        let start = pos.clamp(0, len) as usize;
        let end = endpos.clamp(0, len) as usize;
        State {
            code,
            text,
            pos: start,
            end,
            start,
            ptr: start,
            marks: vec![NONE; groups.saturating_mul(2)],
            lastmark: -1,
            lastindex: -1,
            match_all: false,
            must_advance: false,
            repeat: NONE,
            repeats: Vec::new(),
            data: Vec::new(),
            ctxs: Vec::new(),
            depth: 0,
        }
    }

    /// Forget captures and stacks before the next attempt (`state_reset`).
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = NONE;
        self.repeats.clear();
        self.data.clear();
        self.ctxs.clear();
        self.depth = 0;
    }

    /// Code word `i`; reading past the end is an illegal program.
    #[inline(always)]
    pub(super) fn c(&self, i: usize) -> SreResult<u32> {
        self.code.get(i).copied().ok_or(SreError::Illegal)
    }

    /// Subject character `i` (callers keep `i < end <= text.len()`).
    #[inline(always)]
    pub(super) fn t(&self, i: usize) -> u32 {
        self.text[i].code()
    }

    /// Span of group `g` (0 = the whole match) after a successful match.
    pub fn span(&self, g: usize) -> Option<(usize, usize)> {
        if g == 0 {
            return Some((self.start, self.ptr));
        }
        let i = 2 * (g - 1);
        if (i + 1) as isize > self.lastmark {
            return None;
        }
        let (a, b) = (*self.marks.get(i)?, *self.marks.get(i + 1)?);
        (a != NONE && b != NONE && a <= b).then_some((a, b))
    }

    // ----- saving and restoring marks (MARK_PUSH / MARK_POP ...) ---------

    pub(super) fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = (lastmark as usize + 1).min(self.marks.len());
            self.data.extend_from_slice(&self.marks[..n]);
        }
    }

    fn mark_restore(&mut self, lastmark: isize, discard: bool) -> SreResult<()> {
        if lastmark >= 0 {
            let n = (lastmark as usize + 1).min(self.marks.len());
            let base = self.data.len().checked_sub(n).ok_or(SreError::State)?;
            self.marks[..n].copy_from_slice(&self.data[base..]);
            if discard {
                self.data.truncate(base);
            }
        }
        Ok(())
    }

    pub(super) fn mark_pop(&mut self, lastmark: isize) -> SreResult<()> {
        self.mark_restore(lastmark, true)
    }

    pub(super) fn mark_pop_keep(&mut self, lastmark: isize) -> SreResult<()> {
        self.mark_restore(lastmark, false)
    }

    pub(super) fn mark_pop_discard(&mut self, lastmark: isize) -> SreResult<()> {
        if lastmark >= 0 {
            let n = (lastmark as usize + 1).min(self.marks.len());
            let base = self.data.len().checked_sub(n).ok_or(SreError::State)?;
            self.data.truncate(base);
        }
        Ok(())
    }

    pub(super) fn top(&mut self) -> SreResult<&mut Ctx> {
        self.ctxs.last_mut().ok_or(SreError::State)
    }

    /// LASTMARK_SAVE into the current context.
    pub(super) fn lastmark_save(&mut self) -> SreResult<()> {
        let (lm, li) = (self.lastmark, self.lastindex);
        let t = self.top()?;
        t.lastmark = lm;
        t.lastindex = li;
        Ok(())
    }

    /// LASTMARK_RESTORE from the current context.
    pub(super) fn lastmark_restore(&mut self) -> SreResult<()> {
        let t = *self.top()?;
        self.lastmark = t.lastmark;
        self.lastindex = t.lastindex;
        Ok(())
    }

    pub(super) fn rep(&mut self, i: usize) -> SreResult<&mut Repeat> {
        self.repeats.get_mut(i).ok_or(SreError::State)
    }
}
