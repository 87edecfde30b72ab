//! Syntax errors CPython's tokenizer reports. After a parser error CPython
//! tokenizes the rest of the source, and a tokenizer error found anywhere
//! replaces the parser's message; an unclosed bracket at the end of the
//! source does so only when the parser error lies on a later line (or the
//! parser ran into the end of the source).

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{LexicalErrorType, ParseErrorType};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::bytecode::code::SyntaxErrorKind;

/// A tokenizer-level error: message, where, and which class.
pub(crate) struct TokError {
    pub msg: String,
    pub range: TextRange,
    pub kind: SyntaxErrorKind,
}

/// What tokenizing the whole source found.
pub(crate) struct Scan {
    /// The first tokenizer error in source order.
    pub error: Option<TokError>,
    /// The innermost bracket still open at the end: (char, its range).
    pub unclosed: Option<(char, TextRange)>,
    /// End of the last token that is not a newline/indent/dedent/EOF.
    pub last_token_end: TextSize,
    /// Ruff's error-recovering parse (tokens and AST) for further hints.
    pub parsed: ruff_python_parser::Parsed<ruff_python_ast::Mod>,
}

fn at(off: TextSize) -> TextRange {
    TextRange::empty(off)
}

fn line_of(source: &str, off: TextSize) -> usize {
    source.get(..off.to_usize()).map(|s| s.matches('\n').count()).unwrap_or(0) + 1
}

/// Tokenize `source` (as a module, or an expression for `eval`).
pub(crate) fn scan(source: &str, mode: ruff_python_parser::Mode) -> Scan {
    let parsed = ruff_python_parser::parse_unchecked(source, mode.into());
    let mut errors: Vec<TokError> = Vec::new();
    let mut stack: Vec<(char, TextRange)> = Vec::new();
    let mut last_token_end = TextSize::new(0);
    let mut bracket_error = None;
    let tokens = parsed.tokens();
    for (i, t) in tokens.iter().enumerate() {
        if !matches!(t.kind(), TokenKind::Newline | TokenKind::NonLogicalNewline | TokenKind::Indent
            | TokenKind::Dedent | TokenKind::EndOfFile | TokenKind::Comment)
            && !t.range().is_empty()
        {
            last_token_end = t.end();
        }
        if matches!(t.kind(), TokenKind::Int | TokenKind::Float | TokenKind::Complex) {
            let next = tokens.get(i + 1).filter(|n| n.start() == t.end());
            if let Some(e) = number_end_error(source, t.range(), next.map(|n| n.kind())) {
                errors.push(e);
            }
        }
        if bracket_error.is_some() {
            continue;
        }
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
        let (want, close) = match t.kind() {
            TokenKind::Rpar => ('(', ')'),
            TokenKind::Rsqb => ('[', ']'),
            TokenKind::Rbrace => ('{', '}'),
            _ => continue,
        };
        let msg = match stack.pop() {
            None => format!("unmatched '{close}'"),
            Some((o, _)) if o == want => continue,
            Some((o, r)) => {
                let (lo, lc) = (line_of(source, r.start()), line_of(source, t.start()));
                let on = if lo == lc { String::new() } else { format!(" on line {lo}") };
                format!("closing parenthesis '{close}' does not match opening parenthesis '{o}'{on}")
            }
        };
        bracket_error = Some(TokError { msg, range: at(t.start()), kind: SyntaxErrorKind::SyntaxError });
    }
    errors.extend(bracket_error);
    for e in parsed.errors() {
        if let ParseErrorType::Lexical(l) = &e.error {
            if let Some(t) = lexical_error(source, l, e.location) {
                errors.push(t);
            }
        }
    }
    let error = errors.into_iter().min_by_key(|e| e.range.start());
    let unclosed = stack.last().copied();
    Scan { error, unclosed, last_token_end, parsed }
}

/// CPython's message for a Ruff lexer error (None: not a tokenizer error).
fn lexical_error(source: &str, l: &LexicalErrorType, range: TextRange) -> Option<TokError> {
    let mut kind = SyntaxErrorKind::SyntaxError;
    let mut range = at(range.start());
    let text = source.get(range.start().to_usize()..).unwrap_or("");
    let msg = match l {
        LexicalErrorType::Eof => return None,
        LexicalErrorType::UnclosedStringError => {
            let quotes = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            if quotes.starts_with("'''") || quotes.starts_with("\"\"\"") {
                let last = line_of(source, TextSize::new(source.len() as u32));
                format!("unterminated triple-quoted string literal (detected at line {last})")
            } else {
                let line = line_of(source, range.start());
                format!("unterminated string literal (detected at line {line})")
            }
        }
        LexicalErrorType::IndentationError => {
            kind = SyntaxErrorKind::IndentationError;
            // CPython points past the end of the offending line.
            let eol = text.find(['\n', '\r']).unwrap_or(text.len());
            range = at(range.start() + TextSize::new(eol as u32));
            "unindent does not match any outer indentation level".into()
        }
        LexicalErrorType::LineContinuationError => {
            range = at(range.start() + TextSize::new(1));
            "unexpected character after line continuation character".into()
        }
        LexicalErrorType::UnrecognizedToken { tok } => {
            if tok.is_ascii() {
                "invalid syntax".into()
            } else {
                format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
            }
        }
        LexicalErrorType::UnicodeError | LexicalErrorType::MissingUnicodeLbrace | LexicalErrorType::MissingUnicodeRbrace => {
            "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape".into()
        }
        LexicalErrorType::InvalidByteLiteral => "bytes can only contain ASCII literal characters".into(),
        LexicalErrorType::FStringError(fe) => format!("f-string: {}", super::errors::fstring_msg(fe)),
        LexicalErrorType::OtherError(m) if m.to_lowercase().contains("tab") => {
            kind = SyntaxErrorKind::TabError;
            "inconsistent use of tabs and spaces in indentation".into()
        }
        LexicalErrorType::OtherError(m) if m.contains("Invalid decimal integer literal") => {
            range = TextRange::at(range.start(), TextSize::new(1));
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into()
        }
        LexicalErrorType::OtherError(_) if text.starts_with(|c: char| c.is_ascii_digit() || c == '.') => {
            // A malformed number: CPython points at its last character.
            let len = text.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.')).unwrap_or(text.len());
            range = at(range.start() + TextSize::new(len.saturating_sub(1) as u32));
            format!("invalid {} literal", radix_name(text))
        }
        _ => return None,
    };
    Some(TokError { msg, range, kind })
}

fn radix_name(number: &str) -> &'static str {
    let b = number.as_bytes();
    match (b.first(), b.get(1).map(u8::to_ascii_lowercase)) {
        (Some(b'0'), Some(b'x')) => "hexadecimal",
        (Some(b'0'), Some(b'o')) => "octal",
        (Some(b'0'), Some(b'b')) => "binary",
        _ => "decimal",
    }
}

/// A number directly followed by a name (`1_`, `1.a`, `1e`): CPython's
/// tokenizer rejects it, except before the keywords it still tolerates.
fn number_end_error(source: &str, number: TextRange, next: Option<TokenKind>) -> Option<TokError> {
    let next = next?;
    let rest = source.get(number.end().to_usize()..)?;
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    if word.is_empty() || !matches!(next, TokenKind::Name) && !next.is_keyword() {
        return None;
    }
    if ["and", "else", "for", "if", "in", "is", "not", "or"].iter().any(|k| word.starts_with(k)) {
        return None;
    }
    let text = source.get(number.start().to_usize()..number.end().to_usize())?;
    // CPython points at a `_` that no digit follows, else at the number's
    // last character.
    let point = if word.starts_with('_') { number.end() } else { number.end() - TextSize::new(1) };
    let msg = format!("invalid {} literal", radix_name(text));
    Some(TokError { msg, range: at(point), kind: SyntaxErrorKind::SyntaxError })
}

impl Scan {
    /// The innermost bracket open just before `off`.
    pub fn innermost_open_at(&self, off: TextSize) -> Option<char> {
        let mut stack = Vec::new();
        for t in self.parsed.tokens().iter().take_while(|t| t.start() < off) {
            match t.kind() {
                TokenKind::Lpar => stack.push('('),
                TokenKind::Lsqb => stack.push('['),
                TokenKind::Lbrace => stack.push('{'),
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                    stack.pop();
                }
                _ => {}
            }
        }
        stack.last().copied()
    }

    /// Start of the last token before `off` (or `off`).
    pub fn previous_token_start(&self, off: TextSize) -> TextSize {
        self.parsed.tokens().iter().take_while(|t| t.start() < off).last().map(|t| t.start()).unwrap_or(off)
    }
}
