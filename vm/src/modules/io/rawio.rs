//! The raw stream under a buffered object: a native `FileIO` (its shared
//! `RawFile`, called directly) or any Python object with `readinto`,
//! `write`, `seek`, `tell`, `readall`, `closed`, called as methods.

use super::buffered::st;
use super::oserror::io_error;
use super::rawfile::RawFile;
use super::{call, closed_raw};
use crate::builtins::bytes_args::bytes_like;
use crate::object::io::BufferedObj;
use crate::object::seq::BytesObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{RefCell, RefMut};
use std::rc::Rc;

/// The raw stream of a buffered object.
#[derive(Clone)]
pub enum RawIo {
    Native(Rc<RefCell<RawFile>>),
    Py(Value),
}

fn borrow_raw<'a>(vm: &mut Vm, r: &'a Rc<RefCell<RawFile>>) -> PyResult<RefMut<'a, RawFile>> {
    match r.try_borrow_mut() {
        Ok(f) if !f.is_closed() => Ok(f),
        Ok(_) => Err(closed_raw(vm)),
        Err(_) => Err(vm.new_error(vm.t.runtime_error, "reentrant call inside FileIO")),
    }
}

impl RawIo {
    /// The raw stream of `b`, checking that it is initialised and attached.
    pub fn of(vm: &mut Vm, b: &BufferedObj) -> PyResult<RawIo> {
        let (ok, detached, native) = {
            let s = st(vm, b)?;
            (s.ok, s.detached, s.native.clone())
        };
        if detached {
            return Err(vm.value_error("raw stream has been detached"));
        }
        if !ok {
            return Err(vm.value_error("I/O operation on uninitialized object"));
        }
        Ok(match native {
            Some(r) => RawIo::Native(r),
            None => RawIo::Py(b.raw.get()),
        })
    }

    /// One read of at most `n` bytes; `None` when the raw stream would block.
    pub fn read(&self, vm: &mut Vm, n: usize) -> PyResult<Option<Vec<u8>>> {
        let n = n.min(super::MAX_RAW_READ);
        match self {
            RawIo::Native(r) => {
                if !borrow_raw(vm, r)?.readable {
                    return Err(super::unsupported(vm, "File not open for reading"));
                }
                let mut buf = super::zeroed(vm, n)?;
                let mut f = borrow_raw(vm, r)?;
                let res = f.read(&mut buf);
                drop(f);
                match res {
                    Ok(k) => {
                        buf.truncate(k);
                        Ok(Some(buf))
                    }
                    Err(e) => Err(io_error(vm, &e, None)),
                }
            }
            RawIo::Py(raw) => {
                let buf = super::zeroed(vm, n)?;
                let b = vm.new_bytes_of(buf, true);
                let r = call(vm, *raw, "readinto", &[b])?;
                if r.is_none() {
                    return Ok(None);
                }
                let k = super::int_arg(vm, r)?;
                if k < 0 || k as usize > n {
                    return Err(vm.new_error(vm.t.os_error, &format!("raw readinto() returned invalid length {k} (should have been between 0 and {n})")));
                }
                Ok(Some(b.downcast::<BytesObj>().map(|b| b.data.with(|d| d[..k as usize].to_vec())).unwrap_or_default()))
            }
        }
    }

    /// Everything up to end of file.
    pub fn read_all(&self, vm: &mut Vm) -> PyResult<Option<Vec<u8>>> {
        match self {
            RawIo::Native(r) => {
                let mut f = borrow_raw(vm, r)?;
                if !f.readable {
                    drop(f);
                    return Err(super::unsupported(vm, "File not open for reading"));
                }
                let res = f.read_all();
                drop(f);
                res.map(Some).map_err(|e| io_error(vm, &e, None))
            }
            RawIo::Py(raw) => {
                let k = vm.intern("readall");
                if vm.getattr_opt(*raw, k)?.is_none() {
                    // No readall: read() until it returns nothing.
                    let mut out: Option<Vec<u8>> = None;
                    loop {
                        let d = call(vm, *raw, "read", &[])?;
                        if d.is_none() {
                            return Ok(out);
                        }
                        let d = bytes_like(d).unwrap_or_default();
                        if d.is_empty() {
                            return Ok(Some(out.unwrap_or_default()));
                        }
                        out.get_or_insert_with(Vec::new).extend_from_slice(&d);
                    }
                }
                let d = call(vm, *raw, "readall", &[])?;
                if d.is_none() {
                    return Ok(None);
                }
                match bytes_like(d) {
                    Some(v) => Ok(Some(v)),
                    None => {
                        let n = vm.type_name(d);
                        Err(vm.type_error(&format!("readall() should return bytes, not {n}")))
                    }
                }
            }
        }
    }

    /// One write; `None` when the raw stream would block.
    pub fn write(&self, vm: &mut Vm, data: &[u8]) -> PyResult<Option<usize>> {
        match self {
            RawIo::Native(r) => {
                let mut f = borrow_raw(vm, r)?;
                if !f.writable {
                    drop(f);
                    return Err(super::unsupported(vm, "File not open for writing"));
                }
                let res = f.write(data);
                drop(f);
                res.map(Some).map_err(|e| io_error(vm, &e, None))
            }
            RawIo::Py(raw) => {
                let b = vm.new_bytes_of(data.to_vec(), false);
                let r = call(vm, *raw, "write", &[b])?;
                if r.is_none() {
                    return Ok(None);
                }
                let k = super::int_arg(vm, r)?;
                if k < 0 || k as usize > data.len() {
                    let n = data.len();
                    return Err(vm.new_error(vm.t.os_error, &format!("raw write() returned invalid length {k} (should have been between 0 and {n})")));
                }
                Ok(Some(k as usize))
            }
        }
    }

    pub fn seek(&self, vm: &mut Vm, pos: i64, whence: i64) -> PyResult<i64> {
        match self {
            RawIo::Native(r) => {
                let mut f = borrow_raw(vm, r)?;
                let res = f.seek(pos, whence);
                drop(f);
                res.map(|p| p as i64).map_err(|e| io_error(vm, &e, None))
            }
            RawIo::Py(raw) => {
                let (p, w) = (vm.new_int(pos), vm.new_int(whence));
                let r = call(vm, *raw, "seek", &[p, w])?;
                super::int_arg(vm, r)
            }
        }
    }

    pub fn tell(&self, vm: &mut Vm) -> PyResult<i64> {
        let p = match self {
            RawIo::Native(r) => {
                let mut f = borrow_raw(vm, r)?;
                let res = f.tell();
                drop(f);
                res.map(|p| p as i64).map_err(|e| io_error(vm, &e, None))?
            }
            RawIo::Py(raw) => {
                let r = call(vm, *raw, "tell", &[])?;
                super::int_arg(vm, r)?
            }
        };
        if p < 0 {
            return Err(vm.new_error(vm.t.os_error, &format!("Raw stream returned invalid position {p}")));
        }
        Ok(p)
    }

    pub fn closed(&self, vm: &mut Vm) -> PyResult<bool> {
        match self {
            RawIo::Native(r) => Ok(r.try_borrow().map(|f| f.is_closed()).unwrap_or(false)),
            RawIo::Py(raw) => super::is_closed(vm, *raw),
        }
    }

    pub fn seekable(&self, vm: &mut Vm) -> PyResult<bool> {
        match self {
            RawIo::Native(r) => Ok(borrow_raw(vm, r)?.is_seekable()),
            RawIo::Py(raw) => super::call_bool(vm, *raw, "seekable"),
        }
    }
}

