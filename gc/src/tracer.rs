//! The marking engine: an explicit mark stack plus precise and conservative
//! mark operations.

use crate::block::{self, BlockHeader, BLOCK_MASK};
use crate::header::{self, LARGE_BIT, MARK_BIT};
use crate::large::LargeSpace;

/// Handed to root callbacks and `Trace::trace` implementations during a
/// collection; records which objects are reachable.
///
/// Marking is iterative: `mark` only pushes onto an explicit mark stack, so
/// arbitrarily deep object graphs never recurse on the native stack.
pub struct Tracer {
    stack: Vec<*const u8>,
    /// Sorted block addresses of the heap (valid for the whole collection).
    blocks: *const *mut BlockHeader,
    nblocks: usize,
    large: *const LargeSpace,
    /// Address range covering every block and large object (quick reject).
    lo: usize,
    hi: usize,
    /// Bytes of memory outside the heap owned by the objects traced so far
    /// (see [`Tracer::note_external`]).
    external: usize,
}

impl Tracer {
    /// Creates a tracer over the heap's structures.
    ///
    /// # Safety
    /// `blocks` and `large` must stay valid and unmodified while the tracer
    /// is used; `lo..hi` must cover all of them.
    pub(crate) unsafe fn new(
        stack: Vec<*const u8>,
        blocks: &[*mut BlockHeader],
        large: &LargeSpace,
        lo: usize,
        hi: usize,
    ) -> Tracer {
        Tracer {
            stack,
            blocks: blocks.as_ptr(),
            nblocks: blocks.len(),
            large,
            lo,
            hi,
            external: 0,
        }
    }

    /// Gives back the (empty) mark stack for reuse, and the external bytes
    /// reported.
    pub(crate) fn finish(self) -> (Vec<*const u8>, usize) {
        debug_assert!(self.stack.is_empty());
        (self.stack, self.external)
    }

    /// Reports `bytes` of memory that the object being traced owns outside
    /// the heap (a string's text, a vector's buffer). Call it from
    /// `Trace::trace`: each live object is traced exactly once per
    /// collection, so the sum is the live external memory, which counts
    /// toward the live size (and so toward the next collection's threshold
    /// and the heap limit).
    #[inline]
    pub fn note_external(&mut self, bytes: usize) {
        self.external += bytes;
    }

    /// Marks the object starting at `p`, which must be the exact address
    /// returned by `alloc` of the heap being collected (null is ignored).
    /// The object's own references are traced later from the mark stack.
    #[inline]
    pub fn mark(&mut self, p: *const u8) {
        if p.is_null() {
            return;
        }
        let hs = header::slot(p);
        // SAFETY: by contract `p` is an allocated object of this heap, so its
        // header word is readable; for small objects the block bitmap is at
        // `p & !BLOCK_MASK`.
        unsafe {
            let h = *hs;
            debug_assert!(h != 0, "taipan-gc: mark() of a free cell {p:p}");
            if h & LARGE_BIT != 0 {
                if h & MARK_BIT != 0 {
                    return;
                }
                *hs = h | MARK_BIT;
            } else if !block::set_mark(p as usize) {
                return;
            }
        }
        self.stack.push(p);
    }

    /// Has the object starting at `p` (exact address returned by `alloc`
    /// of this heap) been marked so far? Meant for the `weak` callback of
    /// [`crate::Heap::collect_with_weak`], after which unmarked objects die.
    #[inline]
    pub fn is_marked(&self, p: *const u8) -> bool {
        let hs = header::slot(p);
        // SAFETY: by contract `p` is an allocated object of this heap.
        unsafe {
            let h = *hs;
            debug_assert!(h != 0, "taipan-gc: is_marked() of a free cell {p:p}");
            if h & LARGE_BIT != 0 {
                h & MARK_BIT != 0
            } else {
                block::is_marked((p as usize & !BLOCK_MASK) as *mut BlockHeader, p as usize)
            }
        }
    }

    /// Treats `w` as a possible pointer: if it points to the start or the
    /// inside of an allocated cell of this heap, that cell is marked.
    /// Any other value is ignored.
    #[inline]
    pub fn mark_conservative(&mut self, w: usize) {
        if w < self.lo || w >= self.hi {
            return;
        }
        if let Some(obj) = self.find_object(w) {
            self.mark(obj as *const u8);
        }
    }

    /// Object containing address `w`, if any.
    fn find_object(&self, w: usize) -> Option<usize> {
        // SAFETY: `blocks`/`nblocks` describe the heap's live block slice,
        // which is not modified during marking (see `new`).
        let blocks = unsafe { std::slice::from_raw_parts(self.blocks, self.nblocks) };
        let base = w & !BLOCK_MASK;
        if let Ok(i) = blocks.binary_search_by_key(&base, |b| *b as usize) {
            // SAFETY: blocks[i] is an initialised block containing `w`.
            return unsafe { block::object_containing(blocks[i], w) };
        }
        // SAFETY: the large space outlives the tracer (see `new`).
        unsafe { (*self.large).object_containing(w) }
    }

    /// Traces everything reachable from the objects marked so far. The
    /// heap calls it after each phase; the `weak` callback of
    /// [`crate::Heap::collect_with_weak`] calls it after resurrecting
    /// objects when it needs [`Tracer::is_marked`] to be final again.
    pub fn drain(&mut self) {
        while let Some(p) = self.stack.pop() {
            // SAFETY: only allocated objects are ever pushed; their header
            // holds their vtable, whose trace fn matches the object's type.
            unsafe {
                let vt = header::vtable_of_header(*header::slot(p));
                (vt.trace)(p, self);
            }
        }
    }
}
