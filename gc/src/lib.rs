//! `taipan-gc`: the garbage-collected heap of Taipan.
//!
//! A per-interpreter, single-threaded, **non-moving** mark-sweep heap:
//!
//! * small objects live in 256 KiB blocks segregated by size class and are
//!   allocated by popping a free list or bumping a pointer;
//! * large objects are allocated individually;
//! * roots are given precisely by a callback, and the native stack plus the
//!   callee-saved registers are scanned **conservatively** (interior pointers
//!   keep their object alive);
//! * marking is iterative (explicit mark stack), sweeping runs each dead
//!   object's `Drop`.
//!
//! There is no global state: several heaps may exist on different threads.
//!
//! # Example
//!
//! ```
//! use taipan_gc::{Heap, Trace, Tracer};
//!
//! struct Pair { left: *mut Pair, right: *mut Pair }
//!
//! // SAFETY: reports both gc pointers it holds.
//! unsafe impl Trace for Pair {
//!     fn trace(&self, t: &mut Tracer) {
//!         t.mark(self.left as *const u8);
//!         t.mark(self.right as *const u8);
//!     }
//! }
//!
//! let mut heap = Heap::new();
//! let leaf = heap.alloc(Pair { left: std::ptr::null_mut(), right: std::ptr::null_mut() });
//! let root = heap.alloc(Pair { left: leaf, right: leaf });
//! heap.alloc(Pair { left: std::ptr::null_mut(), right: std::ptr::null_mut() }); // garbage
//! assert_eq!(heap.stats().objects_live, 3);
//! // SAFETY: `root` is reported; no stack base is set, so nothing else survives.
//! unsafe { heap.collect(&mut |t: &mut Tracer| t.mark(root as *const u8)) };
//! assert_eq!(heap.stats().objects_live, 2);
//! assert!(heap.contains(leaf as *const u8));
//! ```
#![deny(missing_docs)]
#![deny(unsafe_op_in_unsafe_fn)]

mod block;
mod header;
mod heap;
mod large;
mod stack;
mod trace_impls;
mod tracer;

#[cfg(test)]
mod tests;

pub use heap::{AllocError, Heap, HeapStats, DEFAULT_GROWTH_PERCENT, DEFAULT_MIN_THRESHOLD, LIMIT_GRACE};
pub use tracer::Tracer;

use std::marker::PhantomData;

/// Type-erased per-type information stored by the gc for every allocated cell.
pub struct GcVTable {
    /// Traces the object at the given address (calls `Trace::trace`).
    pub trace: unsafe fn(*const u8, &mut Tracer),
    /// Drops the object at the given address in place.
    pub drop: unsafe fn(*mut u8),
    /// Type name, for debugging (currently always `"gc object"` for
    /// vtables made by [`vtable`], as `type_name` is not const yet).
    pub name: &'static str,
}

impl std::fmt::Debug for GcVTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GcVTable")
            .field("name", &self.name)
            .finish()
    }
}

/// Implemented by every type stored in the heap.
///
/// # Safety
/// `trace` must report (with [`Tracer::mark`] or [`Tracer::mark_conservative`])
/// every gc pointer the value holds, including those inside owned Rust
/// containers. `Drop` of an implementing type must not touch other gc
/// objects (they may already be freed).
pub unsafe trait Trace {
    /// Reports every gc pointer held by `self`.
    fn trace(&self, t: &mut Tracer);
}

struct VT<T>(PhantomData<T>);

impl<T: Trace> VT<T> {
    const V: GcVTable = GcVTable {
        trace: trace_erased::<T>,
        drop: drop_erased::<T>,
        // `std::any::type_name` is not usable in const context yet.
        name: "gc object",
    };
}

/// # Safety
/// `p` points to a live `T`.
unsafe fn trace_erased<T: Trace>(p: *const u8, t: &mut Tracer) {
    // SAFETY: guaranteed by the caller (the vtable belongs to this object).
    unsafe { (*p.cast::<T>()).trace(t) }
}

/// # Safety
/// `p` points to a live `T` that is never used again.
unsafe fn drop_erased<T: Trace>(p: *mut u8) {
    // SAFETY: guaranteed by the caller.
    unsafe { std::ptr::drop_in_place(p.cast::<T>()) }
}

/// The vtable the heap stores for objects of type `T`.
///
/// Note: the address is not guaranteed to be unique per type (it may be
/// duplicated across codegen units), so do not use it for type identity.
#[inline(always)]
pub fn vtable<T: Trace>() -> &'static GcVTable {
    &VT::<T>::V
}

/// The vtable of the object at `p`.
///
/// # Safety
/// `p` must be the start of an allocated object of some live heap.
#[inline]
pub unsafe fn vtable_of(p: *const u8) -> &'static GcVTable {
    // SAFETY: allocated objects carry a valid header word.
    unsafe { header::vtable_of_header(*header::slot(p)) }
}
