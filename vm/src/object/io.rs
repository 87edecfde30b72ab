//! Payloads of the `_io` classes (behaviour in `modules/io/`).
//!
//! Every io object embeds an attribute store right after its header, as
//! CPython's io objects have a `__dict__` (FileIO keeps `name` there), and
//! so Python subclasses need no `WithAttrs` wrapper.
//!
//! The Rust-side state of files, buffers and text wrappers lives in
//! `Rc<RefCell<..>>` cells rather than in the objects themselves: a text
//! wrapper over a native buffered writer over a native file holds the
//! buffer's state too, so when the objects die unclosed (or at exit) the
//! pending bytes can still be written out without touching other gc
//! objects, which a `Drop` must not do (docs/gc.md rule 4).

use super::attrs::Attrs;
use super::{trace_cell, Layout, ObjHeader, PyPayload, VCell};
use crate::modules::io::buffered::BufState;
use crate::modules::io::rawfile::RawFile;
use crate::modules::io::stringio::StringState;
use crate::modules::io::textio::TextState;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use taipan_gc::{Trace, Tracer};

/// `_io.FileIO`: an OS file.
#[repr(C)]
pub struct FileIOObj {
    pub header: ObjHeader,
    pub attrs: Attrs,
    pub raw: Rc<RefCell<RawFile>>,
}

/// `BufferedReader`, `BufferedWriter`, `BufferedRandom` (one state, the
/// class says which methods exist) and `BufferedRWPair` (reads through
/// this object's state, writes through the `BufferedWriter` in `pair`).
#[repr(C)]
pub struct BufferedObj {
    pub header: ObjHeader,
    pub attrs: Attrs,
    /// The raw stream (NULL before `__init__`, None once detached).
    pub raw: Cell<Value>,
    /// `BufferedRWPair`: the writer half; NULL otherwise.
    pub pair: Cell<Value>,
    pub st: Rc<RefCell<BufState>>,
}

/// `_io.BytesIO`.
#[repr(C)]
pub struct BytesIOObj {
    pub header: ObjHeader,
    pub attrs: Attrs,
    pub buf: VCell<Vec<u8>>,
    pub pos: Cell<usize>,
    pub closed: Cell<bool>,
}

/// `_io.StringIO`.
#[repr(C)]
pub struct StringIOObj {
    pub header: ObjHeader,
    pub attrs: Attrs,
    pub st: RefCell<StringState>,
}

/// `_io.TextIOWrapper`.
#[repr(C)]
pub struct TextIOObj {
    pub header: ObjHeader,
    pub attrs: Attrs,
    /// The binary buffer (NULL before `__init__`, None once detached).
    pub buffer: Cell<Value>,
    pub st: Rc<RefCell<TextState>>,
}

macro_rules! io_payload {
    ($t:ty, $layout:ident, [$($cellf:ident),*]) => {
        unsafe impl PyPayload for $t {
            const LAYOUT: Layout = Layout::$layout;
        }
        unsafe impl Trace for $t {
            fn trace(&self, t: &mut Tracer) {
                self.header.class().trace(t);
                self.attrs.trace(t);
                $(trace_cell(&self.$cellf, t);)*
            }
        }
    };
}

io_payload!(FileIOObj, FileIO, []);
io_payload!(BufferedObj, Buffered, [raw, pair]);
io_payload!(BytesIOObj, BytesIO, []);
io_payload!(StringIOObj, StringIO, []);
io_payload!(TextIOObj, TextIO, [buffer]);
