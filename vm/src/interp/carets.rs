//! PEP 657 indicator lines under a traceback's source line, as CPython 3.11
//! prints them: `^^^^` under the failing expression, or `~~~^^^~~~` when it
//! is a binary operation (the operator marked) or a subscript (the brackets
//! marked). No line is printed when the expression is the whole line.

use crate::bytecode::Location;
use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

/// The indicator line for `line` (the raw source line) and the instruction's
/// location, or None when CPython would print none.
pub fn caret_line(line: &str, loc: &Location) -> Option<String> {
    let line = line.trim_end_matches(['\n', '\r']);
    let chars: Vec<char> = line.chars().collect();
    let lead = chars.iter().take_while(|c| c.is_whitespace()).count();
    let stripped_len = line.trim().chars().count();
    let start = char_offset(line, loc.col as usize)?;
    let same_line = loc.end_line == loc.line;
    let end = if same_line { char_offset(line, loc.end_col as usize)? } else { line.trim_end().chars().count() };
    if end <= start || start < lead {
        return None;
    }
    let segment: String = chars[start..end].iter().collect();
    let anchors = if same_line { anchors(&segment) } else { None };
    let marked_operator = anchors.map(|(l, r)| r > l).unwrap_or(false);
    if end - start >= stripped_len && !marked_operator {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start - lead));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(end - start)),
    }
    Some(out)
}

/// Character index of a byte offset (None when it is not on a boundary).
fn char_offset(s: &str, byte: usize) -> Option<usize> {
    s.get(..byte.min(s.len())).map(|p| p.chars().count())
}

/// (start, end) character offsets inside `segment` of the part CPython
/// marks with `^` when the segment is a binary operation or a subscript.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_expression(segment).ok()?;
    let chars: Vec<char> = segment.chars().collect();
    let at = |byte: usize| char_offset(segment, byte);
    match parsed.expr() {
        Expr::BinOp(b) => {
            let op_start = at(b.left.range().end().to_usize())?;
            let op_end = at(b.right.range().start().to_usize())?;
            let between = &chars[op_start..op_end.max(op_start)];
            let skip = between.iter().take_while(|c| c.is_whitespace()).count();
            let mut left = op_start + skip;
            // Two-character operators (`//`, `**`, `<<`, ...) get two carets.
            let mut right = left + if skip + 1 < between.len() && !between[skip + 1].is_whitespace() { 2 } else { 1 };
            // A parenthesised left operand ends before its `)`: step past it.
            while left < chars.len() && (chars[left].is_whitespace() || chars[left] == ')' || chars[left] == '#') {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Expr::Subscript(s) => {
            let mut left = at(s.value.range().end().to_usize())?;
            let mut right = at(s.slice.range().end().to_usize())? + 1;
            while left < chars.len() && chars[left] != '[' {
                left += 1;
            }
            while right < chars.len() && chars[right] != ']' {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(col: u32, end_col: u32) -> Location {
        Location { line: 1, end_line: 1, col, end_col }
    }

    #[test]
    fn whole_line_without_anchor_has_no_carets() {
        assert_eq!(caret_line("    f(x)\n", &loc(4, 8)), None);
    }

    #[test]
    fn sub_expression_is_marked() {
        assert_eq!(caret_line("    y = f(x)", &loc(8, 12)).as_deref(), Some("        ^^^^"));
    }

    #[test]
    fn binop_marks_operator() {
        assert_eq!(caret_line("    return a[0] + b // 0", &loc(18, 24)).as_deref(), Some("                  ~~^^~~"));
        assert_eq!(caret_line("x = (a) + b", &loc(4, 11)).as_deref(), Some("        ~~~~^~~"));
    }

    #[test]
    fn subscript_marks_brackets_even_on_whole_line() {
        assert_eq!(caret_line("d['k']", &loc(0, 6)).as_deref(), Some("    ~^^^^^"));
    }
}
