//! Helper objects of coroutines and async generators: the awaitables that
//! `coro.__await__()`, `agen.asend()`, `agen.athrow()` and `agen.aclose()`
//! return, and the frame view behind `gi_frame`/`cr_frame`/`ag_frame`.

use super::{Layout, ObjHeader, PyPayload};
use crate::value::Value;
use std::cell::Cell;
use taipan_gc::{Trace, Tracer};

/// Which operation an `AwaitOpObj` performs on its target.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AwaitOpKind {
    /// `coroutine_wrapper`: `coro.__await__()`, forwards everything.
    Wrapper,
    /// `async_generator_asend`: `__anext__()` / `asend(v)`.
    ASend,
    /// `async_generator_athrow` created by `athrow(...)`.
    AThrow,
    /// `async_generator_athrow` created by `aclose()`.
    AClose,
    /// `anext_awaitable`: `anext(aiter, default)`; the target is any async iterator.
    ANext,
}

/// State of an asend/athrow awaitable (CPython's AWAITABLE_STATE_*).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AwaitOpState {
    Init,
    Iter,
    Closed,
}

#[repr(C)]
pub struct AwaitOpObj {
    pub header: ObjHeader,
    /// The coroutine or async generator (a `GeneratorObj`).
    pub target: Value,
    pub kind: AwaitOpKind,
    pub state: Cell<AwaitOpState>,
    /// ASend: the value to send first; AThrow: the tuple of `athrow`
    /// arguments; ANext: the default.
    pub arg: Value,
    /// ANext: the awaitable iterator of `target.__anext__()` once created.
    pub inner: Cell<Value>,
}
unsafe impl PyPayload for AwaitOpObj {
    const LAYOUT: Layout = Layout::AwaitOp;
}
unsafe impl Trace for AwaitOpObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.target.trace(t);
        self.arg.trace(t);
        self.inner.get().trace(t);
    }
}

/// A frame object: either a live view of a generator-like object's frame
/// (`owner`), or a snapshot of a frame on the frame stack taken when Python
/// code asked for it (`sys._getframe`, `tb_frame`): code, globals, a copy of
/// the locals, the instruction and the caller's snapshot.
#[repr(C)]
pub struct FrameObj {
    pub header: ObjHeader,
    /// The generator, coroutine or async generator owning the frame (NULL for a snapshot).
    pub owner: Value,
    pub code: Value,
    pub globals: Value,
    pub locals: Value,
    pub lasti: i64,
    pub back: Value,
}
unsafe impl PyPayload for FrameObj {
    const LAYOUT: Layout = Layout::Frame;
}
unsafe impl Trace for FrameObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.owner.trace(t);
        self.code.trace(t);
        self.globals.trace(t);
        self.locals.trace(t);
        self.back.trace(t);
    }
}
