//! `object.__sizeof__` and `sys.getsizeof`. Taipan's objects are laid out
//! differently from CPython's, so the figures are CPython 3.11's formulas
//! for the same contents (what programs that print or compare sizes
//! expect), not Taipan's own memory use; see docs/compat.md.

use crate::object::dict::DictObj;
use crate::object::seq::{BytesObj, ListObj, TupleObj};
use crate::object::str::StrObj;
use crate::object::Layout;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// CPython's `tp_basicsize`-based size of `v` (without the GC header).
fn cpython_size(vm: &Vm, v: Value) -> i64 {
    if v.is_small_int() || v.is_bool() {
        let bits = v.as_small_int().map(|i| 64 - i.unsigned_abs().leading_zeros() as i64).unwrap_or(1);
        return 24 + 4 * ((bits + 29) / 30).max(1);
    }
    if v.as_f64().is_some() {
        return 24;
    }
    if v.is_none() || !v.is_ptr() {
        return 16;
    }
    let t = vm.type_of(v);
    match t.layout {
        Layout::Int => vm.as_bigint(v).map(|b| 24 + 4 * ((b.bits() as i64 + 29) / 30).max(1)).unwrap_or(28),
        Layout::Float => 24,
        Layout::Str => {
            let s = v.downcast::<StrObj>().expect("str layout");
            let n = s.char_len as i64;
            let widest = crate::text::wtf8::code_points(s.as_wtf8()).max().unwrap_or(0);
            match widest {
                0..=0x7f => 49 + n,
                0x80..=0xff => 73 + n,
                0x100..=0xffff => 74 + 2 * n,
                _ => 76 + 4 * n,
            }
        }
        Layout::Bytes => {
            let b = v.downcast::<BytesObj>().expect("bytes layout");
            let n = b.data.with(|d| d.len()) as i64;
            if t.is_subtype(vm.t.bytearray) {
                if n == 0 { 56 } else { 57 + n }
            } else {
                33 + n
            }
        }
        Layout::List => 40 + 8 * v.downcast::<ListObj>().map(|l| l.items.with(|i| i.capacity())).unwrap_or(0) as i64,
        Layout::Tuple => 24 + 8 * v.downcast::<TupleObj>().map(|t| t.len()).unwrap_or(0) as i64,
        Layout::Dict => {
            let n = v.downcast::<DictObj>().map(|d| d.len()).unwrap_or(0);
            if n == 0 {
                return 48;
            }
            // A combined table of 2^k slots holding up to 2/3 of them.
            let mut slots = 8usize;
            while slots * 2 / 3 < n {
                slots *= 2;
            }
            let index_bytes = if slots <= 128 { 1 } else if slots <= 1 << 15 { 2 } else { 4 };
            48 + 32 + (slots * index_bytes + (slots * 2 / 3) * 24) as i64
        }
        Layout::Set => {
            let n = v.downcast::<DictObj>().map(|d| d.len()).unwrap_or(0);
            let mut slots = 8usize;
            while slots * 3 / 5 < n {
                slots *= 4;
            }
            if slots == 8 { 200 } else { 200 + 16 * slots as i64 }
        }
        Layout::Range | Layout::Iterator => 48,
        Layout::Function => 136,
        Layout::Type => 904,
        _ => 16 + 8 * (t.has_flag(crate::object::typeobj::tflags::HEAPTYPE) as i64),
    }
}

/// Is `v` an object CPython tracks in its cycle collector (whose size
/// `sys.getsizeof` counts a 16-byte GC header into)?
fn gc_tracked(vm: &Vm, v: Value) -> bool {
    if !v.is_ptr() || v.is_none() || v.is_bool() {
        return false;
    }
    let t = vm.type_of(v);
    if t == vm.t.object {
        return false;
    }
    !matches!(t.layout, Layout::Int | Layout::Float | Layout::Str | Layout::Bytes | Layout::Range | Layout::Slice | Layout::Complex)
        || t.has_flag(crate::object::typeobj::tflags::HEAPTYPE)
}

/// CPython 3.11 keeps the `__dict__` and weak-reference pointers of
/// instances of Python classes in front of the object (16 bytes that
/// `sys.getsizeof` counts but `__sizeof__` does not).
fn pre_header(vm: &Vm, v: Value) -> i64 {
    if !v.is_ptr() || v.downcast::<crate::object::typeobj::TypeObj>().is_some() {
        return 0;
    }
    let t = vm.type_of(v);
    let has_dict = crate::object::attrs::attrs_of(v).is_some();
    if t.has_flag(crate::object::typeobj::tflags::HEAPTYPE) && has_dict { 16 } else { 0 }
}

/// `object.__sizeof__()`.
pub fn object_sizeof(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    Ok(Value::from_small_int(cpython_size(vm, a[0])))
}

/// `sys.getsizeof(object[, default])`.
pub fn getsizeof(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    super::no_kwargs(vm, "getsizeof", k)?;
    let (obj, default) = match a {
        [o] => (*o, None),
        [o, d] => (*o, Some(*d)),
        [] => return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)")),
        _ => return Err(vm.type_error(&format!("getsizeof() takes at most 2 arguments ({} given)", a.len()))),
    };
    let t = vm.type_of(obj);
    let name = vm.intern("__sizeof__");
    let Some(f) = vm.lookup_special(t, name) else {
        let n = t.name();
        return Err(vm.type_error(&format!("Type {n} doesn't define __sizeof__")));
    };
    let r = match vm.call(f, &[obj], &[]) {
        Ok(r) => r,
        Err(e) if default.is_some() && vm.is_instance(e.0, vm.t.type_error) => return Ok(default.unwrap_or(Value::NONE)),
        Err(e) => return Err(e),
    };
    let size = match vm.as_i64(r).filter(|_| r.as_f64().is_none()) {
        Some(n) => n,
        None if vm.as_bigint(r).is_some() && r.as_f64().is_none() => {
            return Err(vm.new_error(vm.t.overflow_error, "Python int too large to convert to C ssize_t"))
        }
        None => match default {
            Some(d) => return Ok(d),
            None => return Err(vm.type_error("an integer is required")),
        },
    };
    if size < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    let extra = if gc_tracked(vm, obj) { 16 } else { 0 } + pre_header(vm, obj);
    Ok(Value::from_small_int(size + extra))
}
