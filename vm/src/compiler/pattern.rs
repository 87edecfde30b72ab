//! `match` statements (PEP 634): code generation for cases and patterns.
//!
//! # Stack discipline
//!
//! A pattern is compiled with its subject on top of the stack and consumes
//! it. Values captured by name are not stored right away: a case binds its
//! names only once the whole pattern has matched (as CPython does), so each
//! captured value is rotated down the stack, below the `on_top` items the
//! enclosing patterns still need and below the captures made before it:
//!
//! ```text
//!     [.. capture_k .. capture_1 | on_top items | subject]
//! ```
//!
//! When the case matches, the captures are popped into their names in
//! capture order. A failing test jumps to `fail_pop[n]`, where `n` is the
//! number of items (on_top + captures) to discard: the failure path is a
//! chain `fail_pop[n]: PopTop; fail_pop[n-1]: PopTop; ... fail_pop[0]:`
//! that falls through into the next case.
//!
//! # Instruction sequences
//! ```text
//! match s:        <s>; per case (all but the last non-default one: Copy 1)
//!                 <pattern>; Store captures; [<guard>; PopJumpIfFalse fail_pop[0]]
//!                 [PopTop subject]; <body>; Jump end; <fail_pop chain>
//!                 a trailing `case _:` is compiled as plain code (no pattern)
//! value           <value>; CompareOp ==; PopJumpIfFalse fail
//! None/True/False LoadConst; IsOp; PopJumpIfFalse fail
//! [p1, .., pn]    MatchSequence; PopJumpIfFalse fail; GetLen; LoadConst n;
//!                 CompareOp == (>= n-1 with a star); then UnpackSequence /
//!                 UnpackEx and the sub-patterns, or, when the star is `*_`,
//!                 one BinarySubscr per non-wildcard item (index len-k after it)
//! {k: p, **r}     MatchMapping; fail; [GetLen; >= n; fail]; <keys>; BuildTuple;
//!                 MatchKeys; Copy 1; PopJumpIfNone fail; UnpackSequence; <p..>;
//!                 rest: BuildMap 0; Swap 3; DictUpdate 2; del rest[k] per key
//! C(p.., a=q..)   <C>; LoadConst (names); MatchClass npos; Copy 1;
//!                 PopJumpIfNone fail; UnpackSequence; <sub-patterns>
//! p as n          Copy 1; <p>; capture n
//! p1 | p2         per alternative: Copy 1; <alt>; reorder its captures to the
//!                 first alternative's order; Jump end;  none matched: PopTop;
//!                 Jump fail;  end: rotate the captures into place; PopTop
//! ```

use ruff_python_ast::{self as ast, Expr, Pattern};
use ruff_text_size::{Ranged, TextRange};

use super::expr::const_value;
use super::unit::Label;
use super::{err, CResult, Compiler, Ctx};
use crate::bytecode::code::Const;
use crate::bytecode::opcodes::{BinOp, CmpOp, Op};

/// State threaded through the compilation of one case's pattern.
struct PatternCtx {
    /// Names captured so far, in capture order.
    stores: Vec<String>,
    /// May an irrefutable pattern (capture or wildcard) appear here?
    allow_irrefutable: bool,
    /// `fail_pop[n]`: the failure path that first pops `n` items.
    fail_pop: Vec<Label>,
    /// Items above the captures that enclosing patterns still need.
    on_top: usize,
    /// The pattern entered last: CPython reports pattern errors there.
    loc: TextRange,
}

/// `case _:` with no capture.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        // A final `case _:` needs no pattern code and no subject copy.
        let has_default = n > 1 && is_wildcard(&m.cases[n - 1].pattern);
        let tested = n - has_default as usize;
        for (i, case) in m.cases[..tested].iter().enumerate() {
            let prange = case.pattern.range();
            self.set_loc(prange);
            let keep_subject = i + 1 != tested;
            if keep_subject {
                self.emit(Op::Copy, 1);
            }
            let mut pc = PatternCtx {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == n,
                fail_pop: Vec::new(),
                on_top: 0,
                loc: prange,
            };
            self.compile_pattern(&case.pattern, &mut pc)?;
            for name in &pc.stores {
                self.name_op(name, Ctx::Store, prange)?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.compile_jump_if(g, false, fail)?;
            }
            if keep_subject {
                self.emit(Op::PopTop, 0);
            }
            self.compile_body(&case.body)?;
            self.jump(Op::Jump, end);
            // The failure path belongs to the pattern's line, not the body's.
            self.set_loc(prange);
            self.emit_fail_pop(&mut pc);
        }
        if has_default {
            let case = &m.cases[n - 1];
            self.set_loc(case.pattern.range());
            if let Some(g) = &case.guard {
                self.compile_jump_if(g, false, end)?;
            }
            self.compile_body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        // Deliberately not restored afterwards: like CPython, an error found
        // after a sub-pattern (a duplicate name) is reported at the last
        // pattern entered.
        pc.loc = p.range();
        self.set_loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                match pattern_const(&v.value) {
                    Some(c) => self.load_const(c),
                    None if matches!(&*v.value, Expr::Attribute(_)) => self.compile_expr(&v.value)?,
                    None => return err("patterns may only match literals and attribute lookups", pc.loc),
                }
                self.emit(Op::CompareOp, CmpOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::Bool(true),
                    ast::Singleton::False => Const::Bool(false),
                });
                self.emit(Op::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            Pattern::MatchStar(s) => self.pattern_store(s.name.as_ref().map(|n| n.as_str()), pc),
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return match &a.name {
                            Some(n) => err(format!("name capture '{n}' makes remaining patterns unreachable"), pc.loc),
                            None => err("wildcard makes remaining patterns unreachable", pc.loc),
                        };
                    }
                    self.pattern_store(a.name.as_ref().map(|n| n.as_str()), pc)
                }
                Some(inner) => {
                    // Keep a copy of the subject to capture once `inner` matched.
                    pc.on_top += 1;
                    self.emit(Op::Copy, 1);
                    self.compile_pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store(a.name.as_ref().map(|n| n.as_str()), pc)
                }
            },
            Pattern::MatchOr(o) => self.pattern_or(&o.patterns, pc),
        }
    }

    /// A sub-pattern of a sequence, mapping or class pattern: irrefutable
    /// patterns are fine there.
    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult<()> {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.compile_pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    /// Capture TOS as `name` (or discard it for `_`).
    fn pattern_store(&mut self, name: Option<&str>, pc: &mut PatternCtx) -> CResult<()> {
        let Some(name) = name else {
            self.emit(Op::PopTop, 0);
            return Ok(());
        };
        if name == "__debug__" {
            return err("cannot assign to __debug__", pc.loc);
        }
        if pc.stores.iter().any(|s| s == name) {
            return err(format!("multiple assignments to name '{name}' in pattern"), pc.loc);
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// Move TOS down to depth `count` (1 = top), keeping the others' order.
    fn rotate(&mut self, count: usize) {
        for k in (2..=count).rev() {
            self.emit_n(Op::Swap, k);
        }
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Emit `op` (a conditional or plain jump) to the failure path.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops]);
    }

    /// Bind the failure chain: `fail_pop[n]: PopTop; ...; fail_pop[0]:`.
    fn emit_fail_pop(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, &l) in labels.iter().enumerate().rev() {
            self.bind(l);
            if n > 0 {
                self.emit(Op::PopTop, 0);
            }
        }
    }

    fn pattern_sequence(&mut self, pats: &'a [Pattern], pc: &mut PatternCtx) -> CResult<()> {
        let size = pats.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in pats.iter().enumerate() {
            if let Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return err("multiple starred names in sequence pattern", pc.loc);
                }
                star = Some(i);
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
            } else {
                only_wildcard &= is_wildcard(p);
            }
        }
        // The subject stays on top for the type and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        let len_check = match star {
            None => Some((size, CmpOp::Eq)),
            Some(_) if size > 1 => Some((size - 1, CmpOp::Ge)),
            Some(_) => None,
        };
        if let Some((n, cmp)) = len_check {
            self.emit(Op::GetLen, 0);
            self.load_const(Const::Int(n as i64));
            self.emit(Op::CompareOp, cmp as u32);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        pc.on_top -= 1;
        match star {
            _ if only_wildcard => {
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            Some(star) if star_wildcard => self.sequence_by_index(pats, star, pc),
            _ => self.sequence_by_unpacking(pats, star, pc),
        }
    }

    /// `[a, *rest, b]`: unpack, then match each item.
    fn sequence_by_unpacking(&mut self, pats: &'a [Pattern], star: Option<usize>, pc: &mut PatternCtx) -> CResult<()> {
        let size = pats.len();
        match star {
            Some(i) => {
                let after = size - i - 1;
                if i >= 256 || after >= 1 << 16 {
                    return err("too many expressions in star-unpacking sequence pattern", pc.loc);
                }
                self.emit_n(Op::UnpackEx, i | after << 8);
            }
            None => self.emit_n(Op::UnpackSequence, size),
        }
        pc.on_top += size;
        for p in pats {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `[a, *_, b]`: index the subject instead of copying the middle out;
    /// items after the star use `len(s) - k`, as the subject may not
    /// support negative indices.
    fn sequence_by_index(&mut self, pats: &'a [Pattern], star: usize, pc: &mut PatternCtx) -> CResult<()> {
        let size = pats.len();
        pc.on_top += 1;
        for (i, p) in pats.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            self.emit(Op::Copy, 1);
            if i < star {
                self.load_const(Const::Int(i as i64));
            } else {
                self.emit(Op::GetLen, 0);
                self.load_const(Const::Int((size - i) as i64));
                self.emit(Op::BinaryOp, BinOp::Sub as u32);
            }
            self.emit(Op::BinarySubscr, 0);
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternCtx) -> CResult<()> {
        let size = m.keys.len();
        if size != m.patterns.len() {
            return err("invalid syntax", pc.loc);
        }
        pc.on_top += 1;
        self.emit(Op::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GetLen, 0);
            self.load_const(Const::Int(size as i64));
            self.emit(Op::CompareOp, CmpOp::Ge as u32);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        // Literal keys must be distinct (with Python equality: 1 == 1.0 == True).
        let mut seen: Vec<Const> = Vec::new();
        for key in &m.keys {
            match pattern_const(key) {
                Some(c) => {
                    if seen.iter().any(|s| const_key_eq(s, &c)) {
                        return err(format!("mapping pattern checks duplicate key ({})", key_repr(&c)), pc.loc);
                    }
                    seen.push(c.clone());
                    self.load_const(c);
                }
                None if matches!(key, Expr::Attribute(_)) => self.compile_expr(key)?,
                None => return err("mapping pattern keys may only match literals and attribute lookups", pc.loc),
            }
        }
        self.emit_n(Op::BuildTuple, size);
        self.emit(Op::MatchKeys, 0);
        // [subject, keys, values]: fail if values is None.
        pc.on_top += 2;
        self.emit(Op::Copy, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfNone);
        self.emit_n(Op::UnpackSequence, size);
        pc.on_top = pc.on_top + size - 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject); del rest[k] for each key.
                self.emit(Op::BuildMap, 0);
                self.emit(Op::Swap, 3);
                self.emit(Op::DictUpdate, 2);
                self.emit_n(Op::UnpackSequence, size);
                for k in (1..=size).rev() {
                    self.emit_n(Op::Copy, 1 + k);
                    self.emit(Op::Swap, 2);
                    self.emit(Op::DeleteSubscr, 0);
                }
                self.pattern_store(Some(rest.as_str()), pc)
            }
            None => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopTop, 0);
                Ok(())
            }
        }
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult<()> {
        let args = &c.arguments;
        let (npos, nkw) = (args.patterns.len(), args.keywords.len());
        for (i, kw) in args.keywords.iter().enumerate() {
            pc.loc = kw.pattern.range();
            if kw.attr.as_str() == "__debug__" {
                return err("cannot assign to __debug__", pc.loc);
            }
            if let Some(dup) = args.keywords[i + 1..].iter().find(|o| o.attr.as_str() == kw.attr.as_str()) {
                return err(format!("attribute name repeated in class pattern: {}", kw.attr), dup.pattern.range());
            }
        }
        pc.loc = c.range;
        self.compile_expr(&c.cls)?;
        let names = args.keywords.iter().map(|k| Compiler::str_const(k.attr.as_str())).collect();
        self.load_const(Const::Tuple(names));
        self.emit_n(Op::MatchClass, npos);
        pc.on_top += 1;
        self.emit(Op::Copy, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfNone);
        self.emit_n(Op::UnpackSequence, npos + nkw);
        pc.on_top = pc.on_top + npos + nkw - 1;
        let subs = args.patterns.iter().chain(args.keywords.iter().map(|k| &k.pattern));
        for p in subs {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Op::PopTop, 0);
                continue;
            }
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `p1 | p2 | ...`: every alternative must capture the same names; the
    /// captures of each are reordered to the first alternative's order so
    /// the code after the or-pattern sees one layout.
    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternCtx) -> CResult<()> {
        let end = self.new_label();
        let outer_allow = pc.allow_irrefutable;
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_fail = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            pc.loc = alt.range();
            self.set_loc(alt.range());
            pc.stores.clear();
            // Only the last alternative may be irrefutable.
            pc.allow_irrefutable = i + 1 == alts.len() && outer_allow;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.emit(Op::Copy, 1);
            self.compile_pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    let same = ctl.len() == pc.stores.len() && ctl.iter().all(|n| pc.stores.contains(n));
                    if !same {
                        return err("alternative patterns bind different names", pc.loc);
                    }
                    self.reorder_captures(&pc.stores, ctl);
                }
            }
            self.jump(Op::Jump, end);
            self.emit_fail_pop(pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        // No alternative matched: drop the subject and fail.
        self.emit(Op::PopTop, 0);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.bind(end);
        // [captures, on_top items, subject, new captures]: move each new
        // capture below everything else, as a plain capture would be.
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in &control {
            self.rotate(nrots);
            if pc.stores.contains(name) {
                return err(format!("multiple assignments to name '{name}' in pattern"), pc.loc);
            }
            pc.stores.push(name.clone());
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    /// Permute the top `have.len()` items (`have[0]` on top) into the order
    /// `want` (`want[0]` on top), deepest position first, with TOS as the
    /// exchange slot: at most two swaps per item.
    fn reorder_captures(&mut self, have: &[String], want: &[String]) {
        let mut cur: Vec<&str> = have.iter().map(|s| s.as_str()).collect();
        for j in (1..want.len()).rev() {
            let Some(d) = cur.iter().position(|n| *n == want[j]) else { continue };
            if d == j {
                continue;
            }
            if d != 0 {
                self.emit_n(Op::Swap, d + 1);
                cur.swap(0, d);
            }
            self.emit_n(Op::Swap, j + 1);
            cur.swap(0, j);
        }
    }
}

/// The constant a literal pattern (or mapping key) denotes, folding
/// `-1` and complex literals like `1 + 2j` as CPython's AST optimiser does.
fn pattern_const(e: &Expr) -> Option<Const> {
    if let Expr::BinOp(b) = e {
        let sign = match b.op {
            ast::Operator::Add => 1.0,
            ast::Operator::Sub => -1.0,
            _ => return None,
        };
        let re = match const_value(&b.left)? {
            Const::Int(i) => i as f64,
            Const::BigInt(i) => num_traits::ToPrimitive::to_f64(&i).unwrap_or(f64::INFINITY),
            Const::Float(f) => f,
            _ => return None,
        };
        let Const::Complex { re: rre, im } = const_value(&b.right)? else { return None };
        // Complex arithmetic: (re + 0j) +/- (rre + im j).
        return Some(if sign > 0.0 {
            Const::Complex { re: re + rre, im: 0.0 + im }
        } else {
            Const::Complex { re: re - rre, im: 0.0 - im }
        });
    }
    const_value(e)
}

/// A number as (real part, imaginary part) for cross-type equality; ints
/// keep their exact value.
enum Num {
    Int(num_bigint::BigInt),
    Float(f64),
}

fn as_num(c: &Const) -> Option<(Num, f64)> {
    use num_bigint::BigInt;
    Some(match c {
        Const::Bool(b) => (Num::Int(BigInt::from(*b as i64)), 0.0),
        Const::Int(i) => (Num::Int(BigInt::from(*i)), 0.0),
        Const::BigInt(i) => (Num::Int(i.clone()), 0.0),
        Const::Float(f) => (Num::Float(*f), 0.0),
        Const::Complex { re, im } => (Num::Float(*re), *im),
        _ => return None,
    })
}

/// Python `==` between two literal keys.
fn const_key_eq(a: &Const, b: &Const) -> bool {
    if let (Some((x, xi)), Some((y, yi))) = (as_num(a), as_num(b)) {
        if xi != yi {
            return false;
        }
        return match (x, y) {
            (Num::Int(p), Num::Int(q)) => p == q,
            (Num::Float(p), Num::Float(q)) => p == q,
            (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => {
                f.is_finite() && f.fract() == 0.0 && float_eq_int(f, &i)
            }
        };
    }
    match (a, b) {
        (Const::None, Const::None) => true,
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Wtf8(x), Const::Wtf8(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        _ => false,
    }
}

fn float_eq_int(f: f64, i: &num_bigint::BigInt) -> bool {
    use num_traits::FromPrimitive;
    num_bigint::BigInt::from_f64(f).is_some_and(|v| &v == i)
}

fn key_repr(c: &Const) -> String {
    match c {
        Const::Bytes(b) => crate::builtins::format::bytes_repr(b),
        Const::Complex { re, im } => crate::builtins::format::complex_repr(*re, *im),
        other => crate::bytecode::dis::const_repr(other),
    }
}
