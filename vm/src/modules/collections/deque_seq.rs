//! The sequence side of `deque`: subscripts, `index`, `repr`, rich
//! comparison and the iterators (which check the deque's mutation count).

use super::deque::{dq, mutated};
use crate::bytecode::CmpOp;
use crate::modules::itertools::put;
use crate::object::ext::DequeObj;
use crate::object::misc::IterObj;
use crate::object::tools::Tool;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A subscript as a position: "sequence index must be integer, not 'str'".
pub(super) fn position(vm: &mut Vm, d: Gc<DequeObj>, key: Value) -> PyResult<usize> {
    if !vm.is_int_like(key) && vm.type_of(key).lookup(vm.n.__index__).is_none() {
        let n = vm.type_name(key);
        return Err(vm.type_error(&format!("sequence index must be integer, not '{n}'")));
    }
    let i = match crate::builtins::bytes_args::index_i64(vm, key)? {
        Ok(i) => i,
        Err(_) => return Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
    };
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

/// `index(x[, start[, stop]])`.
pub(super) fn index(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    if !k.is_empty() {
        return Err(vm.type_error("index() takes no keyword arguments"));
    }
    let n = a.len() - 1;
    if n < 1 {
        return Err(vm.type_error(&format!("index() takes at least 1 argument ({n} given)")));
    }
    if n > 3 {
        return Err(vm.type_error(&format!("index() takes at most 3 arguments ({n} given)")));
    }
    let d = dq(vm, a[0])?;
    let len = d.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match a.get(2) {
        Some(v) => clamp(vm.slice_index_arg(*v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => clamp(vm.slice_index_arg(*v)?),
        None => len,
    };
    let state = d.state.get();
    for i in start..stop {
        let Some(x) = d.get(i as usize) else { break };
        let eq = vm.eq(x, a[1])?;
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        if eq {
            return Ok(vm.new_int(i));
        }
    }
    let r = vm.repr_string(a[1])?;
    Err(vm.value_error(&format!("{r} is not in deque")))
}

pub(super) fn repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let d = dq(vm, a[0])?;
    if vm.repr_stack.contains(&a[0]) {
        return Ok(vm.new_str("[...]"));
    }
    vm.repr_stack.push(a[0]);
    let items: Vec<Value> = d.items.with(|v| v.iter().copied().collect());
    let list = vm.new_list(items);
    let r = vm.repr_string(list);
    vm.repr_stack.pop();
    let r = r?;
    let n = vm.type_name(a[0]);
    let name = n.rsplit('.').next().unwrap_or(&n);
    Ok(vm.new_string(match d.maxlen.get() {
        Some(m) => format!("{name}({r}, maxlen={m})"),
        None => format!("{name}({r})"),
    }))
}

/// Rich comparison of two deques as sequences (NotImplemented otherwise).
pub(super) fn compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    let (Some(x), Some(y)) = (a.downcast::<DequeObj>(), b.downcast::<DequeObj>()) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if !vm.is_instance(b, vm.mt.deque) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (sx, sy) = (x.state.get(), y.state.get());
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(Value::from_bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    loop {
        let (Some(p), Some(q)) = (x.get(i), y.get(i)) else { break };
        let eq = vm.eq(p, q)?;
        if x.state.get() != sx || y.state.get() != sy {
            return Err(mutated(vm));
        }
        if !eq {
            return match op {
                CmpOp::Eq => Ok(Value::FALSE),
                CmpOp::Ne => Ok(Value::TRUE),
                _ => vm.compare(p, q, op),
            };
        }
        i += 1;
    }
    let ord = x.len().cmp(&y.len());
    use std::cmp::Ordering::*;
    Ok(Value::from_bool(match op {
        CmpOp::Lt => ord == Less,
        CmpOp::Le => ord != Greater,
        CmpOp::Eq => ord == Equal,
        CmpOp::Ne => ord != Equal,
        CmpOp::Gt => ord == Greater,
        CmpOp::Ge => ord != Less,
    }))
}

pub(super) fn new_iter(vm: &mut Vm, d: Value, reverse: bool) -> PyResult {
    let dv = dq(vm, d)?;
    let cls = if reverse { vm.mt.deque_rev_iter } else { vm.mt.deque_iter };
    let tool = Tool::DequeIter { deque: d, index: 0, left: dv.len(), state: dv.state.get(), reverse };
    Ok(crate::modules::itertools::new_tool(vm, cls, tool))
}

/// Advance a deque iterator.
pub fn deque_iter_next(vm: &mut Vm, i: Gc<IterObj>, deque: Value, index: usize, left: usize, state: u64, reverse: bool) -> PyResult<Option<Value>> {
    let Some(d) = deque.downcast::<DequeObj>() else { return Ok(None) };
    if d.state.get() != state {
        put(i, Tool::DequeIter { deque, index, left: 0, state, reverse });
        return Err(mutated(vm));
    }
    if left == 0 {
        return Ok(None);
    }
    let n = d.len();
    let pos = if reverse { n.checked_sub(index + 1) } else { Some(index) };
    let Some(x) = pos.and_then(|p| d.get(p)) else { return Ok(None) };
    put(i, Tool::DequeIter { deque, index: index + 1, left: left - 1, state, reverse });
    Ok(Some(x))
}
