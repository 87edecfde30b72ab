//! `_io`: files, buffers and text streams with CPython 3.11's classes and
//! behaviour, `open()`, and the `sys.stdin`/`stdout`/`stderr` objects.
//!
//! The classes are builtin types created at start-up (`builtins/types.rs`)
//! because the standard streams exist before any import; their methods
//! are installed here by `install`, and `import _io` (`init`) only
//! publishes them. Layers:
//!
//! * `iobase.rs`: `_IOBase`, `_RawIOBase`, `_BufferedIOBase`,
//!   `_TextIOBase`, generic methods written against Python-level calls so
//!   that Python subclasses (`_pyio`, user classes) work;
//! * `fileio.rs` over `rawfile.rs`: `FileIO`, owning a `std::fs::File`;
//! * `buffered.rs` (state and algorithms, over `rawio.rs`) and `buffered_methods.rs`:
//!   `BufferedReader`/`Writer`/`Random`/`RWPair`;
//! * `textio.rs` (state and algorithms, over `textbuf.rs`), `textio_methods.rs`: `TextIOWrapper`,
//!   with `textcodec.rs` (incremental codecs) and `newlines.rs`;
//! * `bytesio.rs`, `stringio.rs`: in-memory streams;
//! * `open.rs`: `open()`, `open_code`, `text_encoding`;
//! * `stdio.rs`: the standard streams, `print`'s fast path, flushing at exit.
//!
//! Each layer talks to the next through Rust calls when the next object is
//! an exact native class (`BufferedReader` over `FileIO`, ...) and through
//! Python method calls otherwise (`TextIOWrapper(BytesIO())`, user raw
//! streams).

pub mod buffered;
pub mod buffered_methods;
pub mod bytesio;
pub mod fileio;
pub mod iobase;
pub mod newlines;
pub mod open;
pub mod oserror;
pub mod rawfile;
pub mod rawio;
pub mod stdio;
pub mod stringio;
pub mod textbuf;
pub mod textcodec;
pub mod textio;
pub mod textio_methods;

use crate::builtins::args::Arity;
use crate::object::dict::DictObj;
use crate::object::function::NativeFn;
use crate::object::module::ModuleObj;
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::RefCell;
use std::rc::Weak;
use taipan_gc::Tracer;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// Per-interpreter io state.
pub struct IoState {
    /// `io.UnsupportedOperation` (NULL until start-up created it).
    pub unsupported: Value,
    /// The original standard streams (`sys.__stdin__`, ...).
    pub stdin: Value,
    pub stdout: Value,
    pub stderr: Value,
    /// The `sys` module's namespace and the key `"stdout"` (print's lookup).
    pub sysdict: Option<Gc<DictObj>>,
    pub k_stdout: Value,
    /// Live native text and buffer states, flushed at exit.
    pub texts: Vec<Weak<RefCell<textio::TextState>>>,
    pub bufs: Vec<Weak<RefCell<buffered::BufState>>>,
}

impl Default for IoState {
    fn default() -> Self {
        let n = Value::NULL;
        IoState { unsupported: n, stdin: n, stdout: n, stderr: n, sysdict: None, k_stdout: n, texts: Vec::new(), bufs: Vec::new() }
    }
}

impl IoState {
    pub fn trace(&self, t: &mut Tracer) {
        for v in [self.unsupported, self.stdin, self.stdout, self.stderr, self.k_stdout] {
            v.trace(t);
        }
        if let Some(d) = self.sysdict {
            d.trace(t);
        }
    }

    /// Forget dead entries once the lists have grown.
    fn prune(&mut self) {
        if self.texts.len() > 64 {
            self.texts.retain(|w| w.strong_count() > 0);
        }
        if self.bufs.len() > 64 {
            self.bufs.retain(|w| w.strong_count() > 0);
        }
    }
}

/// Set up the io classes and the standard streams (interpreter start-up).
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let os_error = vm.t.os_error;
    let value_error = vm.t.value_error;
    let cls = crate::builtins::exc_types::new_exception_class(vm, "UnsupportedOperation", &[os_error, value_error]);
    if let Some(c) = cls {
        let m = vm.new_str("io");
        vm.set_type_attr(c, "__module__", m);
        // A heap type, as in CPython (`io.py` sets its `__module__`).
        c.flags.set(c.flags.get() | crate::object::typeobj::tflags::HEAPTYPE);
        vm.io.unsupported = c.value();
    }
    let io_mod = vm.new_str("_io");
    let t = &vm.t;
    let types = [
        t.io_base, t.raw_io_base, t.buffered_io_base, t.text_io_base, t.file_io, t.buffered_reader,
        t.buffered_writer, t.buffered_random, t.buffered_rwpair, t.bytes_io, t.string_io, t.text_io_wrapper,
    ];
    for ty in types {
        vm.set_type_attr(ty, "__module__", io_mod);
    }
    iobase::install(vm);
    fileio::install(vm);
    buffered_methods::install(vm);
    bytesio::install(vm);
    stringio::install(vm);
    textio_methods::install(vm);
    stdio::install(vm)
}

/// Python-level parts of `_io` (run when the module is imported).
const APP_LEVEL: &str = r#"
class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf = b""
            flag = 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]

IncrementalNewlineDecoder.__module__ = "_io"
"#;

/// `import _io`.
pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let t = &vm.t;
    let classes = [
        ("_IOBase", t.io_base), ("_RawIOBase", t.raw_io_base), ("_BufferedIOBase", t.buffered_io_base),
        ("_TextIOBase", t.text_io_base), ("FileIO", t.file_io), ("BufferedReader", t.buffered_reader),
        ("BufferedWriter", t.buffered_writer), ("BufferedRandom", t.buffered_random),
        ("BufferedRWPair", t.buffered_rwpair), ("BytesIO", t.bytes_io), ("StringIO", t.string_io),
        ("TextIOWrapper", t.text_io_wrapper),
    ];
    for (name, c) in classes {
        super::add_value(vm, m, name, c.value());
    }
    let unsupported = vm.io.unsupported;
    super::add_value(vm, m, "UnsupportedOperation", unsupported);
    let k = vm.intern("BlockingIOError");
    if let Some(b) = vm.builtins.get_str_key(k) {
        super::add_value(vm, m, "BlockingIOError", b);
    }
    super::add_value(vm, m, "DEFAULT_BUFFER_SIZE", Value::from_small_int(DEFAULT_BUFFER_SIZE as i64));
    let k = vm.intern("open");
    if let Some(f) = vm.builtins.get_str_key(k) {
        super::add_value(vm, m, "open", f);
    }
    open::add_functions(vm, m);
    vm.run_app_level(APP_LEVEL, "<_io>", m.dict, None)
}

// ----- shared helpers --------------------------------------------------------

/// `UnsupportedOperation(msg)`.
pub fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    match vm.io.unsupported.downcast::<TypeObj>() {
        Some(c) => vm.new_error(c, msg),
        None => vm.new_error(vm.t.os_error, msg),
    }
}

/// `ValueError: I/O operation on closed file.` (the IOBase and text-layer wording).
pub fn closed_file(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// `ValueError: I/O operation on closed file` (FileIO's and the buffers' wording).
pub fn closed_raw(vm: &mut Vm) -> PyErr {
    vm.value_error("I/O operation on closed file")
}

/// A `size` argument: None or an int (negative means "all"); CPython's
/// `_Py_convert_optional_to_ssize_t`.
pub fn size_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i64> {
    match v {
        None => Ok(-1),
        Some(v) if v.is_none() => Ok(-1),
        Some(v) => {
            if v.as_f64().is_some() || !vm.is_int_like(v) && vm.lookup_special(vm.type_of(v), vm.n.__index__).is_none() {
                let n = vm.type_name(v);
                return Err(vm.type_error(&format!("argument should be integer or None, not '{n}'")));
            }
            match crate::builtins::bytes_args::index_i64(vm, v)? {
                Ok(i) => Ok(i),
                Err(neg) => Ok(if neg { i64::MIN } else { i64::MAX }),
            }
        }
    }
}

/// An integer argument (`TypeError: 'float' object cannot be interpreted as an integer`).
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match crate::builtins::bytes_args::index_i64(vm, v)? {
        Ok(i) => Ok(i),
        Err(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A zeroed buffer of `n` bytes, or MemoryError.
pub fn zeroed(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(vm.new_exception_err(vm.t.memory_error, vec![]));
    }
    v.resize(n, 0);
    Ok(v)
}

/// Largest single read from a raw stream into a fresh buffer (longer
/// requests are served by several reads, as raw reads may be short).
pub const MAX_RAW_READ: usize = 1 << 24;

/// `obj.name(*args)` by a Rust string name.
pub fn call(vm: &mut Vm, obj: Value, name: &str, args: &[Value]) -> PyResult {
    let k = vm.intern(name);
    vm.call_method(obj, k, args)
}

/// `obj.name` by a Rust string name.
pub fn getattr(vm: &mut Vm, obj: Value, name: &str) -> PyResult {
    let k = vm.intern(name);
    vm.getattr(obj, k)
}

/// `bool(obj.name(*args))`.
pub fn call_bool(vm: &mut Vm, obj: Value, name: &str) -> PyResult<bool> {
    let r = call(vm, obj, name, &[])?;
    vm.truthy(r)
}

/// `bool(obj.closed)`.
pub fn is_closed(vm: &mut Vm, obj: Value) -> PyResult<bool> {
    let r = getattr(vm, obj, "closed")?;
    vm.truthy(r)
}

/// Register a method with a fixed positional shape.
pub fn method(vm: &mut Vm, t: Gc<TypeObj>, name: &'static str, arity: Arity, f: NativeFn) {
    vm.add_method_a(t, name, arity, f);
}

/// Register a read-only (or writable) computed attribute.
pub fn getset(vm: &mut Vm, t: Gc<TypeObj>, name: &'static str, get: NativeFn, set: Option<NativeFn>) {
    crate::builtins::descr::install(vm, t, name, false, get, set);
}

/// A str argument or None: `TextIOWrapper() argument 'encoding' must be str or None, not int`.
pub fn opt_str(vm: &mut Vm, fname: &str, pname: &str, v: Option<Value>) -> PyResult<Option<&'static str>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match Vm::str_of(v) {
            Some(s) => Ok(Some(s)),
            None => {
                let n = vm.type_name(v);
                Err(vm.type_error(&format!("{fname}() argument '{pname}' must be str or None, not {n}")))
            }
        },
    }
}

/// The `repr` of `name` for `<_io.X name=...>`, or None when the object has
/// no usable name (AttributeError or ValueError, as CPython ignores).
pub fn repr_name(vm: &mut Vm, obj: Value, attr: &str) -> PyResult<Option<String>> {
    let k = vm.intern(attr);
    match vm.getattr(obj, k) {
        Ok(n) => Ok(Some(vm.repr_string(n)?)),
        Err(e) if vm.is_instance(e.0, vm.t.attribute_error) || vm.is_instance(e.0, vm.t.value_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The class of `v` is exactly `t` (not a subclass that may override methods).
pub fn exact(vm: &Vm, v: Value, t: Gc<TypeObj>) -> bool {
    v.is_ptr() && vm.type_of(v) == t
}
