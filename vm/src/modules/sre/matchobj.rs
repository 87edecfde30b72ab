//! The native methods of `re.Match`: group / groups / groupdict / start /
//! end / span / `__getitem__` and the `regs` tuple. A match's state is its
//! `_m` attribute: `(pattern, string, pos, endpos, lastindex, decoded text
//! or None, start0, end0, start1, end1, ...)` with -1 for unset groups.

use super::attrs::get;
use super::subject::{Subject, Text};
use crate::builtins::args::{expect_count, Sig};
use crate::builtins::split_args;
use crate::object::dict::DictObj;
use crate::object::seq::{BytesObj, TupleObj};
use crate::object::str::StrObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_traits::{Signed, ToPrimitive};

const REGS: usize = 6;

/// A match's `_m` tuple, unpacked.
struct M {
    pattern: Value,
    subj: Subject,
    regs: Vec<i64>,
}

fn load(vm: &mut Vm, m: Value) -> PyResult<M> {
    let t = get(vm, m, "_m")?;
    let items = t.downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default();
    if items.len() < REGS + 2 {
        return Err(vm.type_error("invalid match object"));
    }
    let (string, kept) = (items[1], items[5]);
    let regs: Vec<i64> = items[REGS..].iter().map(|v| v.as_small_int().unwrap_or(-1)).collect();
    let subj = if let Some(s) = string.downcast::<StrObj>() {
        let text = if s.is_ascii() {
            Text::Ascii(Vm::str_of(string).unwrap_or("").as_bytes())
        } else if !kept.is_none() {
            Text::Buf { data: kept, wide: true }
        } else {
            let t = Vm::wtf8_of(string).unwrap_or_default();
            Text::Buf { data: super::subject::decode_wide(vm, t), wide: true }
        };
        Subject { obj: string, text, len: s.char_len, is_bytes: false }
    } else if let Some(b) = string.downcast::<BytesObj>() {
        // Bytes-like subjects are sliced as they are now, as CPython does.
        Subject { obj: string, text: Text::Buf { data: string, wide: false }, len: b.data.with(|d| d.len()), is_bytes: true }
    } else if let Some(copy) = crate::builtins::bytes_args::buffer_bytes(vm, string)? {
        // memoryview / array subjects: their bytes as they are now.
        let len = copy.len();
        let data = vm.new_bytes_of(copy, false);
        Subject { obj: string, text: Text::Buf { data, wide: false }, len, is_bytes: true }
    } else {
        return Err(vm.type_error("invalid match object"));
    };
    Ok(M { pattern: items[0], subj, regs })
}

impl M {
    fn ngroups(&self) -> usize {
        self.regs.len() / 2
    }
    fn span(&self, g: usize) -> (i64, i64) {
        (self.regs.get(2 * g).copied().unwrap_or(-1), self.regs.get(2 * g + 1).copied().unwrap_or(-1))
    }
    /// Group `g` as a str/bytes, or `default` when it did not participate.
    fn slice(&self, vm: &mut Vm, g: usize, default: Value) -> Value {
        match self.span(g) {
            (a, b) if a >= 0 && b >= 0 => self.subj.slice(vm, a as usize, b as usize),
            _ => default,
        }
    }
}

/// The group number `idx` names (CPython's `match_getindex`).
fn group_index(vm: &mut Vm, m: &M, idx: Value) -> PyResult<usize> {
    let i: i64 = if vm.is_int_like(idx) && idx.as_f64().is_none() {
        match vm.as_bigint(idx) {
            Some(b) => b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
            None => -1,
        }
    } else if vm.type_of(idx).lookup(vm.n.__index__).is_some() {
        vm.as_index(idx)?
    } else {
        let gi = get(vm, m.pattern, "_groupindex")?;
        // CPython keeps no dict for a pattern without named groups: no lookup.
        match gi.downcast::<DictObj>().filter(|d| !d.is_empty()) {
            Some(d) => match vm.dict_lookup(d, idx)? {
                Some(v) if vm.is_int_like(v) && v.as_f64().is_none() => vm.as_i64(v).unwrap_or(-1),
                _ => -1,
            },
            None => -1,
        }
    };
    if i < 0 || i as usize >= m.ngroups() {
        return Err(vm.index_error("no such group"));
    }
    Ok(i as usize)
}

fn one_group(vm: &mut Vm, m: &M, idx: Value) -> PyResult {
    let g = group_index(vm, m, idx)?;
    Ok(m.slice(vm, g, Value::NONE))
}

pub fn group(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    if !k.is_empty() {
        return Err(vm.type_error("Match.group() takes no keyword arguments"));
    }
    let m = load(vm, a[0])?;
    match &a[1..] {
        [] => Ok(m.slice(vm, 0, Value::NONE)),
        [g] => one_group(vm, &m, *g),
        gs => {
            // A group name's __hash__/__eq__ may run Python code (and collect):
            // the groups found so far are parked in `extra_roots`.
            let mark = vm.extra_roots.len();
            for &g in gs {
                let v = one_group(vm, &m, g)?;
                vm.extra_roots.push(v);
            }
            let items = vm.extra_roots.split_off(mark.min(vm.extra_roots.len()));
            Ok(vm.new_tuple(items))
        }
    }
}

pub fn getitem(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let m = load(vm, a[0])?;
    one_group(vm, &m, a[1])
}

fn default_arg(vm: &mut Vm, a: &[Value], k: &[Value], name: &'static str) -> PyResult<Value> {
    static GROUPS: Sig = Sig { name: "groups", params: &["default"], posonly: 0, required: 0, kwonly: &[] };
    static GROUPDICT: Sig = Sig { name: "groupdict", params: &["default"], posonly: 0, required: 0, kwonly: &[] };
    let sig = if name == "groups" { &GROUPS } else { &GROUPDICT };
    let (pos, kw) = split_args(a, k);
    let [d] = sig.parse(vm, &pos[1..], k, kw)?;
    Ok(d.unwrap_or(Value::NONE))
}

pub fn groups(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let default = default_arg(vm, a, k, "groups")?;
    let m = load(vm, a[0])?;
    let items: Vec<Value> = (1..m.ngroups()).map(|g| m.slice(vm, g, default)).collect();
    Ok(vm.new_tuple(items))
}

pub fn groupdict(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let default = default_arg(vm, a, k, "groupdict")?;
    let m = load(vm, a[0])?;
    let result = vm.new_dict();
    let gi = get(vm, m.pattern, "_groupindex")?;
    let names = gi.downcast::<DictObj>().map(|d| d.keys()).unwrap_or_default();
    let mark = vm.extra_roots.len();
    vm.extra_roots.extend_from_slice(&names);
    for name in names {
        let g = group_index(vm, &m, name)?;
        let v = m.slice(vm, g, default);
        vm.dict_set(result, name, v)?;
    }
    vm.extra_roots.truncate(mark);
    Ok(result.value())
}

/// The optional positional `group` argument of start / end / span.
fn span_of(vm: &mut Vm, a: &[Value], k: &[Value], name: &str) -> PyResult<(i64, i64)> {
    if !k.is_empty() {
        return Err(vm.type_error(&format!("Match.{name}() takes no keyword arguments")));
    }
    expect_count(vm, name, a.len() - 1, 0, 1)?;
    let m = load(vm, a[0])?;
    let g = match a.get(1) {
        Some(&idx) => group_index(vm, &m, idx)?,
        None => 0,
    };
    Ok(m.span(g))
}

pub fn start(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (s, _) = span_of(vm, a, k, "start")?;
    Ok(vm.new_int(s))
}

pub fn end(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (_, e) = span_of(vm, a, k, "end")?;
    Ok(vm.new_int(e))
}

pub fn span(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (s, e) = span_of(vm, a, k, "span")?;
    let (s, e) = (vm.new_int(s), vm.new_int(e));
    Ok(vm.new_tuple(vec![s, e]))
}

/// `Match.regs`: the span of every group.
pub fn regs(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let m = load(vm, a[0])?;
    let mut items = Vec::with_capacity(m.ngroups());
    for g in 0..m.ngroups() {
        let (s, e) = m.span(g);
        let (s, e) = (vm.new_int(s), vm.new_int(e));
        items.push(vm.new_tuple(vec![s, e]));
    }
    Ok(vm.new_tuple(items))
}
