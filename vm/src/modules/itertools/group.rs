//! `groupby` and its `_grouper`s, `tee` and its shared buffers.
//!
//! A groupby remembers its current group (`grouper`); advancing the groupby
//! replaces it, and a group that is no longer current yields nothing more
//! (CPython's shared-iterator semantics). Tees share a chain of
//! `_tee_dataobject` buffers of `TEE_LINK` items each: every tee holds a
//! buffer and a position, so buffers that all tees have passed are garbage.

use super::{new_tool, put, snapshot};
use crate::builtins::args::{expect_count, Arity};
use crate::builtins::bytes_args::ssize_arg;
use crate::builtins::split_args;
use crate::modules::cls_arg;
use crate::object::misc::IterObj;
use crate::object::seq::ListObj;
use crate::object::tools::{Tool, TEE_LINK};
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let (grouper, tee, tee_data) = (vm.mt.grouper, vm.mt.tee, vm.mt.tee_data);
    vm.add_method(grouper, "__new__", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        let cls = cls_arg(vm, pos)?;
        if !k.is_empty() {
            return Err(vm.type_error("_grouper() takes no keyword arguments"));
        }
        expect_count(vm, "_grouper", pos.len() - 1, 2, 2)?;
        if !vm.is_instance(pos[1], vm.mt.groupby) {
            let n = vm.type_name(pos[1]);
            return Err(vm.type_error(&format!("_grouper() argument 1 must be itertools.groupby, not {n}")));
        }
        Ok(new_tool(vm, cls, Tool::Grouper { parent: pos[1], tgtkey: pos[2] }))
    });
    vm.add_method(tee, "__new__", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        if !k.is_empty() {
            return Err(vm.type_error("_tee() takes no keyword arguments"));
        }
        expect_count(vm, "_tee", pos.len().saturating_sub(1), 1, 1)?;
        tee_from_iterable(vm, pos[1])
    });
    vm.add_method_a(tee, "__copy__", Arity::NoArgs, |vm, a, _| match snapshot(a[0]) {
        Some(Tool::Tee { data, index }) => Ok(new_tool(vm, vm.mt.tee, Tool::Tee { data, index })),
        _ => Err(vm.type_error("_tee expected")),
    });
    vm.add_method(tee_data, "__new__", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        if !k.is_empty() {
            return Err(vm.type_error("teedataobject() takes no keyword arguments"));
        }
        expect_count(vm, "teedataobject", pos.len().saturating_sub(1), 3, 3)?;
        let (it, values, next) = (vm.get_iter(pos[1])?, pos[2], pos[3]);
        let Some(l) = values.downcast::<ListObj>() else {
            let n = vm.type_name(values);
            return Err(vm.type_error(&format!("teedataobject() argument 2 must be list, not {n}")));
        };
        if l.items.len() > TEE_LINK {
            return Err(vm.value_error("_tee_dataobject too large"));
        }
        let next = if next.is_none() {
            Value::NULL
        } else if vm.is_instance(next, vm.mt.tee_data) {
            next
        } else {
            return Err(vm.type_error("_tee_dataobject next link must be a _tee_dataobject"));
        };
        let values = vm.new_list(l.items.snapshot());
        Ok(new_tool(vm, vm.mt.tee_data, Tool::TeeData { it, values, next, running: false }))
    });
}

pub fn step(vm: &mut Vm, i: Gc<IterObj>, tool: Tool) -> PyResult<Option<Value>> {
    match tool {
        Tool::GroupBy { .. } => groupby_next(vm, i),
        Tool::Grouper { parent, tgtkey } => grouper_next(vm, i.value(), parent, tgtkey),
        Tool::Tee { mut data, mut index } => {
            if index >= TEE_LINK {
                data = jump_link(vm, data);
                index = 0;
            }
            let v = data_item(vm, data, index)?;
            if v.is_some() {
                put(i, Tool::Tee { data, index: index + 1 });
            }
            Ok(v)
        }
        // A buffer is not an iterator.
        _ => Ok(None),
    }
}

/// The groupby state fields.
#[derive(Clone, Copy)]
struct Gb {
    it: Value,
    keyfunc: Value,
    tgtkey: Value,
    currkey: Value,
    currvalue: Value,
    grouper: Value,
}

fn gb_get(parent: Value) -> Option<Gb> {
    match snapshot(parent)? {
        Tool::GroupBy { it, keyfunc, tgtkey, currkey, currvalue, grouper } => Some(Gb { it, keyfunc, tgtkey, currkey, currvalue, grouper }),
        _ => None,
    }
}

fn gb_put(parent: Value, g: Gb) {
    if let Some(i) = parent.downcast::<IterObj>() {
        let Gb { it, keyfunc, tgtkey, currkey, currvalue, grouper } = g;
        put(i, Tool::GroupBy { it, keyfunc, tgtkey, currkey, currvalue, grouper });
    }
}

/// Read the next value and its key (false when the input is exhausted).
fn gb_step(vm: &mut Vm, parent: Value) -> PyResult<bool> {
    let Some(g) = gb_get(parent) else { return Ok(false) };
    let Some(v) = vm.iter_next(g.it)? else { return Ok(false) };
    let key = if g.keyfunc.is_none() { v } else { vm.call(g.keyfunc, &[v], &[])? };
    if let Some(mut g) = gb_get(parent) {
        g.currvalue = v;
        g.currkey = key;
        gb_put(parent, g);
    }
    Ok(true)
}

/// The next `(key, group)`.
fn groupby_next(vm: &mut Vm, i: Gc<IterObj>) -> PyResult<Option<Value>> {
    let me = i.value();
    let Some(mut g) = gb_get(me) else { return Ok(None) };
    g.grouper = Value::NULL;
    gb_put(me, g);
    loop {
        let Some(g) = gb_get(me) else { return Ok(None) };
        if !g.currkey.is_null() {
            if g.tgtkey.is_null() || !vm.eq(g.tgtkey, g.currkey)? {
                break;
            }
        }
        if !gb_step(vm, me)? {
            return Ok(None);
        }
    }
    let Some(mut g) = gb_get(me) else { return Ok(None) };
    g.tgtkey = g.currkey;
    let grouper = new_tool(vm, vm.mt.grouper, Tool::Grouper { parent: me, tgtkey: g.tgtkey });
    g.grouper = grouper;
    gb_put(me, g);
    Ok(Some(vm.new_tuple(vec![g.currkey, grouper])))
}

fn grouper_next(vm: &mut Vm, me: Value, parent: Value, tgtkey: Value) -> PyResult<Option<Value>> {
    let Some(g) = gb_get(parent) else { return Ok(None) };
    if g.grouper != me {
        return Ok(None);
    }
    if g.currvalue.is_null() && !gb_step(vm, parent)? {
        return Ok(None);
    }
    let Some(g) = gb_get(parent) else { return Ok(None) };
    if !vm.eq(tgtkey, g.currkey)? {
        return Ok(None);
    }
    let Some(mut g) = gb_get(parent) else { return Ok(None) };
    let v = g.currvalue;
    g.currvalue = Value::NULL;
    g.currkey = Value::NULL;
    gb_put(parent, g);
    Ok(Some(v))
}

/// `tee(iterable, n=2, /)`.
pub fn tee(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    if !k.is_empty() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    expect_count(vm, "tee", a.len(), 1, 2)?;
    let n = match a.get(1) {
        Some(v) => ssize_arg(vm, *v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(vm.new_tuple(vec![]));
    }
    let it = vm.get_iter(a[0])?;
    let copy_name = vm.intern("__copy__");
    let (first, copy) = match vm.getattr_opt(it, copy_name)? {
        Some(f) => (it, f),
        None => {
            let t = tee_from_iterable(vm, it)?;
            let f = vm.getattr(t, copy_name)?;
            (t, f)
        }
    };
    let mut out = vec![first];
    for _ in 1..n {
        let c = vm.call(copy, &[], &[])?;
        vm.extra_roots.push(c);
        out.push(c);
    }
    Ok(vm.new_tuple(out))
}

/// A tee over `iterable` (a copy when its iterator already is a tee).
fn tee_from_iterable(vm: &mut Vm, iterable: Value) -> PyResult {
    let it = vm.get_iter(iterable)?;
    if let Some(Tool::Tee { data, index }) = snapshot(it).filter(|_| vm.type_of(it) == vm.mt.tee) {
        return Ok(new_tool(vm, vm.mt.tee, Tool::Tee { data, index }));
    }
    let values = vm.new_list(Vec::new());
    let data = new_tool(vm, vm.mt.tee_data, Tool::TeeData { it, values, next: Value::NULL, running: false });
    Ok(new_tool(vm, vm.mt.tee, Tool::Tee { data, index: 0 }))
}

/// The buffer after `data` (created on first use).
fn jump_link(vm: &mut Vm, data: Value) -> Value {
    let Some(Tool::TeeData { it, values, next, running }) = snapshot(data) else { return data };
    if !next.is_null() {
        return next;
    }
    let fresh = vm.new_list(Vec::new());
    let link = new_tool(vm, vm.mt.tee_data, Tool::TeeData { it, values: fresh, next: Value::NULL, running: false });
    if let Some(d) = data.downcast::<IterObj>() {
        put(d, Tool::TeeData { it, values, next: link, running });
    }
    link
}

fn set_running(data: Value, on: bool) {
    if let Some(Tool::TeeData { it, values, next, .. }) = snapshot(data) {
        if let Some(d) = data.downcast::<IterObj>() {
            put(d, Tool::TeeData { it, values, next, running: on });
        }
    }
}

/// Item `i` of a tee buffer, reading it from the source when `i` is the
/// first unread position.
fn data_item(vm: &mut Vm, data: Value, i: usize) -> PyResult<Option<Value>> {
    let Some(Tool::TeeData { it, values, running, .. }) = snapshot(data) else { return Ok(None) };
    let Some(list) = values.downcast::<ListObj>() else { return Ok(None) };
    if let Some(v) = list.items.get(i) {
        return Ok(Some(v));
    }
    if running {
        return Err(vm.new_error(vm.t.runtime_error, "cannot re-enter the tee iterator"));
    }
    set_running(data, true);
    let r = vm.iter_next(it);
    set_running(data, false);
    let v = r?;
    if let Some(v) = v {
        list.items.push(v);
    }
    Ok(v)
}
