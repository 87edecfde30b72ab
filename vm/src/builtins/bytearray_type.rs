//! The mutating side of `bytearray`: its methods (append, extend, pop,
//! insert, remove, clear, copy, reverse) and item/slice assignment and
//! deletion, which `Vm::setitem` / `Vm::delitem` call for bytearrays.

use super::bytes_args::*;
use super::bytes_type::{exact, ranged};
use crate::object::misc::SliceObj;
use crate::object::seq::BytesObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const RANGE: &str = "byte must be in range(0, 256)";

/// `self` of a bytearray method (`bytearray.append(5, 1)` must not get through).
fn this(vm: &mut Vm, v: Value, name: &str) -> PyResult<Gc<BytesObj>> {
    match v.downcast::<BytesObj>() {
        Some(b) if is_bytearray(vm, v) => Ok(b),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor '{name}' for 'bytearray' objects doesn't apply to a '{t}' object")))
        }
    }
}

fn append(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    exact(vm, a, k, "append", 1)?;
    let b = byte_value(vm, a[1], RANGE)?;
    this(vm, a[0], "append")?.data.with_mut(|d| d.push(b));
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    exact(vm, a, k, "extend", 1)?;
    let add = match bytes_like(a[1]) {
        Some(d) => d,
        None => {
            let it = match vm.get_iter(a[1]) {
                Ok(it) => it,
                Err(e) if vm.is_instance(e.0, vm.t.type_error) => {
                    let t = vm.type_name(a[1]);
                    return Err(vm.type_error(&format!("can't extend bytearray with {t}")));
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(x) = vm.iter_next(it)? {
                out.push(byte_value(vm, x, RANGE)?);
            }
            out
        }
    };
    this(vm, a[0], "extend")?.data.with_mut(|d| d.extend_from_slice(&add));
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    ranged(vm, a, k, "pop", 0, 1)?;
    let i = match a.get(1) {
        Some(x) => ssize_arg(vm, *x)?,
        None => -1,
    };
    let b = this(vm, a[0], "pop")?;
    let n = b.data.with(|d| d.len()) as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.index_error("pop index out of range"));
    }
    let x = b.data.with_mut(|d| d.remove(j as usize));
    Ok(Value::from_small_int(x as i64))
}

fn insert(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    ranged(vm, a, k, "insert", 2, 2)?;
    let i = ssize_arg(vm, a[1])?;
    let x = byte_value(vm, a[2], RANGE)?;
    let b = this(vm, a[0], "insert")?;
    let n = b.data.with(|d| d.len()) as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.data.with_mut(|d| d.insert(j as usize, x));
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    exact(vm, a, k, "remove", 1)?;
    let x = byte_value(vm, a[1], RANGE)?;
    let b = this(vm, a[0], "remove")?;
    match b.data.with(|d| d.iter().position(|c| *c == x)) {
        Some(i) => {
            b.data.with_mut(|d| d.remove(i));
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

/// The new contents for `ba[slice] = v`.
fn assigned_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_like(v) {
        return Ok(d);
    }
    if Vm::str_of(v).is_some() || vm.as_num(v).is_some() {
        return Err(vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    super::bytes_new::from_source(vm, "bytearray", [Some(v), None, None])
}

/// `ba[key] = v` for a bytearray.
pub fn setitem(vm: &mut Vm, obj: Value, key: Value, v: Value) -> PyResult<()> {
    let b = this(vm, obj, "__setitem__")?;
    let n = b.data.with(|d| d.len());
    let Some(sl) = key.downcast::<SliceObj>() else {
        let i = vm.seq_index(key, n, "bytearray")?;
        let x = byte_value(vm, v, RANGE)?;
        // The value's `__index__` may have shrunk the bytearray.
        if !b.data.with_mut(|d| d.get_mut(i).map(|slot| *slot = x).is_some()) {
            return Err(vm.index_error("bytearray index out of range"));
        }
        return Ok(());
    };
    let new = assigned_bytes(vm, v)?;
    let (start, stop, step, len) = vm.slice_indices(sl, n)?;
    // The slice was resolved against the current length; re-check it since
    // converting `v` may have run Python code that resized the bytearray.
    let n = b.data.with(|d| d.len());
    if step == 1 {
        let lo = (start.max(0) as usize).min(n);
        let hi = (stop.max(start).max(0) as usize).min(n);
        b.data.with_mut(|d| {
            d.splice(lo..hi, new);
        });
        return Ok(());
    }
    if new.len() != len {
        return Err(vm.value_error(&format!("attempt to assign bytes of size {} to extended slice of size {len}", new.len())));
    }
    b.data.with_mut(|d| {
        for (k, x) in new.into_iter().enumerate() {
            if let Some(slot) = d.get_mut((start + k as i64 * step) as usize) {
                *slot = x;
            }
        }
    });
    Ok(())
}

/// `del ba[key]` for a bytearray.
pub fn delitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<()> {
    let b = this(vm, obj, "__delitem__")?;
    let n = b.data.with(|d| d.len());
    let Some(sl) = key.downcast::<SliceObj>() else {
        let i = vm.seq_index(key, n, "bytearray")?;
        b.data.with_mut(|d| d.remove(i));
        return Ok(());
    };
    let (start, _, step, len) = vm.slice_indices(sl, n)?;
    let mut drop = vec![false; n];
    for k in 0..len {
        if let Some(f) = drop.get_mut((start + k as i64 * step) as usize) {
            *f = true;
        }
    }
    b.data.with_mut(|d| {
        let mut i = 0;
        d.retain(|_| {
            i += 1;
            !drop.get(i - 1).copied().unwrap_or(false)
        });
    });
    Ok(())
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.bytearray;
    vm.add_method(t, "append", append);
    vm.add_method(t, "extend", extend);
    vm.add_method(t, "pop", pop);
    vm.add_method(t, "insert", insert);
    vm.add_method(t, "remove", remove);
    vm.add_method(t, "clear", |vm, a, k| {
        exact(vm, a, k, "clear", 0)?;
        this(vm, a[0], "clear")?.data.with_mut(|d| d.clear());
        Ok(Value::NONE)
    });
    vm.add_method(t, "reverse", |vm, a, k| {
        exact(vm, a, k, "reverse", 0)?;
        this(vm, a[0], "reverse")?.data.with_mut(|d| d.reverse());
        Ok(Value::NONE)
    });
    vm.add_method(t, "copy", |vm, a, k| {
        exact(vm, a, k, "copy", 0)?;
        let d = this(vm, a[0], "copy")?.data.with(|d| d.clone());
        Ok(vm.new_bytes_of(d, true))
    });
}
