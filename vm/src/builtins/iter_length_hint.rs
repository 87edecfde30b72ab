//! `__length_hint__` of the builtin sequence, range, dict and set
//! iterators: how many items are left (CPython's `operator.length_hint`
//! and `list(it)` presizing read it; tests check it directly).

use super::args::Arity;
use crate::object::dict::DictObj;
use crate::object::misc::{IterObj, IterState};
use crate::object::Layout;
use crate::value::Value;
use crate::vm::Vm;

/// Items left in a sequence of length `len` read from index `idx` on.
fn remaining(len: usize, idx: usize) -> usize {
    len.saturating_sub(idx)
}

fn length_hint(vm: &mut Vm, it: Value) -> usize {
    let Some(i) = it.downcast::<IterObj>() else { return 0 };
    let state = i.state.with(|s| match s {
        IterState::Range { cur, stop, step } => Err((*cur, *stop, *step)),
        IterState::Seq { seq, idx } => Ok((0u8, *seq, *idx as isize)),
        IterState::Reversed { seq, next } => Ok((1, *seq, *next)),
        IterState::Dict { dict, pos, len_at_start, .. } => {
            // A resized dict stops its iterators: nothing is left (CPython).
            let d = dict.downcast::<DictObj>();
            if d.is_some_and(|d| d.len() != *len_at_start) {
                return Ok((3, Value::NONE, 0));
            }
            Ok((2, *dict, *pos as isize))
        }
        _ => Ok((3, Value::NONE, 0)),
    });
    match state {
        Err((cur, stop, step)) => {
            let (cur, stop, step) = (cur as i128, stop as i128, step as i128);
            let n = if step > 0 && cur < stop {
                (stop - cur + step - 1) / step
            } else if step < 0 && cur > stop {
                (cur - stop - step - 1) / -step
            } else {
                0
            };
            n as usize
        }
        Ok((0, seq, idx)) => {
            if seq.layout() == Some(Layout::Str) {
                // A str iterator's index is a byte offset.
                let s = Vm::str_of(seq).unwrap_or("");
                return s.get(idx as usize..).map_or(0, |t| t.chars().count());
            }
            vm.native_len(seq).map_or(0, |n| remaining(n, idx as usize))
        }
        Ok((1, seq, next)) => {
            let n = vm.native_len(seq).unwrap_or(0) as isize;
            if next >= 0 && next < n {
                next as usize + 1
            } else {
                0
            }
        }
        Ok((2, dict, pos)) => {
            let d = dict.downcast::<DictObj>().unwrap();
            d.table.with(|t| t.entries.iter().skip(pos as usize).filter(|e| !e.key.is_null()).count())
        }
        _ => 0,
    }
}

pub fn install(vm: &mut Vm) {
    for t in [vm.t.list_iterator, vm.t.tuple_iterator, vm.t.str_iterator, vm.t.range_iterator, vm.t.dict_keyiterator,
              vm.t.dict_valueiterator, vm.t.dict_itemiterator, vm.t.set_iterator, vm.t.reversed] {
        vm.add_method_a(t, "__length_hint__", Arity::NoArgs, |vm, a, _| {
            let n = length_hint(vm, a[0]);
            Ok(vm.new_int(n as i64))
        });
    }
}
