//! Exception instances and traceback entries.

use super::attrs::Attrs;
use super::{trace_cell, Layout, ObjHeader, PyPayload};
use crate::value::Value;
use std::cell::Cell;
use taipan_gc::{Trace, Tracer};

#[repr(C)]
pub struct ExceptionObj {
    pub header: ObjHeader,
    /// A tuple.
    pub args: Cell<Value>,
    /// Traceback object or None (NULL = None).
    pub traceback: Cell<Value>,
    pub cause: Cell<Value>,
    pub context: Cell<Value>,
    pub suppress_context: Cell<bool>,
    pub attrs: Attrs,
}
unsafe impl PyPayload for ExceptionObj {
    const LAYOUT: Layout = Layout::Exception;
}
unsafe impl Trace for ExceptionObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        for c in [&self.args, &self.traceback, &self.cause, &self.context] {
            trace_cell(c, t);
        }
        self.attrs.trace(t);
    }
}

/// One traceback entry: a code object and the instruction that was running.
#[repr(C)]
pub struct TracebackObj {
    pub header: ObjHeader,
    pub next: Cell<Value>,
    pub code: Value,
    pub ip: u32,
    /// The frame's globals (for NameError suggestions).
    pub globals: Value,
}
unsafe impl PyPayload for TracebackObj {
    const LAYOUT: Layout = Layout::Traceback;
}
unsafe impl Trace for TracebackObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        trace_cell(&self.next, t);
        self.code.trace(t);
        self.globals.trace(t);
    }
}
