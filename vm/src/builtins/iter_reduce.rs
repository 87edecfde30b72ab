//! Pickling the builtin sequence and dict/set iterators as CPython does:
//! `__reduce__` gives `(iter, (seq,), index)` (or `(reversed, ...)`), an
//! exhausted iterator `(iter, (empty,))`, a dict or set iterator
//! `(iter, (list of the items left,))`; `__setstate__(index)` moves a
//! sequence iterator to `index` (clamped to the sequence). `map`, `filter`,
//! `zip` and `enumerate` reduce to their class and current arguments.

use super::args::Arity;
use crate::object::misc::{IterObj, IterState};
use crate::object::Layout;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Code points in the first `bytes` bytes of generalised UTF-8 text.
fn chars_before(text: &[u8], bytes: usize) -> usize {
    text[..bytes.min(text.len())].iter().filter(|b| (**b & 0xc0) != 0x80).count()
}

/// Byte offset of code point `n` in generalised UTF-8 text (its length if past the end).
fn byte_of_char(text: &[u8], n: usize) -> usize {
    let mut seen = 0;
    for (i, b) in text.iter().enumerate() {
        if (b & 0xc0) != 0x80 {
            if seen == n {
                return i;
            }
            seen += 1;
        }
    }
    text.len()
}

fn builtin(vm: &mut Vm, name: &str) -> Value {
    let k = vm.intern(name);
    vm.builtins.get_str_key(k).unwrap_or(Value::NONE)
}

/// The empty sequence an exhausted iterator of class `cls` reduces to.
fn empty_for(vm: &mut Vm, it: Value) -> Value {
    let t = vm.type_of(it);
    if t == vm.t.tuple_iterator {
        vm.new_tuple(vec![])
    } else if t == vm.t.str_iterator {
        vm.new_str("")
    } else {
        vm.new_list(vec![])
    }
}

fn reduce(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let it = a[0];
    let Some(i) = it.downcast::<IterObj>() else { return Err(vm.type_error("expected an iterator")) };
    enum S {
        Seq(Value, usize),
        Rev(Value, isize),
        Dict,
        Done,
        Other,
    }
    let s = i.state.with(|s| match s {
        IterState::Seq { seq, idx } => S::Seq(*seq, *idx),
        IterState::Reversed { seq, next } => S::Rev(*seq, *next),
        IterState::Dict { .. } => S::Dict,
        IterState::Exhausted => S::Done,
        _ => S::Other,
    });
    let iter_fn = builtin(vm, "iter");
    // Tuple and str iterators that reached the end are exhausted (their
    // length cannot change).
    let s = match s {
        S::Seq(seq, idx) if matches!(seq.layout(), Some(Layout::Tuple | Layout::Str)) && Vm::wtf8_of(seq).map_or(vm.native_len(seq).unwrap_or(0), |t| t.len()) <= idx => S::Done,
        s => s,
    };
    match s {
        S::Seq(seq, idx) => {
            let index = match Vm::wtf8_of(seq).filter(|_| seq.layout() == Some(Layout::Str)) {
                Some(text) => chars_before(text, idx),
                None => idx,
            };
            let args = vm.new_tuple(vec![seq]);
            let ix = vm.new_int(index as i64);
            Ok(vm.new_tuple(vec![iter_fn, args, ix]))
        }
        S::Rev(seq, next) if next >= 0 => {
            let rev = builtin(vm, "reversed");
            let args = vm.new_tuple(vec![seq]);
            let ix = vm.new_int(next as i64);
            Ok(vm.new_tuple(vec![rev, args, ix]))
        }
        S::Dict => {
            // The items left, read through a copy of the iterator's state.
            let copy = i.state.with(|s| match s {
                IterState::Dict { dict, pos, kind, len_at_start, left } => {
                    IterState::Dict { dict: *dict, pos: *pos, kind: *kind, len_at_start: *len_at_start, left: *left }
                }
                _ => IterState::Exhausted,
            });
            let cls = vm.type_of(it);
            let probe = vm.new_iter(cls, copy);
            let items = vm.collect_iter(probe)?;
            let l = vm.new_list(items);
            let args = vm.new_tuple(vec![l]);
            Ok(vm.new_tuple(vec![iter_fn, args]))
        }
        S::Done | S::Rev(..) => {
            let e = empty_for(vm, it);
            let args = vm.new_tuple(vec![e]);
            Ok(vm.new_tuple(vec![iter_fn, args]))
        }
        S::Other => Err(vm.type_error(&format!("cannot pickle '{}' object", vm.type_name(it)))),
    }
}

fn setstate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let Some(i) = a[0].downcast::<IterObj>() else { return Err(vm.type_error("expected an iterator")) };
    let n = vm.index_value(a[1], "int")?;
    let seq_len = |vm: &mut Vm, seq: Value| -> usize { vm.native_len(seq).unwrap_or(0) };
    let state = i.state.with(|s| match s {
        IterState::Seq { seq, .. } => Some((0, *seq)),
        IterState::Reversed { seq, .. } => Some((1, *seq)),
        _ => None,
    });
    match state {
        Some((0, seq)) => {
            let len = seq_len(vm, seq);
            let k = (n.max(0) as usize).min(len);
            let idx = match Vm::wtf8_of(seq).filter(|_| seq.layout() == Some(Layout::Str)) {
                Some(text) => byte_of_char(text, k),
                None => k,
            };
            i.state.with_mut(|s| *s = IterState::Seq { seq, idx });
        }
        Some((_, seq)) => {
            let len = seq_len(vm, seq) as i64;
            let next = n.clamp(-1, len - 1) as isize;
            i.state.with_mut(|s| *s = IterState::Reversed { seq, next });
        }
        None => {}
    }
    Ok(Value::NONE)
}

/// `map`/`filter`/`zip`/`enumerate` objects: `(cls, args[, strict])`.
fn reduce_adapter(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let it = a[0];
    let Some(i) = it.downcast::<IterObj>() else { return Err(vm.type_error("expected an iterator")) };
    let cls = vm.type_of(it).value();
    let parts: Option<(Vec<Value>, Option<bool>)> = i.state.with(|s| match s {
        IterState::Map { func, its } => Some((std::iter::once(*func).chain(its.iter().copied()).collect(), None)),
        IterState::Filter { func, it } => Some((vec![*func, *it], None)),
        IterState::Zip { its, strict } => Some((its.clone(), Some(*strict))),
        IterState::Enumerate { it, count } => Some((vec![*it, *count], None)),
        _ => None,
    });
    let Some((args, strict)) = parts else {
        // Exhausted: an empty object of the same class.
        let empty = vm.new_tuple(vec![]);
        let args = if vm.type_of(it) == vm.t.zip { empty } else {
            let e = vm.new_tuple(vec![]);
            let it_fn = builtin(vm, "iter");
            let fresh = vm.call(it_fn, &[e], &[])?;
            if vm.type_of(it) == vm.t.enumerate {
                vm.new_tuple(vec![fresh, Value::from_small_int(0)])
            } else {
                vm.new_tuple(vec![Value::NONE, fresh])
            }
        };
        return Ok(vm.new_tuple(vec![cls, args]));
    };
    let args = vm.new_tuple(args);
    Ok(match strict {
        Some(true) => vm.new_tuple(vec![cls, args, Value::TRUE]),
        _ => vm.new_tuple(vec![cls, args]),
    })
}

/// `zip.__setstate__(strict)`.
fn zip_setstate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let on = vm.truthy(a[1])?;
    if let Some(i) = a[0].downcast::<IterObj>() {
        i.state.with_mut(|s| {
            if let IterState::Zip { strict, .. } = s {
                *strict = on;
            }
        });
    }
    Ok(Value::NONE)
}

pub fn install(vm: &mut Vm) {
    for t in [vm.t.map, vm.t.filter, vm.t.zip, vm.t.enumerate] {
        vm.add_method_a(t, "__reduce__", Arity::NoArgs, reduce_adapter);
    }
    vm.add_method_a(vm.t.zip, "__setstate__", Arity::One, zip_setstate);
    for t in [vm.t.list_iterator, vm.t.tuple_iterator, vm.t.str_iterator, vm.t.reversed, vm.t.dict_keyiterator,
              vm.t.dict_valueiterator, vm.t.dict_itemiterator, vm.t.set_iterator] {
        vm.add_method_a(t, "__reduce__", Arity::NoArgs, reduce);
        vm.add_method_a(t, "__setstate__", Arity::One, setstate);
    }
}
