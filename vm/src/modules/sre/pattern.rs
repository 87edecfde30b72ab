//! The native methods of `re.Pattern` (match / fullmatch / search /
//! findall / split; sub and the scanner have their own files) and what they
//! share: reading the pattern, presenting the subject, running one attempt,
//! iterating non-overlapping matches, building `re.Match` objects. A
//! pattern's state lives in private attributes of the (application-level)
//! instance; `_p` holds what the methods need: `(code as native-endian u32
//! bytes, groups, isbytes, groupindex)`.

use super::attrs::{get, set};
use super::state::{Char, SreError, State};
use super::subject::{with_text, Subject};
use crate::builtins::args::Sig;
use crate::builtins::split_args;
use crate::object::seq::{BytesObj, ListObj, TupleObj};
use crate::object::typeobj::TypeObj;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// What a pattern method needs from the pattern object.
pub struct Prog {
    pub code: Vec<u32>,
    pub groups: usize,
    pub isbytes: i64,
}

/// Group spans (character offsets, -1 when unset) and `lastindex` of a match.
pub struct Found {
    pub regs: Vec<i64>,
    pub lastindex: isize,
}

impl Found {
    pub fn span(&self, g: usize) -> Option<(usize, usize)> {
        let (a, b) = (*self.regs.get(2 * g)?, *self.regs.get(2 * g + 1)?);
        (a >= 0 && b >= 0).then_some((a as usize, b as usize))
    }
}

fn found<C: Char>(st: &State<C>, groups: usize) -> Found {
    let mut regs = Vec::with_capacity(2 * (groups + 1));
    for g in 0..=groups {
        match st.span(g) {
            Some((a, b)) => regs.extend([a as i64, b as i64]),
            None => regs.extend([-1, -1]),
        }
    }
    Found { regs, lastindex: st.lastindex }
}

/// The engine's failure as CPython reports it.
pub fn engine_error(vm: &mut Vm, e: SreError) -> PyErr {
    match e {
        SreError::Recursion => vm.new_error(vm.t.recursion_error, "maximum recursion limit exceeded"),
        _ => vm.new_error(vm.t.runtime_error, "internal error in regular expression engine"),
    }
}

pub fn prog(vm: &mut Vm, pat: Value) -> PyResult<Prog> {
    let p = get(vm, pat, "_p")?;
    let items = p.downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default();
    let (Some(&code), Some(&groups), Some(&isbytes)) = (items.first(), items.get(1), items.get(2)) else {
        return Err(vm.type_error("invalid pattern object"));
    };
    let code = code
        .downcast::<BytesObj>()
        .map(|b| b.data.with(|d| d.as_chunks::<4>().0.iter().map(|w| u32::from_ne_bytes(*w)).collect()))
        .unwrap_or_default();
    let groups = groups.as_small_int().unwrap_or(0).max(0) as usize;
    let isbytes = isbytes.as_small_int().unwrap_or(0);
    Ok(Prog { code, groups, isbytes })
}

/// The subject of a pattern method. A non-ASCII `str` is decoded once and
/// the decoding kept in `Pattern._wide` (`[str, decoded]`, shared by all
/// patterns), so loops calling `p.match(s, pos)` on the same long string
/// (tokenizers, json's decoder) do not decode it again on every call. The
/// cache keeps the last such string alive until another one replaces it.
pub fn subject(vm: &mut Vm, pat: Value, string: Value, isbytes: i64) -> PyResult<Subject> {
    let non_ascii = string.downcast::<crate::object::str::StrObj>().is_some_and(|s| !s.is_ascii());
    if !non_ascii || isbytes > 0 {
        return Subject::new(vm, string, isbytes, None);
    }
    let key = vm.intern("_wide");
    let cache = vm.type_of(pat).lookup(key).and_then(|c| c.downcast::<ListObj>());
    let hit = cache.filter(|c| c.items.get(0) == Some(string)).and_then(|c| c.items.get(1));
    let subj = Subject::new(vm, string, isbytes, hit)?;
    if let (Some(c), None) = (cache, hit) {
        if c.items.len() == 2 {
            c.items.set(0, string);
            c.items.set(1, subj.kept());
        }
    }
    Ok(subj)
}

/// How a single attempt runs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Match,
    Full,
    Search,
}

/// Window of one run: `pos..endpos` clamped to the subject, the attempt's
/// start and whether it must not produce an empty match there.
#[derive(Clone, Copy)]
pub struct Window {
    pub pos: usize,
    pub endpos: usize,
    pub start: usize,
    pub must_advance: bool,
}

impl Window {
    pub fn new(subj: &Subject, pos: i64, endpos: i64) -> Window {
        let len = subj.len as i64;
        let pos = pos.clamp(0, len) as usize;
        Window { pos, endpos: endpos.clamp(0, len) as usize, start: pos, must_advance: false }
    }
}

/// Run the engine once; `Some((found, end))` on a match ending at `end`.
pub fn attempt(vm: &mut Vm, prog: &Prog, subj: &Subject, w: Window, mode: Mode) -> PyResult<Option<Found>> {
    let r = with_text!(subj, |t| {
        let mut st = State::new(&prog.code, t, prog.groups, w.pos as i64, w.endpos as i64);
        st.start = w.start.min(t.len());
        st.ptr = st.start;
        st.must_advance = w.must_advance;
        st.match_all = mode == Mode::Full;
        let ok = if mode == Mode::Search { st.search() } else { st.match_here() };
        ok.map(|ok| ok.then(|| found(&st, prog.groups)))
    });
    r.map_err(|e| engine_error(vm, e))
}

/// Create a `re.Match` for `f` (the Match class is `Pattern._Match`).
pub fn new_match(vm: &mut Vm, pat: Value, subj: &Subject, f: &Found, w: Window) -> PyResult {
    let key = vm.intern("_Match");
    let cls = vm.type_of(pat).lookup(key).and_then(|c| c.downcast::<TypeObj>());
    let Some(cls) = cls else { return Err(vm.type_error("invalid pattern object")) };
    let m = vm.new_instance(cls);
    let lastindex = if f.lastindex >= 0 { Value::from_small_int(f.lastindex as i64) } else { Value::NONE };
    let mut items = vec![pat, subj.obj, vm.new_int(w.pos as i64), vm.new_int(w.endpos as i64), lastindex, subj.kept()];
    for &r in &f.regs {
        items.push(vm.new_int(r));
    }
    let t = vm.new_tuple(items);
    set(vm, m, "_m", t)?;
    Ok(m)
}

static MATCH_SIG: [Sig; 4] = [
    Sig { name: "match", params: &["string", "pos", "endpos"], posonly: 0, required: 1, kwonly: &[] },
    Sig { name: "fullmatch", params: &["string", "pos", "endpos"], posonly: 0, required: 1, kwonly: &[] },
    Sig { name: "search", params: &["string", "pos", "endpos"], posonly: 0, required: 1, kwonly: &[] },
    Sig { name: "findall", params: &["string", "pos", "endpos"], posonly: 0, required: 1, kwonly: &[] },
];
pub(super) static SCANNER_SIG: Sig = Sig { name: "scanner", params: &["string", "pos", "endpos"], posonly: 0, required: 1, kwonly: &[] };

/// An optional `Py_ssize_t` argument.
pub fn index_arg(vm: &mut Vm, v: Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => vm.as_index(v),
    }
}

/// `(self, string, pos, endpos)` of the match-like methods.
pub(super) fn string_pos_endpos(vm: &mut Vm, a: &[Value], k: &[Value], sig: &Sig) -> PyResult<(Value, Value, i64, i64)> {
    let (pos, kw) = split_args(a, k);
    let [s, p, e] = sig.parse(vm, &pos[1..], k, kw)?;
    let p = index_arg(vm, p, 0)?;
    let e = index_arg(vm, e, i64::MAX)?;
    Ok((pos[0], s.unwrap_or(Value::NONE), p, e))
}

fn match_method(vm: &mut Vm, a: &[Value], k: &[Value], mode: Mode) -> PyResult {
    let sig = &MATCH_SIG[mode as usize];
    let (this, string, pos, endpos) = string_pos_endpos(vm, a, k, sig)?;
    let prog = prog(vm, this)?;
    let subj = subject(vm, this, string, prog.isbytes)?;
    let w = Window::new(&subj, pos, endpos);
    match attempt(vm, &prog, &subj, w, mode)? {
        Some(f) => new_match(vm, this, &subj, &f, w),
        None => Ok(Value::NONE),
    }
}

pub fn pattern_match(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    match_method(vm, a, k, Mode::Match)
}
pub fn pattern_fullmatch(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    match_method(vm, a, k, Mode::Full)
}
pub fn pattern_search(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    match_method(vm, a, k, Mode::Search)
}

/// Search successive non-overlapping matches (an empty match is not
/// allowed where the previous one ended), calling `each` for every one
/// until it returns false. Returns the window after the last match.
pub fn for_each_match(
    vm: &mut Vm,
    prog: &Prog,
    subj: &Subject,
    mut w: Window,
    mut each: impl FnMut(&mut Vm, &Found) -> PyResult<bool>,
) -> PyResult<Window> {
    while w.start <= w.endpos {
        let Some(f) = attempt(vm, prog, subj, w, Mode::Search)? else { break };
        let (b, e) = f.span(0).unwrap_or((w.start, w.start));
        let go_on = each(vm, &f)?;
        w.must_advance = e == b;
        w.start = e;
        if !go_on {
            break;
        }
    }
    Ok(w)
}

pub fn pattern_findall(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (this, string, pos, endpos) = string_pos_endpos(vm, a, k, &MATCH_SIG[3])?;
    let prog = prog(vm, this)?;
    let subj = subject(vm, this, string, prog.isbytes)?;
    let w = Window::new(&subj, pos, endpos);
    let groups = prog.groups;
    let list = vm.new_list(Vec::new());
    for_each_match(vm, &prog, &subj, w, |vm, f| {
        let group = |vm: &mut Vm, g: usize| match f.span(g) {
            Some((a, b)) => subj.slice(vm, a, b),
            None => subj.empty(vm),
        };
        let item = match groups {
            0 => group(vm, 0),
            1 => group(vm, 1),
            _ => {
                let items: Vec<Value> = (1..=groups).map(|g| group(vm, g)).collect();
                vm.new_tuple(items)
            }
        };
        push(list, item);
        Ok(true)
    })?;
    Ok(list)
}

fn push(list: Value, item: Value) {
    if let Some(l) = list.downcast::<ListObj>() {
        l.items.push(item);
    }
}

pub fn pattern_split(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SPLIT: Sig = Sig { name: "split", params: &["string", "maxsplit"], posonly: 0, required: 1, kwonly: &[] };
    let (pos, kw) = split_args(a, k);
    let [s, maxsplit] = SPLIT.parse(vm, &pos[1..], k, kw)?;
    let maxsplit = index_arg(vm, maxsplit, 0)?;
    let this = pos[0];
    let prog = prog(vm, this)?;
    let subj = subject(vm, this, s.unwrap_or(Value::NONE), prog.isbytes)?;
    let w = Window::new(&subj, 0, i64::MAX);
    let list = vm.new_list(Vec::new());
    let mut last = w.start;
    let mut n = 0i64;
    if maxsplit >= 0 {
        for_each_match(vm, &prog, &subj, w, |vm, f| {
            if maxsplit != 0 && n >= maxsplit {
                return Ok(false);
            }
            let (b, e) = f.span(0).unwrap_or((last, last));
            let piece = subj.slice(vm, last, b);
            push(list, piece);
            for g in 1..=prog.groups {
                let item = match f.span(g) {
                    Some((x, y)) => subj.slice(vm, x, y),
                    None => Value::NONE,
                };
                push(list, item);
            }
            n += 1;
            last = e;
            Ok(maxsplit == 0 || n < maxsplit)
        })?;
    }
    let tail = subj.slice(vm, last, w.endpos);
    push(list, tail);
    Ok(list)
}
