//! `Pattern.scanner()` and the `_sre.SRE_Scanner` methods `match` /
//! `search`, which `finditer` and `re.Scanner` drive: each call continues
//! where the previous match ended. The state is the `_s` attribute:
//! `(string, decoded text or None, pos, endpos, [next start or None,
//! must_advance])`.

use super::attrs::{get, set};
use super::pattern::{attempt, new_match, prog, string_pos_endpos, subject, Mode, Window, SCANNER_SIG};
use super::subject::Subject;
use crate::object::seq::{ListObj, TupleObj};
use crate::object::typeobj::TypeObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn pattern_scanner(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (this, string, pos, endpos) = string_pos_endpos(vm, a, k, &SCANNER_SIG)?;
    let prog = prog(vm, this)?;
    let subj = subject(vm, this, string, prog.isbytes)?;
    let w = Window::new(&subj, pos, endpos);
    let key = vm.intern("_Scanner");
    let cls = vm.type_of(this).lookup(key).and_then(|c| c.downcast::<TypeObj>());
    let Some(cls) = cls else { return Err(vm.type_error("invalid pattern object")) };
    let sc = vm.new_instance(cls);
    set(vm, sc, "_pattern", this)?;
    // (string, decoded text or None, pos, endpos, [start or None, must_advance])
    let start_v = vm.new_int(w.start as i64);
    let st = vm.new_list(vec![start_v, Value::FALSE]);
    let pos_v = vm.new_int(w.pos as i64);
    let end_v = vm.new_int(w.endpos as i64);
    let t = vm.new_tuple(vec![string, subj.kept(), pos_v, end_v, st]);
    set(vm, sc, "_s", t)?;
    Ok(sc)
}

fn scanner_step(vm: &mut Vm, a: &[Value], mode: Mode) -> PyResult {
    let this = a[0];
    let pat = get(vm, this, "_pattern")?;
    let s = get(vm, this, "_s")?;
    let items = s.downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default();
    let [string, kept, pos, endpos, st] = items[..] else { return Err(vm.type_error("invalid scanner object")) };
    let Some(st) = st.downcast::<ListObj>() else { return Err(vm.type_error("invalid scanner object")) };
    let start = st.items.get(0).unwrap_or(Value::NONE);
    let Some(start) = start.as_small_int() else { return Ok(Value::NONE) };
    let must_advance = st.items.get(1) == Some(Value::TRUE);
    let prog = prog(vm, pat)?;
    let kept = (!kept.is_none()).then_some(kept);
    let subj = Subject::new(vm, string, prog.isbytes, kept)?;
    let len = subj.len as i64;
    let int = |v: Value| v.as_small_int().unwrap_or(0).clamp(0, len) as usize;
    let w = Window { pos: int(pos), endpos: int(endpos), start: start.clamp(0, len) as usize, must_advance };
    let found = attempt(vm, &prog, &subj, w, mode)?;
    match found {
        None => {
            st.items.set(0, Value::NONE);
            Ok(Value::NONE)
        }
        Some(f) => {
            let (b, e) = f.span(0).unwrap_or((w.start, w.start));
            let m = new_match(vm, pat, &subj, &f, w)?;
            let ev = vm.new_int(e as i64);
            st.items.set(0, ev);
            st.items.set(1, Value::from_bool(e == b));
            Ok(m)
        }
    }
}

pub fn scanner_match(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    scanner_step(vm, a, Mode::Match)
}
pub fn scanner_search(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    scanner_step(vm, a, Mode::Search)
}
