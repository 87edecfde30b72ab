//! Argument conversion shared by the `bytes` and `bytearray` methods and
//! constructors: bytes-like operands, byte values, indices, and
//! CPython's keyword-argument checks.

use super::split_args;
use crate::object::ext::NativeObj;
use crate::object::seq::BytesObj;
use crate::object::typeobj::tflags;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_traits::Signed;

/// The bytes object holding the data of a value that exports a buffer:
/// bytes, bytearray, or an object of a `tflags::BUFFER` class (whose slot 0
/// is a private bytearray, see `modules/array`).
pub fn buffer_of(v: Value) -> Option<Gc<BytesObj>> {
    if let Some(b) = v.downcast::<BytesObj>() {
        return Some(b);
    }
    let n = v.downcast::<NativeObj>()?;
    if n.header.class().has_flag(tflags::BUFFER) {
        n.slot(0).downcast::<BytesObj>()
    } else {
        None
    }
}

/// Run `f` over the contents of a bytes-like value (empty otherwise).
pub fn with_data<R>(v: Value, f: impl FnOnce(&[u8]) -> R) -> R {
    match buffer_of(v) {
        Some(b) => b.data.with(|d| f(d)),
        None => f(&[]),
    }
}

/// A copy of a bytes-like value's contents, or `None`.
pub fn bytes_like(v: Value) -> Option<Vec<u8>> {
    buffer_of(v).map(|b| b.data.with(|d| d.clone()))
}

/// The contents of any buffer exporter (bytes, bytearray, array, memoryview), or None.
pub fn buffer_bytes(vm: &mut Vm, v: Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(d) = bytes_like(v) {
        return Ok(Some(d));
    }
    if is_memoryview(vm, v) {
        return need_bytes(vm, v).map(Some);
    }
    Ok(None)
}

/// A bytes-like argument: `TypeError: a bytes-like object is required, not 'T'`.
pub fn need_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match bytes_like(v) {
        Some(d) => Ok(d),
        None if is_memoryview(vm, v) => {
            // The application-level memoryview: its bytes via `tobytes()`.
            let k = vm.intern("tobytes");
            let b = vm.call_method(v, k, &[])?;
            Ok(bytes_like(b).unwrap_or_default())
        }
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(&format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

fn is_memoryview(vm: &mut Vm, v: Value) -> bool {
    let k = vm.intern("memoryview");
    let mv = vm.builtins.get_str_key(k).and_then(|c| c.downcast::<crate::object::typeobj::TypeObj>());
    mv.is_some_and(|c| vm.type_of(v).is_subtype(c))
}

/// Whether `v` is a bytearray (or a subclass): methods then return bytearrays.
pub fn is_bytearray(vm: &Vm, v: Value) -> bool {
    vm.is_instance(v, vm.t.bytearray)
}

/// A new bytes, or bytearray when `like` is one.
pub fn new_like(vm: &mut Vm, like: Value, data: Vec<u8>) -> Value {
    let m = is_bytearray(vm, like);
    vm.new_bytes_of(data, m)
}

/// `operator.index(v)`: `Ok(None)` when the int does not fit in an i64;
/// `TypeError: 'T' object cannot be interpreted as an integer` for non-ints.
pub fn index_i64(vm: &mut Vm, v: Value) -> PyResult<Result<i64, bool>> {
    if v.as_f64().is_none() {
        if let Some(b) = vm.as_bigint(v) {
            return Ok(i64::try_from(&b).map_err(|_| b.is_negative()));
        }
        let t = vm.type_of(v);
        if let Some(f) = vm.lookup_special(t, vm.n.__index__) {
            let r = vm.call(f, &[v], &[])?;
            if let (Some(b), None) = (vm.as_bigint(r), r.as_f64()) {
                return Ok(i64::try_from(&b).map_err(|_| b.is_negative()));
            }
            let n = vm.type_name(r);
            return Err(vm.type_error(&format!("__index__ returned non-int (type {n})")));
        }
    }
    let t = vm.type_name(v);
    Err(vm.type_error(&format!("'{t}' object cannot be interpreted as an integer")))
}

/// A Py_ssize_t argument (widths, counts).
pub fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match index_i64(vm, v)? {
        Ok(i) => Ok(i),
        Err(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A byte value 0..=255, else `ValueError(range_msg)`.
pub fn byte_value(vm: &mut Vm, v: Value, range_msg: &str) -> PyResult<u8> {
    match index_i64(vm, v)? {
        Ok(i) if (0..256).contains(&i) => Ok(i as u8),
        _ => Err(vm.value_error(range_msg)),
    }
}

/// The needle of find/count/index/`in`: an int in range(256) or bytes-like.
pub fn sub_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_like(v) {
        return Ok(d);
    }
    if v.as_f64().is_none() && (vm.as_bigint(v).is_some() || vm.type_of(v).lookup(vm.n.__index__).is_some()) {
        return Ok(vec![byte_value(vm, v, "byte must be in range(0, 256)")?]);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(&format!("argument should be integer or bytes-like object, not '{t}'")))
}

/// An optional start/end argument: None, or an index clamped to i64.
pub fn slice_index(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(x) if x.is_none() => Ok(None),
        Some(x) => match index_i64(vm, x) {
            Ok(Ok(i)) => Ok(Some(i)),
            Ok(Err(neg)) => Ok(Some(if neg { i64::MIN / 2 } else { i64::MAX / 2 })),
            Err(_) => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// Arguments after `self` (when `skip_self`) matched to `names` the way
/// CPython's argument clinic does for positional-or-keyword parameters.
pub fn parse_args<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    a: &[Value],
    k: &[Value],
    names: [&str; N],
    skip_self: bool,
) -> PyResult<[Option<Value>; N]> {
    let (pos, kw) = split_args(a, k);
    let pos = if skip_self { pos.get(1..).unwrap_or_default() } else { pos };
    if pos.len() + kw.len() > N {
        let s = if N == 1 { "" } else { "s" };
        return Err(vm.type_error(&format!("{fname}() takes at most {N} argument{s} ({} given)", pos.len() + kw.len())));
    }
    let mut out = [None; N];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(*v);
    }
    for (name, v) in k.iter().zip(kw) {
        let n = Vm::str_of(*name).unwrap_or("");
        match names.iter().position(|x| *x == n) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(&format!("argument for {fname}() given by name ('{n}') and position ({})", i + 1)));
            }
            Some(i) => out[i] = Some(*v),
            None => return Err(vm.type_error(&format!("'{n}' is an invalid keyword argument for {fname}()"))),
        }
    }
    Ok(out)
}

/// An optional str argument `name` of `fname`.
pub fn opt_str_arg(vm: &mut Vm, fname: &str, name: &str, v: Option<Value>) -> PyResult<Option<&'static str>> {
    match v {
        None => Ok(None),
        Some(x) => match Vm::str_of(x) {
            Some(s) => Ok(Some(s)),
            None => {
                let t = if x.is_none() { "None".to_string() } else { vm.type_name(x) };
                Err(vm.type_error(&format!("{fname}() argument '{name}' must be str, not {t}")))
            }
        },
    }
}
