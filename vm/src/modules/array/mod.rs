//! `array`: the `array.array` class (typed, compact sequences of numbers or
//! characters), `typecodes`, `ArrayType` and `_array_reconstructor`.
//!
//! An array is a `NativeObj` of class `vm.mt.array` whose slot 0 is a
//! private bytearray holding the items in native (little-endian) layout and
//! slot 1 the typecode as a small int. Because its class has
//! `tflags::BUFFER`, every bytes-like argument (`bytes(a)`, `b"".join`,
//! `memoryview(a)`, file writes) reads that bytearray directly.
//!
//! Items are converted by `items.rs`; the sequence protocol and the methods
//! are `seq.rs` and `methods.rs`; `tofile`/`fromfile` and the registration
//! with `collections.abc.MutableSequence` are application-level (`app.py`).

pub mod items;
mod methods;
mod seq;

use super::{add_fn_a, add_value, cls_arg, export_type, new_native};
use crate::builtins::args::Arity;
use crate::builtins::bytes_args::buffer_of;
use crate::object::ext::NativeObj;
use crate::object::module::ModuleObj;
use crate::object::seq::BytesObj;
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use items::{size, valid, TYPECODES};

const APP_LEVEL: &str = include_str!("app.py");

const DOC: &str = "array(typecode [, initializer]) -> array\n\n\
A mutable sequence whose items all have the C type named by typecode\n\
(one of array.typecodes), stored compactly. The initializer may be a list,\n\
a bytes-like object, a str (typecode 'u'), another array or any iterable.";

/// An array's storage and typecode.
#[derive(Clone, Copy)]
pub struct Arr {
    pub buf: Gc<BytesObj>,
    pub code: u8,
}

impl Arr {
    pub fn itemsize(&self) -> usize {
        size(self.code)
    }
    pub fn len(&self) -> usize {
        self.buf.data.with(|d| d.len()) / self.itemsize()
    }
    /// The native bytes of items `lo..hi`.
    pub fn bytes(&self, lo: usize, hi: usize) -> Vec<u8> {
        let s = self.itemsize();
        self.buf.data.with(|d| d.get(lo * s..hi * s).map(|x| x.to_vec()).unwrap_or_default())
    }
    /// Item `i` as a Python value (the caller checked `i < len`).
    pub fn get(&self, vm: &mut Vm, i: usize) -> PyResult {
        let s = self.itemsize();
        let raw = self.bytes(i, i + 1);
        if raw.len() != s {
            return Err(vm.index_error("array index out of range"));
        }
        items::unpack(vm, self.code, &raw)
    }
    /// Every item as a Python value.
    pub fn values(&self, vm: &mut Vm) -> PyResult<Vec<Value>> {
        let data = self.buf.data.with(|d| d.clone());
        data.chunks_exact(self.itemsize()).map(|c| items::unpack(vm, self.code, c)).collect()
    }
}

/// The array behind `v`, if `v` is one (or a subclass instance).
pub fn as_arr(vm: &Vm, v: Value) -> Option<Arr> {
    if !vm.is_instance(v, vm.mt.array) {
        return None;
    }
    let n = v.downcast::<NativeObj>()?;
    let buf = n.slot(0).downcast::<BytesObj>()?;
    let code = n.slot(1).as_small_int()? as u8;
    Some(Arr { buf, code })
}

/// The receiver of an array method.
pub fn arr(vm: &mut Vm, v: Value) -> PyResult<Arr> {
    match as_arr(vm, v) {
        Some(a) => Ok(a),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor requires a 'array.array' object but received a '{n}'")))
        }
    }
}

/// A new array of class `cls` holding `data` (native bytes of typecode `code`).
pub fn new_array(vm: &mut Vm, cls: Gc<TypeObj>, code: u8, data: Vec<u8>) -> Value {
    let buf = vm.new_bytes_of(data, true);
    new_native(vm, cls, &[buf, Value::from_small_int(code as i64)])
}

/// The typecode argument: one character among `TYPECODES`.
fn typecode_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<u8> {
    let s = Vm::str_of(v).filter(|s| s.chars().count() == 1);
    let Some(s) = s else {
        let n = vm.type_name(v);
        return Err(vm.type_error(&format!("{what} argument 1 must be a unicode character, not {n}")));
    };
    let c = s.as_bytes()[0];
    if s.len() != 1 || !valid(c) {
        return Err(vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    Ok(c)
}

/// The native bytes of an initializer (or of `extend`'s argument).
fn init_data(vm: &mut Vm, code: u8, init: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = Vm::str_of(init) {
        if code != b'u' {
            return Err(vm.type_error(&format!("cannot use a str to initialize an array with typecode '{}'", code as char)));
        }
        return Ok(methods::unicode_bytes(s));
    }
    if let Some(other) = as_arr(vm, init) {
        if other.code == b'u' && code != b'u' {
            return Err(vm.type_error(&format!("cannot use a unicode array to initialize an array with typecode '{}'", code as char)));
        }
        if other.code == code {
            return Ok(other.buf.data.with(|d| d.clone()));
        }
        let mut out = Vec::new();
        for v in other.values(vm)? {
            items::pack(vm, code, v, &mut out)?;
        }
        return Ok(out);
    }
    if vm.is_instance(init, vm.t.bytes) || vm.is_instance(init, vm.t.bytearray) {
        let d = buffer_of(init).map(|b| b.data.with(|d| d.clone())).unwrap_or_default();
        if d.len() % size(code) != 0 {
            return Err(vm.value_error("bytes length not a multiple of item size"));
        }
        return Ok(d);
    }
    let mut out = Vec::new();
    let it = vm.get_iter(init)?;
    while let Some(v) = vm.iter_next(it)? {
        items::pack(vm, code, v, &mut out)?;
    }
    Ok(out)
}

/// `array(typecode[, initializer])`.
fn array_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let cls = cls_arg(vm, a)?;
    if cls == vm.mt.array && !k.is_empty() {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let pos = &a[1..a.len() - k.len()];
    if pos.is_empty() {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(&format!("array() takes at most 2 arguments ({} given)", pos.len())));
    }
    let code = typecode_arg(vm, pos[0], "array()")?;
    let data = match pos.get(1) {
        Some(init) if !init.is_none() => init_data(vm, code, *init)?,
        _ => Vec::new(),
    };
    Ok(new_array(vm, cls, code, data))
}

/// `_array_reconstructor(arraytype, typecode, mformat_code, items)`: the
/// inverse of `__reduce_ex__` for protocol 3 and later, converting from
/// another machine's layout when `mformat_code` is not ours.
fn reconstructor(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let Some(cls) = a[0].downcast::<TypeObj>() else {
        let n = vm.type_name(a[0]);
        return Err(vm.type_error(&format!("first argument must be a type object, not {n}")));
    };
    if !cls.is_subtype(vm.mt.array) {
        let n = vm.tp_name(cls);
        return Err(vm.type_error(&format!("{n} is not a subtype of array.array")));
    }
    let code = match Vm::str_of(a[1]).filter(|s| s.chars().count() == 1) {
        Some(s) => s.as_bytes()[0],
        None => {
            let n = vm.type_name(a[1]);
            return Err(vm.type_error(&format!("_array_reconstructor() argument 2 must be a unicode character, not {n}")));
        }
    };
    let Some(mf) = a[2].as_small_int().filter(|_| a[2].as_f64().is_none()) else {
        return Err(vm.type_error("an integer is required"));
    };
    if !valid(code) || Vm::str_of(a[1]).map_or(0, |s| s.len()) != 1 {
        return Err(vm.value_error("second argument must be a valid type code"));
    }
    let Some(machine) = items::machine(mf) else {
        return Err(vm.value_error("third argument must be a valid machine format code."));
    };
    if !vm.is_instance(a[3], vm.t.bytes) {
        let n = vm.type_name(a[3]);
        return Err(vm.type_error(&format!("fourth argument should be bytes, not {n}")));
    }
    let data = buffer_of(a[3]).map(|b| b.data.with(|d| d.clone())).unwrap_or_default();
    if mf == items::machine_format(code) {
        if data.len() % size(code) != 0 {
            return Err(vm.value_error("bytes length not a multiple of item size"));
        }
        return Ok(new_array(vm, cls, code, data));
    }
    let (code, init) = methods::from_machine(vm, code, &machine, &data)?;
    let data = init_data(vm, code, init)?;
    Ok(new_array(vm, cls, code, data))
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let t = vm.mt.array;
    t.flags.set(t.flags.get() | tflags::BUFFER | tflags::SEQUENCE);
    vm.add_method(t, "__new__", array_new);
    seq::install(vm, t);
    methods::install(vm, t);
    let it = vm.mt.array_iter;
    export_type(vm, m, it, "array", false);
    seq::install_iter(vm, it);
    let doc = vm.new_str(DOC);
    vm.set_type_attr(t, "__doc__", doc);
    export_type(vm, m, t, "array", true);
    add_value(vm, m, "ArrayType", t.value());
    let tc = vm.new_str(TYPECODES);
    add_value(vm, m, "typecodes", tc);
    add_fn_a(vm, m, "_array_reconstructor", Arity::Pos(4, 4), reconstructor);
    vm.run_app_level(APP_LEVEL, "<array>", m.dict, None)?;
    for name in ["tofile", "fromfile"] {
        let k = vm.intern(name);
        if let Some(f) = m.dict.del_str_key(k) {
            vm.set_type_attr(t, name, f);
        }
    }
    Ok(())
}
