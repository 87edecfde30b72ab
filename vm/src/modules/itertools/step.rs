//! Advancing the simple tools. Each takes a copy of its state, runs what
//! Python code it must, and writes the new state back (`put`); what is
//! consumed from the underlying iterators, and when, follows CPython.

use super::put;
use crate::bytecode::BinOp;
use crate::object::misc::IterObj;
use crate::object::seq::{ListObj, TupleObj};
use crate::object::tools::Tool;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn step(vm: &mut Vm, i: Gc<IterObj>, tool: Tool) -> PyResult<Option<Value>> {
    match tool {
        Tool::Count { cur, step } => {
            let next = vm.binary_op(cur, step, BinOp::Add, false)?;
            put(i, Tool::Count { cur: next, step });
            Ok(Some(cur))
        }
        Tool::Cycle { it, saved, idx } => cycle(vm, i, it, saved, idx),
        Tool::Repeat { obj, left } => match left {
            Some(0) => Ok(None),
            Some(n) => {
                put(i, Tool::Repeat { obj, left: Some(n - 1) });
                Ok(Some(obj))
            }
            None => Ok(Some(obj)),
        },
        Tool::Accumulate { it, func, total, initial } => {
            if !initial.is_null() {
                put(i, Tool::Accumulate { it, func, total: initial, initial: Value::NULL });
                return Ok(Some(initial));
            }
            let Some(v) = vm.iter_next(it)? else { return Ok(None) };
            let total = if total.is_null() {
                v
            } else if func.is_null() {
                vm.binary_op(total, v, BinOp::Add, false)?
            } else {
                vm.call(func, &[total, v], &[])?
            };
            put(i, Tool::Accumulate { it, func, total, initial });
            Ok(Some(total))
        }
        Tool::Chain { source, active } => chain(vm, i, source, active),
        Tool::Compress { data, selectors } => loop {
            let Some(d) = vm.iter_next(data)? else { return Ok(None) };
            let Some(s) = vm.iter_next(selectors)? else { return Ok(None) };
            if vm.truthy(s)? {
                return Ok(Some(d));
            }
        },
        Tool::DropWhile { pred, it, dropped } => loop {
            let Some(v) = vm.iter_next(it)? else { return Ok(None) };
            if dropped {
                return Ok(Some(v));
            }
            let r = vm.call(pred, &[v], &[])?;
            if !vm.truthy(r)? {
                put(i, Tool::DropWhile { pred, it, dropped: true });
                return Ok(Some(v));
            }
        },
        Tool::TakeWhile { pred, it, stopped } => {
            if stopped {
                return Ok(None);
            }
            let Some(v) = vm.iter_next(it)? else { return Ok(None) };
            let r = vm.call(pred, &[v], &[])?;
            if vm.truthy(r)? {
                return Ok(Some(v));
            }
            put(i, Tool::TakeWhile { pred, it, stopped: true });
            Ok(None)
        }
        Tool::FilterFalse { pred, it } => loop {
            let Some(v) = vm.iter_next(it)? else { return Ok(None) };
            let keep = if pred.is_none() {
                vm.truthy(v)?
            } else {
                let r = vm.call(pred, &[v], &[])?;
                vm.truthy(r)?
            };
            if !keep {
                return Ok(Some(v));
            }
        },
        Tool::StarMap { func, it } => {
            let Some(args) = vm.iter_next(it)? else { return Ok(None) };
            let args = match args.downcast::<TupleObj>() {
                Some(t) => t.items.to_vec(),
                None => vm.collect_iter(args)?,
            };
            vm.call(func, &args, &[]).map(Some)
        }
        Tool::ISlice { it, next, stop, step, cnt } => islice(vm, i, it, next, stop, step, cnt),
        Tool::Pairwise { it, old } => {
            if it.is_null() {
                return Ok(None);
            }
            let done = |i| put(i, Tool::Pairwise { it: Value::NULL, old: Value::NULL });
            let old = if old.is_null() {
                match vm.iter_next(it) {
                    Ok(Some(v)) => v,
                    r => {
                        done(i);
                        return r;
                    }
                }
            } else {
                old
            };
            put(i, Tool::Pairwise { it, old });
            match vm.iter_next(it) {
                Ok(Some(new)) => {
                    put(i, Tool::Pairwise { it, old: new });
                    Ok(Some(vm.new_tuple(vec![old, new])))
                }
                r => {
                    done(i);
                    r
                }
            }
        }
        Tool::ZipLongest { its, active, fill } => zip_longest(vm, i, its, active, fill),
        Tool::Grouper { .. } | Tool::GroupBy { .. } | Tool::Tee { .. } | Tool::TeeData { .. } => super::group::step(vm, i, tool),
        Tool::DequeIter { deque, index, left, state, reverse } => {
            crate::modules::collections::deque_iter_next(vm, i, deque, index, left, state, reverse)
        }
        Tool::Combinatoric(_) => Ok(None),
    }
}

fn cycle(vm: &mut Vm, i: Gc<IterObj>, it: Value, saved: Value, idx: usize) -> PyResult<Option<Value>> {
    let Some(list) = saved.downcast::<ListObj>() else { return Ok(None) };
    if !it.is_null() {
        match vm.iter_next(it)? {
            Some(v) => {
                list.items.push(v);
                return Ok(Some(v));
            }
            None => put(i, Tool::Cycle { it: Value::NULL, saved, idx }),
        }
    }
    let n = list.items.len();
    if n == 0 {
        return Ok(None);
    }
    let v = list.items.get(idx % n);
    put(i, Tool::Cycle { it: Value::NULL, saved, idx: (idx + 1) % n });
    Ok(v)
}

fn chain(vm: &mut Vm, i: Gc<IterObj>, source: Value, mut active: Value) -> PyResult<Option<Value>> {
    let n = Value::NULL;
    if source.is_null() {
        return Ok(None);
    }
    loop {
        if active.is_null() {
            let iterable = match vm.iter_next(source) {
                Ok(Some(x)) => x,
                r => {
                    put(i, Tool::Chain { source: n, active: n });
                    return r;
                }
            };
            active = match vm.get_iter(iterable) {
                Ok(a) => a,
                Err(e) => {
                    put(i, Tool::Chain { source: n, active: n });
                    return Err(e);
                }
            };
            put(i, Tool::Chain { source, active });
        }
        if let Some(v) = vm.iter_next(active)? {
            return Ok(Some(v));
        }
        active = n;
        put(i, Tool::Chain { source, active: n });
    }
}

fn islice(vm: &mut Vm, i: Gc<IterObj>, it: Value, next: usize, stop: Option<usize>, step: usize, mut cnt: usize) -> PyResult<Option<Value>> {
    if it.is_null() {
        return Ok(None);
    }
    let empty = |i| put(i, Tool::ISlice { it: Value::NULL, next, stop, step, cnt: 0 });
    while cnt < next {
        match vm.iter_next(it) {
            Ok(Some(_)) => {
                cnt += 1;
                put(i, Tool::ISlice { it, next, stop, step, cnt });
            }
            r => {
                empty(i);
                return r;
            }
        }
    }
    if stop.is_some_and(|s| cnt >= s) {
        empty(i);
        return Ok(None);
    }
    match vm.iter_next(it) {
        Ok(Some(v)) => {
            let mut nn = next.saturating_add(step);
            if let Some(s) = stop {
                nn = nn.min(s);
            }
            put(i, Tool::ISlice { it, next: nn, stop, step, cnt: cnt + 1 });
            Ok(Some(v))
        }
        r => {
            empty(i);
            r
        }
    }
}

fn zip_longest(vm: &mut Vm, i: Gc<IterObj>, its: Value, mut active: usize, fill: Value) -> PyResult<Option<Value>> {
    let Some(list) = its.downcast::<ListObj>() else { return Ok(None) };
    let n = list.items.len();
    if n == 0 || active == 0 {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(n);
    for idx in 0..n {
        let it = list.items.get(idx).unwrap_or(Value::NONE);
        let item = if it.is_none() {
            fill
        } else {
            match vm.iter_next(it) {
                Ok(Some(v)) => v,
                r => {
                    active -= 1;
                    if active == 0 || r.is_err() {
                        put(i, Tool::ZipLongest { its, active: 0, fill });
                        return r;
                    }
                    put(i, Tool::ZipLongest { its, active, fill });
                    if idx < list.items.len() {
                        list.items.set(idx, Value::NONE);
                    }
                    fill
                }
            }
        };
        // Parked: the next iterator may run Python code (a safepoint).
        vm.extra_roots.push(item);
        out.push(item);
    }
    Ok(Some(vm.new_tuple(out)))
}
