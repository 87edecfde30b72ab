//! Weak references (`weakref.ref`, `weakref.proxy`): objects that point at
//! another object without keeping it alive.
//!
//! The referent is *not* traced. Every weak reference is registered with the
//! interpreter's weak table (`crate::collect::weak`) under its referent, and
//! a collection clears the weak references of every referent it is about to
//! free before sweeping, so `referent` never dangles.

use super::{Layout, ObjHeader, PyPayload};
use crate::value::Value;
use std::cell::Cell;
use taipan_gc::{Trace, Tracer};

/// A weak reference or proxy (layout `WeakRef` for `ReferenceType` and its
/// subclasses, `WeakProxy` for `ProxyType`/`CallableProxyType`).
#[repr(C)]
pub struct WeakRefObj {
    pub header: ObjHeader,
    /// The referent, or NULL once it has been collected. Not traced.
    pub referent: Cell<Value>,
    /// The callback, or NULL (none given, or already called).
    pub callback: Cell<Value>,
    /// `hash(ref)`, cached on first use (-1 = not yet).
    pub hash: Cell<i64>,
}

// SAFETY: `#[repr(C)]` with the header first; classes of layout WeakRef and
// WeakProxy are only ever instantiated with this struct (or `WithAttrs` of it).
unsafe impl PyPayload for WeakRefObj {
    const LAYOUT: Layout = Layout::WeakRef;
    #[inline(always)]
    fn layout_ok(l: Layout) -> bool {
        l == Layout::WeakRef || l == Layout::WeakProxy
    }
}

// SAFETY: the referent is deliberately not reported (it is weak); the weak
// table keeps it from dangling.
unsafe impl Trace for WeakRefObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.callback.get().trace(t);
    }
}

impl WeakRefObj {
    /// The referent if it is still alive.
    #[inline]
    pub fn get(&self) -> Option<Value> {
        let r = self.referent.get();
        (!r.is_null()).then_some(r)
    }
}
