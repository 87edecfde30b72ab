//! `memoryview` over `bytes`/`bytearray` (format 'B', one dimension), as
//! application-level Python run at start-up. Not finished: other formats,
//! `cast`, multi-dimensional views, objects other than bytes/bytearray/
//! memoryview, and zero-copy reads (slicing a view keeps a view; reading
//! data copies it).

use crate::value::Value;
use crate::vm::{PyResult, Vm};

const APP_LEVEL: &str = r#"
class memoryview:
    def __init__(self, object):
        if isinstance(object, memoryview):
            object._check()
            self._obj, self._start, self._stop = object._obj, object._start, object._stop
        elif isinstance(object, (bytes, bytearray)):
            self._obj, self._start, self._stop = object, 0, len(object)
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(object).__name__)
        self._released = False
    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")
    def _data(self):
        self._check()
        return bytes(self._obj[self._start:self._stop])
    @property
    def obj(self):
        self._check()
        return self._obj
    @property
    def nbytes(self):
        self._check()
        return self._stop - self._start
    @property
    def readonly(self):
        self._check()
        return not isinstance(self._obj, bytearray)
    format = property(lambda self: "B")
    itemsize = property(lambda self: 1)
    ndim = property(lambda self: 1)
    shape = property(lambda self: (len(self),))
    strides = property(lambda self: (1,))
    c_contiguous = contiguous = f_contiguous = property(lambda self: True)
    def tobytes(self, order="C"):
        return self._data()
    def tolist(self):
        return list(self._data())
    def hex(self, *args):
        return self._data().hex(*args)
    def __bytes__(self):
        return self._data()
    def __len__(self):
        self._check()
        return self._stop - self._start
    def __iter__(self):
        return iter(self._data())
    def __getitem__(self, key):
        self._check()
        n = self._stop - self._start
        if isinstance(key, slice):
            start, stop, step = key.indices(n)
            if step != 1:
                raise NotImplementedError("memoryview: slices with a step are not supported by Taipan yet")
            view = memoryview(self)
            view._start, view._stop = self._start + start, self._start + max(start, stop)
            return view
        i = key.__index__()
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("index out of bounds on dimension 1")
        return self._obj[self._start + i]
    def __setitem__(self, key, value):
        self._check()
        if not isinstance(self._obj, bytearray):
            raise TypeError("cannot modify read-only memory")
        n = self._stop - self._start
        if isinstance(key, slice):
            start, stop, step = key.indices(n)
            data = bytes(value)
            if len(data) != len(range(start, stop, step)):
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            for k, b in zip(range(start, stop, step), data):
                self._obj[self._start + k] = b
            return
        i = key.__index__()
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("index out of bounds on dimension 1")
        self._obj[self._start + i] = value
    def __eq__(self, other):
        if isinstance(other, (memoryview, bytes, bytearray)):
            if self._released:
                return self is other
            return self._data() == bytes(other)
        return NotImplemented
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
        return "<%smemory at %#x>" % ("released " if self._released else "", id(self))
memoryview.__module__ = "builtins"
"#;

/// Define `memoryview` in the builtins.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let code = vm.compile_source(APP_LEVEL, "<memoryview>", crate::bytecode::Mode::Exec)?;
    let ns = vm.new_dict();
    ns.set_str_key(vm.n.__builtins__, vm.builtins_module.value());
    let name = vm.intern("builtins");
    ns.set_str_key(vm.n.__name__, name);
    vm.run_code(code, ns.value(), ns.value(), Value::NULL)?;
    let key = vm.intern("memoryview");
    if let Some(mv) = ns.get_str_key(key) {
        vm.builtins.set_str_key(key, mv);
    }
    Ok(())
}
