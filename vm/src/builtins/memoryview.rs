//! `memoryview`, minimal and application-level: one-dimensional views of
//! `bytes` / `bytearray` (writes go through to a `bytearray`), integer
//! and `c` formats for `cast`, `tolist`, `tobytes`, `hex`, slicing with
//! step 1, comparison and hashing. Enough for the stdlib's pure-Python
//! users such as `re._compiler` (`memoryview(b).cast('I').tolist()`).
//! `array.array` (any `tflags::BUFFER` object) exports its data as well,
//! with its typecode as the format (`f`, `d`, `w` included). `bytes(view)`
//! goes through `__bytes__`.

use super::bytes_args::{buffer_of, bytes_like};
use crate::object::ext::NativeObj;
use crate::object::seq::BytesObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const APP_LEVEL: &str = r#"
_FORMATS = {"B": (1, False), "b": (1, True), "c": (1, None), "H": (2, False), "h": (2, True),
            "I": (4, False), "i": (4, True), "L": (8, False), "l": (8, True),
            "Q": (8, False), "q": (8, True), "N": (8, False), "n": (8, True), "P": (8, False),
            "f": (4, "f"), "d": (8, "d"), "w": (4, "w")}

class memoryview:
    "Create a new memoryview object which references the given object."
    def __new__(cls, object):
        fmt = "B"
        owner = object
        if isinstance(object, memoryview):
            object._check()
            base, start, stop = object._base, object._start, object._stop
            fmt, owner = object._fmt, object._owner
        elif isinstance(object, (bytes, bytearray)):
            base, start, stop = object, 0, len(object)
        elif (export := _export(object)) is not None:
            base, fmt = export
            start, stop = 0, len(base)
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(object).__name__)
        self = super().__new__(cls)
        self._base, self._start, self._stop = base, start, stop
        self._fmt = fmt
        self._owner = owner
        self._released = False
        return self

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def _data(self):
        self._check()
        return bytes(self._base[self._start:self._stop])

    obj = property(lambda self: (self._check(), self._owner)[1])
    format = property(lambda self: (self._check(), self._fmt)[1])
    itemsize = property(lambda self: (self._check(), _FORMATS[self._fmt][0])[1])
    nbytes = property(lambda self: (self._check(), self._stop - self._start)[1])
    readonly = property(lambda self: (self._check(), not isinstance(self._base, bytearray))[1])
    ndim = property(lambda self: 1)
    shape = property(lambda self: (len(self),))
    strides = property(lambda self: (self.itemsize,))
    suboffsets = property(lambda self: ())
    c_contiguous = f_contiguous = contiguous = property(lambda self: True)

    def __len__(self):
        self._check()
        return (self._stop - self._start) // _FORMATS[self._fmt][0]

    def _item(self, data, i):
        size, signed = _FORMATS[self._fmt]
        chunk = data[i * size:(i + 1) * size]
        if signed is None:
            return chunk
        if signed.__class__ is str:
            return _scalar(signed, chunk)
        return int.from_bytes(chunk, "little", signed=signed)

    def tolist(self):
        data = self._data()
        return [self._item(data, i) for i in range(len(self))]

    def __iter__(self):
        return iter(self.tolist())

    def tobytes(self, order="C"):
        return self._data()

    def __bytes__(self):
        return self._data()

    def hex(self, *args):
        return self._data().hex(*args)

    def cast(self, format, shape=None):
        self._check()
        if format not in _FORMATS:
            raise ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
        if self._fmt != "B" and format != "B" and self._fmt != "c" and format != "c":
            raise TypeError("memoryview: cannot cast between two non-byte formats")
        if (self._stop - self._start) % _FORMATS[format][0]:
            raise TypeError("memoryview: length is not a multiple of itemsize")
        view = memoryview(self)
        view._fmt = format
        return view

    def _index(self, i):
        n = len(self)
        i = i.__index__()
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("index out of bounds on dimension 1")
        return i

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            size = _FORMATS[self._fmt][0]
            start, stop, step = key.indices(len(self))
            if step != 1:
                data = b"".join(self._data()[i * size:(i + 1) * size] for i in range(start, stop, step))
                view = memoryview(data)
                view._fmt = self._fmt
                return view
            view = memoryview(self)
            view._start = self._start + start * size
            view._stop = self._start + max(start, stop) * size
            return view
        return self._item(self._data(), self._index(key))

    def __setitem__(self, key, value):
        self._check()
        if not isinstance(self._base, bytearray):
            raise TypeError("cannot modify read-only memory")
        size, signed = _FORMATS[self._fmt]
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            data = bytes(value)
            if step != 1 or len(data) != (max(start, stop) - start) * size:
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            self._base[self._start + start * size:self._start + start * size + len(data)] = data
            return
        i = self._index(key)
        if signed is None:
            raw = value
        elif signed.__class__ is str:
            raw = _raw(signed, value)
        else:
            raw = value.to_bytes(size, "little", signed=signed)
        at = self._start + i * size
        self._base[at:at + size] = raw

    def __eq__(self, other):
        if isinstance(other, (bytes, bytearray)):
            other = memoryview(other)
        if not isinstance(other, memoryview):
            return NotImplemented
        if self._released or other._released:
            return self is other
        return self.tolist() == other.tolist()

    def __hash__(self):
        if not self.readonly:
            raise ValueError("cannot hash writable memoryview object")
        return hash(self._data())

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        if self._released:
            return "<released memory at 0x%x>" % id(self)
        return "<memory at 0x%x>" % id(self)

memoryview.__module__ = "builtins"
"#;

/// `_export(obj)`: (the bytearray holding its data, format) for objects of
/// `tflags::BUFFER` classes (`array.array`), else None.
fn export(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let Some(&obj) = a.first() else { return Ok(Value::NONE) };
    if obj.downcast::<BytesObj>().is_some() {
        return Ok(Value::NONE);
    }
    let Some(buf) = buffer_of(obj) else { return Ok(Value::NONE) };
    let code = obj.downcast::<NativeObj>().and_then(|n| n.slot(1).as_small_int()).unwrap_or(b'B' as i64) as u8;
    let fmt = if code == b'u' { "w".to_string() } else { (code as char).to_string() };
    let fmt = vm.new_string(fmt);
    Ok(vm.new_tuple(vec![buf.value(), fmt]))
}

/// `_scalar(fmt, chunk)`: a float (`f`, `d`) or character (`w`) item.
fn scalar(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let code = match Vm::str_of(a[0]) {
        Some("w") => b'u',
        Some("f") => b'f',
        _ => b'd',
    };
    let d = bytes_like(a[1]).unwrap_or_default();
    if d.len() != crate::modules::array::items::size(code) {
        return Err(vm.value_error("memoryview: invalid item"));
    }
    crate::modules::array::items::unpack(vm, code, &d)
}

/// `_raw(fmt, value)`: the bytes of a float or character item.
fn raw(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let code = match Vm::str_of(a[0]) {
        Some("w") => b'u',
        Some("f") => b'f',
        _ => b'd',
    };
    let d = crate::modules::array::items::pack_one(vm, code, a[1])?;
    Ok(vm.new_bytes_of(d, false))
}

/// Define `memoryview` in builtins.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let ns = vm.new_dict();
    for (name, f) in [("_export", export as crate::object::function::NativeFn), ("_scalar", scalar), ("_raw", raw)] {
        let f = vm.new_builtin(name, f);
        let k = vm.intern(name);
        ns.set_str_key(k, f);
    }
    vm.run_app_level(APP_LEVEL, "<memoryview>", ns, Some("builtins"))?;
    let key = vm.intern("memoryview");
    if let Some(cls) = ns.get_str_key(key) {
        // CPython's memoryview matches sequence patterns (`case [a, b]`).
        if let Some(t) = cls.downcast::<crate::object::typeobj::TypeObj>() {
            t.flags.set(t.flags.get() | crate::object::typeobj::tflags::SEQUENCE);
        }
        vm.builtins.set_str_key(key, cls);
    }
    Ok(())
}
