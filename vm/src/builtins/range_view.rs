//! Named methods of `range`, `slice`, the dict views and `mappingproxy`
//! (their operators are slot wrappers, see `slots.rs`).

use super::check_count;
use crate::object::dict::DictObj;
use crate::object::misc::{DictViewObj, RangeObj, SliceObj};
use crate::value::Value;
use crate::vm::Vm;

/// Position of `x` in the range, if it is an int member.
fn range_position(vm: &Vm, r: &RangeObj, x: Value) -> Option<num_bigint::BigInt> {
    if x.as_f64().is_some() {
        return None;
    }
    r.big_parts().position(&vm.as_bigint(x)?)
}

fn range_methods(vm: &mut Vm) {
    let t = vm.t.range;
    vm.add_method(t, "index", |vm, a, _| {
        check_count(vm, "index", a.len() - 1, 1, 1)?;
        let r = a[0].downcast::<RangeObj>().unwrap();
        if let Some(p) = range_position(vm, &r, a[1]) {
            return Ok(vm.new_bigint(p));
        }
        if !vm.is_int_like(a[1]) || a[1].as_f64().is_some() {
            // Non-ints are found by equality, like any sequence.
            let it = vm.get_iter(a[0])?;
            let mut n = 0;
            while let Some(x) = vm.iter_next(it)? {
                if vm.eq(x, a[1])? {
                    return Ok(vm.new_int(n));
                }
                n += 1;
            }
        }
        let s = vm.repr_string(a[1])?;
        Err(vm.value_error(&format!("{s} is not in range")))
    });
    vm.add_method(t, "count", |vm, a, _| {
        check_count(vm, "count", a.len() - 1, 1, 1)?;
        let r = a[0].downcast::<RangeObj>().unwrap();
        if vm.is_int_like(a[1]) && a[1].as_f64().is_none() {
            return Ok(Value::from_small_int(range_position(vm, &r, a[1]).is_some() as i64));
        }
        let it = vm.get_iter(a[0])?;
        let mut n = 0;
        while let Some(x) = vm.iter_next(it)? {
            n += vm.eq(x, a[1])? as i64;
        }
        Ok(vm.new_int(n))
    });
}

fn slice_methods(vm: &mut Vm) {
    let t = vm.t.slice;
    vm.add_method(t, "indices", |vm, a, _| {
        check_count(vm, "indices", a.len() - 1, 1, 1)?;
        let s = a[0].downcast::<SliceObj>().unwrap();
        let n = vm.index_value(a[1], "int")?;
        if n < 0 {
            return Err(vm.value_error("length should not be negative"));
        }
        let (start, stop, step, _) = vm.slice_indices(s, n as usize)?;
        let v = vec![vm.new_int(start), vm.new_int(stop), vm.new_int(step)];
        Ok(vm.new_tuple(v))
    });
}

fn view_dict(v: Value) -> crate::object::Gc<DictObj> {
    v.downcast::<DictViewObj>().unwrap().dict.downcast::<DictObj>().unwrap()
}

fn view_methods(vm: &mut Vm) {
    for t in [vm.t.dict_keys, vm.t.dict_items] {
        vm.add_method(t, "isdisjoint", |vm, a, _| {
            check_count(vm, "isdisjoint", a.len() - 1, 1, 1)?;
            let it = vm.get_iter(a[1])?;
            while let Some(x) = vm.iter_next(it)? {
                if vm.contains(a[0], x)? {
                    return Ok(Value::FALSE);
                }
            }
            Ok(Value::TRUE)
        });
    }
    let t = vm.t.mappingproxy;
    vm.add_method(t, "__new__", |vm, a, k| {
        static SIG: crate::builtins::args::Sig =
            crate::builtins::args::Sig { name: "mappingproxy", params: &["mapping"], posonly: 0, required: 1, kwonly: &[] };
        let (pos, kw) = crate::builtins::split_args(a, k);
        let [m] = SIG.parse(vm, pos.get(1..).unwrap_or(&[]), k, kw)?;
        let m = m.unwrap_or(Value::NONE);
        // Only dicts can be proxied here (a known limit: CPython takes any mapping).
        let dict = match m.downcast::<DictViewObj>().filter(|v| v.kind == 3) {
            Some(v) => v.dict,
            None if m.layout() == Some(crate::object::Layout::Dict) => m,
            None => {
                let n = vm.type_name(m);
                return Err(vm.type_error(&format!("mappingproxy() argument must be a mapping, not {n}")));
            }
        };
        let h = crate::object::ObjHeader::new(vm.t.mappingproxy);
        Ok(vm.alloc(DictViewObj { header: h, dict, kind: 3 }).value())
    });
    vm.add_method(t, "keys", |vm, a, _| Ok(vm.new_dict_view(a[0].downcast::<DictViewObj>().unwrap().dict, 0)));
    vm.add_method(t, "values", |vm, a, _| Ok(vm.new_dict_view(a[0].downcast::<DictViewObj>().unwrap().dict, 1)));
    vm.add_method(t, "items", |vm, a, _| Ok(vm.new_dict_view(a[0].downcast::<DictViewObj>().unwrap().dict, 2)));
    vm.add_method(t, "get", |vm, a, _| {
        check_count(vm, "get", a.len() - 1, 1, 2)?;
        let d = view_dict(a[0]);
        Ok(vm.dict_lookup(d, a[1])?.unwrap_or(a.get(2).copied().unwrap_or(Value::NONE)))
    });
    vm.add_method(t, "copy", |vm, a, _| {
        let d = view_dict(a[0]);
        let out = vm.new_dict();
        vm.dict_update_from(out, d.value(), false)?;
        Ok(out.value())
    });
}

pub fn install(vm: &mut Vm) {
    range_methods(vm);
    slice_methods(vm);
    view_methods(vm);
}
