//! Payloads of types defined by native stdlib modules (`modules/`):
//! `collections.deque`, and `NativeObj`, a few values plus an attribute
//! store, which serves the small callable objects (`functools.partial`,
//! `operator.itemgetter`, ...) whose behaviour is decided by their class.

use super::attrs::Attrs;
use super::{Layout, ObjHeader, PyPayload, VCell};
use crate::value::Value;
use std::cell::Cell;
use std::collections::VecDeque;
use taipan_gc::{Trace, Tracer};

/// `collections.deque`. The attribute store is used only by subclasses
/// (`deque` itself has no `__dict__`).
#[repr(C)]
pub struct DequeObj {
    pub header: ObjHeader,
    pub items: VCell<VecDeque<Value>>,
    /// None: unbounded.
    pub maxlen: Cell<Option<usize>>,
    /// Bumped by every mutation that invalidates iterators.
    pub state: Cell<u64>,
    pub attrs: Attrs,
}
unsafe impl PyPayload for DequeObj {
    const LAYOUT: Layout = Layout::Deque;
}
unsafe impl Trace for DequeObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.items.with(|v| v.iter().for_each(|x| x.trace(t)));
        self.attrs.trace(t);
    }
}

impl DequeObj {
    pub fn len(&self) -> usize {
        self.items.with(|v| v.len())
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.with(|v| v.get(i).copied())
    }
    /// Record a mutation (iterators notice).
    pub fn touch(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
}

/// An object of a native-module class that is a fixed number of values
/// (their meaning is the class's business) plus an attribute store.
#[repr(C)]
pub struct NativeObj {
    pub header: ObjHeader,
    pub slots: Box<[Cell<Value>]>,
    pub attrs: Attrs,
}
unsafe impl PyPayload for NativeObj {
    const LAYOUT: Layout = Layout::Native;
}
unsafe impl Trace for NativeObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.slots.iter().for_each(|c| c.get().trace(t));
        self.attrs.trace(t);
    }
}

impl NativeObj {
    /// Slot `i` (NULL when out of range).
    pub fn slot(&self, i: usize) -> Value {
        self.slots.get(i).map(|c| c.get()).unwrap_or(Value::NULL)
    }
}
