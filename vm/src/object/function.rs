//! Callables: Python functions, builtin functions/methods, bound methods, cells.

use super::attrs::Attrs;
use super::code::CodeObj;
use super::dict::DictObj;
use super::{trace_cell, Gc, Layout, ObjHeader, PyPayload};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;
use taipan_gc::{Trace, Tracer};

#[repr(C)]
pub struct FunctionObj {
    pub header: ObjHeader,
    pub code: Cell<Gc<CodeObj>>,
    pub globals: Gc<DictObj>,
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    /// Tuple or NULL.
    pub defaults: Cell<Value>,
    /// Dict or NULL.
    pub kwdefaults: Cell<Value>,
    /// Tuple of cells or NULL.
    pub closure: Value,
    pub doc: Cell<Value>,
    pub module: Cell<Value>,
    /// Dict or NULL.
    pub annotations: Cell<Value>,
    pub attrs: Attrs,
}
unsafe impl PyPayload for FunctionObj {
    const LAYOUT: Layout = Layout::Function;
}
unsafe impl Trace for FunctionObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.code.get().trace(t);
        self.globals.trace(t);
        for c in [&self.name, &self.qualname, &self.defaults, &self.kwdefaults, &self.doc, &self.module, &self.annotations] {
            trace_cell(c, t);
        }
        self.closure.trace(t);
        self.attrs.trace(t);
    }
}

/// Signature of natively implemented callables. `args` holds positional
/// arguments followed by the values of keyword arguments whose names are
/// `kwnames` (CPython's vectorcall convention).
pub type NativeFn = fn(&mut Vm, &[Value], &[Value]) -> PyResult;

/// A builtin function, or a method descriptor of a builtin type when
/// `owner` is a type (it binds like a Python function when looked up on an
/// instance), or a bound builtin method when `bound` is set.
#[repr(C)]
pub struct BuiltinFnObj {
    pub header: ObjHeader,
    pub name: &'static str,
    pub func: NativeFn,
    /// The owning type for method descriptors, else NULL.
    pub owner: Value,
    /// The receiver for bound builtin methods, else NULL.
    pub bound: Value,
    /// Module name for plain functions (repr, `__module__`).
    pub module: Value,
    /// Checked by `Vm::call` before `func` runs.
    pub arity: crate::builtins::args::Arity,
}
unsafe impl PyPayload for BuiltinFnObj {
    const LAYOUT: Layout = Layout::BuiltinFunction;
}
unsafe impl Trace for BuiltinFnObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.owner.trace(t);
        self.bound.trace(t);
        self.module.trace(t);
    }
}

#[repr(C)]
pub struct BoundMethodObj {
    pub header: ObjHeader,
    pub func: Value,
    pub receiver: Value,
}
unsafe impl PyPayload for BoundMethodObj {
    const LAYOUT: Layout = Layout::BoundMethod;
}
unsafe impl Trace for BoundMethodObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.func.trace(t);
        self.receiver.trace(t);
    }
}

/// A closure cell.
#[repr(C)]
pub struct CellObj {
    pub header: ObjHeader,
    pub value: Cell<Value>,
}
unsafe impl PyPayload for CellObj {
    const LAYOUT: Layout = Layout::Cell;
}
unsafe impl Trace for CellObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        trace_cell(&self.value, t);
    }
}
