//! Methods of set/frozenset, tuple, int, float and dict.fromkeys.

use super::args::{Arity, MANY};
use crate::object::dict::DictObj;
use crate::object::seq::TupleObj;
use crate::object::ObjHeader;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

// Every method here is a native call: the snapshots of elements they keep
// in Rust vectors while `__hash__`/`__eq__` run (which may empty the sets
// they came from) are parked in `vm.extra_roots`, which the native call
// truncates on return.

fn sd(v: Value) -> crate::object::Gc<DictObj> {
    v.downcast::<DictObj>().unwrap()
}

/// The elements of the set `v`, kept alive until the native call returns.
fn rooted_keys(vm: &mut Vm, v: Value) -> Vec<Value> {
    let k = sd(v).keys();
    vm.extra_roots.extend_from_slice(&k);
    k
}

/// The elements of a set (or the keys of a dict, or the items of any
/// iterable), kept alive until the native call returns.
fn items_of(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if let Some(d) = v.downcast::<DictObj>() {
        let k = d.keys();
        vm.extra_roots.extend_from_slice(&k);
        return Ok(k);
    }
    vm.collect_iter(v)
}

/// A frozenset when `s` is one (subclasses included), else a set (CPython
/// builds results of the base type).
fn same_kind(vm: &mut Vm, s: Value, items: Vec<Value>) -> PyResult {
    let frozen = vm.is_instance(s, vm.t.frozenset);
    vm.new_set_from(items, frozen)
}

fn union(vm: &mut Vm, a: &[Value]) -> PyResult<Vec<Value>> {
    let mut v = rooted_keys(vm, a[0]);
    for o in &a[1..] {
        v.extend(items_of(vm, *o)?);
    }
    Ok(v)
}

/// Items of `a[0]` kept (`keep_members`) or dropped by membership in each of `a[1..]`.
fn filter_by_others(vm: &mut Vm, a: &[Value], keep_members: bool) -> PyResult<Vec<Value>> {
    let mut cur = rooted_keys(vm, a[0]);
    for o in &a[1..] {
        let other = items_of(vm, *o)?;
        let os = vm.new_set_from(other, false)?;
        cur = vm.set_filter(cur, os, keep_members)?;
    }
    Ok(cur)
}

fn intersection(vm: &mut Vm, a: &[Value]) -> PyResult<Vec<Value>> {
    filter_by_others(vm, a, true)
}

fn difference(vm: &mut Vm, a: &[Value]) -> PyResult<Vec<Value>> {
    filter_by_others(vm, a, false)
}

fn symdiff(vm: &mut Vm, a: &[Value]) -> PyResult<Vec<Value>> {
    super::check_count(vm, "symmetric_difference", a.len() - 1, 1, 1)?;
    let other = items_of(vm, a[1])?;
    let os = vm.new_set_from(other.clone(), false)?;
    let mine = rooted_keys(vm, a[0]);
    let mut out = vm.set_filter(mine, os, false)?;
    out.extend(vm.set_filter(other, a[0], false)?);
    Ok(out)
}

fn replace(vm: &mut Vm, s: Value, items: Vec<Value>) -> PyResult {
    let n = vm.new_set_from(items, false)?;
    vm.set_replace_contents(s, n);
    Ok(Value::NONE)
}

fn set_methods(vm: &mut Vm) {
    for frozen in [false, true] {
        let t = if frozen { vm.t.frozenset } else { vm.t.set };
        vm.add_method_a(t, "union", Arity::Pos(0, MANY), |vm, a, _| {
            let v = union(vm, a)?;
            same_kind(vm, a[0], v)
        });
        vm.add_method_a(t, "intersection", Arity::Pos(0, MANY), |vm, a, _| {
            let v = intersection(vm, a)?;
            same_kind(vm, a[0], v)
        });
        vm.add_method_a(t, "difference", Arity::Pos(0, MANY), |vm, a, _| {
            let v = difference(vm, a)?;
            same_kind(vm, a[0], v)
        });
        vm.add_method_a(t, "symmetric_difference", Arity::Pos(0, MANY), |vm, a, _| {
            let v = symdiff(vm, a)?;
            same_kind(vm, a[0], v)
        });
        vm.add_method_a(t, "issubset", Arity::One, |vm, a, _| {
            let other = items_of(vm, a[1])?;
            let os = vm.new_set_from(other, false)?;
            for x in rooted_keys(vm, a[0]) {
                if !vm.set_contains(os, x)? {
                    return Ok(Value::FALSE);
                }
            }
            Ok(Value::TRUE)
        });
        vm.add_method_a(t, "issuperset", Arity::One, |vm, a, _| {
            let other = items_of(vm, a[1])?;
            for x in other {
                if !vm.set_contains(a[0], x)? {
                    return Ok(Value::FALSE);
                }
            }
            Ok(Value::TRUE)
        });
        vm.add_method_a(t, "isdisjoint", Arity::One, |vm, a, _| {
            let other = items_of(vm, a[1])?;
            for x in other {
                if vm.set_contains(a[0], x)? {
                    return Ok(Value::FALSE);
                }
            }
            Ok(Value::TRUE)
        });
        vm.add_method_a(t, "copy", Arity::NoArgs, |vm, a, _| {
            if vm.type_of(a[0]) == vm.t.frozenset {
                return Ok(a[0]);
            }
            let k = rooted_keys(vm, a[0]);
            same_kind(vm, a[0], k)
        });
        vm.add_method(t, "__contains__", |vm, a, _| Ok(Value::from_bool(vm.set_contains(a[0], a[1])?)));
        // `(type(s), (list(s),), s.__getstate__())`, as CPython 3.11: copy,
        // deepcopy and pickle rebuild the elements from the list.
        vm.add_method_a(t, "__reduce__", Arity::NoArgs, |vm, a, _| {
            let keys = rooted_keys(vm, a[0]);
            let list = vm.new_list(keys);
            let args = vm.new_tuple(vec![list]);
            let name = vm.intern("__getstate__");
            let state = match vm.getattr_opt(a[0], name)? {
                Some(f) => vm.call(f, &[], &[])?,
                None => Value::NONE,
            };
            let cls = vm.type_of(a[0]).value();
            Ok(vm.new_tuple(vec![cls, args, state]))
        });
    }
    let t = vm.t.set;
    vm.add_method_a(t, "add", Arity::One, |vm, a, _| {
        vm.set_add(a[0], a[1])?;
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "remove", Arity::One, |vm, a, _| {
        let key = vm.set_key(a[1])?;
        match vm.dict_del(sd(a[0]), key)? {
            Some(_) => Ok(Value::NONE),
            None => Err(vm.key_error(a[1])),
        }
    });
    vm.add_method_a(t, "discard", Arity::One, |vm, a, _| {
        let key = vm.set_key(a[1])?;
        vm.dict_del(sd(a[0]), key)?;
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "pop", Arity::NoArgs, |vm, a, _| {
        let d = sd(a[0]);
        match d.keys().first().copied() {
            Some(x) => {
                vm.dict_del(d, x)?;
                Ok(x)
            }
            None => Err(vm.new_error(vm.t.key_error, "pop from an empty set")),
        }
    });
    vm.add_method_a(t, "clear", Arity::NoArgs, |_vm, a, _| {
        let d = sd(a[0]);
        d.touch();
        d.table.with_mut(|t| t.clear());
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "update", Arity::Pos(0, MANY), |vm, a, _| {
        for o in &a[1..] {
            for x in items_of(vm, *o)? {
                vm.set_add(a[0], x)?;
            }
        }
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "intersection_update", Arity::Pos(0, MANY), |vm, a, _| {
        let v = intersection(vm, a)?;
        replace(vm, a[0], v)
    });
    vm.add_method_a(t, "difference_update", Arity::Pos(0, MANY), |vm, a, _| {
        let v = difference(vm, a)?;
        replace(vm, a[0], v)
    });
    vm.add_method_a(t, "symmetric_difference_update", Arity::Pos(0, MANY), |vm, a, _| {
        let v = symdiff(vm, a)?;
        replace(vm, a[0], v)
    });
}

fn tuple_methods(vm: &mut Vm) {
    let t = vm.t.tuple;
    vm.add_method_a(t, "index", Arity::Pos(1, 3), |vm, a, _| {
        let items = a[0].downcast::<TupleObj>().unwrap().items.to_vec();
        let n = items.len() as i64;
        let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
        let st = match a.get(2) { Some(v) => norm(vm.slice_index_arg(*v)?), None => 0 };
        let en = match a.get(3) { Some(v) => norm(vm.slice_index_arg(*v)?), None => n };
        for i in st..en {
            let x = items[i as usize];
            if x == a[1] || vm.eq(x, a[1])? {
                return Ok(vm.new_int(i));
            }
        }
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    });
    vm.add_method_a(t, "count", Arity::One, |vm, a, _| {
        let items = a[0].downcast::<TupleObj>().unwrap().items.to_vec();
        let mut c = 0;
        for x in items {
            if x == a[1] || vm.eq(x, a[1])? {
                c += 1;
            }
        }
        Ok(vm.new_int(c))
    });
}

fn dict_fromkeys(vm: &mut Vm) {
    let f = vm.new_builtin("fromkeys", |vm, a, _| {
        super::check_count(vm, "fromkeys", a.len() - 1, 1, 2)?;
        let keys = vm.collect_iter(a[1])?;
        let v = a.get(2).copied().unwrap_or(Value::NONE);
        let cls = a[0].downcast::<crate::object::typeobj::TypeObj>();
        let d = match cls {
            Some(c) if c != vm.t.dict => vm.call(a[0], &[], &[])?,
            _ => vm.new_dict().value(),
        };
        for k in keys {
            if let Some(dd) = d.downcast::<DictObj>() {
                vm.dict_set(dd, k, v)?;
            } else {
                vm.setitem(d, k, v)?;
            }
        }
        Ok(d)
    });
    let cm = vm.alloc(crate::object::misc::ClassMethodObj { header: ObjHeader::new(vm.t.classmethod), func: Cell::new(f) }).value();
    let t = vm.t.dict;
    vm.set_type_attr(t, "fromkeys", cm);
}

pub fn install(vm: &mut Vm) {
    set_methods(vm);
    tuple_methods(vm);
    dict_fromkeys(vm);
}
