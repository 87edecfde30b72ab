//! CPython's more specific messages for some syntax errors (its grammar's
//! second-pass `invalid_*` rules), found from Ruff's tokens and its
//! error-recovering AST.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::visitor::source_order::{walk_expr, SourceOrderVisitor};
use ruff_python_ast::{Expr, Mod};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::tok_errors::Scan;

/// All expression ranges in the recovered AST, with whether each can be a
/// CPython `disjunction` (not a lambda, conditional expression, walrus,
/// starred, yield or unparenthesized tuple).
struct Exprs(Vec<(TextRange, bool)>);

impl<'a> SourceOrderVisitor<'a> for Exprs {
    fn visit_expr(&mut self, e: &'a Expr) {
        let disjunction = !matches!(e, Expr::Lambda(_) | Expr::If(_) | Expr::Named(_) | Expr::Starred(_)
            | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Tuple(_));
        self.0.push((e.range(), disjunction));
        walk_expr(self, e);
    }
}

fn exprs(ast: &Mod) -> Exprs {
    let mut v = Exprs(Vec::new());
    match ast {
        Mod::Module(m) => v.visit_body(&m.body),
        Mod::Expression(x) => v.visit_expr(&x.body),
    }
    v
}

fn token_index(tokens: &[Token], off: TextSize) -> Option<usize> {
    tokens.iter().position(|t| t.start() >= off)
}

/// Tokens that are trivia to CPython's parser inside brackets.
fn trivia(k: TokenKind) -> bool {
    matches!(k, TokenKind::NonLogicalNewline | TokenKind::Comment)
}

/// What a missing comma between two expressions turns into.
pub(crate) enum CommaHint {
    /// "invalid syntax. Perhaps you forgot a comma?" over both expressions.
    Message(TextRange),
    /// The second expression runs to the end of the source: CPython's parser
    /// looks past it, meets the end inside the bracket, and reports that.
    NeverClosed,
}

/// Two expressions side by side inside brackets, `(a b)`: CPython's
/// `invalid_expression` rule. `found` is where Ruff expected a separator.
pub(crate) fn missing_comma(source: &str, scan: &Scan, found: TextSize) -> Option<CommaHint> {
    let tokens: &[Token] = scan.parsed.tokens();
    let i = token_index(tokens, found)?;
    let prev = tokens[..i].iter().rev().find(|t| !trivia(t.kind()))?;
    // Only inside brackets (at the error position).
    let mut depth = 0i32;
    for t in &tokens[..i] {
        match t.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            _ => {}
        }
    }
    if depth <= 0 {
        return None;
    }
    let all = exprs(scan.parsed.syntax());
    let a = all.0.iter().filter(|(r, d)| *d && r.end() == prev.end()).max_by_key(|(r, _)| r.len())?.0;
    let b = all.0.iter().filter(|(r, _)| r.start() == found).max_by_key(|(r, _)| r.len())?.0;
    // `!(NAME STRING | SOFT_KEYWORD)` at the start of the first expression.
    let j = token_index(tokens, a.start())?;
    let first = tokens.get(j)?;
    let second = tokens[j + 1..].iter().find(|t| !trivia(t.kind()));
    if first.kind() == TokenKind::Name && second.map(|t| t.kind()) == Some(TokenKind::String) || first.kind().is_soft_keyword() {
        return None;
    }
    let _ = source;
    if scan.unclosed.is_some() && b.end() >= scan.last_token_end {
        return Some(CommaHint::NeverClosed);
    }
    Some(CommaHint::Message(TextRange::new(a.start(), b.end())))
}

/// `if x = 1:`: a name, `=` and an expression where an expression was
/// expected (CPython's `invalid_named_expression`). `eq` is the `=` token.
pub(crate) fn assign_in_expression(scan: &Scan, eq: TextSize) -> Option<(String, TextRange)> {
    let tokens: &[Token] = scan.parsed.tokens();
    let i = token_index(tokens, eq)?;
    let name = tokens[..i].iter().rev().find(|t| !trivia(t.kind()))?;
    let after = tokens[i + 1..].iter().find(|t| !trivia(t.kind()))?;
    if name.kind() != TokenKind::Name || tokens[..i].iter().rev().nth(1).map(|t| t.kind()) == Some(TokenKind::Dot) {
        return None;
    }
    let all = exprs(scan.parsed.syntax());
    let end = all.0.iter().filter(|(r, d)| *d && r.start() == after.start()).map(|(r, _)| r.end()).max().unwrap_or(after.end());
    let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".to_string();
    Some((msg, TextRange::new(name.start(), end)))
}

/// First token of the logical line containing token `i`.
fn statement_start(tokens: &[Token], i: usize) -> usize {
    tokens[..i]
        .iter()
        .rposition(|t| matches!(t.kind(), TokenKind::Newline | TokenKind::Semi | TokenKind::Indent | TokenKind::Dedent))
        .map(|p| p + 1)
        .unwrap_or(0)
}

/// From the start of the statement to the token at `off` (an augmented
/// assignment operator): the assignment's target.
pub(crate) fn single_target_before(scan: &Scan, off: TextSize) -> Option<TextRange> {
    let tokens: &[Token] = scan.parsed.tokens();
    let i = token_index(tokens, off)?;
    let first = tokens.get(statement_start(tokens, i))?;
    (first.start() < off).then(|| TextRange::new(first.start(), off))
}

/// CPython's `invalid_named_expression` rule: an invalid assignment target
/// `x` in the statement's first target, directly followed by `= value` with
/// no further `=`, gets "here. Maybe you meant '==' instead of '='?".
/// Returns `x` widened to any parentheses around it, for the caller to
/// check which kind of expression it is.
pub(crate) fn named_expression_target(scan: &Scan, x: TextRange) -> Option<TextRange> {
    let tokens: &[Token] = scan.parsed.tokens();
    let mut i = token_index(tokens, x.start())?;
    let mut j = tokens.iter().position(|t| t.start() >= x.end()).unwrap_or(tokens.len());
    let mut range = x;
    while i > 0 && tokens[i - 1].kind() == TokenKind::Lpar && tokens.get(j).map(|t| t.kind()) == Some(TokenKind::Rpar) {
        i -= 1;
        range = TextRange::new(tokens[i].start(), tokens[j].end());
        j += 1;
    }
    if tokens.get(j)?.kind() != TokenKind::Equal {
        return None;
    }
    let start = statement_start(tokens, i);
    let mut depth = 0i32;
    let mut equals = 0;
    for t in tokens[start..].iter() {
        match t.kind() {
            TokenKind::Newline | TokenKind::Semi | TokenKind::EndOfFile if depth <= 0 => break,
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
            TokenKind::Equal | TokenKind::ColonEqual if depth == 0 => equals += 1,
            _ => {}
        }
    }
    (equals == 1).then_some(range)
}

/// Conditional expressions in the recovered AST.
struct Conditionals(Vec<TextRange>);

impl<'a> SourceOrderVisitor<'a> for Conditionals {
    fn visit_expr(&mut self, e: &'a Expr) {
        if let Expr::If(x) = e {
            self.0.push(TextRange::new(x.body.start(), x.test.end()));
        }
        walk_expr(self, e);
    }
}

/// `a if b` without `else`: CPython reports from `a` to the end of `b`.
pub(crate) fn conditional_at(scan: &Scan, off: TextSize) -> Option<TextRange> {
    let mut v = Conditionals(Vec::new());
    match scan.parsed.syntax() {
        Mod::Module(m) => v.visit_body(&m.body),
        Mod::Expression(x) => v.visit_expr(&x.body),
    }
    v.0.into_iter().filter(|r| r.end() <= off).max_by_key(|r| r.end())
}
