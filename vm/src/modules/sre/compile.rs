//! `_sre._compile`, behind the application-level `_sre.compile`: checks
//! the arguments as CPython's `_sre.compile` does, converts and validates
//! the code list ("invalid SRE code") and builds the `re.Pattern`.

use super::attrs::set;
use super::validate::validate;
use crate::object::dict::DictObj;
use crate::object::seq::{BytesObj, ListObj, TupleObj};
use crate::object::typeobj::TypeObj;
use crate::object::Layout;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `_sre._compile(Pattern, pattern, flags, code, groups, groupindex, indexgroup)`.
pub fn compile(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let [cls, pattern, flags, code, groups, groupindex, indexgroup] = a[..] else {
        return Err(vm.type_error("_compile expected 7 arguments"));
    };
    let Some(cls) = cls.downcast::<TypeObj>() else { return Err(vm.type_error("_compile: not a class")) };
    let flags_i = vm.as_index(flags)?;
    let Some(list) = code.downcast::<ListObj>() else {
        let n = vm.type_name(code);
        return Err(vm.type_error(&format!("compile() argument 'code' must be list, not {n}")));
    };
    let groups_i = vm.as_index(groups)?;
    if groupindex.downcast::<DictObj>().is_none() || groupindex.layout() != Some(Layout::Dict) {
        let n = vm.type_name(groupindex);
        return Err(vm.type_error(&format!("compile() argument 'groupindex' must be dict, not {n}")));
    }
    if indexgroup.downcast::<TupleObj>().is_none() {
        let n = vm.type_name(indexgroup);
        return Err(vm.type_error(&format!("compile() argument 'indexgroup' must be tuple, not {n}")));
    }
    let mut words = Vec::with_capacity(list.items.len());
    for v in list.items.snapshot() {
        let w = match vm.as_bigint(v).filter(|_| v.as_f64().is_none()) {
            Some(b) => b,
            None => {
                let n = vm.type_name(v);
                return Err(vm.type_error(&format!("an integer is required (got type {n})")));
            }
        };
        use num_traits::{Signed, ToPrimitive};
        if w.is_negative() {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        match w.to_u32() {
            Some(x) => words.push(x),
            None => return Err(vm.overflow_error("regular expression code size limit exceeded")),
        }
    }
    let isbytes = if pattern.is_none() {
        -1
    } else if Vm::wtf8_of(pattern).is_some() {
        0
    } else if pattern.downcast::<BytesObj>().is_some() || crate::builtins::bytes_args::buffer_bytes(vm, pattern)?.is_some() {
        1
    } else {
        let n = vm.type_name(pattern);
        return Err(vm.type_error(&format!("expected string or bytes-like object, got '{n}'")));
    };
    if groups_i < 0 || !validate(&words, groups_i as usize) {
        return Err(vm.new_error(vm.t.runtime_error, "invalid SRE code"));
    }
    let mut raw = Vec::with_capacity(words.len() * 4);
    for w in &words {
        raw.extend_from_slice(&w.to_ne_bytes());
    }
    let code_b = vm.new_bytes_of(raw, false);
    let p = vm.new_instance(cls);
    let groups_v = vm.new_int(groups_i);
    let flags_v = vm.new_int(flags_i);
    let isbytes_v = Value::from_small_int(isbytes);
    let packed = vm.new_tuple(vec![code_b, groups_v, isbytes_v, groupindex]);
    for (name, v) in [
        ("_p", packed),
        ("_pattern", pattern),
        ("_flags", flags_v),
        ("_groups", groups_v),
        ("_groupindex", groupindex),
        ("_indexgroup", indexgroup),
        ("_isbytes", isbytes_v),
        ("_code", code_b),
    ] {
        set(vm, p, name, v)?;
    }
    Ok(p)
}
