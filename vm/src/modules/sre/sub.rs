//! `Pattern.sub` / `Pattern.subn`. As in CPython 3.11: a callable `repl`
//! is called with each match; a str/bytes `repl` without backslashes is
//! used as is; anything else goes through `re._subx(pattern, repl)`, which
//! returns either the literal or a function expanding the template. The
//! pieces are joined at the end with `str.join`'s / `bytes.join`'s errors.

use super::pattern::{for_each_match, index_arg, new_match, prog, Window};
use super::subject::Subject;
use crate::builtins::args::Sig;
use crate::builtins::split_args;
use crate::object::seq::BytesObj;
use crate::object::str::StrObj;
use crate::object::Layout;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn is_callable(vm: &Vm, v: Value) -> bool {
    matches!(v.layout(), Some(Layout::Function | Layout::BuiltinFunction | Layout::BoundMethod | Layout::Type))
        || vm.type_of(v).lookup(vm.n.__call__).is_some()
}

/// Does `repl` need the template machinery (not a backslash-free str/bytes)?
fn is_template(repl: Value) -> bool {
    if let Some(s) = Vm::str_of(repl) {
        return s.contains('\\');
    }
    match repl.downcast::<BytesObj>() {
        Some(b) => b.data.with(|d| d.contains(&b'\\')),
        None => true,
    }
}

pub fn pattern_sub(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    subx(vm, a, k, false)
}

pub fn pattern_subn(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    subx(vm, a, k, true)
}

fn subx(vm: &mut Vm, a: &[Value], k: &[Value], subn: bool) -> PyResult {
    static SUB: [Sig; 2] = [
        Sig { name: "sub", params: &["repl", "string", "count"], posonly: 0, required: 2, kwonly: &[] },
        Sig { name: "subn", params: &["repl", "string", "count"], posonly: 0, required: 2, kwonly: &[] },
    ];
    let (pos, kw) = split_args(a, k);
    let [repl, string, count] = SUB[subn as usize].parse(vm, &pos[1..], k, kw)?;
    let (repl, string) = (repl.unwrap_or(Value::NONE), string.unwrap_or(Value::NONE));
    let count = index_arg(vm, count, 0)?;
    let this = pos[0];
    let (filter, call) = if is_callable(vm, repl) {
        (repl, true)
    } else if !is_template(repl) {
        (repl, false)
    } else {
        let re = vm.import_dotted("re")?;
        let name = vm.intern("_subx");
        let f = vm.getattr(re, name)?;
        let filter = vm.call(f, &[this, repl], &[])?;
        (filter, is_callable(vm, filter))
    };
    let prog = prog(vm, this)?;
    let subj = super::pattern::subject(vm, this, string, prog.isbytes)?;
    let w = Window::new(&subj, 0, i64::MAX);
    // The pieces stay rooted while the filter runs Python code.
    let mark = vm.extra_roots.len();
    vm.extra_roots.push(filter);
    let mut last = 0usize;
    let mut n = 0i64;
    if count >= 0 {
        for_each_match(vm, &prog, &subj, w, |vm, f| {
            let (b, e) = f.span(0).unwrap_or((last, last));
            if last < b {
                let piece = subj.slice(vm, last, b);
                vm.extra_roots.push(piece);
            }
            let item = if call {
                let m = new_match(vm, this, &subj, f, w)?;
                vm.call(filter, &[m], &[])?
            } else {
                filter
            };
            if !item.is_none() {
                vm.extra_roots.push(item);
            }
            last = e;
            n += 1;
            Ok(count == 0 || n < count)
        })?;
    }
    if last < w.endpos {
        let piece = subj.slice(vm, last, w.endpos);
        vm.extra_roots.push(piece);
    }
    let pieces = vm.extra_roots.split_off((mark + 1).min(vm.extra_roots.len()));
    vm.extra_roots.truncate(mark);
    let joined = join(vm, &subj, &pieces)?;
    if subn {
        let n = vm.new_int(n);
        return Ok(vm.new_tuple(vec![joined, n]));
    }
    Ok(joined)
}

/// `"".join(pieces)` / `b"".join(pieces)` for the subject's kind.
fn join(vm: &mut Vm, subj: &Subject, pieces: &[Value]) -> PyResult {
    if subj.is_bytes {
        let mut out = Vec::new();
        for (i, &p) in pieces.iter().enumerate() {
            match p.downcast::<BytesObj>() {
                Some(b) => b.data.with(|d| out.extend_from_slice(d)),
                None => {
                    let n = vm.type_name(p);
                    return Err(vm.type_error(&format!("sequence item {i}: expected a bytes-like object, {n} found")));
                }
            }
        }
        return Ok(vm.new_bytes_of(out, false));
    }
    if let [only] = pieces {
        if vm.type_of(*only) == vm.t.str_ {
            return Ok(*only);
        }
    }
    let mut out = Vec::new();
    for (i, &p) in pieces.iter().enumerate() {
        match p.downcast::<StrObj>() {
            Some(s) => out.extend_from_slice(s.as_wtf8()),
            None => {
                let n = vm.type_name(p);
                return Err(vm.type_error(&format!("sequence item {i}: expected str instance, {n} found")));
            }
        }
    }
    Ok(vm.new_wtf8(out))
}
