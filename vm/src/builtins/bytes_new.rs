//! `bytes(...)` and `bytearray(...)`: the constructors and the conversion
//! of their `source` argument (str + encoding, int count, bytes-like,
//! `__bytes__`, iterable of ints).

use super::bytes_args::*;
use crate::object::attrs::{Attrs, WithAttrs};
use crate::object::seq::BytesObj;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader, VCell};
use crate::text::bytes_methods::try_with_capacity;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The contents `bytes(source, encoding, errors)` / `bytearray(...)` would
/// have; `what` is "bytes" or "bytearray" (the messages differ).
pub(super) fn from_source(vm: &mut Vm, what: &str, args: [Option<Value>; 3]) -> PyResult<Vec<u8>> {
    let [source, enc, errors] = args;
    let enc = opt_str_arg(vm, what, "encoding", enc)?;
    let errors = opt_str_arg(vm, what, "errors", errors)?;
    if let Some(s) = source.and_then(crate::object::str::wtf8_of) {
        let Some(enc) = enc else {
            return Err(vm.type_error("string argument without an encoding"));
        };
        return super::unicode_codecs::encode_str(vm, source.unwrap_or(Value::NONE), s, enc, errors.unwrap_or("strict"));
    }
    if enc.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    let Some(src) = source else { return Ok(Vec::new()) };
    if what == "bytes" {
        let t = vm.type_of(src);
        let name = vm.intern("__bytes__");
        if let Some(f) = vm.lookup_special(t, name) {
            let r = vm.call(f, &[src], &[])?;
            return match r.downcast::<BytesObj>() {
                Some(b) if vm.is_instance(r, vm.t.bytes) => Ok(b.data.with(|d| d.clone())),
                _ => {
                    let n = vm.type_name(r);
                    Err(vm.type_error(&format!("__bytes__ returned non-bytes (type {n})")))
                }
            };
        }
    }
    if let Some(d) = bytes_like(src) {
        return Ok(d);
    }
    let t = vm.type_of(src);
    if src.as_f64().is_none() && (vm.as_bigint(src).is_some() || vm.lookup_special(t, vm.n.__index__).is_some()) {
        let n = match index_i64(vm, src)? {
            Ok(n) if n < 0 => return Err(vm.value_error("negative count")),
            Ok(n) => n as usize,
            Err(_) => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        let mut v = try_with_capacity(n).map_err(|e| super::format::text_err(vm, e))?;
        v.resize(n, 0);
        return Ok(v);
    }
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(e) if vm.is_instance(e.0, vm.t.type_error) => {
            let n = vm.type_name(src);
            return Err(vm.type_error(&format!("cannot convert '{n}' object to {what}")));
        }
        Err(e) => return Err(e),
    };
    let range_msg = if what == "bytes" { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" };
    let mut out = Vec::new();
    while let Some(x) = vm.iter_next(it)? {
        out.push(byte_value(vm, x, range_msg)?);
    }
    Ok(out)
}

/// A bytes/bytearray object of class `cls` (a subclass gets an attribute store).
fn alloc_of(vm: &mut Vm, cls: Gc<TypeObj>, data: Vec<u8>) -> Value {
    if cls == vm.t.bytes || cls == vm.t.bytearray {
        let m = cls == vm.t.bytearray;
        return vm.new_bytes_of(data, m);
    }
    let base = BytesObj { header: ObjHeader::new(cls), data: VCell::new(data) };
    let attrs = Attrs::new(vm.root_shape);
    vm.alloc(WithAttrs { base, attrs }).value()
}

fn cls_arg(vm: &mut Vm, a: &[Value]) -> PyResult<Gc<TypeObj>> {
    match a.first().and_then(|v| v.downcast::<TypeObj>()) {
        Some(t) => Ok(t),
        None => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.bytes;
    vm.add_method(t, "__new__", |vm, a, k| {
        let cls = cls_arg(vm, a)?;
        let args = parse_args(vm, "bytes", a, k, ["source", "encoding", "errors"], true)?;
        let data = from_source(vm, "bytes", args)?;
        Ok(alloc_of(vm, cls, data))
    });
    let t = vm.t.bytearray;
    // Like CPython, `bytearray.__new__` makes an empty object and `__init__` fills it.
    vm.add_method(t, "__new__", |vm, a, _| {
        let cls = cls_arg(vm, a)?;
        Ok(alloc_of(vm, cls, Vec::new()))
    });
    vm.add_method(t, "__init__", |vm, a, k| {
        let args = parse_args(vm, "bytearray", a, k, ["source", "encoding", "errors"], true)?;
        let data = from_source(vm, "bytearray", args)?;
        if let Some(b) = a[0].downcast::<BytesObj>() {
            b.data.with_mut(|d| *d = data);
        }
        Ok(Value::NONE)
    });
}
