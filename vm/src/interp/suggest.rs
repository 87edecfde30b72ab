//! "Did you mean" hints that CPython 3.11 appends to the last line of an
//! uncaught NameError or AttributeError (only when printing, never in
//! `str(exc)`).
//!
//! The behaviour follows CPython's `Python/suggestions.c`: an edit distance
//! over UTF-8 bytes where inserting, deleting or replacing a byte costs 2
//! and replacing it by the same letter in another ASCII case costs 1; a
//! candidate is accepted when at most about a third of the characters
//! change; the first candidate with the lowest distance wins; more than 749
//! candidates, or a differing part longer than 40 bytes, give no hint.

use crate::object::code::CodeObj;
use crate::object::dict::DictObj;
use crate::object::exception::TracebackObj;
use crate::value::Value;
use crate::vm::Vm;

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_CANDIDATES: usize = 750;
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Edit distance between `a` and `b`, or some value above `limit` as soon
/// as the distance is known to exceed it.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], limit: usize) -> usize {
    // A shared prefix or suffix never changes the distance.
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        (a, b) = (&a[1..], &b[1..]);
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        (a, b) = (&a[..a.len() - 1], &b[..b.len() - 1]);
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return limit + 1;
    }
    if a.len() > b.len() {
        (a, b) = (b, a);
    }
    if (b.len() - a.len()) * MOVE_COST > limit {
        return limit + 1;
    }
    // One row of the dynamic-programming table: row[i] is the cost of
    // turning the first j bytes of `b` into the first i+1 bytes of `a`.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut last = 0;
    for (j, &cb) in b.iter().enumerate() {
        let mut diag = j * MOVE_COST; // cost(b[..j], a[..0])
        let mut left = (j + 1) * MOVE_COST; // cost(b[..j+1], a[..0])
        let mut best = usize::MAX;
        for (i, &ca) in a.iter().enumerate() {
            let up = row[i];
            let cell = (diag + substitution_cost(cb, ca)).min(up.min(left) + MOVE_COST);
            row[i] = cell;
            diag = up;
            left = cell;
            best = best.min(cell);
        }
        if best > limit {
            return limit + 1;
        }
        last = left;
    }
    last
}

/// The closest of `candidates` to `name`, if close enough.
pub fn closest<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut found: Option<(&str, usize)> = None;
    for &c in candidates {
        if c == name {
            continue;
        }
        // No more than a third of the characters may change, and a later
        // candidate must beat the best so far.
        let mut limit = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = found {
            limit = limit.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), c.as_bytes(), limit);
        if d <= limit && found.is_none_or(|(_, best)| d < best) {
            found = Some((c, d));
        }
    }
    found.map(|(c, _)| c)
}

fn str_keys(d: crate::object::Gc<DictObj>) -> Vec<String> {
    d.keys().into_iter().filter_map(|k| Vm::str_of(k).map(str::to_string)).collect()
}

fn closest_owned(candidates: &[String], name: &str) -> Option<String> {
    let refs: Vec<&str> = candidates.iter().map(String::as_str).collect();
    closest(&refs, name).map(str::to_string)
}

impl Vm {
    /// The hint for an uncaught exception: the suggested name, if any.
    pub fn suggestion_for(&mut self, exc: Value) -> Option<String> {
        let attr = |vm: &mut Vm, n: &str| {
            let k = vm.intern(n);
            crate::object::attrs::attrs_of(exc).and_then(|a| a.get(k))
        };
        let name = attr(self, "name").and_then(Vm::str_of)?.to_string();
        if self.is_instance(exc, self.t.name_error) {
            return self.name_error_suggestion(exc, &name);
        }
        if self.is_instance(exc, self.t.attribute_error) {
            let obj = attr(self, "obj")?;
            let names = self.dir_names(obj).ok()?;
            return closest_owned(&names, &name);
        }
        None
    }

    /// Locals of the innermost frame (its code's variable names), then its
    /// globals, then its builtins.
    fn name_error_suggestion(&mut self, exc: Value, name: &str) -> Option<String> {
        let mut tb = self.traceback_of(exc).downcast::<TracebackObj>()?;
        while let Some(next) = tb.next.get().downcast::<TracebackObj>() {
            tb = next;
        }
        let code = tb.code.downcast::<CodeObj>()?;
        let locals: Vec<String> = code.meta.varnames.iter().map(|s| s.to_string()).collect();
        if let Some(s) = closest_owned(&locals, name) {
            return Some(s);
        }
        let globals = tb.globals.downcast::<DictObj>()?;
        if let Some(s) = closest_owned(&str_keys(globals), name) {
            return Some(s);
        }
        let builtins = match globals.get_str_key(self.n.__builtins__) {
            Some(b) if globals.own_builtins.get() => match b.downcast::<crate::object::module::ModuleObj>() {
                Some(m) => Some(m.dict),
                None => b.downcast::<DictObj>(),
            },
            _ => Some(self.builtins),
        }?;
        closest_owned(&str_keys(builtins), name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance(b"totl", b"total", 100), 2);
        assert_eq!(distance(b"abc", b"ABC", 100), 3);
        assert_eq!(distance(b"kitten", b"sitting", 100), 6);
        assert!(distance(b"abcdef", b"uvwxyz", 3) > 3);
    }

    #[test]
    fn picks_first_best() {
        assert_eq!(closest(&["baz", "bat"], "bar"), Some("baz"));
        assert_eq!(closest(&["total", "i"], "totl"), Some("total"));
        assert_eq!(closest(&["xyz"], "abc"), None);
        assert_eq!(closest(&["abc"], "abc"), None);
    }
}
