//! `_json`: the decoder's scanner (`make_scanner`, `scanstring`) in Rust.
//!
//! `json.decoder`'s pure-Python scanner indexes its input one character at
//! a time, which is O(n) per index on a non-ASCII `str` here (UTF-8), so
//! decoding non-ASCII documents was quadratic. This scanner walks the UTF-8
//! bytes once, keeping the character position for `end` values and error
//! positions, and follows CPython's C scanner (`Modules/_json.c`): the same
//! grammar, hooks (`object_hook`, `object_pairs_hook`, `parse_float`,
//! `parse_int`, `parse_constant`), key memo, and messages ("Invalid
//! \\escape", "Expecting ',' delimiter", ...). The encoder stays pure Python.
//! Lone surrogates (`"\ud800"`) cannot be held by Taipan's `str` and raise
//! ValueError.

use super::add_fn;
use crate::object::dict::DictObj;
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

const APP_LEVEL: &str = r#"
class make_scanner:
    """JSON scanner object"""
    __slots__ = ("strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant")

    def __init__(self, context):
        self.strict = bool(context.strict)
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant

    def __call__(self, string, idx):
        return _scan_once(self, string, idx)

make_scanner.__module__ = "_json"
make_scanner.__qualname__ = make_scanner.__name__ = "Scanner"
"#;

struct Ctx {
    strict: bool,
    object_hook: Value,
    pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    memo: Gc<DictObj>,
    /// The `str` being decoded (for JSONDecodeError).
    string: Value,
}

/// Position in the input: byte offset and character index.
#[derive(Clone, Copy)]
struct Pos {
    b: usize,
    c: usize,
}

enum Fail {
    /// StopIteration(idx): no JSON value starts here.
    Stop(usize),
    Err(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Err(e)
    }
}

type R<T> = Result<T, Fail>;

fn errmsg(vm: &mut Vm, ctx: &Ctx, msg: &str, pos: usize) -> Fail {
    let cls = match super::module_attr(vm, "json.decoder", "JSONDecodeError") {
        Ok(c) => c,
        Err(e) => return Fail::Err(e),
    };
    let m = vm.new_str(msg);
    let p = vm.new_int(pos as i64);
    match vm.call(cls, &[m, ctx.string, p], &[]) {
        Ok(e) => Fail::Err(PyErr(e)),
        Err(e) => Fail::Err(e),
    }
}

fn next_pos(s: &[u8], p: Pos) -> Pos {
    let w = match s.get(p.b) {
        Some(&b) if b < 0x80 => 1,
        Some(&b) if b >= 0xF0 => 4,
        Some(&b) if b >= 0xE0 => 3,
        Some(_) => 2,
        None => 0,
    };
    Pos { b: p.b + w, c: p.c + (w > 0) as usize }
}

fn skip_ws(s: &[u8], mut p: Pos) -> Pos {
    while matches!(s.get(p.b), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        p.b += 1;
        p.c += 1;
    }
    p
}

fn hex4(s: &[u8], at: usize) -> Option<u32> {
    let h = s.get(at..at + 4)?;
    let t = std::str::from_utf8(h).ok()?;
    if !t.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(t, 16).ok()
}

/// The string starting after its opening quote at `p`; returns the text and
/// the position after the closing quote.
fn scanstring(vm: &mut Vm, ctx: &Ctx, s: &[u8], p: Pos) -> R<(String, Pos)> {
    let begin = p.c.saturating_sub(1);
    let mut out = String::new();
    let mut p = p;
    loop {
        // A run of ordinary characters.
        let start = p;
        while let Some(&b) = s.get(p.b) {
            if b == b'"' || b == b'\\' || (b < 0x20 && ctx.strict) {
                break;
            }
            p = next_pos(s, p);
        }
        out.push_str(std::str::from_utf8(&s[start.b..p.b.min(s.len())]).unwrap_or(""));
        match s.get(p.b) {
            None => return Err(errmsg(vm, ctx, "Unterminated string starting at", begin)),
            Some(b'"') => return Ok((out, Pos { b: p.b + 1, c: p.c + 1 })),
            Some(b'\\') => {}
            Some(_) => return Err(errmsg(vm, ctx, "Invalid control character at", p.c)),
        }
        let esc = p;
        let Some(&c) = s.get(p.b + 1) else { return Err(errmsg(vm, ctx, "Unterminated string starting at", begin)) };
        if c != b'u' {
            let ch = match c {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\x08',
                b'f' => '\x0c',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(errmsg(vm, ctx, "Invalid \\escape", esc.c)),
            };
            out.push(ch);
            p = Pos { b: p.b + 2, c: p.c + 2 };
            continue;
        }
        let Some(mut u) = hex4(s, p.b + 2) else { return Err(errmsg(vm, ctx, "Invalid \\uXXXX escape", esc.c + 1)) };
        p = Pos { b: p.b + 6, c: p.c + 6 };
        if (0xD800..0xDC00).contains(&u) && s.get(p.b) == Some(&b'\\') && s.get(p.b + 1) == Some(&b'u') {
            match hex4(s, p.b + 2) {
                Some(lo) if (0xDC00..0xE000).contains(&lo) => {
                    u = 0x10000 + (((u - 0xD800) << 10) | (lo - 0xDC00));
                    p = Pos { b: p.b + 6, c: p.c + 6 };
                }
                Some(_) => {}
                None => return Err(errmsg(vm, ctx, "Invalid \\uXXXX escape", p.c + 1)),
            }
        }
        match char::from_u32(u) {
            Some(ch) => out.push(ch),
            None => return Err(Fail::Err(vm.value_error("lone surrogates in JSON strings are not supported by taipan's str"))),
        }
    }
}

fn scan_once(vm: &mut Vm, ctx: &Ctx, s: &[u8], p: Pos) -> R<(Value, Pos)> {
    let Some(&c) = s.get(p.b) else { return Err(Fail::Stop(p.c)) };
    let lit = |word: &[u8]| s.get(p.b..p.b + word.len()) == Some(word);
    let adv = |n: usize| Pos { b: p.b + n, c: p.c + n };
    match c {
        b'"' => {
            let (t, e) = scanstring(vm, ctx, s, adv(1))?;
            Ok((vm.new_string(t), e))
        }
        b'{' => {
            vm.enter_for(" while decoding a JSON object from a unicode string")?;
            let r = parse_object(vm, ctx, s, adv(1));
            vm.leave();
            r
        }
        b'[' => {
            vm.enter_for(" while decoding a JSON array from a unicode string")?;
            let r = parse_array(vm, ctx, s, adv(1));
            vm.leave();
            r
        }
        b'n' if lit(b"null") => Ok((Value::NONE, adv(4))),
        b't' if lit(b"true") => Ok((Value::TRUE, adv(4))),
        b'f' if lit(b"false") => Ok((Value::FALSE, adv(5))),
        b'N' if lit(b"NaN") => constant(vm, ctx, "NaN", adv(3)),
        b'I' if lit(b"Infinity") => constant(vm, ctx, "Infinity", adv(8)),
        b'-' if s.get(p.b..p.b + 9) == Some(b"-Infinity") => constant(vm, ctx, "-Infinity", adv(9)),
        _ => number(vm, ctx, s, p),
    }
}

fn constant(vm: &mut Vm, ctx: &Ctx, name: &str, end: Pos) -> R<(Value, Pos)> {
    let n = vm.new_str(name);
    let v = vm.call(ctx.parse_constant, &[n], &[])?;
    Ok((v, end))
}

fn number(vm: &mut Vm, ctx: &Ctx, s: &[u8], p: Pos) -> R<(Value, Pos)> {
    let digit = |i: usize| s.get(i).is_some_and(|b| b.is_ascii_digit());
    let start = p.b;
    let mut i = p.b;
    if s.get(i) == Some(&b'-') {
        i += 1;
    }
    match s.get(i) {
        Some(b'1'..=b'9') => {
            i += 1;
            while digit(i) {
                i += 1;
            }
        }
        Some(b'0') => i += 1,
        _ => return Err(Fail::Stop(p.c)),
    }
    let mut is_float = false;
    if s.get(i) == Some(&b'.') && digit(i + 1) {
        is_float = true;
        i += 2;
        while digit(i) {
            i += 1;
        }
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let e_start = i;
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let digits_from = i;
        while digit(i) {
            i += 1;
        }
        if i > digits_from {
            is_float = true;
        } else {
            i = e_start;
        }
    }
    let text = std::str::from_utf8(&s[start..i]).unwrap_or("0");
    let t = vm.new_str(text);
    let conv = if is_float { ctx.parse_float } else { ctx.parse_int };
    let v = vm.call(conv, &[t], &[])?;
    Ok((v, Pos { b: i, c: p.c + (i - start) }))
}

fn parse_object(vm: &mut Vm, ctx: &Ctx, s: &[u8], p: Pos) -> R<(Value, Pos)> {
    let mut p = skip_ws(s, p);
    // Pairs go straight into a heap object (a list of tuples for
    // `object_pairs_hook`, else the dict), so they stay reachable while
    // hooks and number parsers run.
    let use_pairs = !ctx.pairs_hook.is_none();
    let d = vm.new_dict();
    let pairs = vm.new_list(Vec::new());
    let Some(pl) = pairs.downcast::<crate::object::seq::ListObj>() else { return Err(Fail::Stop(p.c)) };
    if s.get(p.b) != Some(&b'}') {
        loop {
            if s.get(p.b) != Some(&b'"') {
                return Err(errmsg(vm, ctx, "Expecting property name enclosed in double quotes", p.c));
            }
            let (k, e) = scanstring(vm, ctx, s, Pos { b: p.b + 1, c: p.c + 1 })?;
            let kv = vm.new_string(k);
            let key = match vm.dict_lookup(ctx.memo, kv)? {
                Some(m) => m,
                None => {
                    vm.dict_set(ctx.memo, kv, kv)?;
                    kv
                }
            };
            p = skip_ws(s, e);
            if s.get(p.b) != Some(&b':') {
                return Err(errmsg(vm, ctx, "Expecting ':' delimiter", p.c));
            }
            p = skip_ws(s, Pos { b: p.b + 1, c: p.c + 1 });
            let (v, e) = scan_once(vm, ctx, s, p)?;
            if use_pairs {
                let t = vm.new_tuple(vec![key, v]);
                vm.list_push(pl, t);
            } else {
                vm.dict_set(d, key, v)?;
            }
            p = skip_ws(s, e);
            if s.get(p.b) == Some(&b'}') {
                break;
            }
            if s.get(p.b) != Some(&b',') {
                return Err(errmsg(vm, ctx, "Expecting ',' delimiter", p.c));
            }
            p = skip_ws(s, Pos { b: p.b + 1, c: p.c + 1 });
        }
    }
    let end = Pos { b: p.b + 1, c: p.c + 1 };
    if use_pairs {
        return Ok((vm.call(ctx.pairs_hook, &[pairs], &[])?, end));
    }
    if !ctx.object_hook.is_none() {
        return Ok((vm.call(ctx.object_hook, &[d.value()], &[])?, end));
    }
    Ok((d.value(), end))
}

fn parse_array(vm: &mut Vm, ctx: &Ctx, s: &[u8], p: Pos) -> R<(Value, Pos)> {
    let mut p = skip_ws(s, p);
    let list = vm.new_list(Vec::new());
    let Some(l) = list.downcast::<crate::object::seq::ListObj>() else { return Err(Fail::Stop(p.c)) };
    if s.get(p.b) != Some(&b']') {
        loop {
            let (v, e) = scan_once(vm, ctx, s, p)?;
            vm.list_push(l, v);
            p = skip_ws(s, e);
            if s.get(p.b) == Some(&b']') {
                break;
            }
            if s.get(p.b) != Some(&b',') {
                return Err(errmsg(vm, ctx, "Expecting ',' delimiter", p.c));
            }
            p = skip_ws(s, Pos { b: p.b + 1, c: p.c + 1 });
        }
    }
    Ok((list, Pos { b: p.b + 1, c: p.c + 1 }))
}

/// The byte offset of character `idx` of `s` (None past the end).
fn byte_offset(s: &str, idx: usize) -> Option<usize> {
    if s.is_ascii() {
        return (idx <= s.len()).then_some(idx);
    }
    s.char_indices().map(|(b, _)| b).chain(std::iter::once(s.len())).nth(idx)
}

fn attr(vm: &mut Vm, o: Value, name: &str) -> PyResult {
    let k = vm.intern(name);
    vm.getattr(o, k)
}

fn stop(vm: &mut Vm, idx: usize) -> PyErr {
    let v = vm.new_int(idx as i64);
    vm.new_exception_err(vm.t.stop_iteration, vec![v])
}

/// `_scan_once(scanner, string, idx)` -> (value, end).
fn scan_once_fn(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let [scanner, string, idx] = [0, 1, 2].map(|i| a.get(i).copied().unwrap_or(Value::NONE));
    let Some(text) = Vm::str_of(string) else {
        let t = vm.type_name(string);
        return Err(vm.type_error(&format!("first argument must be a string, not {t}")));
    };
    let Some(i) = vm.as_i64(idx).filter(|_| idx.as_f64().is_none()) else {
        let t = vm.type_name(idx);
        return Err(vm.type_error(&format!("'{t}' object cannot be interpreted as an integer")));
    };
    if i < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let Some(b) = byte_offset(text, i as usize) else { return Err(stop(vm, i as usize)) };
    let strict = attr(vm, scanner, "strict")?;
    let ctx = Ctx {
        strict: vm.truthy(strict)?,
        object_hook: attr(vm, scanner, "object_hook")?,
        pairs_hook: attr(vm, scanner, "object_pairs_hook")?,
        parse_float: attr(vm, scanner, "parse_float")?,
        parse_int: attr(vm, scanner, "parse_int")?,
        parse_constant: attr(vm, scanner, "parse_constant")?,
        memo: vm.new_dict(),
        string,
    };
    match scan_once(vm, &ctx, text.as_bytes(), Pos { b, c: i as usize }) {
        Ok((v, end)) => {
            let e = vm.new_int(end.c as i64);
            Ok(vm.new_tuple(vec![v, e]))
        }
        Err(Fail::Stop(at)) => Err(stop(vm, at)),
        Err(Fail::Err(e)) => Err(e),
    }
}

/// `scanstring(string, end, strict=True)` -> (str, end).
fn scanstring_fn(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    crate::builtins::check_count(vm, "scanstring", a.len(), 2, 3)?;
    let string = a[0];
    let Some(text) = Vm::str_of(string) else {
        let t = vm.type_name(string);
        return Err(vm.type_error(&format!("first argument must be a string, not {t}")));
    };
    let end = vm.as_i64(a[1]).unwrap_or(-1);
    let strict = match a.get(2) {
        Some(v) => vm.truthy(*v)?,
        None => true,
    };
    let Some(b) = usize::try_from(end).ok().and_then(|e| byte_offset(text, e)) else {
        return Err(vm.value_error("end is out of bounds"));
    };
    let ctx = Ctx {
        strict,
        object_hook: Value::NONE,
        pairs_hook: Value::NONE,
        parse_float: Value::NONE,
        parse_int: Value::NONE,
        parse_constant: Value::NONE,
        memo: vm.new_dict(),
        string,
    };
    match scanstring(vm, &ctx, text.as_bytes(), Pos { b, c: end as usize }) {
        Ok((t, e)) => {
            let t = vm.new_string(t);
            let e = vm.new_int(e.c as i64);
            Ok(vm.new_tuple(vec![t, e]))
        }
        Err(Fail::Stop(at)) => Err(stop(vm, at)),
        Err(Fail::Err(e)) => Err(e),
    }
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    add_fn(vm, m, "_scan_once", scan_once_fn);
    add_fn(vm, m, "scanstring", scanstring_fn);
    vm.run_app_level(APP_LEVEL, "<_json>", m.dict, None)
}
