//! Limits on nesting, checked before anything recurses over the source, so
//! that deeply nested programs get CPython's errors instead of a native
//! stack overflow:
//! - more than 200 open brackets: `SyntaxError: too many nested
//!   parentheses` at the 201st (CPython's tokenizer, `MAXLEVEL`), found by
//!   a scan that skips strings and comments, before the parser runs;
//! - an AST nested deeper than 3000 expressions/statements (CPython's
//!   recursion limit 1000 times `COMPILER_STACK_FRAME_SCALE`):
//!   `RecursionError: maximum recursion depth exceeded during compilation`,
//!   checked before the symbol table and code generation walk the tree.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{TextRange, TextSize};

/// CPython's tokenizer limit on open brackets.
const MAX_PAREN_LEVEL: usize = 200;
/// CPython 3.11: the default recursion limit times 3.
pub(crate) const MAX_AST_DEPTH: usize = 3000;

/// Where the first bracket past the nesting limit opens, if any.
pub(crate) fn too_many_parens(src: &str) -> Option<TextRange> {
    let b = src.as_bytes();
    let (mut i, mut level) = (0usize, 0usize);
    while i < b.len() {
        match b[i] {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            q @ (b'\'' | b'"') => {
                i = string_end(b, i, q);
                continue;
            }
            b'(' | b'[' | b'{' => {
                level += 1;
                if level > MAX_PAREN_LEVEL {
                    return Some(TextRange::empty(TextSize::new(i as u32)));
                }
            }
            b')' | b']' | b'}' => level = level.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    None
}

/// Index past the string literal whose quote is at `i` (prefix letters
/// are scanned as ordinary characters before it; raw strings only differ
/// in escapes, and `\` never ends a string early either way).
fn string_end(b: &[u8], i: usize, q: u8) -> usize {
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let mut j = i + if triple { 3 } else { 1 };
    while j < b.len() {
        match b[j] {
            b'\\' => j += 1,
            c if c == q && (!triple || (b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q))) => {
                return j + if triple { 3 } else { 1 };
            }
            b'\n' if !triple => return j,
            _ => {}
        }
        j += 1;
    }
    b.len()
}

/// Finds the first node nested deeper than the limit.
struct Depth {
    depth: usize,
    deepest: Option<TextRange>,
}

impl<'a> Visitor<'a> for Depth {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.enter(ruff_text_size::Ranged::range(stmt)) {
            visitor::walk_stmt(self, stmt);
        }
        self.depth -= 1;
    }
    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.enter(ruff_text_size::Ranged::range(expr)) {
            visitor::walk_expr(self, expr);
        }
        self.depth -= 1;
    }
}

impl Depth {
    fn enter(&mut self, r: TextRange) -> bool {
        self.depth += 1;
        if self.deepest.is_some() {
            return false;
        }
        if self.depth > MAX_AST_DEPTH {
            self.deepest = Some(r);
            return false;
        }
        true
    }
}

/// The range of a node nested too deeply in `body` / `expr`, if any.
pub(crate) fn too_deep(body: &[Stmt], expr: Option<&Expr>) -> Option<TextRange> {
    let mut d = Depth { depth: 0, deepest: None };
    for s in body {
        d.visit_stmt(s);
    }
    if let Some(e) = expr {
        d.visit_expr(e);
    }
    d.deepest
}
