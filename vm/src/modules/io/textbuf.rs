//! The binary buffer under a `TextIOWrapper`: an exact native buffered
//! object (called directly) or any Python object with `read1`/`read`,
//! `write`, `flush`, `seek`, `tell`, `closed`.

use super::buffered::{self as buf, RawIo};
use super::call;
use super::textio::st;
use crate::builtins::bytes_args::bytes_like;
use crate::object::io::{BufferedObj, TextIOObj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The binary buffer under a text wrapper.
#[derive(Clone, Copy)]
pub enum Buf {
    /// An exact `BufferedReader`/`Writer`/`Random`: called directly.
    Native(crate::object::Gc<BufferedObj>),
    Py(Value),
}

/// The buffer of `t`, checking that it is initialised and attached.
pub fn buf_of(vm: &mut Vm, t: &TextIOObj) -> PyResult<Buf> {
    let b = t.buffer.get();
    if b.is_null() || !st(vm, t)?.ok {
        return Err(vm.value_error("I/O operation on uninitialized object"));
    }
    if b.is_none() {
        return Err(vm.value_error("underlying buffer has been detached"));
    }
    Ok(native_buffer(vm, b).map(Buf::Native).unwrap_or(Buf::Py(b)))
}

/// `b` as a native buffered object that the text layer may call directly.
pub fn native_buffer(vm: &Vm, b: Value) -> Option<crate::object::Gc<BufferedObj>> {
    let t = vm.type_of(b);
    if t == vm.t.buffered_reader || t == vm.t.buffered_writer || t == vm.t.buffered_random {
        b.downcast::<BufferedObj>()
    } else {
        None
    }
}

impl Buf {
    pub fn closed(self, vm: &mut Vm) -> PyResult<bool> {
        match self {
            Buf::Native(b) => RawIo::of(vm, &b)?.closed(vm),
            Buf::Py(v) => super::is_closed(vm, v),
        }
    }
    pub fn write(self, vm: &mut Vm, data: Vec<u8>) -> PyResult<()> {
        match self {
            Buf::Native(b) => buf::write_owned(vm, &b, data).map(|_| ()),
            Buf::Py(v) => {
                let d = vm.new_bytes_of(data, false);
                call(vm, v, "write", &[d]).map(|_| ())
            }
        }
    }
    pub fn flush(self, vm: &mut Vm) -> PyResult<()> {
        match self {
            Buf::Native(b) if vm.type_of(b.value()) != vm.t.buffered_reader => buf::flush(vm, &b),
            Buf::Native(b) => call(vm, b.value(), "flush", &[]).map(|_| ()),
            Buf::Py(v) => call(vm, v, "flush", &[]).map(|_| ()),
        }
    }
    /// One chunk of at most `n` bytes (empty at end of file).
    pub fn read_chunk(self, vm: &mut Vm, n: usize, has_read1: bool) -> PyResult<Vec<u8>> {
        match self {
            Buf::Native(b) => buf::read1(vm, &b, n as i64),
            Buf::Py(v) => {
                let nv = vm.new_int(n as i64);
                let r = call(vm, v, if has_read1 { "read1" } else { "read" }, &[nv])?;
                bytes_result(vm, r, if has_read1 { "read1" } else { "read" })
            }
        }
    }
    pub fn read_all(self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        match self {
            Buf::Native(b) => Ok(buf::read(vm, &b, -1)?.unwrap_or_default()),
            Buf::Py(v) => {
                let r = call(vm, v, "read", &[])?;
                bytes_result(vm, r, "read")
            }
        }
    }
    pub fn tell(self, vm: &mut Vm) -> PyResult<i64> {
        match self {
            Buf::Native(b) => buf::tell(vm, &b),
            Buf::Py(v) => {
                let r = call(vm, v, "tell", &[])?;
                super::int_arg(vm, r)
            }
        }
    }
    pub fn seek(self, vm: &mut Vm, pos: i64, whence: i64) -> PyResult<i64> {
        match self {
            Buf::Native(b) => buf::seek(vm, &b, pos, whence),
            Buf::Py(v) => {
                let (p, w) = (vm.new_int(pos), vm.new_int(whence));
                let r = call(vm, v, "seek", &[p, w])?;
                super::int_arg(vm, r)
            }
        }
    }
    pub fn value(self) -> Value {
        match self {
            Buf::Native(b) => b.value(),
            Buf::Py(v) => v,
        }
    }
}

fn bytes_result(vm: &mut Vm, r: Value, what: &str) -> PyResult<Vec<u8>> {
    if r.is_none() {
        return Ok(Vec::new());
    }
    match bytes_like(r) {
        Some(d) => Ok(d),
        None => {
            let n = vm.type_name(r);
            Err(vm.type_error(&format!("underlying {what}() should have returned a bytes-like object, not '{n}'")))
        }
    }
}

