//! Heap code objects: compiled code with its constants materialised.

use super::{Layout, ObjHeader, PyPayload};
use crate::bytecode::CompiledCode;
use crate::value::Value;
use std::cell::Cell;
use std::rc::Rc;
use taipan_gc::{Trace, Tracer};

#[repr(C)]
pub struct CodeObj {
    pub header: ObjHeader,
    pub meta: Rc<CompiledCode>,
    /// Code units; mutable so the interpreter can quicken them in place.
    pub units: Box<[Cell<u32>]>,
    pub consts: Box<[Value]>,
    /// Interned strs for `meta.names`.
    pub names: Box<[Value]>,
    /// Interned strs for `meta.varnames`.
    pub varnames: Box<[Value]>,
    pub nlocals: usize,
    pub ncells: usize,
    pub nfrees: usize,
    pub flags: u32,
    /// Header + locals + cells + frees + value stack, in frame slots.
    pub frame_size: usize,
    /// The positional argument count when a call with exactly that many
    /// positional arguments binds them to the first locals as they are
    /// (no defaults needed, no keyword-only, `*args`, `**kwargs`, not a
    /// generator); else -1. The CALL_PY_EXACT_ARGS form checks this.
    pub exact_argc: i32,
}
unsafe impl PyPayload for CodeObj {
    const LAYOUT: Layout = Layout::Code;
}
unsafe impl Trace for CodeObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.consts.iter().for_each(|v| v.trace(t));
        self.names.iter().for_each(|v| v.trace(t));
        self.varnames.iter().for_each(|v| v.trace(t));
    }
}

impl CodeObj {
    #[inline(always)]
    pub fn nlocalsplus(&self) -> usize {
        self.nlocals + self.ncells + self.nfrees
    }
    /// Source line of code unit `ip` (0 when unknown).
    pub fn line_of(&self, ip: usize) -> u32 {
        self.meta.locations.get(ip).map(|l| l.line).unwrap_or(0)
    }
}
