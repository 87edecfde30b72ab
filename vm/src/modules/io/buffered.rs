//! The buffering algorithms of `BufferedReader`/`Writer`/`Random`.
//!
//! State: a read-ahead buffer (`rbuf[rpos..]` not yet consumed) and a
//! write buffer; at most one of them holds data at a time (a read flushes
//! pending writes, a write first moves the raw position back over unread
//! read-ahead). The raw stream is either a native `FileIO` (its
//! `RawFile` is shared, so pending writes still reach the file when the
//! objects die unclosed) or any Python object with `readinto`/`write`/
//! `seek`/`tell`, called as methods.
//!
//! The state is only borrowed in short scopes that never run Python code.

pub use super::rawio::RawIo;
use super::rawfile::RawFile;
use super::call;
use crate::object::io::BufferedObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{RefCell, RefMut};
use std::rc::Rc;

/// Rust-side state of a buffered stream.
pub struct BufState {
    /// The raw stream when it is an exact `FileIO`.
    pub native: Option<Rc<RefCell<RawFile>>>,
    pub size: usize,
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    pub wbuf: Vec<u8>,
    /// `__init__` has run.
    pub ok: bool,
    pub detached: bool,
}

impl BufState {
    pub fn new() -> BufState {
        BufState { native: None, size: super::DEFAULT_BUFFER_SIZE, rbuf: Vec::new(), rpos: 0, wbuf: Vec::new(), ok: false, detached: false }
    }
    pub fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }
    /// Take up to `n` unread bytes.
    fn take(&mut self, n: usize) -> Vec<u8> {
        let k = n.min(self.unread());
        let out = self.rbuf[self.rpos..self.rpos + k].to_vec();
        self.rpos += k;
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        out
    }
    /// Write pending bytes to a native raw file, ignoring errors (drop, exit).
    pub fn flush_native_quiet(&mut self) {
        if self.wbuf.is_empty() {
            return;
        }
        if let Some(raw) = &self.native {
            if let Ok(mut r) = raw.try_borrow_mut() {
                if !r.is_closed() {
                    let _ = r.write_all(&self.wbuf);
                }
            }
        }
        self.wbuf.clear();
    }
}

impl Default for BufState {
    fn default() -> Self {
        BufState::new()
    }
}

impl Drop for BufState {
    fn drop(&mut self) {
        self.flush_native_quiet();
    }
}

/// Borrow the state of `b` (no Python code may run while it is held).
pub fn st<'a>(vm: &mut Vm, b: &'a BufferedObj) -> PyResult<RefMut<'a, BufState>> {
    match b.st.try_borrow_mut() {
        Ok(s) => Ok(s),
        Err(_) => Err(vm.new_error(vm.t.runtime_error, "reentrant call inside buffered io object")),
    }
}

/// `<what> of closed file` when the raw stream is closed.
pub fn check_open(vm: &mut Vm, raw: &RawIo, what: &str) -> PyResult<()> {
    if raw.closed(vm)? {
        return Err(vm.value_error(&format!("{what} of closed file")));
    }
    Ok(())
}

/// Write out the write buffer (partial raw writes are retried).
pub fn flush_writes(vm: &mut Vm, b: &BufferedObj, raw: &RawIo) -> PyResult<()> {
    let data = {
        let mut s = st(vm, b)?;
        if s.wbuf.is_empty() {
            return Ok(());
        }
        std::mem::take(&mut s.wbuf)
    };
    let mut off = 0;
    while off < data.len() {
        let r = raw.write(vm, &data[off..]);
        match r {
            Ok(Some(n)) if n > 0 => off += n,
            other => {
                let mut s = st(vm, b)?;
                let rest = std::mem::take(&mut s.wbuf);
                s.wbuf = data[off..].to_vec();
                s.wbuf.extend_from_slice(&rest);
                drop(s);
                return match other {
                    Err(e) => Err(e),
                    _ => {
                        let cls = vm.intern("BlockingIOError");
                        let c = vm.builtins.get_str_key(cls).and_then(|c| c.downcast()).unwrap_or(vm.t.os_error);
                        Err(vm.new_error(c, "write could not complete without blocking"))
                    }
                };
            }
        }
    }
    Ok(())
}

/// Give back unread read-ahead by moving the raw position back over it.
pub fn rewind_read(vm: &mut Vm, b: &BufferedObj, raw: &RawIo) -> PyResult<()> {
    let unread = {
        let mut s = st(vm, b)?;
        let u = s.unread();
        s.rbuf.clear();
        s.rpos = 0;
        u
    };
    if unread > 0 {
        raw.seek(vm, -(unread as i64), 1)?;
    }
    Ok(())
}

/// `read(n)`: `n < 0` reads to end of file; `None` when nothing could be
/// read without blocking.
pub fn read(vm: &mut Vm, b: &BufferedObj, n: i64) -> PyResult<Option<Vec<u8>>> {
    let raw = RawIo::of(vm, b)?;
    check_open(vm, &raw, "read")?;
    flush_writes(vm, b, &raw)?;
    if n < 0 {
        let mut out = st(vm, b)?.take(usize::MAX);
        match raw.read_all(vm)? {
            Some(d) => out.extend_from_slice(&d),
            None if out.is_empty() => return Ok(None),
            None => {}
        }
        return Ok(Some(out));
    }
    let n = n as usize;
    let (mut out, size) = {
        let mut s = st(vm, b)?;
        (s.take(n), s.size)
    };
    while out.len() < n {
        let want = n - out.len();
        let chunk = raw.read(vm, if want >= size { want } else { size })?;
        match chunk {
            None if out.is_empty() => return Ok(None),
            None => break,
            Some(c) if c.is_empty() => break,
            Some(c) => {
                if c.len() <= want {
                    out.extend_from_slice(&c);
                } else {
                    out.extend_from_slice(&c[..want]);
                    let mut s = st(vm, b)?;
                    s.rbuf = c[want..].to_vec();
                    s.rpos = 0;
                }
            }
        }
    }
    Ok(Some(out))
}

/// Fill an empty read buffer with one raw read; false at end of file.
fn fill(vm: &mut Vm, b: &BufferedObj, raw: &RawIo) -> PyResult<bool> {
    let size = st(vm, b)?.size;
    match raw.read(vm, size)? {
        Some(c) if !c.is_empty() => {
            let mut s = st(vm, b)?;
            s.rbuf.extend_from_slice(&c);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `read1(n)`: at most one raw read.
pub fn read1(vm: &mut Vm, b: &BufferedObj, n: i64) -> PyResult<Vec<u8>> {
    let raw = RawIo::of(vm, b)?;
    check_open(vm, &raw, "read")?;
    let (unread, size) = {
        let s = st(vm, b)?;
        (s.unread(), s.size)
    };
    let n = if n < 0 { size } else { n as usize };
    if n == 0 {
        return Ok(Vec::new());
    }
    if unread > 0 {
        return Ok(st(vm, b)?.take(n));
    }
    flush_writes(vm, b, &raw)?;
    if n >= size {
        return Ok(raw.read(vm, n)?.unwrap_or_default());
    }
    fill(vm, b, &raw)?;
    Ok(st(vm, b)?.take(n))
}

/// `peek(n)`: the buffered bytes, after one raw read if there are none.
pub fn peek(vm: &mut Vm, b: &BufferedObj) -> PyResult<Vec<u8>> {
    let raw = RawIo::of(vm, b)?;
    check_open(vm, &raw, "peek")?;
    flush_writes(vm, b, &raw)?;
    if st(vm, b)?.unread() == 0 {
        fill(vm, b, &raw)?;
    }
    let s = st(vm, b)?;
    Ok(s.rbuf[s.rpos..].to_vec())
}

/// `readline(limit)`: through the next `\n` (or `limit` bytes, or EOF).
pub fn readline(vm: &mut Vm, b: &BufferedObj, limit: i64) -> PyResult<Vec<u8>> {
    let raw = RawIo::of(vm, b)?;
    check_open(vm, &raw, "readline")?;
    flush_writes(vm, b, &raw)?;
    let limit = if limit < 0 { usize::MAX } else { limit as usize };
    let mut out = Vec::new();
    loop {
        let done = {
            let mut s = st(vm, b)?;
            let avail = &s.rbuf[s.rpos..];
            let room = limit - out.len();
            match memchr::memchr(b'\n', avail) {
                Some(i) if i < room => {
                    let line = s.take(i + 1);
                    out.extend_from_slice(&line);
                    true
                }
                _ => {
                    let part = s.take(room);
                    out.extend_from_slice(&part);
                    out.len() >= limit
                }
            }
        };
        if done || !fill(vm, b, &raw)? {
            return Ok(out);
        }
    }
}

/// `write(data)`: buffered; returns the number of bytes taken.
pub fn write(vm: &mut Vm, b: &BufferedObj, data: &[u8]) -> PyResult<usize> {
    write_owned(vm, b, data.to_vec())
}

/// `write` taking the bytes by value (moved into an empty buffer).
pub fn write_owned(vm: &mut Vm, b: &BufferedObj, data: Vec<u8>) -> PyResult<usize> {
    let raw = RawIo::of(vm, b)?;
    if raw.closed(vm)? {
        return Err(vm.value_error("write to closed file"));
    }
    if st(vm, b)?.unread() > 0 {
        rewind_read(vm, b, &raw)?;
    }
    let n = data.len();
    // Fits in the buffer: keep it there (moved, when the buffer is empty).
    let size = {
        let mut s = st(vm, b)?;
        if s.wbuf.len() + n <= s.size {
            if s.wbuf.is_empty() {
                s.wbuf = data;
            } else {
                s.wbuf.extend_from_slice(&data);
            }
            return Ok(n);
        }
        s.size
    };
    // Otherwise write out what is buffered, then the new data directly
    // while more than a buffer's worth remains; buffer the rest.
    flush_writes(vm, b, &raw)?;
    let mut off = 0;
    while n - off > size {
        match raw.write(vm, &data[off..])? {
            Some(k) if k > 0 => off += k,
            _ => break,
        }
    }
    let mut s = st(vm, b)?;
    s.wbuf.extend_from_slice(&data[off..]);
    Ok(n)
}

/// `flush()` of a writer: write out and give back read-ahead.
pub fn flush(vm: &mut Vm, b: &BufferedObj) -> PyResult<()> {
    let raw = RawIo::of(vm, b)?;
    if raw.closed(vm)? {
        return Err(vm.value_error("flush of closed file"));
    }
    flush_writes(vm, b, &raw)?;
    if st(vm, b)?.unread() > 0 && raw.seekable(vm)? {
        rewind_read(vm, b, &raw)?;
    }
    Ok(())
}

/// `tell()`: the raw position corrected for buffered bytes.
pub fn tell(vm: &mut Vm, b: &BufferedObj) -> PyResult<i64> {
    let raw = RawIo::of(vm, b)?;
    let p = raw.tell(vm)?;
    let s = st(vm, b)?;
    Ok((p - s.unread() as i64 + s.wbuf.len() as i64).max(0))
}

/// `seek(pos, whence)`.
pub fn seek(vm: &mut Vm, b: &BufferedObj, pos: i64, whence: i64) -> PyResult<i64> {
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(&format!("whence value {whence} unsupported")));
    }
    let raw = RawIo::of(vm, b)?;
    check_open(vm, &raw, "seek")?;
    flush_writes(vm, b, &raw)?;
    let unread = {
        let mut s = st(vm, b)?;
        let u = s.unread();
        // A seek inside the read-ahead needs no system call.
        if whence == 1 && pos >= 0 && (pos as usize) <= u {
            s.rpos += pos as usize;
            drop(s);
            return tell(vm, b);
        }
        s.rbuf.clear();
        s.rpos = 0;
        u
    };
    let pos = if whence == 1 { pos - unread as i64 } else { pos };
    raw.seek(vm, pos, whence)
}

/// `truncate(pos)`: flush, then truncate the raw stream.
pub fn truncate(vm: &mut Vm, b: &BufferedObj, pos: Value) -> PyResult<Value> {
    let raw = RawIo::of(vm, b)?;
    check_open(vm, &raw, "truncate")?;
    flush_writes(vm, b, &raw)?;
    rewind_read(vm, b, &raw)?;
    let pos = if pos.is_none() {
        let p = raw.tell(vm)?;
        vm.new_int(p)
    } else {
        pos
    };
    match &raw {
        RawIo::Native(_) => {
            let f = b.raw.get();
            call(vm, f, "truncate", &[pos])
        }
        RawIo::Py(r) => call(vm, *r, "truncate", &[pos]),
    }
}

/// `close()`: flush, then close the raw stream (a no-op when closed).
pub fn close(vm: &mut Vm, b: &BufferedObj) -> PyResult<()> {
    let raw = RawIo::of(vm, b)?;
    if raw.closed(vm)? {
        return Ok(());
    }
    let flushed = flush_writes(vm, b, &raw);
    {
        let mut s = st(vm, b)?;
        s.rbuf.clear();
        s.rpos = 0;
    }
    let r = b.raw.get();
    let closed = call(vm, r, "close", &[]);
    flushed?;
    closed.map(|_| ())
}
