//! String literals with lone-surrogate escapes (`'\udc80'`).
//!
//! The parser decodes escapes into Rust text, where a lone surrogate cannot
//! exist, so it writes U+FFFD for `\ud800`..`\udfff`. When a literal's value
//! holds U+FFFD, its escapes are decoded again here from the source into
//! str text (`text::wtf8`), which keeps the surrogates.
//!
//! The source of the module being compiled is kept in a thread-local while
//! `compile` runs (constant folding reaches literals without the compiler).
//! `\N{...}` needs the Unicode name table Taipan lacks: a literal part that
//! has both a surrogate escape and `\N{...}` keeps the parser's value.

use crate::text::wtf8;
use ruff_python_ast::{self as ast, StringFlags};
use ruff_text_size::Ranged;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static SOURCE: RefCell<Option<Rc<str>>> = const { RefCell::new(None) };
}

/// Keeps `source` available to [`literal_text`] until dropped.
pub struct SourceGuard(Option<Rc<str>>);

pub fn enter(source: &str) -> SourceGuard {
    let prev = SOURCE.with(|s| s.borrow_mut().replace(Rc::from(source)));
    SourceGuard(prev)
}

impl Drop for SourceGuard {
    fn drop(&mut self) {
        let prev = self.0.take();
        SOURCE.with(|s| *s.borrow_mut() = prev);
    }
}

/// The str text of a string literal when it holds lone surrogates; None
/// when the parser's value is exact.
pub fn literal_text(lit: &ast::ExprStringLiteral) -> Option<Vec<u8>> {
    if !lit.value.to_str().contains('\u{FFFD}') {
        return None;
    }
    let source = SOURCE.with(|s| s.borrow().clone())?;
    let mut out = Vec::new();
    let mut any = false;
    for part in lit.value.iter() {
        let decoded = if part.flags.prefix().is_raw() { None } else { decode_part(&source, part) };
        match decoded {
            Some(b) => {
                any |= wtf8::has_surrogates(&b);
                out.extend_from_slice(&b);
            }
            None => out.extend_from_slice(part.value.as_bytes()),
        }
    }
    any.then_some(out)
}

fn decode_part(source: &str, part: &ast::StringLiteral) -> Option<Vec<u8>> {
    let r = part.range();
    let (start, end) = (usize::from(r.start()), usize::from(r.end()));
    let open = usize::from(part.flags.opener_len());
    let close = usize::from(part.flags.closer_len());
    let body = source.get(start + open..end.checked_sub(close)?)?;
    decode_escapes(body)
}

/// Python's escape decoding of a non-raw literal body into str text; None
/// for a body it cannot decode exactly (`\N{...}`).
pub fn decode_escapes(body: &str) -> Option<Vec<u8>> {
    let body = body.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::with_capacity(body.len());
    let mut it = body.chars().peekable();
    let push = |out: &mut Vec<u8>, c: u32| wtf8::push_cp(out, c);
    while let Some(c) = it.next() {
        if c != '\\' {
            push(&mut out, c as u32);
            continue;
        }
        let Some(e) = it.next() else {
            push(&mut out, '\\' as u32);
            break;
        };
        let simple = match e {
            '\n' => None,
            '\\' => Some(0x5C),
            '\'' => Some(0x27),
            '"' => Some(0x22),
            'a' => Some(0x07),
            'b' => Some(0x08),
            'f' => Some(0x0C),
            'n' => Some(0x0A),
            'r' => Some(0x0D),
            't' => Some(0x09),
            'v' => Some(0x0B),
            '0'..='7' => {
                let mut v = e.to_digit(8)?;
                for _ in 0..2 {
                    match it.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            it.next();
                        }
                        None => break,
                    }
                }
                Some(v)
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..n {
                    v = v.checked_mul(16)? + it.next()?.to_digit(16)?;
                }
                (v <= 0x10FFFF).then_some(v)
            }
            'N' => return None,
            other => {
                push(&mut out, '\\' as u32);
                Some(other as u32)
            }
        };
        if let Some(v) = simple {
            push(&mut out, v);
        } else if e != '\n' {
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::decode_escapes;
    use crate::text::wtf8::from_code_points;

    #[test]
    fn escapes_decode_like_python() {
        assert_eq!(decode_escapes(r"a\udc80b").unwrap(), from_code_points([0x61, 0xDC80, 0x62]));
        assert_eq!(decode_escapes(r"\ud800\udc00").unwrap(), from_code_points([0xD800, 0xDC00]));
        assert_eq!(decode_escapes(r"\x41\101\n\t\\\'\q").unwrap(), b"AA\n\t\\'\\q".to_vec());
        assert_eq!(decode_escapes("a\\\nb").unwrap(), b"ab".to_vec());
        assert_eq!(decode_escapes(r"\U0001F600").unwrap(), "😀".as_bytes().to_vec());
        assert_eq!(decode_escapes(r"\N{BULLET}"), None);
    }
}
