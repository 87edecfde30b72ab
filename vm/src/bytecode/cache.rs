//! The compile cache's file format: a `CompiledCode` (with its nested code
//! objects) as compact bytes, and back.
//!
//! Layout (integers little-endian):
//!
//! | bytes | field |
//! | --- | --- |
//! | 0..8 | magic `\x89TPC\r\n\x1a\n` |
//! | 8..12 | format version (`FORMAT_VERSION`) |
//! | 12..20 | build hash (the package version and the vm's sources, `build.rs`) |
//! | 20..28 | source mtime, ns since the epoch (two's complement) |
//! | 28..36 | source size in bytes |
//! | 36..40 | payload length |
//! | 40..48 | payload checksum (`checksum`) |
//! | 48.. | payload |
//!
//! The payload is a string table (every distinct name and str constant
//! once, shared by all the code objects: LEB128 count, then LEB128 length +
//! UTF-8 for each) followed by the module's code object. Code objects are
//! written field by field: counts and small numbers as LEB128 varints,
//! strings as table indices, code units as raw `u32`s without their
//! inline-cache units (zero in the compiler's output, zero-filled again on
//! reading), locations as runs of equal ones, each a delta from the previous. The file name is not stored: `deserialize` is
//! given the path the source was found at and puts it in every code object
//! (as CPython fixes up `co_filename` when a cached module moved).
//!
//! Reading is total: every length is checked against the bytes left, every
//! index against its table, every opcode with `Op::from_u8`, and the
//! arguments the interpreter uses as table indices or jump targets against
//! their tables (`validate`). Anything unexpected gives `None`, and the
//! caller compiles the source again.

use super::code::{CompiledCode, Const, ExceptionEntry, Location};
use super::opcodes::{Op, INPLACE};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::rc::Rc;

/// First bytes of every cache file.
pub const MAGIC: [u8; 8] = *b"\x89TPC\r\n\x1a\n";
/// Bumped when the layout changes.
pub const FORMAT_VERSION: u32 = 2;
/// Identifies the build that wrote a file (see `build.rs`).
pub const BUILD_HASH: &str = env!("TAIPAN_BUILD_HASH");
const HEADER_LEN: usize = 48;
/// Deepest nesting of code objects and constant tuples accepted.
const MAX_DEPTH: u32 = 1000;

/// The build hash as a number.
pub fn build_hash() -> u64 {
    u64::from_str_radix(BUILD_HASH, 16).unwrap_or(0)
}

/// A 64-bit checksum of the payload (8 bytes at a time, multiply-rotate
/// mixing; detects corruption, not an adversary).
pub fn checksum(data: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0x243F_6A88_85A3_08D3 ^ (data.len() as u64).wrapping_mul(K);
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    let mut tail = [0u8; 8];
    let rest = chunks.remainder();
    tail[..rest.len()].copy_from_slice(rest);
    h = (h ^ u64::from_le_bytes(tail)).wrapping_mul(K).rotate_left(29);
    // Each step is a bijection, so payloads differing in one word always differ here.
    h ^= h >> 33;
    h = h.wrapping_mul(K);
    h ^ (h >> 29)
}

// ---------------------------------------------------------------- writing

struct Writer {
    strings: HashMap<Rc<str>, u32>,
    order: Vec<Rc<str>>,
    body: Vec<u8>,
}

fn put_uvar(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

impl Writer {
    fn uvar(&mut self, v: u64) {
        put_uvar(&mut self.body, v);
    }
    fn ivar(&mut self, v: i64) {
        put_uvar(&mut self.body, zigzag(v));
    }
    fn str(&mut self, s: &Rc<str>) {
        let next = self.order.len() as u32;
        let idx = *self.strings.entry(s.clone()).or_insert(next);
        if idx == next {
            self.order.push(s.clone());
        }
        self.uvar(idx as u64);
    }
    fn strs(&mut self, v: &[Rc<str>]) {
        self.uvar(v.len() as u64);
        v.iter().for_each(|s| self.str(s));
    }
    fn const_(&mut self, c: &Const) {
        match c {
            Const::None => self.body.push(0),
            Const::Bool(false) => self.body.push(1),
            Const::Bool(true) => self.body.push(2),
            Const::Ellipsis => self.body.push(3),
            Const::Int(i) => {
                self.body.push(4);
                self.ivar(*i);
            }
            Const::BigInt(b) => {
                self.body.push(5);
                let bytes = b.to_signed_bytes_le();
                self.uvar(bytes.len() as u64);
                self.body.extend_from_slice(&bytes);
            }
            Const::Float(f) => {
                self.body.push(6);
                self.body.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Const::Complex { re, im } => {
                self.body.push(7);
                self.body.extend_from_slice(&re.to_bits().to_le_bytes());
                self.body.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            Const::Str(s) => {
                self.body.push(8);
                self.str(s);
            }
            Const::Wtf8(b) => {
                self.body.push(12);
                self.uvar(b.len() as u64);
                self.body.extend_from_slice(b);
            }
            Const::Bytes(b) => {
                self.body.push(9);
                self.uvar(b.len() as u64);
                self.body.extend_from_slice(b);
            }
            Const::Tuple(items) => {
                self.body.push(10);
                self.uvar(items.len() as u64);
                items.iter().for_each(|c| self.const_(c));
            }
            Const::Code(code) => {
                self.body.push(11);
                self.code(code);
            }
        }
    }
    fn code(&mut self, c: &CompiledCode) {
        self.str(&c.name);
        self.str(&c.qualname);
        for v in [c.flags, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.stacksize, c.first_line] {
            self.uvar(v as u64);
        }
        // Instruction units only: inline caches are zero in the compiler's
        // output (`validate` insists) and are restored as zeros.
        self.uvar(c.code.len() as u64);
        let mut i = 0;
        while i < c.code.len() {
            let u = c.code[i];
            self.body.extend_from_slice(&u.to_le_bytes());
            i += Op::from_u8(u as u8).map(|op| 1 + op.cache_units()).unwrap_or(1);
        }
        self.uvar(c.consts.len() as u64);
        c.consts.iter().for_each(|k| self.const_(k));
        self.strs(&c.names);
        self.strs(&c.varnames);
        self.strs(&c.cellvars);
        self.uvar(c.cell2arg.len() as u64);
        for a in &c.cell2arg {
            self.uvar(a.map(|i| i as u64 + 1).unwrap_or(0));
        }
        self.strs(&c.freevars);
        self.uvar(c.exception_table.len() as u64);
        for e in &c.exception_table {
            for v in [e.start, e.end, e.target, e.depth, e.lasti as u32] {
                self.uvar(v as u64);
            }
        }
        // Runs of equal locations (an instruction's cache units repeat its
        // location): run length, then the location as deltas.
        let runs: Vec<(usize, Location)> = c.locations.chunk_by(|a, b| a == b).map(|r| (r.len(), r[0])).collect();
        self.uvar(runs.len() as u64);
        let mut prev = Location::default();
        for (n, l) in runs {
            self.uvar(n as u64);
            self.ivar(l.line as i64 - prev.line as i64);
            self.ivar(l.end_line as i64 - l.line as i64);
            self.ivar(l.col as i64 - prev.col as i64);
            self.ivar(l.end_col as i64 - l.col as i64);
            prev = l;
        }
        match &c.doc {
            None => self.uvar(0),
            Some(d) => {
                self.uvar(1);
                self.str(d);
            }
        }
    }
}

/// The cache file for `code`, compiled from a source file with this mtime
/// (ns since the epoch) and size.
pub fn serialize(code: &CompiledCode, source_mtime_ns: i64, source_size: u64) -> Vec<u8> {
    let mut w = Writer { strings: HashMap::new(), order: Vec::new(), body: Vec::new() };
    w.code(code);
    let mut payload = Vec::with_capacity(w.body.len() + 16 * w.order.len() + 8);
    put_uvar(&mut payload, w.order.len() as u64);
    for s in &w.order {
        put_uvar(&mut payload, s.len() as u64);
        payload.extend_from_slice(s.as_bytes());
    }
    payload.extend_from_slice(&w.body);
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&build_hash().to_le_bytes());
    out.extend_from_slice(&source_mtime_ns.to_le_bytes());
    out.extend_from_slice(&source_size.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u32).to_le_bytes());
    out.extend_from_slice(&checksum(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

// ---------------------------------------------------------------- reading

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    strings: Vec<Rc<str>>,
    filename: Rc<str>,
}

impl<'a> Reader<'a> {
    fn left(&self) -> usize {
        self.data.len() - self.pos
    }
    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.left() {
            return None;
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        self.bytes(1).map(|b| b[0])
    }
    fn u32_raw(&mut self) -> Option<u32> {
        self.bytes(4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64_raw(&mut self) -> Option<u64> {
        let b = self.bytes(8)?;
        Some(u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
    }
    fn uvar(&mut self) -> Option<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            let bits = (b & 0x7f) as u64;
            if shift == 63 && bits > 1 {
                return None;
            }
            v |= bits << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    fn u32v(&mut self) -> Option<u32> {
        u32::try_from(self.uvar()?).ok()
    }
    fn ivar(&mut self) -> Option<i64> {
        self.uvar().map(unzigzag)
    }
    /// A count of items each taking at least `min_bytes` bytes: never more
    /// than the bytes left could hold.
    fn count(&mut self, min_bytes: usize) -> Option<usize> {
        let n = usize::try_from(self.uvar()?).ok()?;
        (n <= self.left() / min_bytes.max(1)).then_some(n)
    }
    fn str(&mut self) -> Option<Rc<str>> {
        let i = usize::try_from(self.uvar()?).ok()?;
        self.strings.get(i).cloned()
    }
    fn strs(&mut self) -> Option<Vec<Rc<str>>> {
        let n = self.count(1)?;
        (0..n).map(|_| self.str()).collect()
    }
    fn f64(&mut self) -> Option<f64> {
        self.u64_raw().map(f64::from_bits)
    }
    fn const_(&mut self, depth: u32) -> Option<Const> {
        if depth > MAX_DEPTH {
            return None;
        }
        Some(match self.u8()? {
            0 => Const::None,
            1 => Const::Bool(false),
            2 => Const::Bool(true),
            3 => Const::Ellipsis,
            4 => Const::Int(self.ivar()?),
            5 => {
                let n = self.count(1)?;
                Const::BigInt(BigInt::from_signed_bytes_le(self.bytes(n)?))
            }
            6 => Const::Float(self.f64()?),
            7 => Const::Complex { re: self.f64()?, im: self.f64()? },
            8 => Const::Str(self.str()?),
            9 => {
                let n = self.count(1)?;
                Const::Bytes(self.bytes(n)?.to_vec())
            }
            10 => {
                let n = self.count(1)?;
                let items = (0..n).map(|_| self.const_(depth + 1)).collect::<Option<Vec<_>>>()?;
                Const::Tuple(items)
            }
            11 => Const::Code(Rc::new(self.code(depth + 1)?)),
            12 => {
                let n = self.count(1)?;
                let b = self.bytes(n)?;
                // A damaged cache must not yield malformed str text.
                if !crate::text::wtf8::is_well_formed(b) {
                    return None;
                }
                Const::Wtf8(Rc::from(b))
            }
            _ => return None,
        })
    }
    fn code(&mut self, depth: u32) -> Option<CompiledCode> {
        if depth > MAX_DEPTH {
            return None;
        }
        let name = self.str()?;
        let qualname = self.str()?;
        let flags = self.u32v()?;
        let argcount = self.u32v()?;
        let posonlyargcount = self.u32v()?;
        let kwonlyargcount = self.u32v()?;
        let stacksize = self.u32v()?;
        let first_line = self.u32v()?;
        // Code units: instructions only, their inline caches zero-filled.
        // (`n` may exceed the bytes left by the cache units' share, at most
        // 7 units per 4-byte instruction.)
        let n = usize::try_from(self.uvar()?).ok()?;
        if n > self.left().saturating_mul(2) {
            return None;
        }
        let mut code = Vec::with_capacity(n);
        while code.len() < n {
            let u = self.u32_raw()?;
            let op = Op::from_u8(u as u8)?;
            code.push(u);
            code.resize(code.len() + op.cache_units(), 0);
        }
        if code.len() != n {
            return None;
        }
        let n = self.count(1)?;
        let consts = (0..n).map(|_| self.const_(depth)).collect::<Option<Vec<_>>>()?;
        let names = self.strs()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let n = self.count(1)?;
        let cell2arg = (0..n)
            .map(|_| match self.u32v()? {
                0 => Some(None),
                i => Some(Some(i - 1)),
            })
            .collect::<Option<Vec<_>>>()?;
        let freevars = self.strs()?;
        let n = self.count(5)?;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            let (start, end, target, depth) = (self.u32v()?, self.u32v()?, self.u32v()?, self.u32v()?);
            let lasti = match self.u8()? {
                0 => false,
                1 => true,
                _ => return None,
            };
            exception_table.push(ExceptionEntry { start, end, target, depth, lasti });
        }
        let runs = self.count(5)?;
        let mut locations = Vec::with_capacity(code.len());
        let mut prev = Location::default();
        let field = |base: u32, delta: i64| u32::try_from(base as i64 + delta).ok();
        for _ in 0..runs {
            let k = usize::try_from(self.uvar()?).ok()?;
            if k == 0 || k > code.len() - locations.len() {
                return None;
            }
            let line = field(prev.line, self.ivar()?)?;
            let end_line = field(line, self.ivar()?)?;
            let col = field(prev.col, self.ivar()?)?;
            let end_col = field(col, self.ivar()?)?;
            prev = Location { line, end_line, col, end_col };
            locations.resize(locations.len() + k, prev);
        }
        let doc = match self.u8()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return None,
        };
        let c = CompiledCode {
            name,
            qualname,
            filename: self.filename.clone(),
            flags,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            code,
            consts,
            names,
            varnames,
            cellvars,
            cell2arg,
            freevars,
            stacksize,
            exception_table,
            locations,
            first_line,
            doc,
        };
        validate(&c).then_some(c)
    }
}

/// Read a cache file. `None` unless it is intact, was written by this
/// build, and records a source with this mtime and size.
pub fn deserialize(data: &[u8], source_mtime_ns: i64, source_size: u64, filename: &str) -> Option<CompiledCode> {
    let header = data.get(..HEADER_LEN)?;
    let word = |a: usize| u64::from_le_bytes(header[a..a + 8].try_into().unwrap_or([0; 8]));
    if header[..8] != MAGIC
        || header[8..12] != FORMAT_VERSION.to_le_bytes()
        || word(12) != build_hash()
        || word(20) != source_mtime_ns as u64
        || word(28) != source_size
    {
        return None;
    }
    let len = u32::from_le_bytes(header[36..40].try_into().ok()?) as usize;
    let payload = &data[HEADER_LEN..];
    if payload.len() != len || checksum(payload) != word(40) {
        return None;
    }
    let mut r = Reader { data: payload, pos: 0, strings: Vec::new(), filename: Rc::from(filename) };
    let n = r.count(1)?;
    let mut strings = Vec::with_capacity(n);
    for _ in 0..n {
        let len = r.count(1)?;
        strings.push(Rc::from(std::str::from_utf8(r.bytes(len)?).ok()?));
    }
    r.strings = strings;
    let code = r.code(0)?;
    (r.left() == 0).then_some(code)
}

/// Is `c` safe for the interpreter to run as far as cheap checks go? The
/// instructions decode to generic opcodes with zeroed inline caches and no
/// instruction runs past the end; the arguments the interpreter uses as
/// indices (constants, names, locals, cells, jump targets, operator
/// numbers) are in range; the tables agree with each other. (Stack depths
/// are not re-derived: the checksum guards against accidental damage.)
pub fn validate(c: &CompiledCode) -> bool {
    use super::code::flags;
    let n = c.code.len();
    let nvar = c.varnames.len();
    let nderef = c.cellvars.len() + c.freevars.len();
    let nparams = c.argcount as usize
        + c.kwonlyargcount as usize
        + (c.flags & flags::VARARGS != 0) as usize
        + (c.flags & flags::VARKEYWORDS != 0) as usize;
    if c.locations.len() != n
        || c.cell2arg.len() != c.cellvars.len()
        || c.posonlyargcount > c.argcount
        || nparams > nvar
        || c.stacksize > super::MAX_ARG
        || c.cell2arg.iter().any(|a| a.is_some_and(|i| i as usize >= nvar))
    {
        return false;
    }
    let ok_entry = |e: &ExceptionEntry| {
        e.start <= e.end && e.end as usize <= n && (e.target as usize) < n && e.depth <= c.stacksize
    };
    if !c.exception_table.iter().all(ok_entry) {
        return false;
    }
    let mut i = 0;
    while i < n {
        let unit = c.code[i];
        let Some(op) = Op::from_u8(unit as u8) else { return false };
        let arg = (unit >> 8) as usize;
        let len = 1 + op.cache_units();
        if op.is_specialized() || i + len > n || c.code[i + 1..i + len].iter().any(|&u| u != 0) {
            return false;
        }
        let in_range = match op {
            _ if op.is_jump() => arg < n,
            Op::LoadConst => arg < c.consts.len(),
            Op::KwNames => matches!(c.consts.get(arg), Some(Const::Tuple(_))),
            Op::LoadGlobal
            | Op::StoreGlobal
            | Op::DeleteGlobal
            | Op::LoadName
            | Op::StoreName
            | Op::DeleteName
            | Op::LoadAttr
            | Op::StoreAttr
            | Op::DeleteAttr
            | Op::LoadMethod
            | Op::ImportName
            | Op::ImportFrom => arg < c.names.len(),
            Op::LoadFast | Op::StoreFast | Op::DeleteFast => arg < nvar,
            Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure | Op::LoadClassDeref => arg < nderef,
            Op::BinaryOp => (arg as u32 & !INPLACE) < 13 && (arg as u32) < 2 * INPLACE,
            Op::CompareOp => arg < 6,
            Op::MakeFunction => arg < 16,
            _ => true,
        };
        if !in_range {
            return false;
        }
        i += len;
    }
    true
}

#[cfg(test)]
mod tests;
