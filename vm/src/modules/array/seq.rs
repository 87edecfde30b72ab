//! The sequence protocol of `array.array`: subscripts (ints, slices and
//! extended slices, with CPython's slice-assignment rules), `in`, rich
//! comparison, concatenation and repetition, `repr`, and the live
//! `arrayiterator`.

use super::{arr, as_arr, items, new_array, Arr};
use crate::builtins::args::Arity;
use crate::builtins::bytes_args::index_i64;
use crate::bytecode::CmpOp;
use crate::object::ext::NativeObj;
use crate::object::misc::SliceObj;
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// An int-like subscript as an i64 (None for other keys).
fn int_key(vm: &mut Vm, key: Value) -> PyResult<Option<i64>> {
    if key.as_f64().is_some() || (!vm.is_int_like(key) && vm.type_of(key).lookup(vm.n.__index__).is_none()) {
        return Ok(None);
    }
    match index_i64(vm, key)? {
        Ok(i) => Ok(Some(i)),
        Err(_) => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
    }
}

fn bad_index(vm: &mut Vm) -> PyErr {
    vm.type_error("array indices must be integers")
}

/// A position in `0..len`, or IndexError(msg).
fn position(vm: &mut Vm, i: i64, len: usize, msg: &str) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error(msg));
    }
    Ok(j as usize)
}

/// The item indices a slice selects.
fn slice_positions(vm: &mut Vm, s: Gc<SliceObj>, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    vm.slice_indices(s, len)
}

fn getitem(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    if let Some(i) = int_key(vm, a[1])? {
        let p = position(vm, i, x.len(), "array index out of range")?;
        return x.get(vm, p);
    }
    let Some(s) = a[1].downcast::<SliceObj>() else { return Err(bad_index(vm)) };
    let (start, _, step, n) = slice_positions(vm, s, x.len())?;
    let sz = x.itemsize();
    let data = x.buf.data.with(|d| {
        let mut out = Vec::with_capacity(n * sz);
        for j in 0..n as i64 {
            let p = (start + j * step) as usize * sz;
            out.extend_from_slice(d.get(p..p + sz).unwrap_or_default());
        }
        out
    });
    let cls = vm.mt.array;
    Ok(new_array(vm, cls, x.code, data))
}

/// `a[key] = v` (v NULL: `del a[key]`).
fn assign(vm: &mut Vm, target: Value, key: Value, v: Value) -> PyResult<()> {
    let x = arr(vm, target)?;
    let sz = x.itemsize();
    if let Some(i) = int_key(vm, key)? {
        let p = position(vm, i, x.len(), "array assignment index out of range")?;
        if v.is_null() {
            x.buf.data.with_mut(|d| drop(d.drain(p * sz..(p + 1) * sz)));
            return Ok(());
        }
        let raw = items::pack_one(vm, x.code, v)?;
        // Converting may have run Python code that shrank the array.
        let p = position(vm, p as i64, x.len(), "array assignment index out of range")?;
        x.buf.data.with_mut(|d| {
            if let Some(dst) = d.get_mut(p * sz..(p + 1) * sz) {
                dst.copy_from_slice(&raw);
            }
        });
        return Ok(());
    }
    let Some(s) = key.downcast::<SliceObj>() else { return Err(bad_index(vm)) };
    let new: Vec<u8> = if v.is_null() {
        Vec::new()
    } else {
        match as_arr(vm, v) {
            Some(o) if o.code == x.code => o.buf.data.with(|d| d.clone()),
            Some(_) => return Err(vm.type_error("bad argument type for built-in operation")),
            None => {
                let n = vm.type_name(v);
                return Err(vm.type_error(&format!("can only assign array (not \"{n}\") to array slice")));
            }
        }
    };
    let (start, stop, step, n) = slice_positions(vm, s, x.len())?;
    let needed = new.len() / sz;
    if step == 1 {
        let stop = stop.max(start) as usize;
        x.buf.data.with_mut(|d| {
            let hi = (stop * sz).min(d.len());
            let lo = (start as usize * sz).min(hi);
            drop(d.splice(lo..hi, new));
        });
        return Ok(());
    }
    // An extended slice: deleting (also by assigning an empty array, as
    // CPython does) or replacing item by item.
    let mut picked: Vec<usize> = (0..n as i64).map(|j| (start + j * step) as usize).collect();
    if needed == 0 {
        picked.sort_unstable();
        x.buf.data.with_mut(|d| {
            let mut out = Vec::with_capacity(d.len() - n * sz);
            let mut next = picked.iter().peekable();
            for (i, c) in d.chunks_exact(sz).enumerate() {
                if next.peek() == Some(&&i) {
                    next.next();
                } else {
                    out.extend_from_slice(c);
                }
            }
            *d = out;
        });
        return Ok(());
    }
    if needed != n {
        return Err(vm.value_error(&format!("attempt to assign array of size {needed} to extended slice of size {n}")));
    }
    x.buf.data.with_mut(|d| {
        for (p, c) in picked.iter().zip(new.chunks_exact(sz)) {
            if let Some(dst) = d.get_mut(p * sz..(p + 1) * sz) {
                dst.copy_from_slice(c);
            }
        }
    });
    Ok(())
}

/// Does the array hold an item equal to `v`? (index of the first, from `start`)
pub fn find(vm: &mut Vm, x: Arr, v: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(x.len()) {
        let item = x.get(vm, i)?;
        if vm.eq(item, v)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    let (Some(x), Some(y)) = (as_arr(vm, a), as_arr(vm, b)) else { return Ok(Value::NOT_IMPLEMENTED) };
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(Value::from_bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    while i < x.len() && i < y.len() {
        let (p, q) = (x.get(vm, i)?, y.get(vm, i)?);
        if !vm.eq(p, q)? {
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

/// A repeat count (`a * n`): TypeError for non-ints, as for sequences.
fn count_arg(vm: &mut Vm, n: Value) -> PyResult<usize> {
    match int_key(vm, n) {
        Ok(Some(i)) => Ok(i.max(0) as usize),
        Ok(None) => {
            let t = vm.type_name(n);
            Err(vm.type_error(&format!("can't multiply sequence by non-int of type '{t}'")))
        }
        Err(_) => Err(vm.new_error(vm.t.overflow_error, "cannot fit 'int' into an index-sized integer")),
    }
}

fn repeated(vm: &mut Vm, x: Arr, n: usize) -> PyResult<Vec<u8>> {
    let d = x.buf.data.with(|d| d.clone());
    if !d.is_empty() && n.checked_mul(d.len()).is_none_or(|t| t > isize::MAX as usize / 2) {
        return Err(vm.new_error(vm.t.memory_error, ""));
    }
    Ok(d.repeat(n))
}

/// The array `b` to append to `a` (same typecode), with CPython's messages.
fn same_kind(vm: &mut Vm, x: Arr, b: Value, what: &str) -> PyResult<Vec<u8>> {
    match as_arr(vm, b) {
        Some(o) if o.code == x.code => Ok(o.buf.data.with(|d| d.clone())),
        Some(_) if what == "append" => Err(vm.type_error("bad argument type for built-in operation")),
        Some(_) => Err(vm.type_error("can only extend with array of same kind")),
        None if what == "append" => {
            let n = vm.type_name(b);
            Err(vm.type_error(&format!("can only append array (not \"{n}\") to array")))
        }
        None => {
            let n = vm.type_name(b);
            Err(vm.type_error(&format!("can only extend array with array (not \"{n}\")")))
        }
    }
}

fn repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    let tn = vm.type_name(a[0]);
    let name = tn.rsplit('.').next().unwrap_or(&tn).to_string();
    let c = x.code as char;
    if x.len() == 0 {
        return Ok(vm.new_string(format!("{name}('{c}')")));
    }
    let body = if x.code == b'u' {
        let s = super::methods::unicode_of(vm, x)?;
        vm.repr_string(s)?
    } else {
        let items = x.values(vm)?;
        let l = vm.new_list(items);
        vm.repr_string(l)?
    };
    Ok(vm.new_string(format!("{name}('{c}', {body})")))
}

pub fn install(vm: &mut Vm, t: Gc<TypeObj>) {
    vm.add_method_a(t, "__len__", Arity::NoArgs, |vm, a, _| {
        let n = arr(vm, a[0])?.len();
        Ok(vm.new_int(n as i64))
    });
    vm.add_method_a(t, "__getitem__", Arity::One, getitem);
    vm.add_method_a(t, "__setitem__", Arity::Pos(2, 2), |vm, a, _| assign(vm, a[0], a[1], a[2]).map(|_| Value::NONE));
    vm.add_method_a(t, "__delitem__", Arity::One, |vm, a, _| assign(vm, a[0], a[1], Value::NULL).map(|_| Value::NONE));
    vm.add_method_a(t, "__contains__", Arity::One, |vm, a, _| {
        let x = arr(vm, a[0])?;
        Ok(Value::from_bool(find(vm, x, a[1], 0, usize::MAX)?.is_some()))
    });
    vm.add_method_a(t, "__iter__", Arity::NoArgs, |vm, a, _| {
        arr(vm, a[0])?;
        let cls = vm.mt.array_iter;
        Ok(super::new_native(vm, cls, &[a[0], Value::from_small_int(0)]))
    });
    vm.add_method_a(t, "__repr__", Arity::NoArgs, repr);
    vm.add_method_a(t, "__add__", Arity::One, |vm, a, _| {
        let x = arr(vm, a[0])?;
        let mut d = x.buf.data.with(|d| d.clone());
        d.extend(same_kind(vm, x, a[1], "append")?);
        let cls = vm.mt.array;
        Ok(new_array(vm, cls, x.code, d))
    });
    vm.add_method_a(t, "__iadd__", Arity::One, |vm, a, _| {
        let x = arr(vm, a[0])?;
        let more = same_kind(vm, x, a[1], "extend")?;
        x.buf.data.with_mut(|d| d.extend(more));
        Ok(a[0])
    });
    let mul: crate::object::function::NativeFn = |vm, a, _| {
        let x = arr(vm, a[0])?;
        let n = count_arg(vm, a[1])?;
        let d = repeated(vm, x, n)?;
        let cls = vm.mt.array;
        Ok(new_array(vm, cls, x.code, d))
    };
    vm.add_method_a(t, "__mul__", Arity::One, mul);
    vm.add_method_a(t, "__rmul__", Arity::One, mul);
    vm.add_method_a(t, "__imul__", Arity::One, |vm, a, _| {
        let x = arr(vm, a[0])?;
        let n = count_arg(vm, a[1])?;
        let d = repeated(vm, x, n)?;
        x.buf.data.with_mut(|b| *b = d);
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
    crate::modules::add_class_getitem(vm, t);
}

/// `arrayiterator`: slot 0 the array (None once exhausted), slot 1 the
/// next index. It reads the array live, as CPython's does.
pub fn install_iter(vm: &mut Vm, it: Gc<TypeObj>) {
    vm.add_method_a(it, "__iter__", Arity::NoArgs, |_vm, a, _| Ok(a[0]));
    vm.add_method_a(it, "__next__", Arity::NoArgs, |vm, a, _| {
        let Some(n) = a[0].downcast::<NativeObj>() else { return Err(vm.type_error("arrayiterator expected")) };
        let i = n.slot(1).as_small_int().unwrap_or(0).max(0) as usize;
        if let Some(x) = as_arr(vm, n.slot(0)) {
            if i < x.len() {
                n.slots[1].set(Value::from_small_int(i as i64 + 1));
                return x.get(vm, i);
            }
        }
        if let Some(s) = n.slots.first() {
            s.set(Value::NONE);
        }
        Err(vm.new_exception_err(vm.t.stop_iteration, vec![]))
    });
    vm.add_method_a(it, "__reduce__", Arity::NoArgs, |vm, a, _| {
        let Some(n) = a[0].downcast::<NativeObj>() else { return Ok(Value::NONE) };
        let k = vm.intern("iter");
        let iter_fn = vm.builtins.get_str_key(k).unwrap_or(Value::NONE);
        let (src, idx) = if as_arr(vm, n.slot(0)).is_some() { (n.slot(0), n.slot(1)) } else { (vm.new_tuple(vec![]), Value::from_small_int(0)) };
        let args = vm.new_tuple(vec![src]);
        if as_arr(vm, src).is_none() {
            return Ok(vm.new_tuple(vec![iter_fn, args]));
        }
        Ok(vm.new_tuple(vec![iter_fn, args, idx]))
    });
    vm.add_method_a(it, "__setstate__", Arity::One, |vm, a, _| {
        let Some(n) = a[0].downcast::<NativeObj>() else { return Ok(Value::NONE) };
        let i = match index_i64(vm, a[1])? {
            Ok(i) => i.max(0),
            Err(_) => return Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        };
        if let Some(x) = as_arr(vm, n.slot(0)) {
            let i = (i as usize).min(x.len());
            n.slots[1].set(Value::from_small_int(i as i64));
        }
        Ok(Value::NONE)
    });
}
