//! `_heapq`: the heap operations on a list, comparing with `<` only, and
//! swapping items the way CPython does (so equal-keyed items end up where
//! CPython puts them). A comparison that resizes the list is "list changed
//! size during iteration".

use super::add_fn;
use crate::builtins::args::expect_count;
use crate::bytecode::CmpOp;
use crate::object::module::ModuleObj;
use crate::object::seq::ListObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    add_fn(vm, m, "heappush", |vm, a, k| {
        let (l, item) = two_args(vm, a, k, "heappush")?;
        l.items.push(item);
        let n = l.items.len();
        sift_down(vm, l, 0, n - 1, false)?;
        Ok(Value::NONE)
    });
    add_fn(vm, m, "heappop", |vm, a, k| {
        let l = one_arg(vm, a, k, "heappop")?;
        pop(vm, l, false)
    });
    add_fn(vm, m, "_heappop_max", |vm, a, k| {
        let l = one_arg(vm, a, k, "_heappop_max")?;
        pop(vm, l, true)
    });
    add_fn(vm, m, "heapreplace", |vm, a, k| {
        let (l, item) = two_args(vm, a, k, "heapreplace")?;
        replace(vm, l, item, false)
    });
    add_fn(vm, m, "_heapreplace_max", |vm, a, k| {
        let (l, item) = two_args(vm, a, k, "_heapreplace_max")?;
        replace(vm, l, item, true)
    });
    add_fn(vm, m, "heappushpop", |vm, a, k| {
        let (l, item) = two_args(vm, a, k, "heappushpop")?;
        let Some(top) = l.items.get(0) else { return Ok(item) };
        if !lt(vm, top, item)? {
            return Ok(item);
        }
        let Some(ret) = l.items.get(0) else { return Err(vm.index_error("index out of range")) };
        l.items.set(0, item);
        sift_up(vm, l, 0, false)?;
        Ok(ret)
    });
    add_fn(vm, m, "heapify", |vm, a, k| {
        let l = one_arg(vm, a, k, "heapify")?;
        heapify(vm, l, false)
    });
    add_fn(vm, m, "_heapify_max", |vm, a, k| {
        let l = one_arg(vm, a, k, "_heapify_max")?;
        heapify(vm, l, true)
    });
    Ok(())
}

fn not_list(vm: &mut Vm, v: Value, what: &str) -> PyErr {
    let n = vm.type_name(v);
    vm.type_error(&format!("{what} must be list, not {n}"))
}

/// `f(heap, /)` (METH_O).
fn one_arg(vm: &mut Vm, a: &[Value], k: &[Value], name: &str) -> PyResult<Gc<ListObj>> {
    if !k.is_empty() {
        return Err(vm.type_error(&format!("_heapq.{name}() takes no keyword arguments")));
    }
    if a.len() != 1 {
        return Err(vm.type_error(&format!("_heapq.{name}() takes exactly one argument ({} given)", a.len())));
    }
    a[0].downcast::<ListObj>().ok_or_else(|| not_list(vm, a[0], &format!("{name}() argument")))
}

/// `f(heap, item, /)`.
fn two_args(vm: &mut Vm, a: &[Value], k: &[Value], name: &str) -> PyResult<(Gc<ListObj>, Value)> {
    if !k.is_empty() {
        return Err(vm.type_error(&format!("_heapq.{name}() takes no keyword arguments")));
    }
    expect_count(vm, name, a.len(), 2, 2)?;
    let l = a[0].downcast::<ListObj>().ok_or_else(|| not_list(vm, a[0], &format!("{name}() argument 1")))?;
    Ok((l, a[1]))
}

fn lt(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, CmpOp::Lt)?;
    vm.truthy(r)
}

fn swap(l: Gc<ListObj>, i: usize, j: usize) {
    l.items.with_mut(|v| {
        if i < v.len() && j < v.len() {
            v.swap(i, j)
        }
    })
}

fn changed(vm: &mut Vm) -> PyErr {
    vm.new_error(vm.t.runtime_error, "list changed size during iteration")
}

/// Move the item at `pos` up towards `start` while it precedes its parent.
fn sift_down(vm: &mut Vm, l: Gc<ListObj>, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = l.items.len();
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let (Some(item), Some(parent)) = (l.items.get(pos), l.items.get(parent_pos)) else { return Err(changed(vm)) };
        let before = if max { lt(vm, parent, item)? } else { lt(vm, item, parent)? };
        if size != l.items.len() {
            return Err(changed(vm));
        }
        if !before {
            break;
        }
        swap(l, parent_pos, pos);
        pos = parent_pos;
    }
    Ok(())
}

/// Move the smaller child up until `pos` is a leaf, then sift down.
fn sift_up(vm: &mut Vm, l: Gc<ListObj>, mut pos: usize, max: bool) -> PyResult<()> {
    let end = l.items.len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (Some(x), Some(y)) = (l.items.get(child), l.items.get(child + 1)) else { return Err(changed(vm)) };
            let left_first = if max { lt(vm, y, x)? } else { lt(vm, x, y)? };
            if !left_first {
                child += 1;
            }
            if end != l.items.len() {
                return Err(changed(vm));
            }
        }
        swap(l, child, pos);
        pos = child;
    }
    sift_down(vm, l, start, pos, max)
}

fn pop(vm: &mut Vm, l: Gc<ListObj>, max: bool) -> PyResult {
    let Some(last) = l.items.with_mut(|v| v.pop()) else { return Err(vm.index_error("index out of range")) };
    let Some(ret) = l.items.get(0) else { return Ok(last) };
    l.items.set(0, last);
    sift_up(vm, l, 0, max)?;
    Ok(ret)
}

fn replace(vm: &mut Vm, l: Gc<ListObj>, item: Value, max: bool) -> PyResult {
    let Some(ret) = l.items.get(0) else { return Err(vm.index_error("index out of range")) };
    l.items.set(0, item);
    sift_up(vm, l, 0, max)?;
    Ok(ret)
}

fn heapify(vm: &mut Vm, l: Gc<ListObj>, max: bool) -> PyResult {
    let n = l.items.len();
    for i in (0..n / 2).rev() {
        sift_up(vm, l, i, max)?;
    }
    Ok(Value::NONE)
}
