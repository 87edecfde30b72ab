//! `collections.deque`: a `VecDeque` of values with an optional maximum
//! length. Mutations that CPython counts bump `state`, so iterators (and
//! `count`/`index`/comparisons, whose `==` may run Python code) detect them:
//! "deque mutated during iteration".

use crate::builtins::args::{expect_count, Arity, Sig};
use crate::builtins::bytes_args::ssize_arg;
use crate::builtins::split_args;
use crate::bytecode::CmpOp;
use crate::modules::cls_arg;
use crate::object::attrs::Attrs;
use crate::object::ext::DequeObj;
use crate::object::tools::Tool;
use super::deque_seq::{compare, index, new_iter, position, repr};
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader, VCell};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;
use std::collections::VecDeque;

/// The deque receiver (`Vm::call` has checked it; this keeps bodies total).
pub(super) fn dq(vm: &mut Vm, v: Value) -> PyResult<Gc<DequeObj>> {
    match v.downcast::<DequeObj>() {
        Some(d) => Ok(d),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor requires a 'collections.deque' object but received a '{n}'")))
        }
    }
}

pub fn new_deque(vm: &mut Vm, cls: Gc<TypeObj>, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let d = DequeObj { header: ObjHeader::new(cls), items: VCell::new(items), maxlen: Cell::new(maxlen), state: Cell::new(0), attrs: Attrs::new(vm.root_shape) };
    vm.alloc(d).value()
}

pub fn install(vm: &mut Vm) {
    let t = vm.mt.deque;
    // CPython's deque matches sequence patterns.
    t.flags.set(t.flags.get() | crate::object::typeobj::tflags::SEQUENCE);
    vm.add_method(t, "__new__", |vm, a, _| {
        let cls = cls_arg(vm, a)?;
        Ok(new_deque(vm, cls, VecDeque::new(), None))
    });
    vm.add_method_a(t, "__init__", Arity::Kw, init);
    vm.add_method_a(t, "append", Arity::One, |vm, a, _| {
        push(dq(vm, a[0])?, a[1], false);
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "appendleft", Arity::One, |vm, a, _| {
        push(dq(vm, a[0])?, a[1], true);
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "pop", Arity::NoArgs, |vm, a, _| {
        let d = dq(vm, a[0])?;
        pop(vm, d, false)
    });
    vm.add_method_a(t, "popleft", Arity::NoArgs, |vm, a, _| {
        let d = dq(vm, a[0])?;
        pop(vm, d, true)
    });
    vm.add_method_a(t, "extend", Arity::One, |vm, a, _| extend(vm, a[0], a[1], false).map(|_| Value::NONE));
    vm.add_method_a(t, "extendleft", Arity::One, |vm, a, _| extend(vm, a[0], a[1], true).map(|_| Value::NONE));
    vm.add_method_a(t, "clear", Arity::NoArgs, |vm, a, _| {
        clear(dq(vm, a[0])?);
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "copy", Arity::NoArgs, copy);
    vm.add_method_a(t, "__copy__", Arity::NoArgs, copy);
    vm.add_method_a(t, "count", Arity::One, |vm, a, _| {
        let d = dq(vm, a[0])?;
        let state = d.state.get();
        let mut n = 0;
        for i in 0..d.len() {
            let Some(x) = d.get(i) else { break };
            let eq = vm.eq(x, a[1])?;
            if d.state.get() != state {
                return Err(mutated(vm));
            }
            n += eq as i64;
        }
        Ok(vm.new_int(n))
    });
    vm.add_method(t, "index", index);
    vm.add_method(t, "insert", |vm, a, k| {
        if !k.is_empty() {
            return Err(vm.type_error("insert() takes no keyword arguments"));
        }
        if a.len() != 3 {
            return Err(vm.type_error(&format!("insert() takes exactly 2 arguments ({} given)", a.len() - 1)));
        }
        let d = dq(vm, a[0])?;
        let i = ssize_arg(vm, a[1])?;
        let n = d.len() as i64;
        if d.maxlen.get() == Some(d.len()) {
            return Err(vm.index_error("deque already at its maximum size"));
        }
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        d.items.with_mut(|v| v.insert(at, a[2]));
        d.touch();
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "remove", Arity::One, |vm, a, _| {
        let d = dq(vm, a[0])?;
        let n = d.len();
        for i in 0..n {
            let Some(x) = d.get(i) else { break };
            let eq = vm.eq(x, a[1])?;
            if d.len() != n {
                return Err(vm.index_error("deque mutated during remove()."));
            }
            if eq {
                d.items.with_mut(|v| v.remove(i));
                d.touch();
                return Ok(Value::NONE);
            }
        }
        let r = vm.repr_string(a[1])?;
        Err(vm.value_error(&format!("{r} is not in deque")))
    });
    vm.add_method(t, "rotate", |vm, a, k| {
        if !k.is_empty() {
            return Err(vm.type_error("deque.rotate() takes no keyword arguments"));
        }
        expect_count(vm, "deque.rotate", a.len() - 1, 0, 1)?;
        let n = match a.get(1) {
            Some(v) => ssize_arg(vm, *v)?,
            None => 1,
        };
        let d = dq(vm, a[0])?;
        let len = d.len();
        if len > 1 {
            let k = n.rem_euclid(len as i64) as usize;
            d.items.with_mut(|v| v.rotate_right(k));
            d.touch();
        }
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "reverse", Arity::NoArgs, |vm, a, _| {
        dq(vm, a[0])?.items.with_mut(|v| v.make_contiguous().reverse());
        Ok(Value::NONE)
    });
    crate::builtins::descr::install(vm, t, "maxlen", false, |vm, a, _| {
        Ok(match a[0].downcast::<DequeObj>().and_then(|d| d.maxlen.get()) {
            Some(m) => vm.new_int(m as i64),
            None => Value::NONE,
        })
    }, None);
    vm.add_method_a(t, "__len__", Arity::NoArgs, |vm, a, _| {
        let n = dq(vm, a[0])?.len();
        Ok(vm.new_int(n as i64))
    });
    vm.add_method_a(t, "__bool__", Arity::NoArgs, |vm, a, _| Ok(Value::from_bool(dq(vm, a[0])?.len() > 0)));
    vm.add_method_a(t, "__getitem__", Arity::One, |vm, a, _| {
        let d = dq(vm, a[0])?;
        let i = position(vm, d, a[1])?;
        Ok(d.get(i).unwrap_or(Value::NONE))
    });
    vm.add_method_a(t, "__setitem__", Arity::Pos(2, 2), |vm, a, _| {
        let d = dq(vm, a[0])?;
        let i = position(vm, d, a[1])?;
        d.items.with_mut(|v| {
            if let Some(x) = v.get_mut(i) {
                *x = a[2]
            }
        });
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "__delitem__", Arity::One, |vm, a, _| {
        let d = dq(vm, a[0])?;
        let i = position(vm, d, a[1])?;
        d.items.with_mut(|v| v.remove(i));
        d.touch();
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "__contains__", Arity::One, |vm, a, _| {
        let d = dq(vm, a[0])?;
        let state = d.state.get();
        for i in 0..d.len() {
            let Some(x) = d.get(i) else { break };
            let eq = vm.eq(x, a[1])?;
            if d.state.get() != state {
                return Err(mutated(vm));
            }
            if eq {
                return Ok(Value::TRUE);
            }
        }
        Ok(Value::FALSE)
    });
    vm.add_method_a(t, "__iter__", Arity::NoArgs, |vm, a, _| new_iter(vm, a[0], false));
    vm.add_method_a(t, "__reversed__", Arity::NoArgs, |vm, a, _| new_iter(vm, a[0], true));
    vm.add_method_a(t, "__repr__", Arity::NoArgs, repr);
    vm.add_method_a(t, "__add__", Arity::One, |vm, a, _| {
        if !vm.is_instance(a[1], vm.mt.deque) {
            let n = vm.type_name(a[1]);
            return Err(vm.type_error(&format!("can only concatenate deque (not \"{n}\") to deque")));
        }
        let c = copy(vm, &a[..1], &[])?;
        extend(vm, c, a[1], false)?;
        Ok(c)
    });
    vm.add_method_a(t, "__iadd__", Arity::One, |vm, a, _| {
        extend(vm, a[0], a[1], false)?;
        Ok(a[0])
    });
    vm.add_method_a(t, "__mul__", Arity::One, |vm, a, _| {
        let c = copy(vm, &a[..1], &[])?;
        repeat(vm, c, a[1])?;
        Ok(c)
    });
    vm.add_method_a(t, "__rmul__", Arity::One, |vm, a, _| {
        let c = copy(vm, &a[..1], &[])?;
        repeat(vm, c, a[1])?;
        Ok(c)
    });
    vm.add_method_a(t, "__imul__", Arity::One, |vm, a, _| {
        repeat(vm, a[0], a[1])?;
        Ok(a[0])
    });
    for op in CmpOp::ALL {
        let f: crate::object::function::NativeFn = match op {
            CmpOp::Lt => |vm, a, _| compare(vm, a[0], a[1], CmpOp::Lt),
            CmpOp::Le => |vm, a, _| compare(vm, a[0], a[1], CmpOp::Le),
            CmpOp::Eq => |vm, a, _| compare(vm, a[0], a[1], CmpOp::Eq),
            CmpOp::Ne => |vm, a, _| compare(vm, a[0], a[1], CmpOp::Ne),
            CmpOp::Gt => |vm, a, _| compare(vm, a[0], a[1], CmpOp::Gt),
            CmpOp::Ge => |vm, a, _| compare(vm, a[0], a[1], CmpOp::Ge),
        };
        vm.add_method_a(t, op.dunder(), Arity::One, f);
    }
    vm.set_type_attr(t, "__hash__", Value::NONE);
    vm.add_method_a(t, "__reduce__", Arity::NoArgs, |vm, a, _| {
        let d = dq(vm, a[0])?;
        let cls = vm.type_of(a[0]).value();
        let state = match crate::object::attrs::attrs_of(a[0]) {
            Some(at) if vm.type_of(a[0]) != vm.mt.deque => vm.materialize_dict(a[0], at).value(),
            _ => Value::NONE,
        };
        let it = new_iter(vm, a[0], false)?;
        let empty = vm.new_tuple(vec![]);
        let args = match d.maxlen.get() {
            Some(m) => {
                let m = vm.new_int(m as i64);
                vm.new_tuple(vec![empty, m])
            }
            None => empty,
        };
        Ok(vm.new_tuple(vec![cls, args, state, it]))
    });
    crate::modules::add_class_getitem(vm, t);
    for it in [vm.mt.deque_iter, vm.mt.deque_rev_iter] {
        vm.add_method_a(it, "__length_hint__", Arity::NoArgs, |vm, a, _| match crate::modules::itertools::snapshot(a[0]) {
            Some(Tool::DequeIter { left, .. }) => Ok(vm.new_int(left as i64)),
            _ => Ok(Value::from_small_int(0)),
        });
    }
}

pub(super) fn mutated(vm: &mut Vm) -> crate::vm::PyErr {
    vm.new_error(vm.t.runtime_error, "deque mutated during iteration")
}

/// `deque(iterable=(), maxlen=None)` (also re-initialises: clears first).
fn init(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static SIG: Sig = Sig { name: "deque", params: &["iterable", "maxlen"], posonly: 0, required: 0, kwonly: &[] };
    let (pos, kw) = split_args(a, k);
    let [iterable, maxlen] = SIG.parse(vm, &pos[1..], k, kw)?;
    let maxlen = match maxlen.filter(|m| !m.is_none()) {
        None => None,
        Some(m) => {
            if !vm.is_int_like(m) && vm.type_of(m).lookup(vm.n.__index__).is_none() {
                return Err(vm.type_error("an integer is required"));
            }
            let n = ssize_arg(vm, m)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let d = dq(vm, a[0])?;
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        clear(d);
    }
    if let Some(it) = iterable {
        extend(vm, a[0], it, false)?;
    }
    Ok(Value::NONE)
}

/// Append at one end, trimming the other end to `maxlen`.
fn push(d: Gc<DequeObj>, x: Value, left: bool) {
    let max = d.maxlen.get();
    if max == Some(0) {
        return;
    }
    d.items.with_mut(|v| {
        if left {
            v.push_front(x);
            if max.is_some_and(|m| v.len() > m) {
                v.pop_back();
            }
        } else {
            v.push_back(x);
            if max.is_some_and(|m| v.len() > m) {
                v.pop_front();
            }
        }
    });
    d.touch();
}

fn pop(vm: &mut Vm, d: Gc<DequeObj>, left: bool) -> PyResult {
    match d.items.with_mut(|v| if left { v.pop_front() } else { v.pop_back() }) {
        Some(x) => {
            d.touch();
            Ok(x)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn clear(d: Gc<DequeObj>) {
    d.items.with_mut(|v| v.clear());
    d.touch();
}

fn extend(vm: &mut Vm, dv: Value, iterable: Value, left: bool) -> PyResult<()> {
    let d = dq(vm, dv)?;
    if iterable == dv {
        // Extending with itself: a snapshot (kept alive in extra_roots).
        let items: Vec<Value> = d.items.with(|v| v.iter().copied().collect());
        vm.extra_roots.extend_from_slice(&items);
        for x in items {
            push(d, x, left);
        }
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    while let Some(x) = vm.iter_next(it)? {
        if d.maxlen.get() != Some(0) {
            push(d, x, left);
        }
    }
    Ok(())
}

fn copy(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let d = dq(vm, a[0])?;
    let cls = vm.type_of(a[0]);
    if cls == vm.mt.deque {
        let items = d.items.with(|v| v.clone());
        return Ok(new_deque(vm, cls, items, d.maxlen.get()));
    }
    match d.maxlen.get() {
        Some(m) => {
            let m = vm.new_int(m as i64);
            vm.call(cls.value(), &[a[0], m], &[])
        }
        None => vm.call(cls.value(), &[a[0]], &[]),
    }
}

/// `d *= n`.
fn repeat(vm: &mut Vm, dv: Value, n: Value) -> PyResult<()> {
    let d = dq(vm, dv)?;
    if !vm.is_int_like(n) && vm.type_of(n).lookup(vm.n.__index__).is_none() {
        let t = vm.type_name(n);
        return Err(vm.type_error(&format!("can't multiply sequence by non-int of type '{t}'")));
    }
    let n = ssize_arg(vm, n)?;
    if n <= 0 {
        clear(d);
        return Ok(());
    }
    let items: Vec<Value> = d.items.with(|v| v.iter().copied().collect());
    if n == 1 || items.is_empty() {
        return Ok(());
    }
    let size = items.len();
    let Some(total) = size.checked_mul(n as usize).filter(|t| d.maxlen.get().is_some() || *t < isize::MAX as usize / 16) else {
        return Err(vm.new_error(vm.t.memory_error, ""));
    };
    // Appending `n - 1` copies: only the last `maxlen` items survive.
    let start = match d.maxlen.get() {
        Some(m) => size.max(total.saturating_sub(m)),
        None => size,
    };
    for k in start..total {
        push(d, items[k % size], false);
    }
    Ok(())
}
