//! `_bisect`: binary search over any sequence (lists read directly),
//! comparing with `<` as CPython does: `x < a[mid]` for the right variants,
//! `a[mid] < x` for the left ones; `key` applies to the items only.

use super::add_fn;
use crate::builtins::args::Sig;
use crate::builtins::bytes_args::{index_i64, ssize_arg};
use crate::builtins::split_args;
use crate::bytecode::CmpOp;
use crate::object::module::ModuleObj;
use crate::object::seq::ListObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    add_fn(vm, m, "bisect_right", |vm, a, k| search_fn(vm, a, k, true));
    add_fn(vm, m, "bisect_left", |vm, a, k| search_fn(vm, a, k, false));
    add_fn(vm, m, "insort_right", |vm, a, k| insort(vm, a, k, true));
    add_fn(vm, m, "insort_left", |vm, a, k| insort(vm, a, k, false));
    let doc = vm.new_str("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n");
    super::add_value(vm, m, "__doc__", doc);
    Ok(())
}

static SIGS: [Sig; 4] = [
    Sig { name: "bisect_right", params: &["a", "x", "lo", "hi"], posonly: 0, required: 2, kwonly: &["key"] },
    Sig { name: "bisect_left", params: &["a", "x", "lo", "hi"], posonly: 0, required: 2, kwonly: &["key"] },
    Sig { name: "insort_right", params: &["a", "x", "lo", "hi"], posonly: 0, required: 2, kwonly: &["key"] },
    Sig { name: "insort_left", params: &["a", "x", "lo", "hi"], posonly: 0, required: 2, kwonly: &["key"] },
];

struct Args {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
    key: Value,
}

fn parse(vm: &mut Vm, a: &[Value], k: &[Value], sig: &Sig) -> PyResult<Args> {
    let (pos, kw) = split_args(a, k);
    let [seq, x, lo, hi, key] = sig.parse(vm, pos, k, kw)?;
    let lo = match lo {
        Some(v) => ssize_arg(vm, v)?,
        None => 0,
    };
    let hi = match hi.filter(|h| !h.is_none()) {
        None => None,
        Some(h) => match vm.as_i64(h).filter(|_| h.as_f64().is_none()) {
            Some(i) => Some(i),
            None if vm.is_int_like(h) || vm.type_of(h).lookup(vm.n.__index__).is_some() => match index_i64(vm, h)? {
                Ok(i) => Some(i),
                Err(_) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
            },
            None => {
                let n = vm.type_name(h);
                return Err(vm.type_error(&format!("argument should be integer or None, not '{n}'")));
            }
        },
    };
    Ok(Args { a: seq.unwrap_or(Value::NONE), x: x.unwrap_or(Value::NONE), lo, hi, key: key.unwrap_or(Value::NONE) })
}

fn lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, CmpOp::Lt)?;
    vm.truthy(r)
}

/// The insertion point of `x` in `a[lo:hi]`.
fn search(vm: &mut Vm, seq: Value, x: Value, mut lo: i64, hi: Option<i64>, key: Value, right: bool) -> PyResult<i64> {
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let mut hi = match hi {
        Some(h) if h != -1 => h,
        _ => vm.len(seq)? as i64,
    };
    let list = seq.downcast::<ListObj>();
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = match list {
            Some(l) => match l.items.get(mid as usize) {
                Some(v) => v,
                None => return Err(vm.index_error("list index out of range")),
            },
            None => {
                let i = vm.new_int(mid);
                vm.getitem(seq, i)?
            }
        };
        if !key.is_none() {
            item = vm.call(key, &[item], &[])?;
        }
        if right {
            if lt(vm, x, item)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if lt(vm, item, x)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn search_fn(vm: &mut Vm, a: &[Value], k: &[Value], right: bool) -> PyResult {
    let p = parse(vm, a, k, &SIGS[if right { 0 } else { 1 }])?;
    let i = search(vm, p.a, p.x, p.lo, p.hi, p.key, right)?;
    Ok(vm.new_int(i))
}

fn insort(vm: &mut Vm, a: &[Value], k: &[Value], right: bool) -> PyResult {
    let p = parse(vm, a, k, &SIGS[if right { 2 } else { 3 }])?;
    let probe = if p.key.is_none() { p.x } else { vm.call(p.key, &[p.x], &[])? };
    let i = search(vm, p.a, probe, p.lo, p.hi, p.key, right)?;
    if let Some(l) = p.a.downcast::<ListObj>().filter(|_| vm.type_of(p.a) == vm.t.list) {
        l.items.with_mut(|v| {
            let at = (i.max(0) as usize).min(v.len());
            v.insert(at, p.x)
        });
        return Ok(Value::NONE);
    }
    let insert = vm.intern("insert");
    let f = vm.getattr(p.a, insert)?;
    let idx = vm.new_int(i);
    vm.call(f, &[idx, p.x], &[])?;
    Ok(Value::NONE)
}
