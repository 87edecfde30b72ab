//! Syntax-error reporting: mapping Ruff parse errors to CPython's messages,
//! and a few checks the parser does not make.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::{CResult, CompileError, LineIndex};
use crate::bytecode::code::{SyntaxErrorInfo, SyntaxErrorKind};

fn char_col(source: &str, lines: &LineIndex, off: usize) -> (u32, u32) {
    let off = off.min(source.len());
    let (line, _) = lines.pos(off);
    let start = lines.line_start(line).unwrap_or(0).min(off);
    let chars = source.get(start..off).map(|s| s.chars().count()).unwrap_or(off - start);
    (line, chars as u32 + 1)
}

fn line_text(source: &str, lines: &LineIndex, line: u32) -> Option<String> {
    let start = lines.line_start(line)?;
    let rest = source.get(start..)?;
    let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    Some(rest[..end].to_string())
}

pub(crate) fn to_info(
    source: &str,
    filename: &str,
    lines: &LineIndex,
    msg: String,
    range: TextRange,
    kind: SyntaxErrorKind,
) -> SyntaxErrorInfo {
    let (lineno, offset) = char_col(source, lines, range.start().to_usize());
    let (end_lineno, end_offset) = char_col(source, lines, range.end().to_usize());
    SyntaxErrorInfo {
        msg,
        kind,
        filename: filename.to_string(),
        lineno,
        offset,
        end_lineno,
        end_offset,
        text: line_text(source, lines, lineno),
    }
}

/// Bracket matching over the token stream (CPython reports these from the tokenizer).
fn bracket_error(source: &str) -> Option<(String, TextRange)> {
    let parsed = ruff_python_parser::parse_unchecked(source, ruff_python_parser::Mode::Module.into());
    let mut stack: Vec<(char, TextRange)> = Vec::new();
    for t in parsed.tokens().iter() {
        let open = match t.kind() {
            TokenKind::Lpar => Some('('),
            TokenKind::Lsqb => Some('['),
            TokenKind::Lbrace => Some('{'),
            _ => None,
        };
        if let Some(o) = open {
            stack.push((o, t.range()));
            continue;
        }
        let close = match t.kind() {
            TokenKind::Rpar => '(',
            TokenKind::Rsqb => '[',
            TokenKind::Rbrace => '{',
            _ => continue,
        };
        let cc = match close {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        match stack.pop() {
            None => return Some((format!("unmatched '{cc}'"), t.range())),
            Some((o, r)) if o != close => {
                let line_o = source[..r.start().to_usize()].matches('\n').count();
                let line_c = source[..t.start().to_usize()].matches('\n').count();
                let msg = if line_o == line_c {
                    format!("closing parenthesis '{cc}' does not match opening parenthesis '{o}'")
                } else {
                    format!("closing parenthesis '{cc}' does not match opening parenthesis '{o}' on line {}", line_o + 1)
                };
                return Some((msg, t.range()));
            }
            _ => {}
        }
    }
    stack.first().map(|(o, r)| (format!("'{o}' was never closed"), *r))
}

/// The keyword of the compound statement whose header ends before `off`.
fn block_opener(source: &str, lines: &LineIndex, off: usize) -> Option<(String, u32)> {
    let (line, _) = lines.pos(off.min(source.len()));
    let mut l = line;
    while l >= 1 {
        if let Some(text) = line_text(source, lines, l) {
            let t = text.trim();
            if t.ends_with(':') && l < line || (l == line && t.ends_with(':')) {
                let word: String = t.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                let stmt = match word.as_str() {
                    "def" => "function definition".to_string(),
                    "class" => "class definition".to_string(),
                    "async" => "function definition".to_string(),
                    w @ ("if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "finally" | "match"
                    | "case") => format!("'{w}' statement"),
                    _ => return None,
                };
                return Some((stmt, l));
            }
            if !t.is_empty() && l < line {
                return None;
            }
        }
        l -= 1;
    }
    None
}

pub(crate) fn parse_error(source: &str, filename: &str, lines: &LineIndex, e: &ParseError) -> SyntaxErrorInfo {
    let mut range = e.location;
    let mut kind = SyntaxErrorKind::SyntaxError;
    let msg: String = match &e.error {
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            kind = SyntaxErrorKind::IndentationError;
            "unindent does not match any outer indentation level".into()
        }
        ParseErrorType::UnexpectedIndentation => {
            kind = SyntaxErrorKind::IndentationError;
            "unexpected indent".into()
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            let (l, _) = lines.pos(range.start().to_usize());
            format!("unterminated string literal (detected at line {l})")
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            if let Some((m, r)) = bracket_error(source) {
                range = r;
                m
            } else {
                "unexpected EOF while parsing".into()
            }
        }
        ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
            "unexpected character after line continuation character".into()
        }
        ParseErrorType::Lexical(LexicalErrorType::UnicodeError) => "(unicode error) malformed \\N character escape".into(),
        ParseErrorType::Lexical(LexicalErrorType::OtherError(m)) if m.contains("unterminated triple-quoted") => {
            let (l, _) = lines.pos(source.len());
            format!("unterminated triple-quoted string literal (detected at line {l})")
        }
        ParseErrorType::Lexical(LexicalErrorType::OtherError(m)) if m.to_lowercase().contains("tab") => {
            kind = SyntaxErrorKind::TabError;
            "inconsistent use of tabs and spaces in indentation".into()
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Indent, .. } => {
            kind = SyntaxErrorKind::IndentationError;
            match block_opener(source, lines, range.start().to_usize()) {
                Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
                None => "expected an indented block".into(),
            }
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, .. } => {
            if let Some((m, r)) = bracket_error(source) {
                range = r;
                m
            } else {
                "expected ':'".into()
            }
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget
        | ParseErrorType::InvalidDeleteTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget => target_error_msg(source, &e.error, range),
        ParseErrorType::DuplicateKeywordArgumentError(name) => format!("keyword argument repeated: {name}"),
        ParseErrorType::PositionalAfterKeywordArgument => "positional argument follows keyword argument".into(),
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking".into()
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            "iterable argument unpacking follows keyword argument unpacking".into()
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => "non-default argument follows default argument".into(),
        ParseErrorType::IterableUnpackingInComprehension => "iterable unpacking cannot be used in comprehension".into(),
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            "Generator expression must be parenthesized".into()
        }
        ParseErrorType::ExpectedRealNumber => "real number required in complex literal".into(),
        ParseErrorType::ExpectedImaginaryNumber => "imaginary number required in complex literal".into(),
        ParseErrorType::OtherError(m) if m == "Positional patterns cannot follow keyword patterns" => {
            "positional patterns follow keyword patterns".into()
        }
        ParseErrorType::FStringError(fe) => format!("f-string: {}", fstring_msg(fe)),
        ParseErrorType::Lexical(LexicalErrorType::FStringError(fe)) => format!("f-string: {}", fstring_msg(fe)),
        _ => {
            if let Some((m, r)) = bracket_error(source) {
                range = r;
                m
            } else {
                "invalid syntax".into()
            }
        }
    };
    if kind == SyntaxErrorKind::IndentationError && msg.starts_with("unindent") {
        // CPython points at the end of the offending line's indentation.
        let _ = range;
    }
    let range = if range.start().to_usize() > source.len() {
        TextRange::new(TextSize::new(source.len() as u32), TextSize::new(source.len() as u32))
    } else {
        range
    };
    to_info(source, filename, lines, msg, range, kind)
}

fn fstring_msg(fe: &ruff_python_parser::InterpolatedStringErrorType) -> String {
    use ruff_python_parser::InterpolatedStringErrorType as F;
    match fe {
        F::UnclosedLbrace => "expecting '}'".into(),
        F::SingleRbrace => "single '}' is not allowed".into(),
        F::InvalidConversionFlag => "invalid conversion character: expected 's', 'r', or 'a'".into(),
        F::UnterminatedString | F::UnterminatedTripleQuotedString => "unterminated string".into(),
        other => other.to_string(),
    }
}

fn target_error_msg(source: &str, e: &ParseErrorType, range: TextRange) -> String {
    let text = source.get(range.start().to_usize()..range.end().to_usize()).unwrap_or("");
    let parsed = ruff_python_parser::parse_expression(text.trim());
    let verb = match e {
        ParseErrorType::InvalidDeleteTarget => "delete",
        ParseErrorType::InvalidAugmentedAssignmentTarget => "aug",
        ParseErrorType::InvalidNamedAssignmentTarget => "named",
        ParseErrorType::InvalidAnnotatedAssignmentTarget => "annotate",
        _ => "assign to",
    };
    match parsed {
        Ok(p) => {
            let ex = p.expr();
            match verb {
                "aug" => augassign_target_msg(ex),
                "named" => format!("cannot use assignment expressions with {}", expr_name(ex)),
                "assign to" => {
                    let base = assign_target_msg(ex, "assign to");
                    if matches!(
                        ex,
                        Expr::Call(_)
                            | Expr::NumberLiteral(_)
                            | Expr::StringLiteral(_)
                            | Expr::BytesLiteral(_)
                            | Expr::BooleanLiteral(_)
                            | Expr::NoneLiteral(_)
                            | Expr::EllipsisLiteral(_)
                            | Expr::Compare(_)
                            | Expr::BinOp(_)
                            | Expr::BoolOp(_)
                            | Expr::UnaryOp(_)
                            | Expr::Attribute(_)
                            | Expr::Subscript(_)
                            | Expr::Name(_)
                    ) && !matches!(ex, Expr::BooleanLiteral(_) | Expr::NoneLiteral(_))
                    {
                        format!("{base} here. Maybe you meant '==' instead of '='?")
                    } else {
                        base
                    }
                }
                v => assign_target_msg(ex, v),
            }
        }
        Err(_) => "invalid syntax".into(),
    }
}

pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::BoolOp(_) => "expression",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::FString(_) => "f-string expression",
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        _ => "expression",
    }
}

pub(crate) fn assign_target_msg(e: &Expr, verb: &str) -> String {
    format!("cannot {verb} {}", expr_name(e))
}

pub(crate) fn augassign_target_msg(e: &Expr) -> String {
    format!("'{}' is an illegal expression for augmented assignment", expr_name(e))
}

/// Checks CPython's grammar makes but the Ruff parser does not; they run
/// before scope analysis and code generation, as parse errors would.
pub(crate) fn check_module(body: &[Stmt]) -> CResult<()> {
    for s in body {
        check_stmt(s)?;
    }
    Ok(())
}

fn check_stmt(s: &Stmt) -> CResult<()> {
    let bodies: Vec<&[Stmt]> = match s {
        Stmt::FunctionDef(f) => vec![&f.body],
        Stmt::ClassDef(c) => vec![&c.body],
        Stmt::For(f) => vec![&f.body, &f.orelse],
        Stmt::While(w) => vec![&w.body, &w.orelse],
        Stmt::If(i) => std::iter::once(&i.body[..]).chain(i.elif_else_clauses.iter().map(|c| &c.body[..])).collect(),
        Stmt::With(w) => vec![&w.body],
        Stmt::Try(t) => {
            let mut v: Vec<&[Stmt]> = vec![&t.body, &t.orelse, &t.finalbody];
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                v.push(&h.body);
            }
            v
        }
        Stmt::Match(m) => {
            for c in &m.cases {
                check_pattern(&c.pattern)?;
            }
            m.cases.iter().map(|c| &c.body[..]).collect()
        }
        _ => Vec::new(),
    };
    for b in bodies {
        check_module(b)?;
    }
    Ok(())
}

/// `p as _` and `{**_}` are grammar errors in CPython.
fn check_pattern(p: &ast::Pattern) -> CResult<()> {
    use ast::Pattern as P;
    match p {
        P::MatchAs(a) => {
            if let (Some(inner), Some(n)) = (&a.pattern, &a.name) {
                if n.as_str() == "_" {
                    return Err(error("cannot use '_' as a target", n.range));
                }
                check_pattern(inner)?;
            }
            Ok(())
        }
        P::MatchMapping(m) => {
            if let Some(r) = m.rest.as_ref().filter(|r| r.as_str() == "_") {
                return Err(error("invalid syntax", r.range));
            }
            m.patterns.iter().try_for_each(check_pattern)
        }
        P::MatchSequence(q) => q.patterns.iter().try_for_each(check_pattern),
        P::MatchOr(o) => o.patterns.iter().try_for_each(check_pattern),
        P::MatchClass(c) => {
            c.arguments.patterns.iter().try_for_each(check_pattern)?;
            c.arguments.keywords.iter().try_for_each(|k| check_pattern(&k.pattern))
        }
        P::MatchValue(_) | P::MatchSingleton(_) | P::MatchStar(_) => Ok(()),
    }
}

pub(crate) fn error(msg: &str, range: TextRange) -> CompileError {
    CompileError { msg: msg.into(), range, kind: SyntaxErrorKind::SyntaxError }
}

#[allow(dead_code)]
fn unused(_: &ast::ExprName) {}
