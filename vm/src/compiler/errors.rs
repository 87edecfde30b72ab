//! Syntax-error reporting: mapping Ruff parse errors to CPython's messages,
//! and a few checks the parser does not make.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::tok_errors::Scan;
use super::{hints, CResult, CompileError, LineIndex};
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

/// The source line as CPython's `SyntaxError.text` has it (with its newline).
fn line_with_newline(source: &str, lines: &LineIndex, line: u32) -> Option<String> {
    let start = lines.line_start(line)?;
    let rest = source.get(start..)?;
    let end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
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
        text: line_with_newline(source, lines, lineno),
    }
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

/// CPython's SyntaxError for a Ruff parse error. `mode` is how the source
/// was parsed (module or expression).
pub(crate) fn parse_error(
    source: &str,
    filename: &str,
    lines: &LineIndex,
    e: &ParseError,
    mode: ruff_python_parser::Mode,
) -> SyntaxErrorInfo {
    let scan = super::tok_errors::scan(source, mode);
    // CPython reports an indentation error at the parser's token without
    // tokenizing further; other parser errors yield to any tokenizer error.
    let at_indent = matches!(e.error, ParseErrorType::UnexpectedIndentation);
    if let Some(t) = scan.error.as_ref().filter(|t| !at_indent || t.range.start() <= e.location.start()) {
        return to_info(source, filename, lines, t.msg.clone(), t.range, t.kind);
    }
    if let Some((open, r)) = scan.unclosed {
        let at_eof = matches!(e.error, ParseErrorType::Lexical(LexicalErrorType::Eof))
            || e.location.start() >= scan.last_token_end;
        if at_eof || lines.pos(e.location.start().to_usize()).0 > lines.pos(r.start().to_usize()).0 {
            let msg = format!("'{open}' was never closed");
            return to_info(source, filename, lines, msg, TextRange::empty(r.start()), SyntaxErrorKind::SyntaxError);
        }
    }
    let (msg, range, kind) = match parser_message(source, lines, e, &scan) {
        Some(m) => m,
        None => {
            let msg = format!("'{}' was never closed", scan.unclosed.map(|u| u.0).unwrap_or('('));
            let r = scan.unclosed.map(|u| TextRange::empty(u.1.start())).unwrap_or(e.location);
            (msg, r, SyntaxErrorKind::SyntaxError)
        }
    };
    // A newline token is reported as an empty range at its start.
    let range = match source.get(range.start().to_usize()..range.end().to_usize()) {
        Some("\n" | "\r\n" | "\r") => TextRange::empty(range.start()),
        _ => range,
    };
    let end = TextSize::new(source.len() as u32);
    let range = if range.start() > end { TextRange::empty(end) } else { range };
    to_info(source, filename, lines, msg, range, kind)
}

/// The first word of the logical line containing `off`.
fn statement_keyword(source: &str, lines: &LineIndex, off: usize) -> String {
    let (line, _) = lines.pos(off.min(source.len()));
    let text = line_text(source, lines, line).unwrap_or_default();
    text.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect()
}

/// The message for a parser (not tokenizer) error; None when CPython would
/// report the bracket still open at the end instead.
fn parser_message(source: &str, lines: &LineIndex, e: &ParseError, scan: &Scan) -> Option<(String, TextRange, SyntaxErrorKind)> {
    let mut range = e.location;
    let mut kind = SyntaxErrorKind::SyntaxError;
    let msg: String = match &e.error {
        ParseErrorType::UnexpectedIndentation => {
            kind = SyntaxErrorKind::IndentationError;
            // CPython's offset is the indentation's width.
            let (line, _) = lines.pos(range.start().to_usize());
            let start = lines.line_start(line).unwrap_or(0);
            let text = line_text(source, lines, line).unwrap_or_default();
            let width = text.len() - text.trim_start().len();
            range = TextRange::empty(TextSize::new((start + width.saturating_sub(1)) as u32));
            "unexpected indent".into()
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block") => {
            kind = SyntaxErrorKind::IndentationError;
            range = TextRange::at(range.start(), range.len());
            match block_opener(source, lines, range.start().to_usize()) {
                Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
                None => "expected an indented block".into(),
            }
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Indent, .. } => {
            kind = SyntaxErrorKind::IndentationError;
            match block_opener(source, lines, range.start().to_usize()) {
                Some((what, line)) => format!("expected an indented block after {what} on line {line}"),
                None => "expected an indented block".into(),
            }
        }
        // CPython insists on the colon right after the header only for these
        // (or when the header line simply ends).
        ParseErrorType::ExpectedToken { found: TokenKind::Equal, .. } if hints::assign_in_expression(scan, range.start()).is_some() => {
            let (m, r) = hints::assign_in_expression(scan, range.start())?;
            range = r;
            m
        }
        ParseErrorType::ExpectedToken { found, .. } if found.as_augmented_assign_operator().is_some() => {
            match hints::single_target_before(scan, range.start()).and_then(|t| aug_target(source, t)) {
                Some((m, r)) => {
                    range = r;
                    m
                }
                None => "invalid syntax".into(),
            }
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, found: TokenKind::Comma | TokenKind::Rbrace }
            if scan.innermost_open_at(range.start()) == Some('{') =>
        {
            range = TextRange::empty(scan.previous_token_start(range.start()));
            "':' expected after dictionary key".into()
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, found } => {
            let kw = statement_keyword(source, lines, range.start().to_usize());
            if *found == TokenKind::Newline || matches!(kw.as_str(), "def" | "try" | "finally") {
                range = TextRange::empty(range.start());
                "expected ':'".into()
            } else {
                "invalid syntax".into()
            }
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Else, .. } => {
            if let Some(r) = hints::conditional_at(scan, range.start()) {
                range = r;
            }
            "expected 'else' after 'if' expression".into()
        }
        ParseErrorType::SimpleStatementsOnSameLine => {
            let kw = statement_keyword(source, lines, range.start().to_usize());
            match missing_parens(source, lines, range, &kw) {
                Some((m, r)) => {
                    range = r;
                    m
                }
                None => "invalid syntax".into(),
            }
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget
        | ParseErrorType::InvalidDeleteTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget => target_error_msg(source, &e.error, range, scan),
        ParseErrorType::DuplicateKeywordArgumentError(name) => format!("keyword argument repeated: {name}"),
        ParseErrorType::PositionalAfterKeywordArgument => "positional argument follows keyword argument".into(),
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            "positional argument follows keyword argument unpacking".into()
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            range = TextRange::at(range.start(), TextSize::new(1));
            "iterable argument unpacking follows keyword argument unpacking".into()
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => "non-default argument follows default argument".into(),
        ParseErrorType::ParamAfterVarKeywordParam => "arguments cannot follow var-keyword argument".into(),
        ParseErrorType::ExpectedKeywordParam => "named arguments must follow bare *".into(),
        ParseErrorType::OtherError(m) if m.starts_with("Only one '/'") => "/ may appear only once".into(),
        ParseErrorType::OtherError(m) if m.starts_with("Only single target (not tuple)") => {
            "only single target (not tuple) can be annotated".into()
        }
        ParseErrorType::ExpectedRealNumber => "real number required in complex literal".into(),
        ParseErrorType::ExpectedImaginaryNumber => "imaginary number required in complex literal".into(),
        ParseErrorType::OtherError(m) if m == "Positional patterns cannot follow keyword patterns" => {
            "positional patterns follow keyword patterns".into()
        }
        ParseErrorType::OtherError(m) if m == "Cannot have both 'except' and 'except*' on the same 'try'" => {
            // CPython marks the `except` / `except*` keyword only.
            let start = range.start();
            let star = source.get(start.to_usize() + 6..).is_some_and(|t| t.starts_with('*'));
            range = TextRange::at(start, TextSize::new(if star { 7 } else { 6 }));
            "cannot have both 'except' and 'except*' on the same 'try'".into()
        }
        ParseErrorType::OtherError(m) if m == "Expected one or more exception types" => "expected one or more exception types".into(),
        ParseErrorType::IterableUnpackingInComprehension => "iterable unpacking cannot be used in comprehension".into(),
        ParseErrorType::UnparenthesizedGeneratorExpression => "Generator expression must be parenthesized".into(),
        ParseErrorType::FStringError(fe) => format!("f-string: {}", fstring_msg(fe)),
        ParseErrorType::Lexical(LexicalErrorType::FStringError(fe)) => format!("f-string: {}", fstring_msg(fe)),
        ParseErrorType::ExpectedToken { .. } | ParseErrorType::OtherError(_) => {
            match hints::missing_comma(source, scan, range.start()) {
                Some(hints::CommaHint::NeverClosed) => return None,
                Some(hints::CommaHint::Message(r)) => {
                    range = r;
                    "invalid syntax. Perhaps you forgot a comma?".into()
                }
                None => "invalid syntax".into(),
            }
        }
        _ => "invalid syntax".into(),
    };
    Some((msg, range, kind))
}

/// `a, b += 1`: "'tuple' is an illegal expression for augmented assignment".
fn aug_target(source: &str, target: TextRange) -> Option<(String, TextRange)> {
    let text = source.get(target.start().to_usize()..target.end().to_usize())?.trim_end();
    let parsed = ruff_python_parser::parse_expression(text).ok()?;
    let range = TextRange::at(target.start(), TextSize::new(text.len() as u32));
    Some((augassign_target_msg(parsed.expr()), range))
}

/// `print 'x'`: CPython suggests the call for the Python 2 statements.
fn missing_parens(source: &str, lines: &LineIndex, err: TextRange, kw: &str) -> Option<(String, TextRange)> {
    if kw != "print" && kw != "exec" {
        return None;
    }
    let (line, _) = lines.pos(err.start().to_usize());
    let start = lines.line_start(line)?;
    let text = line_text(source, lines, line)?;
    let lead = text.len() - text.trim_start().len();
    let after = text[lead + kw.len()..].trim_start();
    if after.is_empty() || after.starts_with(['=', '.', '(', '[', ',', ')', ':']) {
        return None;
    }
    let end = start + text.trim_end().len();
    let range = TextRange::new(TextSize::new((start + lead) as u32), TextSize::new(end as u32));
    Some((format!("Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?"), range))
}

pub(crate) fn fstring_msg(fe: &ruff_python_parser::InterpolatedStringErrorType) -> String {
    use ruff_python_parser::InterpolatedStringErrorType as F;
    match fe {
        F::UnclosedLbrace => "expecting '}'".into(),
        F::SingleRbrace => "single '}' is not allowed".into(),
        F::InvalidConversionFlag => "invalid conversion character: expected 's', 'r', or 'a'".into(),
        F::UnterminatedString | F::UnterminatedTripleQuotedString => "unterminated string".into(),
        other => other.to_string(),
    }
}

fn target_error_msg(source: &str, e: &ParseErrorType, range: TextRange, scan: &Scan) -> String {
    let text = source.get(range.start().to_usize()..range.end().to_usize()).unwrap_or("").trim();
    // A parenthesized yield is not an expression on its own.
    let parsed = ruff_python_parser::parse_expression(text).or_else(|_| ruff_python_parser::parse_expression(&format!("({text})")));
    let Ok(p) = parsed else { return "invalid syntax".into() };
    let ex = p.expr();
    match e {
        ParseErrorType::InvalidDeleteTarget => assign_target_msg(ex, "delete"),
        ParseErrorType::InvalidAugmentedAssignmentTarget => augassign_target_msg(ex),
        ParseErrorType::InvalidNamedAssignmentTarget => format!("cannot use assignment expressions with {}", expr_name(ex)),
        ParseErrorType::InvalidAnnotatedAssignmentTarget => assign_target_msg(ex, "annotate"),
        _ => {
            let parenthesized = source.get(..range.start().to_usize()).is_some_and(|b| b.trim_end().ends_with('('));
            if matches!(ex, Expr::Yield(_) | Expr::YieldFrom(_)) && !parenthesized {
                return "assignment to yield expression not possible".into();
            }
            let base = assign_target_msg(ex, "assign to");
            // CPython's `invalid_named_expression` rule (see `hints`).
            let here = hints::named_expression_target(scan, range).is_some_and(|w| {
                let text = source.get(w.start().to_usize()..w.end().to_usize()).unwrap_or("");
                let Ok(p) = ruff_python_parser::parse_expression(text) else { return false };
                let bitwise_or = !matches!(p.expr(), Expr::Compare(_) | Expr::BoolOp(_) | Expr::Lambda(_) | Expr::If(_)
                    | Expr::Named(_) | Expr::Starred(_))
                    && !matches!(p.expr(), Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not);
                let excluded = matches!(p.expr(), Expr::List(_) | Expr::Tuple(_) | Expr::Generator(_)
                    | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_)) && !text.starts_with('(') || text.starts_with('(') && matches!(p.expr(), Expr::Tuple(_) | Expr::Generator(_));
                bitwise_or && !excluded
            });
            if here { format!("{base} here. Maybe you meant '==' instead of '='?") } else { base }
        }
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
/// A syntax error in input without any token: CPython reports line 0.
pub(crate) fn empty_input(filename: &str, msg: &str) -> SyntaxErrorInfo {
    SyntaxErrorInfo {
        msg: msg.into(),
        kind: SyntaxErrorKind::SyntaxError,
        filename: filename.to_string(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: Some(String::new()),
    }
}

/// Leading blanks before the first token of an expression (the whitespace
/// of its line), which CPython's eval-mode tokenizer rejects as an indent.
pub(crate) fn leading_indent(source: &str) -> Option<TextRange> {
    let mut off = 0;
    for line in source.split_inclusive('\n') {
        let body = line.trim_start_matches([' ', '\t', '\x0c']);
        let blank = body.trim().is_empty() || body.starts_with('#');
        if !blank {
            let indent = line.len() - body.len();
            return (indent > 0).then(|| TextRange::at(TextSize::new(off as u32), TextSize::new(indent as u32)));
        }
        off += line.len();
    }
    None
}

/// For 'single' mode: the error when code follows the first statement
/// (CPython parses one statement and rejects the rest, whether or not it
/// would parse), with where to report it; None when that part has errors
/// of its own or nothing follows.
pub(crate) fn single_statement_extra(source: &str) -> Option<(&'static str, TextSize)> {
    let parsed = ruff_python_parser::parse_unchecked(source, ruff_python_parser::Mode::Module.into());
    let ruff_python_ast::Mod::Module(m) = parsed.syntax() else { return None };
    let tokens = parsed.tokens();
    let first = m.body.first()?;
    let compound = !matches!(
        first,
        Stmt::Expr(_) | Stmt::Assign(_) | Stmt::AugAssign(_) | Stmt::AnnAssign(_) | Stmt::Pass(_) | Stmt::Break(_)
            | Stmt::Continue(_) | Stmt::Return(_) | Stmt::Raise(_) | Stmt::Global(_) | Stmt::Nonlocal(_)
            | Stmt::Assert(_) | Stmt::Delete(_) | Stmt::Import(_) | Stmt::ImportFrom(_) | Stmt::TypeAlias(_)
    );
    // `a; b` on one line is still one interactive statement.
    let mut end = first.end();
    if !compound {
        for s in &m.body[1..] {
            let mut between = tokens.iter().filter(|t| t.start() >= end && t.end() <= s.start()).peekable();
            if between.peek().is_none() || between.any(|t| t.kind() != TokenKind::Semi) {
                break;
            }
            end = s.end();
        }
    }
    let line_end = if compound {
        end
    } else {
        tokens.iter().find(|t| t.kind() == TokenKind::Newline && t.start() >= end).map(|t| t.end()).unwrap_or(end)
    };
    if parsed.errors().iter().any(|e| e.location.start() < line_end) {
        return None;
    }
    let rest = source.get(line_end.to_usize()..)?;
    let mut off = line_end.to_usize();
    for l in rest.split_inclusive('\n') {
        let t = l.trim_start_matches([' ', '\t', '\x0c', ';']);
        if !t.trim().is_empty() && !t.starts_with('#') {
            // A compound statement must be ended by a blank line first.
            return Some(if compound {
                ("invalid syntax", TextSize::new((off + l.len() - t.len()) as u32))
            } else {
                ("multiple statements found while compiling a single statement", end)
            });
        }
        off += l.len();
    }
    None
}

/// Checks the parser leaves to the compiler.
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
