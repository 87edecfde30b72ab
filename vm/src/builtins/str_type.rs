//! Methods of `str`.

use super::args::{Arity, Sig};
use super::{kwarg, split_args};
use crate::builtins::format::text_err;
use crate::object::seq::TupleObj;
use crate::text::str_methods as sm;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn s0(v: Value) -> &'static str {
    Vm::str_of(v).unwrap_or("")
}

/// A str argument; `pos` 0 for a method's only argument ("argument must be").
fn str_arg(vm: &mut Vm, v: Value, fname: &str, pos: usize) -> PyResult<&'static str> {
    match Vm::str_of(v) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            let which = if pos == 0 { String::new() } else { format!(" {pos}") };
            Err(vm.type_error(&format!("{fname}() argument{which} must be str, not {t}")))
        }
    }
}

fn opt_str(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<Option<&'static str>> {
    match v {
        None => Ok(None),
        Some(x) if x == Value::NONE => Ok(None),
        Some(x) => match Vm::str_of(x) {
            Some(s) => Ok(Some(s)),
            None => Err(vm.type_error(&format!("{fname} arg must be None or str"))),
        },
    }
}

fn opt_int(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(x) if x == Value::NONE => Ok(None),
        Some(x) => Ok(Some(vm.index_value(x, "slice")?)),
    }
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match vm.as_i64(v) {
        Some(i) if !v.is_null() && Vm::str_of(v).is_none() => Ok(i),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(&format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn strs(vm: &mut Vm, v: Vec<String>) -> Value {
    let items: Vec<Value> = v.into_iter().map(|s| vm.new_string(s)).collect();
    vm.new_list(items)
}

/// Positional-or-keyword argument lookup: args after self.
fn arg(a: &[Value], k: &[Value], i: usize, name: &str) -> Option<Value> {
    let (pos, _) = split_args(a, k);
    pos.get(i + 1).copied().or_else(|| kwarg(a, k, name))
}

fn fill_arg(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(x) => {
            let s = Vm::str_of(x);
            match s {
                Some(s) if s.chars().count() == 1 => Ok(s.chars().next().unwrap()),
                Some(_) => Err(vm.type_error("The fill character must be exactly one character long")),
                None => {
                    let t = vm.type_name(x);
                    Err(vm.type_error(&format!("{fname}() argument 2 must be str, not {t}")))
                }
            }
        }
    }
}

macro_rules! simple {
    ($vm:ident, $t:ident, $name:literal, $f:path) => {
        $vm.add_method_a($t, $name, Arity::NoArgs, |vm, a, _| {
            let r = $f(s0(a[0]));
            Ok(vm.new_string(r))
        });
    };
}
macro_rules! pred {
    ($vm:ident, $t:ident, $name:literal, $f:path) => {
        $vm.add_method_a($t, $name, Arity::NoArgs, |_vm, a, _| Ok(Value::from_bool($f(s0(a[0])))));
    };
}

fn find_like(vm: &mut Vm, a: &[Value], fname: &str) -> PyResult<(&'static str, &'static str, Option<i64>, Option<i64>)> {
    if a.len() < 2 {
        return Err(vm.type_error(&format!("{fname} expected at least 1 argument, got 0")));
    }
    if a.len() > 4 {
        return Err(vm.type_error(&format!("{fname} expected at most 3 arguments, got {}", a.len() - 1)));
    }
    let s = s0(a[0]);
    let sub = match Vm::str_of(a[1]) {
        Some(x) => x,
        None => {
            let t = vm.type_name(a[1]);
            return Err(vm.type_error(&format!("must be str, not {t}")));
        }
    };
    let st = opt_int(vm, a.get(2).copied())?;
    let en = opt_int(vm, a.get(3).copied())?;
    Ok((s, sub, st, en))
}

fn starts_ends(vm: &mut Vm, a: &[Value], ends: bool) -> PyResult {
    let fname = if ends { "endswith" } else { "startswith" };
    if a.len() < 2 {
        return Err(vm.type_error(&format!("{fname}() takes at least 1 argument (0 given)")));
    }
    let s = s0(a[0]);
    let st = opt_int(vm, a.get(2).copied())?;
    let en = opt_int(vm, a.get(3).copied())?;
    let cands: Vec<Value> = if let Some(t) = a[1].downcast::<TupleObj>() { t.items.to_vec() } else { vec![a[1]] };
    let is_tuple = a[1].downcast::<TupleObj>().is_some();
    for c in cands {
        let p = match Vm::str_of(c) {
            Some(p) => p,
            None => {
                let t = vm.type_name(c);
                let msg = if is_tuple {
                    format!("tuple for {fname} must only contain str, not {t}")
                } else {
                    format!("{fname} first arg must be str or a tuple of str, not {t}")
                };
                return Err(vm.type_error(&msg));
            }
        };
        let r = if ends { sm::endswith(s, p, st, en) } else { sm::startswith(s, p, st, en) };
        if r {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.str_;
    // Reads stored text, so items with lone surrogates join exactly.
    vm.add_method_a(t, "join", Arity::One, |vm, a, _| super::str_surrogates::join(vm, a[0], a[1]));
    fn split_impl(vm: &mut Vm, a: &[Value], k: &[Value], r: bool) -> PyResult {
        static SPLIT: Sig = Sig { name: "split", params: &["sep", "maxsplit"], posonly: 0, required: 0, kwonly: &[] };
        static RSPLIT: Sig = Sig { name: "rsplit", params: &["sep", "maxsplit"], posonly: 0, required: 0, kwonly: &[] };
        let (pos, kw) = split_args(a, k);
        (if r { &RSPLIT } else { &SPLIT }).parse::<2>(vm, &pos[1..], k, kw)?;
        let sep = opt_str(vm, arg(a, k, 0, "sep"), "").map_err(|_| {
            let t = vm.type_name(arg(a, k, 0, "sep").unwrap());
            vm.type_error(&format!("must be str or None, not {t}"))
        })?;
        let ms = match arg(a, k, 1, "maxsplit") {
            Some(v) => int_arg(vm, v)?,
            None => -1,
        };
        let s = s0(a[0]);
        let res = if r { sm::rsplit(s, sep, ms) } else { sm::split(s, sep, ms) };
        let v = res.map_err(|e| text_err(vm, e))?;
        Ok(strs(vm, v))
    }
    vm.add_method_a(t, "split", Arity::Kw, |vm, a, k| split_impl(vm, a, k, false));
    vm.add_method_a(t, "rsplit", Arity::Kw, |vm, a, k| split_impl(vm, a, k, true));
    vm.add_method_a(t, "splitlines", Arity::Kw, |vm, a, k| {
        let ke = match arg(a, k, 0, "keepends") {
            Some(v) => vm.truthy(v)?,
            None => false,
        };
        let v = sm::splitlines(s0(a[0]), ke);
        Ok(strs(vm, v))
    });
    fn strip_impl(vm: &mut Vm, a: &[Value], which: u8) -> PyResult {
        let name = ["strip", "lstrip", "rstrip"][which as usize];
        let chars = opt_str(vm, a.get(1).copied(), name)?;
        let s = s0(a[0]);
        let r = match which {
            0 => sm::strip(s, chars),
            1 => sm::lstrip(s, chars),
            _ => sm::rstrip(s, chars),
        };
        if r.len() == s.len() {
            return Ok(a[0]);
        }
        Ok(vm.new_str(r))
    }
    vm.add_method_a(t, "strip", Arity::Pos(0, 1), |vm, a, _| strip_impl(vm, a, 0));
    vm.add_method_a(t, "lstrip", Arity::Pos(0, 1), |vm, a, _| strip_impl(vm, a, 1));
    vm.add_method_a(t, "rstrip", Arity::Pos(0, 1), |vm, a, _| strip_impl(vm, a, 2));
    fn part_impl(vm: &mut Vm, a: &[Value], r: bool) -> PyResult {
        let sep = match Vm::str_of(a[1]) {
            Some(s) => s,
            None => {
                let t = vm.type_name(a[1]);
                return Err(vm.type_error(&format!("must be str, not {t}")));
            }
        };
        let s = s0(a[0]);
        let res = if r { sm::rpartition(s, sep) } else { sm::partition(s, sep) };
        let (x, y, z) = res.map_err(|e| text_err(vm, e))?;
        let items = vec![vm.new_str(x), vm.new_str(y), vm.new_str(z)];
        Ok(vm.new_tuple(items))
    }
    vm.add_method_a(t, "partition", Arity::One, |vm, a, _| part_impl(vm, a, false));
    vm.add_method_a(t, "rpartition", Arity::One, |vm, a, _| part_impl(vm, a, true));
    vm.add_method_a(t, "find", Arity::Pos(1, 3), |vm, a, _| {
        let (s, sub, st, en) = find_like(vm, a, "find")?;
        Ok(vm.new_int(sm::find(s, sub, st, en)))
    });
    vm.add_method_a(t, "rfind", Arity::Pos(1, 3), |vm, a, _| {
        let (s, sub, st, en) = find_like(vm, a, "rfind")?;
        Ok(vm.new_int(sm::rfind(s, sub, st, en)))
    });
    vm.add_method_a(t, "index", Arity::Pos(1, 3), |vm, a, _| {
        let (s, sub, st, en) = find_like(vm, a, "index")?;
        let r = sm::index(s, sub, st, en).map_err(|e| text_err(vm, e))?;
        Ok(vm.new_int(r))
    });
    vm.add_method_a(t, "rindex", Arity::Pos(1, 3), |vm, a, _| {
        let (s, sub, st, en) = find_like(vm, a, "rindex")?;
        let r = sm::rindex(s, sub, st, en).map_err(|e| text_err(vm, e))?;
        Ok(vm.new_int(r))
    });
    vm.add_method_a(t, "count", Arity::Pos(1, 3), |vm, a, _| {
        let (s, sub, st, en) = find_like(vm, a, "count")?;
        Ok(vm.new_int(sm::count(s, sub, st, en)))
    });
    vm.add_method_a(t, "startswith", Arity::Pos(1, 3), |vm, a, _| starts_ends(vm, a, false));
    vm.add_method_a(t, "endswith", Arity::Pos(1, 3), |vm, a, _| starts_ends(vm, a, true));
    vm.add_method_a(t, "replace", Arity::Pos(2, 3), |vm, a, _| {
        if a.len() < 3 {
            return Err(vm.type_error(&format!("replace expected at least 2 arguments, got {}", a.len() - 1)));
        }
        let old = str_arg(vm, a[1], "replace", 1)?;
        let new = str_arg(vm, a[2], "replace", 2)?;
        let c = match a.get(3) {
            Some(v) => int_arg(vm, *v)?,
            None => -1,
        };
        let r = sm::replace(s0(a[0]), old, new, c);
        Ok(vm.new_string(r))
    });
    simple!(vm, t, "upper", sm::upper);
    simple!(vm, t, "lower", sm::lower);
    simple!(vm, t, "casefold", sm::casefold);
    simple!(vm, t, "swapcase", sm::swapcase);
    simple!(vm, t, "capitalize", sm::capitalize);
    simple!(vm, t, "title", sm::title);
    pred!(vm, t, "isalpha", sm::isalpha);
    pred!(vm, t, "isdigit", sm::isdigit);
    pred!(vm, t, "isdecimal", sm::isdecimal);
    pred!(vm, t, "isnumeric", sm::isnumeric);
    pred!(vm, t, "isalnum", sm::isalnum);
    pred!(vm, t, "isspace", sm::isspace);
    pred!(vm, t, "islower", sm::islower);
    pred!(vm, t, "isupper", sm::isupper);
    pred!(vm, t, "istitle", sm::istitle);
    pred!(vm, t, "isidentifier", sm::isidentifier);
    pred!(vm, t, "isprintable", sm::isprintable);
    pred!(vm, t, "isascii", sm::isascii);
    /// Bytes of `s` padded to `width` characters of `fill` (at least).
    fn padded_size(s: &str, width: i64, fill: char) -> usize {
        (width.max(0) as usize).saturating_mul(fill.len_utf8()).saturating_add(s.len())
    }
    fn just(vm: &mut Vm, a: &[Value], which: u8) -> PyResult {
        let name = ["center", "ljust", "rjust"][which as usize];
        if a.len() < 2 || a.len() > 3 {
            return Err(vm.type_error(&format!("{name} expected at least 1 argument, got {}", a.len() - 1)));
        }
        let w = int_arg(vm, a[1])?;
        let f = fill_arg(vm, a.get(2).copied(), name)?;
        let s = s0(a[0]);
        vm.check_alloc(padded_size(s, w, f))?;
        vm.check_alloc(padded_size(s, w, f))?;
        let r = match which {
            0 => sm::center(s, w, f),
            1 => sm::ljust(s, w, f),
            _ => sm::rjust(s, w, f),
        };
        Ok(vm.new_string(r))
    }
    vm.add_method_a(t, "center", Arity::Pos(1, 2), |vm, a, _| just(vm, a, 0));
    vm.add_method_a(t, "ljust", Arity::Pos(1, 2), |vm, a, _| just(vm, a, 1));
    vm.add_method_a(t, "rjust", Arity::Pos(1, 2), |vm, a, _| just(vm, a, 2));
    vm.add_method_a(t, "zfill", Arity::One, |vm, a, _| {
        let w = int_arg(vm, a[1])?;
        vm.check_alloc(padded_size(s0(a[0]), w, '0'))?;
        let r = sm::zfill(s0(a[0]), w);
        Ok(vm.new_string(r))
    });
    vm.add_method_a(t, "expandtabs", Arity::Kw, |vm, a, k| {
        let ts = match arg(a, k, 0, "tabsize") {
            Some(v) => int_arg(vm, v)?,
            None => 8,
        };
        if i32::try_from(ts).is_err() {
            return Err(vm.new_error(vm.t.overflow_error, "Python int too large to convert to C int"));
        }
        let n = sm::expandtabs_len(s0(a[0]), ts).ok_or_else(|| vm.new_error(vm.t.overflow_error, "new string is too long"))?;
        vm.check_alloc(n)?;
        let r = sm::expandtabs(s0(a[0]), ts);
        Ok(vm.new_string(r))
    });
    vm.add_method_a(t, "removeprefix", Arity::One, |vm, a, _| {
        let p = str_arg(vm, a[1], "removeprefix", 0)?;
        let s = s0(a[0]);
        match s.strip_prefix(p) {
            Some(r) if !p.is_empty() => Ok(vm.new_str(r)),
            _ => Ok(a[0]),
        }
    });
    vm.add_method_a(t, "removesuffix", Arity::One, |vm, a, _| {
        let p = str_arg(vm, a[1], "removesuffix", 0)?;
        let s = s0(a[0]);
        match s.strip_suffix(p) {
            Some(r) if !p.is_empty() => Ok(vm.new_str(r)),
            _ => Ok(a[0]),
        }
    });
    vm.add_method(t, "__mod__", |vm, a, _| vm.str_percent(a[0], a[1]));
    vm.add_method_a(t, "format", Arity::Kw, |vm, a, k| {
        let (pos, kw) = split_args(a, k);
        let d = vm.new_dict();
        for (n, v) in k.iter().zip(kw) {
            vm.dict_set(d, *n, *v)?;
        }
        let mut auto = Numbering::default();
        let (tmpl, sw) = format_template(a[0]);
        let r = do_format(vm, &tmpl, sw, &pos[1..], d.value(), &mut auto, 2)?;
        Ok(vm.new_wtf8(r))
    });
    vm.add_method_a(t, "format_map", Arity::One, |vm, a, _| {
        super::check_count(vm, "str.format_map", a.len() - 1, 1, 1)?;
        let mut auto = Numbering::default();
        let (tmpl, sw) = format_template(a[0]);
        let r = do_format(vm, &tmpl, sw, &[], a[1], &mut auto, 2)?;
        Ok(vm.new_wtf8(r))
    });
    let mt = vm.new_builtin("maketrans", |vm, a, _| {
        // A staticmethod: `str.maketrans(...)` and `"".maketrans(...)` both arrive without self.
        super::check_count(vm, "maketrans", a.len(), 1, 3)?;
        let d = vm.new_dict();
        if a.len() == 1 {
            let Some(src) = a[0].downcast::<crate::object::dict::DictObj>() else {
                return Err(vm.type_error("if you give only one argument to maketrans it must be a dict"));
            };
            let keys = src.keys();
            for key in keys {
                let v = vm.dict_lookup(src, key)?.unwrap_or(Value::NONE);
                let kk = match Vm::str_of(key) {
                    Some(s) if s.chars().count() == 1 => vm.new_int(s.chars().next().unwrap() as i64),
                    Some(_) => return Err(vm.value_error("string keys in translate table must be of length 1")),
                    None => key,
                };
                vm.dict_set(d, kk, v)?;
            }
            return Ok(d.value());
        }
        let x = Vm::str_of(a[0]).unwrap_or("");
        let y = Vm::str_of(a[1]).unwrap_or("");
        if x.chars().count() != y.chars().count() {
            return Err(vm.value_error("the first two maketrans arguments must have equal length"));
        }
        for (c1, c2) in x.chars().zip(y.chars()) {
            let kk = vm.new_int(c1 as i64);
            let vv = vm.new_int(c2 as i64);
            vm.dict_set(d, kk, vv)?;
        }
        if let Some(z) = a.get(2).and_then(|v| Vm::str_of(*v)) {
            for c in z.chars() {
                let kk = vm.new_int(c as i64);
                vm.dict_set(d, kk, Value::NONE)?;
            }
        }
        Ok(d.value())
    });
    let sm_obj = vm.alloc(crate::object::misc::StaticMethodObj { header: crate::object::ObjHeader::new(vm.t.staticmethod), func: std::cell::Cell::new(mt) }).value();
    vm.set_type_attr(t, "maketrans", sm_obj);
    vm.add_method_a(t, "translate", Arity::One, |vm, a, _| {
        super::check_count(vm, "str.translate", a.len() - 1, 1, 1)?;
        let s = s0(a[0]);
        let mut out = String::new();
        for c in s.chars() {
            let key = vm.new_int(c as i64);
            let r = match vm.getitem(a[1], key) {
                Ok(v) => Some(v),
                Err(e) => {
                    let ok = vm.exception_matches(e.0, vm.t.lookup_error.value())?;
                    if ok {
                        None
                    } else {
                        return Err(e);
                    }
                }
            };
            match r {
                None => out.push(c),
                Some(v) if v == Value::NONE => {}
                Some(v) => {
                    if let Some(s) = Vm::str_of(v) {
                        out.push_str(s);
                    } else if let Some(i) = vm.as_i64(v) {
                        match char::from_u32(i as u32) {
                            Some(ch) => out.push(ch),
                            None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
                        }
                    } else {
                        return Err(vm.type_error("character mapping must return integer, None or str"));
                    }
                }
            }
        }
        Ok(vm.new_string(out))
    });
}

/// `str.format` field numbering: `{}` counts up, `{0}` is manual; mixing is an error.
#[derive(Default)]
pub struct Numbering {
    next: usize,
    manual: Option<bool>,
}

fn lookup_field(vm: &mut Vm, name: &str, args: &[Value], kwargs: Value, auto: &mut Numbering) -> PyResult {
    use crate::text::format_parse::{split_field_name, Access};
    let (first, steps) = split_field_name(name).map_err(|e| super::format::text_err(vm, e))?;
    let mut obj = if first.is_empty() {
        if auto.manual == Some(true) {
            return Err(vm.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        auto.manual = Some(false);
        let i = auto.next;
        auto.next += 1;
        match args.get(i) {
            Some(v) => *v,
            None => return Err(vm.new_error(vm.t.index_error, &format!("Replacement index {i} out of range for positional args tuple"))),
        }
    } else if first.chars().all(|c| c.is_ascii_digit()) {
        if auto.manual == Some(false) {
            return Err(vm.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        auto.manual = Some(true);
        let i: usize = first.parse().unwrap_or(usize::MAX);
        match args.get(i) {
            Some(v) => *v,
            None => return Err(vm.new_error(vm.t.index_error, &format!("Replacement index {i} out of range for positional args tuple"))),
        }
    } else {
        let key = vm.new_str(&first);
        vm.getitem(kwargs, key)?
    };
    for step in steps {
        obj = match step {
            Access::Attr(a) => {
                let an = vm.intern(&a);
                vm.getattr(obj, an)?
            }
            Access::Item(k) => {
                let key = match k.parse::<i64>() {
                    Ok(i) if k.chars().all(|c| c.is_ascii_digit()) => vm.new_int(i),
                    _ => vm.new_str(&k),
                };
                vm.getitem(obj, key)?
            }
        };
    }
    Ok(obj)
}

/// A format template as `&str`: a template with lone surrogates is given
/// with them swapped for stand-ins (`text::wtf8::Standins`), which
/// `do_format` swaps back in the literal text it copies.
fn format_template(v: Value) -> (std::borrow::Cow<'static, str>, Option<crate::text::wtf8::Standins>) {
    if let Some(s) = Vm::str_of(v) {
        return (s.into(), None);
    }
    let text = Vm::wtf8_of(v).unwrap_or_default();
    match crate::text::wtf8::Standins::choose([text].into_iter()) {
        Some(sw) => (sw.hide(text).into(), Some(sw)),
        None => (String::from_utf8_lossy(text).into_owned().into(), None),
    }
}

/// `f.format(*args, **kwargs)` as str text (`text::wtf8`): inserted
/// values may hold lone surrogates.
pub fn do_format(vm: &mut Vm, f: &str, sw: Option<crate::text::wtf8::Standins>, args: &[Value], kwargs: Value, auto: &mut Numbering, depth: u32) -> PyResult<Vec<u8>> {
    let pieces = crate::text::format_parse::parse(f).map_err(|e| super::format::text_err(vm, e))?;
    let mut out = Vec::new();
    for piece in pieces {
        match sw {
            Some(sw) => out.extend_from_slice(&sw.reveal(&piece.literal)),
            None => out.extend_from_slice(piece.literal.as_bytes()),
        }
        let Some(field) = piece.field else { continue };
        let obj = lookup_field(vm, &field.name, args, kwargs, auto)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => vm.repr(obj)?,
            Some('s') => vm.to_str(obj)?,
            Some('a') => {
                let r = vm.repr_string(obj)?;
                let o = super::format::ascii_escape(&r);
                vm.new_string(o)
            }
            Some(c) => return Err(vm.value_error(&format!("Unknown conversion specifier {c}"))),
        };
        let spec = if field.spec.contains('{') {
            if depth == 0 {
                return Err(vm.value_error("Max string recursion exceeded"));
            }
            do_format(vm, &field.spec, sw, args, kwargs, auto, depth - 1)?
        } else {
            match sw {
                Some(sw) => sw.reveal(&field.spec),
                None => field.spec.into_bytes(),
            }
        };
        let sv = vm.new_wtf8(spec);
        let r = vm.format(obj, sv)?;
        out.extend_from_slice(Vm::wtf8_of(r).unwrap_or_default());
    }
    Ok(out)
}
