//! Parsing of `str.format` strings into literal text and replacement fields,
//! shared by `str.format`/`format_map` and the `_string` module (which
//! exposes exactly this split to `string.Formatter`).

use super::TextError;

/// One step of a format string: literal text, then optionally a field.
/// As in CPython, a doubled brace ends the literal piece it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub literal: String,
    pub field: Option<Field>,
}

/// `{name!conversion:spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub conversion: Option<char>,
    pub spec: String,
}

/// Split a format string into pieces.
pub fn parse(s: &str) -> Result<Vec<Piece>, TextError> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '{' if chars.get(i + 1) == Some(&'{') => {
                lit.push('{');
                out.push(Piece { literal: std::mem::take(&mut lit), field: None });
                i += 2;
            }
            '}' if chars.get(i + 1) == Some(&'}') => {
                lit.push('}');
                out.push(Piece { literal: std::mem::take(&mut lit), field: None });
                i += 2;
            }
            '}' => return Err(TextError::value("Single '}' encountered in format string")),
            '{' => {
                let (field, next) = parse_field(&chars, i + 1)?;
                out.push(Piece { literal: std::mem::take(&mut lit), field: Some(field) });
                i = next;
            }
            _ => {
                lit.push(c);
                i += 1;
            }
        }
    }
    if !lit.is_empty() {
        out.push(Piece { literal: lit, field: None });
    }
    Ok(out)
}

/// Parse the field starting after its `{`; returns it and the index after its `}`.
fn parse_field(chars: &[char], start: usize) -> Result<(Field, usize), TextError> {
    if start >= chars.len() {
        return Err(TextError::value("Single '{' encountered in format string"));
    }
    // The name ends at '!' or ':' outside brackets; a '}' inside brackets does not close.
    let mut i = start;
    let mut in_bracket = false;
    while i < chars.len() {
        match chars[i] {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' | '}' | '{' if !in_bracket => break,
            _ => {}
        }
        i += 1;
    }
    if i >= chars.len() {
        return Err(TextError::value("expected '}' before end of string"));
    }
    if chars[i] == '{' {
        return Err(TextError::value("unexpected '{' in field name"));
    }
    let name: String = chars[start..i].iter().collect();
    let mut conversion = None;
    if chars[i] == '!' {
        match chars.get(i + 1) {
            None => return Err(TextError::value("end of string while looking for conversion specifier")),
            Some('}') | Some(':') => return Err(TextError::value("unmatched '{' in format spec")),
            Some(&c) => conversion = Some(c),
        }
        i += 2;
        match chars.get(i) {
            None => return Err(TextError::value("expected '}' before end of string")),
            Some(':') | Some('}') => {}
            Some(_) => return Err(TextError::value("expected ':' after conversion specifier")),
        }
    }
    let mut spec = String::new();
    if chars[i] == ':' {
        // The spec may nest one level of fields: count braces to find the end.
        i += 1;
        let mut depth = 1;
        while i < chars.len() {
            match chars[i] {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            spec.push(chars[i]);
            i += 1;
        }
        if i >= chars.len() {
            return Err(TextError::value("expected '}' before end of string"));
        }
    }
    Ok((Field { name, conversion, spec }, i + 1))
}

/// One `.attr` or `[key]` step after a field name's first part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    Attr(String),
    /// The key text; an all-digit key means an integer index.
    Item(String),
}

/// Split `a.b[c]` into the first part and the accessors.
pub fn split_field_name(name: &str) -> Result<(String, Vec<Access>), TextError> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = name[..end].to_string();
    let mut rest = &name[end..];
    let mut steps = Vec::new();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let e = r.find(['.', '[']).unwrap_or(r.len());
            if e == 0 {
                return Err(TextError::value("Empty attribute in format string"));
            }
            steps.push(Access::Attr(r[..e].to_string()));
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(e) = r.find(']') else { return Err(TextError::value("Missing ']' in format string")) };
            if e == 0 {
                return Err(TextError::value("Empty attribute in format string"));
            }
            steps.push(Access::Item(r[..e].to_string()));
            rest = &r[e + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(TextError::value("Only '.' or '[' may follow ']' in format field specifier"));
            }
        } else {
            return Err(TextError::value("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok((first, steps))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(s: &str) -> Result<Vec<(String, Option<(String, String, Option<char>)>)>, String> {
        parse(s)
            .map(|v| v.into_iter().map(|p| (p.literal, p.field.map(|f| (f.name, f.spec, f.conversion)))).collect())
            .map_err(|e| e.msg)
    }

    #[test]
    fn pieces_match_cpython() {
        assert_eq!(show(""), Ok(vec![]));
        assert_eq!(show("{{x}}"), Ok(vec![("{".into(), None), ("x}".into(), None)]));
        assert_eq!(show("a{b!s}c"), Ok(vec![("a".into(), Some(("b".into(), "".into(), Some('s')))), ("c".into(), None)]));
        assert_eq!(show("a{0:{1}}"), Ok(vec![("a".into(), Some(("0".into(), "{1}".into(), None)))]));
        assert_eq!(show("{:}"), Ok(vec![("".into(), Some(("".into(), "".into(), None)))]));
        assert_eq!(show("{").unwrap_err(), "Single '{' encountered in format string");
        assert_eq!(show("}").unwrap_err(), "Single '}' encountered in format string");
        assert_eq!(show("{a[}").unwrap_err(), "expected '}' before end of string");
        assert_eq!(show("{0!r:>10}"), Ok(vec![("".into(), Some(("0".into(), ">10".into(), Some('r'))))]));
    }

    #[test]
    fn field_names() {
        assert_eq!(split_field_name("a.b[c]").unwrap(), ("a".into(), vec![Access::Attr("b".into()), Access::Item("c".into())]));
        assert_eq!(split_field_name("a.").unwrap_err().msg, "Empty attribute in format string");
        assert_eq!(split_field_name("a[").unwrap_err().msg, "Missing ']' in format string");
    }
}
