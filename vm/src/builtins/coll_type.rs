//! Methods of set/frozenset, tuple, int, float, dict.fromkeys and generators.

use super::args::{Arity, MANY};
use crate::interp::run::Exit;
use crate::object::dict::DictObj;
use crate::object::misc::GeneratorObj;
use crate::object::seq::TupleObj;
use crate::object::ObjHeader;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

fn sd(v: Value) -> crate::object::Gc<DictObj> {
    v.downcast::<DictObj>().unwrap()
}

fn items_of(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    if let Some(d) = v.downcast::<DictObj>() {
        return Ok(d.keys());
    }
    vm.collect_iter(v)
}

fn same_kind(vm: &mut Vm, s: Value, items: Vec<Value>) -> PyResult {
    let frozen = vm.type_of(s) == vm.t.frozenset;
    vm.new_set_from(items, frozen)
}

fn union(vm: &mut Vm, a: &[Value]) -> PyResult<Vec<Value>> {
    let mut v = sd(a[0]).keys();
    for o in &a[1..] {
        v.extend(items_of(vm, *o)?);
    }
    Ok(v)
}

/// Items of `a[0]` kept (`keep_members`) or dropped by membership in each of `a[1..]`.
fn filter_by_others(vm: &mut Vm, a: &[Value], keep_members: bool) -> PyResult<Vec<Value>> {
    let mut cur = sd(a[0]).keys();
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
    let mut out = vm.set_filter(sd(a[0]).keys(), os, false)?;
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
            for x in sd(a[0]).keys() {
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
            let k = sd(a[0]).keys();
            vm.new_set_from(k, false)
        });
        vm.add_method(t, "__contains__", |vm, a, _| Ok(Value::from_bool(vm.set_contains(a[0], a[1])?)));
    }
    let t = vm.t.set;
    vm.add_method_a(t, "add", Arity::One, |vm, a, _| {
        vm.set_add(a[0], a[1])?;
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "remove", Arity::One, |vm, a, _| {
        match vm.dict_del(sd(a[0]), a[1])? {
            Some(_) => Ok(Value::NONE),
            None => Err(vm.key_error(a[1])),
        }
    });
    vm.add_method_a(t, "discard", Arity::One, |vm, a, _| {
        vm.dict_del(sd(a[0]), a[1])?;
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

fn int_methods(vm: &mut Vm) {
    let t = vm.t.int;
    vm.add_method_a(t, "bit_length", Arity::NoArgs, |vm, a, _| {
        match vm.as_i64(a[0]) {
            Some(i) => Ok(vm.new_int(64 - i.unsigned_abs().leading_zeros() as i64)),
            None => {
                let s = vm.repr_string(a[0])?;
                let s = s.trim_start_matches('-');
                // approximate via decimal -> use big parse
                let n: num_bigint::BigInt = s.parse().unwrap_or_default();
                Ok(vm.new_int(n.bits() as i64))
            }
        }
    });
    vm.add_method_a(t, "bit_count", Arity::NoArgs, |vm, a, _| {
        match vm.as_i64(a[0]) {
            Some(i) => Ok(vm.new_int(i.unsigned_abs().count_ones() as i64)),
            None => {
                let s = vm.repr_string(a[0])?;
                let n: num_bigint::BigInt = s.trim_start_matches('-').parse().unwrap_or_default();
                let c: u64 = n.to_u64_digits().1.iter().map(|d| d.count_ones() as u64).sum();
                Ok(vm.new_int(c as i64))
            }
        }
    });
    vm.add_method_a(t, "conjugate", Arity::NoArgs, |vm, a, _| {
        let i = vm.as_i64(a[0]);
        match i { Some(i) => Ok(vm.new_int(i)), None => Ok(a[0]) }
    });
    vm.add_method(t, "__index__", |vm, a, _| {
        let i = vm.as_i64(a[0]);
        match i { Some(i) => Ok(vm.new_int(i)), None => Ok(a[0]) }
    });
    vm.add_method_a(t, "to_bytes", Arity::Kw, |vm, a, k| {
        static TO_BYTES: super::args::Sig =
            super::args::Sig { name: "to_bytes", params: &["length", "byteorder"], posonly: 0, required: 0, kwonly: &["signed"] };
        let (pos, kw) = super::split_args(a, k);
        let [len, order, signed] = TO_BYTES.parse(vm, &pos[1..], k, kw)?;
        let len = match len {
            Some(v) => vm.as_index(v)?,
            None => 1,
        };
        if len < 0 {
            return Err(vm.value_error("length argument must be non-negative"));
        }
        let order = order.and_then(Vm::str_of).unwrap_or("big");
        let signed = match signed { Some(v) => vm.truthy(v)?, None => false };
        let i = match vm.as_i64(a[0]) {
            Some(i) => i as i128,
            None => return Err(vm.overflow_error("int too big to convert")),
        };
        if i < 0 && !signed {
            return Err(vm.overflow_error("can't convert negative int to unsigned"));
        }
        let len = len as usize;
        let fits = if len >= 16 { true } else if signed { let lim = 1i128 << (8 * len as u32).saturating_sub(1); i >= -lim && i < lim } else { i < (1i128 << (8 * len as u32)) };
        if !fits {
            return Err(vm.overflow_error("int too big to convert"));
        }
        let bytes = i.to_le_bytes();
        let mut out: Vec<u8> = (0..len).map(|j| if j < 16 { bytes[j] } else if i < 0 { 0xff } else { 0 }).collect();
        if order == "big" {
            out.reverse();
        }
        Ok(vm.new_bytes_of(out, false))
    });
    let fb = vm.new_builtin("from_bytes", |vm, a, k| {
        let (pos, _) = super::split_args(a, k);
        // pos[0] is cls
        let data_v = pos.get(1).copied().or_else(|| super::kwarg(a, k, "bytes")).unwrap_or(Value::NONE);
        let data = match vm.collect_iter(data_v) {
            Ok(v) => v.into_iter().map(|x| vm.as_i64(x).unwrap_or(0) as u8).collect::<Vec<u8>>(),
            Err(e) => return Err(e),
        };
        let order = pos.get(2).copied().or_else(|| super::kwarg(a, k, "byteorder")).and_then(Vm::str_of).unwrap_or("big");
        let signed = match super::kwarg(a, k, "signed") { Some(v) => vm.truthy(v)?, None => false };
        let n = if order == "big" {
            if signed { num_bigint::BigInt::from_signed_bytes_be(&data) } else { num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &data) }
        } else if signed {
            num_bigint::BigInt::from_signed_bytes_le(&data)
        } else {
            num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
        };
        Ok(vm.new_bigint(n))
    });
    let cm = vm.alloc(crate::object::misc::ClassMethodObj { header: ObjHeader::new(vm.t.classmethod), func: Cell::new(fb) }).value();
    vm.set_type_attr(t, "from_bytes", cm);

    let t = vm.t.float;
    vm.add_method_a(t, "is_integer", Arity::NoArgs, |vm, a, _| {
        let f = super::methods::float_from(vm, a[0])?;
        Ok(Value::from_bool(f.is_finite() && f.fract() == 0.0))
    });
    vm.add_method_a(t, "as_integer_ratio", Arity::NoArgs, |vm, a, _| {
        let f = super::methods::float_from(vm, a[0])?;
        if f.is_nan() {
            return Err(vm.value_error("cannot convert NaN to integer ratio"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
        }
        let bits = f.to_bits();
        let neg = bits >> 63 != 0;
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mut mant = (bits & ((1u64 << 52) - 1)) as u64;
        let mut e = if exp == 0 { -1074 } else { mant |= 1u64 << 52; exp - 1075 };
        if mant == 0 {
            let z = vm.new_int(0);
            let o = vm.new_int(1);
            return Ok(vm.new_tuple(vec![z, o]));
        }
        while mant & 1 == 0 {
            mant >>= 1;
            e += 1;
        }
        let mut num = num_bigint::BigInt::from(mant);
        let mut den = num_bigint::BigInt::from(1);
        if e >= 0 { num <<= e as usize; } else { den <<= (-e) as usize; }
        if neg { num = -num; }
        let n = vm.new_bigint(num);
        let d = vm.new_bigint(den);
        Ok(vm.new_tuple(vec![n, d]))
    });
    vm.add_method_a(t, "conjugate", Arity::NoArgs, |_vm, a, _| Ok(a[0]));
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

fn gen_result(vm: &mut Vm, r: PyResult<Exit>) -> PyResult {
    match r? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(r) => {
            let args = if r == Value::NONE { vec![] } else { vec![r] };
            Err(vm.new_exception_err(vm.t.stop_iteration, args))
        }
    }
}

fn gen_methods(vm: &mut Vm) {
    let t = vm.t.generator;
    vm.add_method_a(t, "send", Arity::One, |vm, a, _| {
        let g = a[0].downcast::<GeneratorObj>().unwrap();
        let r = vm.gen_resume(g, a[1], None);
        gen_result(vm, r)
    });
    vm.add_method_a(t, "throw", Arity::Pos(1, 3), |vm, a, _| {
        let g = a[0].downcast::<GeneratorObj>().unwrap();
        let mut exc = a[1];
        if let Some(v) = a.get(2) {
            if *v != Value::NONE && exc.downcast::<crate::object::typeobj::TypeObj>().is_some() {
                exc = vm.call(exc, &[*v], &[])?;
            }
        }
        let err = vm.make_raisable(exc, Value::NULL)?;
        let r = vm.gen_resume(g, Value::NONE, Some(err));
        gen_result(vm, r)
    });
    vm.add_method_a(t, "close", Arity::NoArgs, |vm, a, _| {
        let g = a[0].downcast::<GeneratorObj>().unwrap();
        let err = vm.new_exception_err(vm.t.generator_exit, vec![]);
        match vm.gen_resume(g, Value::NONE, Some(err)) {
            Ok(Exit::Yield(_)) => Err(vm.new_error(vm.t.runtime_error, "generator ignored GeneratorExit")),
            Ok(Exit::Return(_)) => Ok(Value::NONE),
            Err(e) => {
                let ge = vm.t.generator_exit.value();
                let si = vm.t.stop_iteration.value();
                if vm.exception_matches(e.0, ge)? || vm.exception_matches(e.0, si)? {
                    Ok(Value::NONE)
                } else {
                    Err(e)
                }
            }
        }
    });
}

pub fn install(vm: &mut Vm) {
    set_methods(vm);
    tuple_methods(vm);
    int_methods(vm);
    dict_fromkeys(vm);
    gen_methods(vm);
}
