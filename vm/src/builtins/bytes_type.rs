//! Methods shared by `bytes` and `bytearray` that do not mutate. The
//! algorithms are in `text::bytes_methods`; this file converts arguments,
//! checks arity with CPython's (method-specific) messages and wraps
//! results as bytes, or bytearray when `self` is one.

use super::bytes_args::*;
use super::check_count;
use super::format::text_err;
use crate::object::misc::{ClassMethodObj, StaticMethodObj};
use crate::object::seq::TupleObj;
use crate::object::ObjHeader;
use crate::text::bytes_methods::{self as bm, Case, Justify};
use crate::text::TextResult;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// `bytes.name` or `bytearray.name`, as CPython spells it in arity errors.
fn qual(vm: &Vm, s: Value, name: &str) -> String {
    format!("{}.{name}", if is_bytearray(vm, s) { "bytearray" } else { "bytes" })
}

fn no_kw(vm: &mut Vm, a: &[Value], k: &[Value], name: &str) -> PyResult<()> {
    if k.is_empty() {
        return Ok(());
    }
    let q = qual(vm, a[0], name);
    Err(vm.type_error(&format!("{q}() takes no keyword arguments")))
}

/// Methods taking exactly `n` (0 or 1) positional arguments.
pub(super) fn exact(vm: &mut Vm, a: &[Value], k: &[Value], name: &str, n: usize) -> PyResult<()> {
    no_kw(vm, a, k, name)?;
    let got = a.len() - 1 - k.len();
    if got == n {
        return Ok(());
    }
    let q = qual(vm, a[0], name);
    let msg = if n == 0 { format!("{q}() takes no arguments ({got} given)") } else { format!("{q}() takes exactly one argument ({got} given)") };
    Err(vm.type_error(&msg))
}

/// Methods whose arity errors read "name expected at most N arguments, got M".
pub(super) fn ranged(vm: &mut Vm, a: &[Value], k: &[Value], name: &str, min: usize, max: usize) -> PyResult<()> {
    no_kw(vm, a, k, name)?;
    check_count(vm, name, a.len() - 1, min, max)
}

/// find/count/index/startswith arity: "name() takes at least 1 argument (0 given)";
/// returns the start/end arguments.
fn finder_args(vm: &mut Vm, a: &[Value], k: &[Value], name: &str) -> PyResult<(Option<i64>, Option<i64>)> {
    no_kw(vm, a, k, name)?;
    let got = a.len() - 1;
    if got == 0 || got > 3 {
        let (which, n) = if got == 0 { ("least", "1 argument") } else { ("most", "3 arguments") };
        return Err(vm.type_error(&format!("{name}() takes at {which} {n} ({got} given)")));
    }
    let st = slice_index(vm, a.get(2).copied())?;
    let en = slice_index(vm, a.get(3).copied())?;
    Ok((st, en))
}

fn text<T>(vm: &mut Vm, r: TextResult<T>) -> PyResult<T> {
    r.map_err(|e| text_err(vm, e))
}

fn find_like(vm: &mut Vm, a: &[Value], k: &[Value], name: &str) -> PyResult {
    let (st, en) = finder_args(vm, a, k, name)?;
    let sub = sub_arg(vm, a[1])?;
    let r = with_data(a[0], |d| match name {
        "find" => Ok(bm::find(d, &sub, st, en)),
        "rfind" => Ok(bm::rfind(d, &sub, st, en)),
        "count" => Ok(bm::count(d, &sub, st, en)),
        _ => bm::index(d, &sub, st, en, name == "rindex"),
    });
    let i = text(vm, r)?;
    Ok(vm.new_int(i))
}

fn starts_ends(vm: &mut Vm, a: &[Value], k: &[Value], ends: bool) -> PyResult {
    let name = if ends { "endswith" } else { "startswith" };
    let (st, en) = finder_args(vm, a, k, name)?;
    let cands = match a[1].downcast::<TupleObj>() {
        Some(t) => {
            let mut v = Vec::with_capacity(t.len());
            for x in t.items.iter() {
                v.push(need_bytes(vm, *x)?);
            }
            v
        }
        None => match bytes_like(a[1]) {
            Some(d) => vec![d],
            None => {
                let t = vm.type_name(a[1]);
                return Err(vm.type_error(&format!("{name} first arg must be bytes or a tuple of bytes, not {t}")));
            }
        },
    };
    let hit = with_data(a[0], |d| cands.iter().any(|c| bm::starts_ends(d, c, st, en, ends)));
    Ok(Value::from_bool(hit))
}

fn join(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    exact(vm, a, k, "join", 1)?;
    let items = vm.collect_iter(a[1])?;
    let sep = bytes_like(a[0]).unwrap_or_default();
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match super::bytes_args::buffer_of(*x) {
            Some(b) => b.data.with(|d| out.extend_from_slice(d)),
            None => {
                let t = vm.type_name(*x);
                return Err(vm.type_error(&format!("sequence item {i}: expected a bytes-like object, {t} found")));
            }
        }
    }
    Ok(new_like(vm, a[0], out))
}

fn list_like(vm: &mut Vm, like: Value, parts: Vec<Vec<u8>>) -> Value {
    let items: Vec<Value> = parts.into_iter().map(|p| new_like(vm, like, p)).collect();
    vm.new_list(items)
}

fn split(vm: &mut Vm, a: &[Value], k: &[Value], right: bool) -> PyResult {
    let name = if right { "rsplit" } else { "split" };
    let [sep, maxsplit] = parse_args(vm, name, a, k, ["sep", "maxsplit"], true)?;
    let sep = match sep {
        Some(s) if !s.is_none() => Some(need_bytes(vm, s)?),
        _ => None,
    };
    let max = match maxsplit {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    let r = with_data(a[0], |d| if right { bm::rsplit(d, sep.as_deref(), max) } else { bm::split(d, sep.as_deref(), max) });
    let parts = text(vm, r)?;
    Ok(list_like(vm, a[0], parts))
}

fn strip(vm: &mut Vm, a: &[Value], k: &[Value], name: &str, left: bool, right: bool) -> PyResult {
    ranged(vm, a, k, name, 0, 1)?;
    let chars = match a.get(1) {
        Some(c) if !c.is_none() => Some(need_bytes(vm, *c)?),
        _ => None,
    };
    let out = with_data(a[0], |d| bm::strip(d, chars.as_deref(), left, right).to_vec());
    Ok(new_like(vm, a[0], out))
}

fn case(vm: &mut Vm, a: &[Value], k: &[Value], name: &str, how: Case) -> PyResult {
    exact(vm, a, k, name, 0)?;
    let out = with_data(a[0], |d| bm::change_case(d, how));
    Ok(new_like(vm, a[0], out))
}

fn predicate(vm: &mut Vm, a: &[Value], k: &[Value], name: &str) -> PyResult {
    exact(vm, a, k, name, 0)?;
    Ok(Value::from_bool(with_data(a[0], |d| bm::predicate(d, name))))
}

fn partition(vm: &mut Vm, a: &[Value], k: &[Value], right: bool) -> PyResult {
    exact(vm, a, k, if right { "rpartition" } else { "partition" }, 1)?;
    let sep = need_bytes(vm, a[1])?;
    let r = with_data(a[0], |d| bm::partition(d, &sep, right).map(|(x, y, z)| [x.to_vec(), y.to_vec(), z.to_vec()]));
    let parts = text(vm, r)?;
    let items: Vec<Value> = parts.into_iter().map(|p| new_like(vm, a[0], p)).collect();
    Ok(vm.new_tuple(items))
}

fn justify(vm: &mut Vm, a: &[Value], k: &[Value], name: &str, how: Justify) -> PyResult {
    if how == Justify::Zfill {
        exact(vm, a, k, name, 1)?;
    } else {
        ranged(vm, a, k, name, 1, 2)?;
    }
    let width = ssize_arg(vm, a[1])?;
    let fill = match a.get(2) {
        None => b' ',
        Some(f) => match bytes_like(*f) {
            Some(d) if d.len() == 1 => d[0],
            _ => {
                let t = vm.type_name(*f);
                return Err(vm.type_error(&format!("{name}() argument 2 must be a byte string of length 1, not {t}")));
            }
        },
    };
    let r = with_data(a[0], |d| bm::justify(d, width, fill, how));
    let out = text(vm, r)?;
    Ok(new_like(vm, a[0], out))
}

/// A C `int` argument (tab sizes, bytes_per_sep).
fn c_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match index_i64(vm, v)? {
        Ok(i) if i32::try_from(i).is_ok() => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn replace(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    ranged(vm, a, k, "replace", 2, 3)?;
    let old = need_bytes(vm, a[1])?;
    let new = need_bytes(vm, a[2])?;
    let count = match a.get(3) {
        Some(c) => ssize_arg(vm, *c)?,
        None => -1,
    };
    let r = with_data(a[0], |d| bm::replace(d, &old, &new, count));
    let out = text(vm, r)?;
    Ok(new_like(vm, a[0], out))
}

fn expandtabs(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let [tab] = parse_args(vm, "expandtabs", a, k, ["tabsize"], true)?;
    let tab = match tab {
        Some(t) => c_int(vm, t)?,
        None => 8,
    };
    let r = with_data(a[0], |d| bm::expandtabs(d, tab));
    let out = text(vm, r)?;
    Ok(new_like(vm, a[0], out))
}

fn splitlines(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let [keep] = parse_args(vm, "splitlines", a, k, ["keepends"], true)?;
    let keep = match keep {
        Some(x) => c_int(vm, x)? != 0,
        None => false,
    };
    let parts = with_data(a[0], |d| bm::splitlines(d, keep));
    Ok(list_like(vm, a[0], parts))
}

fn translate(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let [table, delete] = parse_args(vm, "translate", a, k, ["", "delete"], true)?;
    let Some(table) = table.filter(|_| a.len() - k.len() > 1) else {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    };
    let table = if table.is_none() { None } else { Some(need_bytes(vm, table)?) };
    let delete = match delete {
        Some(d) => need_bytes(vm, d)?,
        None => Vec::new(),
    };
    let r = with_data(a[0], |d| bm::translate(d, table.as_deref(), &delete));
    let out = text(vm, r)?;
    Ok(new_like(vm, a[0], out))
}

fn remove_affix(vm: &mut Vm, a: &[Value], k: &[Value], suffix: bool) -> PyResult {
    exact(vm, a, k, if suffix { "removesuffix" } else { "removeprefix" }, 1)?;
    let affix = need_bytes(vm, a[1])?;
    let out = with_data(a[0], |d| {
        match if suffix { d.strip_suffix(&affix[..]) } else { d.strip_prefix(&affix[..]) } {
            Some(rest) => rest.to_vec(),
            None => d.to_vec(),
        }
    });
    Ok(new_like(vm, a[0], out))
}

fn hex(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let [sep, per] = parse_args(vm, "hex", a, k, ["sep", "bytes_per_sep"], true)?;
    let sep = match sep {
        None => None,
        Some(s) => {
            let chars: Vec<char> = match (Vm::str_of(s), bytes_like(s)) {
                (Some(t), _) => t.chars().collect(),
                (None, Some(b)) => b.iter().map(|&c| c as char).collect(),
                _ => {
                    let t = vm.type_name(s);
                    return Err(vm.type_error(&format!("object of type '{t}' has no len()")));
                }
            };
            if chars.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !chars[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(chars[0])
        }
    };
    let per = match per {
        Some(p) => c_int(vm, p)?,
        None => 1,
    };
    let s = with_data(a[0], |d| bm::hex(d, sep, per));
    Ok(vm.new_string(s))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: a classmethod.
fn fromhex(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let cls = a[0].downcast::<crate::object::TypeObj>();
    let ba = cls.is_some_and(|c| c.is_subtype(vm.t.bytearray));
    let q = if ba { "bytearray.fromhex" } else { "bytes.fromhex" };
    if !k.is_empty() {
        return Err(vm.type_error(&format!("{q}() takes no keyword arguments")));
    }
    if a.len() != 2 {
        return Err(vm.type_error(&format!("{q}() takes exactly one argument ({} given)", a.len() - 1)));
    }
    let Some(s) = Vm::str_of(a[1]) else {
        let t = vm.type_name(a[1]);
        return Err(vm.type_error(&format!("fromhex() argument must be str, not {t}")));
    };
    let data = text(vm, bm::fromhex(s))?;
    let v = vm.new_bytes_of(data, ba);
    match cls {
        Some(c) if c != vm.t.bytes && c != vm.t.bytearray => vm.call(a[0], &[v], &[]),
        _ => Ok(v),
    }
}

/// `bytes.maketrans(frm, to)`: a staticmethod returning a 256-byte table.
fn maketrans(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    if !k.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    check_count(vm, "maketrans", a.len(), 2, 2)?;
    let from = need_bytes(vm, a[0])?;
    let to = need_bytes(vm, a[1])?;
    let t = text(vm, bm::maketrans(&from, &to))?;
    Ok(vm.new_bytes_of(t, false))
}

/// `item in b`: an int in range(256) or a bytes-like subsequence.
pub fn contains(vm: &mut Vm, b: Value, item: Value) -> PyResult<bool> {
    let sub = match bytes_like(item) {
        Some(d) => d,
        None if item.as_f64().is_none() && vm.as_bigint(item).is_some() => vec![byte_value(vm, item, "byte must be in range(0, 256)")?],
        None => {
            let t = vm.type_name(item);
            return Err(vm.type_error(&format!("a bytes-like object is required, not '{t}'")));
        }
    };
    Ok(with_data(b, |d| bm::find(d, &sub, None, None) >= 0))
}

pub fn install(vm: &mut Vm) {
    for t in [vm.t.bytes, vm.t.bytearray] {
        vm.add_method(t, "find", |vm, a, k| find_like(vm, a, k, "find"));
        vm.add_method(t, "rfind", |vm, a, k| find_like(vm, a, k, "rfind"));
        vm.add_method(t, "index", |vm, a, k| find_like(vm, a, k, "index"));
        vm.add_method(t, "rindex", |vm, a, k| find_like(vm, a, k, "rindex"));
        vm.add_method(t, "count", |vm, a, k| find_like(vm, a, k, "count"));
        vm.add_method(t, "startswith", |vm, a, k| starts_ends(vm, a, k, false));
        vm.add_method(t, "endswith", |vm, a, k| starts_ends(vm, a, k, true));
        vm.add_method(t, "join", join);
        vm.add_method(t, "split", |vm, a, k| split(vm, a, k, false));
        vm.add_method(t, "rsplit", |vm, a, k| split(vm, a, k, true));
        vm.add_method(t, "splitlines", splitlines);
        vm.add_method(t, "strip", |vm, a, k| strip(vm, a, k, "strip", true, true));
        vm.add_method(t, "lstrip", |vm, a, k| strip(vm, a, k, "lstrip", true, false));
        vm.add_method(t, "rstrip", |vm, a, k| strip(vm, a, k, "rstrip", false, true));
        vm.add_method(t, "partition", |vm, a, k| partition(vm, a, k, false));
        vm.add_method(t, "rpartition", |vm, a, k| partition(vm, a, k, true));
        vm.add_method(t, "replace", replace);
        vm.add_method(t, "removeprefix", |vm, a, k| remove_affix(vm, a, k, false));
        vm.add_method(t, "removesuffix", |vm, a, k| remove_affix(vm, a, k, true));
        vm.add_method(t, "upper", |vm, a, k| case(vm, a, k, "upper", Case::Upper));
        vm.add_method(t, "lower", |vm, a, k| case(vm, a, k, "lower", Case::Lower));
        vm.add_method(t, "swapcase", |vm, a, k| case(vm, a, k, "swapcase", Case::Swap));
        vm.add_method(t, "capitalize", |vm, a, k| case(vm, a, k, "capitalize", Case::Capitalize));
        vm.add_method(t, "title", |vm, a, k| case(vm, a, k, "title", Case::Title));
        vm.add_method(t, "isalpha", |vm, a, k| predicate(vm, a, k, "isalpha"));
        vm.add_method(t, "isdigit", |vm, a, k| predicate(vm, a, k, "isdigit"));
        vm.add_method(t, "isalnum", |vm, a, k| predicate(vm, a, k, "isalnum"));
        vm.add_method(t, "isspace", |vm, a, k| predicate(vm, a, k, "isspace"));
        vm.add_method(t, "isupper", |vm, a, k| predicate(vm, a, k, "isupper"));
        vm.add_method(t, "islower", |vm, a, k| predicate(vm, a, k, "islower"));
        vm.add_method(t, "istitle", |vm, a, k| predicate(vm, a, k, "istitle"));
        vm.add_method(t, "isascii", |vm, a, k| predicate(vm, a, k, "isascii"));
        vm.add_method(t, "center", |vm, a, k| justify(vm, a, k, "center", Justify::Center));
        vm.add_method(t, "ljust", |vm, a, k| justify(vm, a, k, "ljust", Justify::Left));
        vm.add_method(t, "rjust", |vm, a, k| justify(vm, a, k, "rjust", Justify::Right));
        vm.add_method(t, "zfill", |vm, a, k| justify(vm, a, k, "zfill", Justify::Zfill));
        vm.add_method(t, "expandtabs", expandtabs);
        vm.add_method(t, "translate", translate);
        vm.add_method(t, "hex", hex);
        let f = vm.new_builtin("fromhex", fromhex);
        let cm = vm.alloc(ClassMethodObj { header: ObjHeader::new(vm.t.classmethod), func: Cell::new(f) }).value();
        vm.set_type_attr(t, "fromhex", cm);
        let f = vm.new_builtin("maketrans", maketrans);
        let sm = vm.alloc(StaticMethodObj { header: ObjHeader::new(vm.t.staticmethod), func: Cell::new(f) }).value();
        vm.set_type_attr(t, "maketrans", sm);
    }
}
