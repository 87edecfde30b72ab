//! `str` operations on strings holding lone surrogates (see `text::wtf8`).
//!
//! The core operations (`+`, `*`, comparison, `in`, `join`, indexing,
//! `repr`, codecs) work on the stored bytes directly. Every other `str`
//! method is written over `&str`; when its receiver or an argument holds
//! surrogates, [`call_method`] runs it on surrogate-free stand-in copies
//! (`wtf8::Standins`) and maps the result back. That is exact for methods
//! that treat a surrogate like any other uncased, non-space, unprintable
//! character; the methods for which it is not are handled natively here or
//! raise [`not_supported`].

use crate::object::seq::{ListObj, TupleObj};
use crate::object::str::StrObj;
use crate::text::wtf8::{self, Standins};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Does `v` hold a str with lone surrogates?
pub fn is_surrogate_str(v: Value) -> bool {
    v.downcast::<StrObj>().is_some_and(|s| s.has_surrogates())
}

/// The error for an operation that does not handle lone surrogates yet.
pub fn not_supported(vm: &mut Vm, what: &str) -> PyErr {
    let msg = format!("taipan: {what} does not support strings with lone surrogates yet");
    vm.new_error(vm.t.not_implemented_error, &msg)
}

/// The text of a str as `&str`, or CPython's `PyUnicode_AsUTF8` error
/// ("surrogates not allowed") when it holds lone surrogates: for native code
/// that needs UTF-8 (names, paths, messages).
pub fn utf8_text(vm: &mut Vm, v: Value) -> PyResult<&'static str> {
    match Vm::str_of(v) {
        Some(s) => Ok(s),
        None => Err(super::unicode_codecs::surrogates_not_allowed(vm, v)),
    }
}

/// The concatenation of str values (callers checked they are strs).
pub fn concat(vm: &mut Vm, parts: &[Value]) -> Value {
    let surrogates = parts.iter().any(|p| is_surrogate_str(*p));
    if !surrogates {
        let len = parts.iter().map(|p| Vm::str_of(*p).map_or(0, str::len)).sum();
        let mut out = String::with_capacity(len);
        for p in parts {
            out.push_str(Vm::str_of(*p).unwrap_or_default());
        }
        return vm.new_string(out);
    }
    let mut out = Vec::new();
    for p in parts {
        out.extend_from_slice(Vm::wtf8_of(*p).unwrap_or_default());
    }
    vm.new_wtf8(out)
}

/// Methods whose stand-in run would be wrong, with the reason.
fn native_only(name: &str) -> Option<&'static str> {
    Some(match name {
        // Work with code-point values or ordering the stand-ins change.
        "translate" | "__lt__" | "__le__" | "__gt__" | "__ge__" | "__hash__" | "__repr__" => "native",
        // Insert arbitrary objects' text, which may collide with a stand-in.
        "__mod__" | "__rmod__" => "native",
        // Return values that are not str text.
        "__iter__" | "__sizeof__" => "native",
        _ => return None,
    })
}

/// Run str method `name` (native `func`) with `args` of which at least one is
/// a str holding lone surrogates.
pub fn call_method(vm: &mut Vm, name: &str, func: crate::object::function::NativeFn, args: &[Value], kwnames: &[Value]) -> PyResult {
    if let Some(r) = native(vm, name, args, kwnames) {
        return r;
    }
    // Implementations that read the stored text themselves.
    if matches!(name, "encode" | "join" | "format" | "format_map") {
        return func(vm, args, kwnames);
    }
    if native_only(name).is_some() {
        return Err(not_supported(vm, &format!("str.{name}()")));
    }
    // Every str text involved, also inside tuple arguments (startswith).
    let mut texts: Vec<&'static [u8]> = Vec::new();
    for a in args {
        if let Some(t) = Vm::wtf8_of(*a) {
            texts.push(t);
        } else if let Some(t) = a.downcast::<TupleObj>() {
            texts.extend(t.items.iter().filter_map(|x| Vm::wtf8_of(*x)));
        }
    }
    let Some(sw) = Standins::choose(texts.iter().copied()) else {
        return Err(not_supported(vm, &format!("str.{name}() on this text")));
    };
    // The stand-in copies live in extra_roots while anything allocates.
    let mark = vm.extra_roots.len();
    for a in args {
        let h = hide(vm, sw, *a);
        vm.extra_roots.push(h);
    }
    let hidden: Vec<Value> = vm.extra_roots[mark..].to_vec();
    let r = func(vm, &hidden, kwnames);
    vm.extra_roots.truncate(mark);
    let r = r?;
    Ok(reveal(vm, sw, r))
}

fn hide(vm: &mut Vm, sw: Standins, v: Value) -> Value {
    if is_surrogate_str(v) {
        let t = sw.hide(Vm::wtf8_of(v).unwrap_or_default());
        return vm.new_string(t);
    }
    if let Some(t) = v.downcast::<TupleObj>() {
        if t.items.iter().any(|x| is_surrogate_str(*x)) {
            let items: Vec<Value> = t.items.to_vec();
            return vm.new_tuple_with(items.len(), |vm, i| hide(vm, sw, items[i]));
        }
    }
    v
}

/// Map a method's result back: str results and the strs of list/tuple
/// results (split, partition) get their surrogates back.
fn reveal(vm: &mut Vm, sw: Standins, r: Value) -> Value {
    if let Some(s) = Vm::str_of(r) {
        let b = sw.reveal(s);
        if b.as_slice() == s.as_bytes() {
            return r;
        }
        return vm.new_wtf8(b);
    }
    let items: Vec<Value> = if let Some(l) = r.downcast::<ListObj>() {
        l.items.snapshot()
    } else if r.downcast::<TupleObj>().is_some() && vm.type_of(r) == vm.t.tuple {
        r.downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default()
    } else {
        return r;
    };
    let mark = vm.extra_roots.len();
    vm.extra_roots.push(r);
    let out = vm.new_tuple_with(items.len(), |vm, i| reveal(vm, sw, items[i]));
    vm.extra_roots.truncate(mark);
    if r.downcast::<ListObj>().is_some() {
        let items = out.downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default();
        return vm.new_list(items);
    }
    out
}

impl Vm {
    /// A tuple of `n` items made by `f`, each kept rooted until the tuple exists.
    pub fn new_tuple_with(&mut self, n: usize, mut f: impl FnMut(&mut Vm, usize) -> Value) -> Value {
        let mark = self.extra_roots.len();
        for i in 0..n {
            let v = f(self, i);
            self.extra_roots.push(v);
        }
        let items = self.extra_roots[mark..].to_vec();
        let t = self.new_tuple(items);
        self.extra_roots.truncate(mark);
        t
    }
}

/// Methods implemented here on the stored text; None to use the stand-ins.
fn native(vm: &mut Vm, name: &str, args: &[Value], kwnames: &[Value]) -> Option<PyResult> {
    let this = *args.first()?;
    let text = Vm::wtf8_of(this)?;
    let other = args.get(1).copied().filter(|_| kwnames.is_empty() && args.len() == 2);
    // Byte order of the stored text is code-point order.
    let cmp = |_: &mut Vm, f: fn(std::cmp::Ordering) -> bool| -> PyResult {
        match other.and_then(Vm::wtf8_of) {
            Some(o) => Ok(Value::from_bool(f(text.cmp(o)))),
            None => Ok(Value::NOT_IMPLEMENTED),
        }
    };
    Some(match name {
        "__eq__" => cmp(vm, |o| o.is_eq()),
        "__ne__" => cmp(vm, |o| o.is_ne()),
        "__lt__" => cmp(vm, |o| o.is_lt()),
        "__le__" => cmp(vm, |o| o.is_le()),
        "__gt__" => cmp(vm, |o| o.is_gt()),
        "__ge__" => cmp(vm, |o| o.is_ge()),
        "__hash__" => Ok(vm.new_int(this.downcast::<StrObj>()?.hash())),
        "__repr__" => {
            let r = crate::text::str_methods::wtf8_repr(text);
            Ok(vm.new_string(r))
        }
        "__str__" if vm.type_of(this) == vm.t.str_ => Ok(this),
        "__len__" => Ok(vm.new_int(wtf8::char_count(text) as i64)),
        "__iter__" => vm.get_iter(this),
        "__add__" => match other {
            Some(o) if Vm::wtf8_of(o).is_some() => Ok(concat(vm, &[this, o])),
            _ => return None,
        },
        _ => return None,
    })
}

/// `sep.join(iterable)` on stored text.
pub fn join(vm: &mut Vm, sep: Value, iterable: Value) -> PyResult {
    let items = match vm.collect_iter(iterable) {
        Ok(v) => v,
        Err(e) => {
            if vm.exception_matches(e.0, vm.t.type_error.value())? {
                return Err(vm.type_error("can only join an iterable"));
            }
            return Err(e);
        }
    };
    let mut parts: Vec<Value> = Vec::with_capacity(items.len() * 2);
    for (i, x) in items.iter().enumerate() {
        if Vm::wtf8_of(*x).is_none() {
            let tn = vm.type_name(*x);
            return Err(vm.type_error(&format!("sequence item {i}: expected str instance, {tn} found")));
        }
        if i > 0 {
            parts.push(sep);
        }
        parts.push(*x);
    }
    Ok(concat(vm, &parts))
}

/// `format(v, spec)` where `v` or `spec` is a str holding lone surrogates.
pub fn format(vm: &mut Vm, v: Value, spec: Value) -> PyResult {
    let spec_text = Vm::wtf8_of(spec).unwrap_or_default();
    let Some(text) = Vm::wtf8_of(v) else {
        // Only str formatting can use such a spec (as a fill character).
        return Err(super::unicode_codecs::surrogates_not_allowed(vm, spec));
    };
    if spec_text.is_empty() {
        return Ok(if vm.type_of(v) == vm.t.str_ { v } else { vm.new_wtf8(text.to_vec()) });
    }
    let Some(sw) = Standins::choose([text, spec_text].into_iter()) else {
        return Err(not_supported(vm, "format() on this text"));
    };
    let (h, hs) = (sw.hide(text), sw.hide(spec_text));
    let tname = vm.type_name(v);
    let fs = super::format::parse_spec(vm, &hs, &tname)?;
    let out = crate::text::format_str(&h, &fs, &tname).map_err(|e| super::format::text_err(vm, e))?;
    Ok(vm.new_wtf8(sw.reveal(&out)))
}
