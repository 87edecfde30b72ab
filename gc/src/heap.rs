//! The heap: allocation, collection and statistics.

use crate::block::{self, BlockHeader, FreeListBuilder, BLOCK_SIZE, NUM_CLASSES, SIZE_CLASSES};
use crate::header::{self, HEADER_SIZE};
use crate::large::LargeSpace;
use crate::stack;
use crate::tracer::Tracer;
use crate::{vtable, Trace};
use std::marker::PhantomData;
use std::mem::{align_of, needs_drop, size_of};
use std::ptr;

/// Returned by [`Heap::try_alloc`] when the heap limit would be exceeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AllocError;

impl std::fmt::Display for AllocError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("gc heap limit exceeded")
    }
}

impl std::error::Error for AllocError {}

/// A snapshot of heap statistics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Bytes (cell sizes, headers included) allocated since the last collection.
    pub bytes_allocated_since_gc: usize,
    /// Bytes of objects that survived the last collection, plus the
    /// external memory they reported ([`Tracer::note_external`]).
    pub live_bytes_after_last_gc: usize,
    /// Memory currently held from the system (blocks, pooled blocks, large objects).
    pub total_bytes: usize,
    /// Number of collections so far.
    pub collections: u64,
    /// Objects currently allocated (survivors of the last collection plus
    /// everything allocated since).
    pub objects_live: usize,
}

/// Default minimum number of bytes allocated between two collections.
pub const DEFAULT_MIN_THRESHOLD: usize = 4 << 20;
/// Default of [`Heap::set_growth_percent`].
pub const DEFAULT_GROWTH_PERCENT: usize = 50;
/// With a heap limit, the least allocation allowed between two collections
/// (see `Heap::recompute_threshold`).
pub const LIMIT_GRACE: usize = 256 << 10;
/// Empty blocks kept for reuse instead of being returned to the system.
const MAX_POOLED_BLOCKS: usize = 16;

/// Per size class allocation state.
#[derive(Clone, Copy)]
struct ClassAlloc {
    /// Head of the free list (linked through each free cell's first object word).
    free: *mut u8,
    /// Bump region in the current fresh block.
    bump: *mut u8,
    end: *mut u8,
}

const EMPTY_CLASS: ClassAlloc = ClassAlloc {
    free: ptr::null_mut(),
    bump: ptr::null_mut(),
    end: ptr::null_mut(),
};

/// Compile-time allocation info for a type.
struct Info<T>(PhantomData<T>);

impl<T> Info<T> {
    /// Size class index, or `NUM_CLASSES` for the large object space.
    const CLASS: usize = if align_of::<T>() > 16 {
        NUM_CLASSES
    } else {
        block::class_for(size_of::<T>())
    };
}

/// A single-threaded, non-moving mark-sweep heap.
///
/// See the crate documentation for the rules of use.
pub struct Heap {
    classes: [ClassAlloc; NUM_CLASSES],
    bytes_since_gc: usize,
    threshold: usize,
    objects_live: usize,
    /// All blocks in use, sorted by address.
    blocks: Vec<*mut BlockHeader>,
    /// Empty blocks kept for reuse (all headers and marks zero).
    pool: Vec<*mut BlockHeader>,
    large: LargeSpace,
    /// Address range covering all blocks and large objects.
    lo: usize,
    hi: usize,
    stack_base: usize,
    limit: Option<usize>,
    live_bytes: usize,
    min_threshold: usize,
    growth_percent: usize,
    collections: u64,
    mark_stack: Vec<*const u8>,
}

// SAFETY: a heap owns all its memory and contains no thread-bound state
// (no thread locals, no globals). Moving it to another thread is sound as
// long as the objects stored in it may move too; the vm stores only its own
// objects and uses each heap from one thread at a time.
unsafe impl Send for Heap {}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    /// Creates an empty heap.
    pub fn new() -> Heap {
        Heap {
            classes: [EMPTY_CLASS; NUM_CLASSES],
            bytes_since_gc: 0,
            threshold: DEFAULT_MIN_THRESHOLD,
            objects_live: 0,
            blocks: Vec::new(),
            pool: Vec::new(),
            large: LargeSpace::default(),
            lo: usize::MAX,
            hi: 0,
            stack_base: 0,
            limit: None,
            live_bytes: 0,
            min_threshold: DEFAULT_MIN_THRESHOLD,
            growth_percent: DEFAULT_GROWTH_PERCENT,
            collections: 0,
            mark_stack: Vec::new(),
        }
    }

    /// Allocates `value` in the heap and returns its stable address (objects
    /// never move). Never collects; ignores the heap limit.
    ///
    /// Returned pointers are 16-byte aligned (or more, if `T` needs it).
    #[inline]
    pub fn alloc<T: Trace>(&mut self, value: T) -> *mut T {
        let obj = if Info::<T>::CLASS < NUM_CLASSES {
            let cell = self.alloc_cell(Info::<T>::CLASS);
            // SAFETY: `cell` is a fresh free cell of a class large enough for
            // header + T; the object part is 16-byte aligned.
            unsafe {
                cell.cast::<usize>()
                    .write(header::make(vtable::<T>(), false, needs_drop::<T>()));
                cell.add(HEADER_SIZE)
            }
        } else {
            self.alloc_large_raw(
                size_of::<T>(),
                align_of::<T>(),
                vtable::<T>(),
                needs_drop::<T>(),
            )
        };
        let obj = obj.cast::<T>();
        // SAFETY: `obj` is valid, aligned, uninitialised storage for a T.
        unsafe { obj.write(value) };
        obj
    }

    /// Like [`Heap::alloc`], but fails (dropping `value`) if the allocation
    /// would push the heap's object bytes over the limit set with
    /// [`Heap::set_limit`].
    #[inline]
    pub fn try_alloc<T: Trace>(&mut self, value: T) -> Result<*mut T, AllocError> {
        if let Some(limit) = self.limit {
            let need = if Info::<T>::CLASS < NUM_CLASSES {
                SIZE_CLASSES[Info::<T>::CLASS]
            } else {
                LargeSpace::footprint(size_of::<T>(), align_of::<T>())
            };
            if self.live_bytes + self.bytes_since_gc + need > limit {
                return Err(AllocError);
            }
        }
        Ok(self.alloc(value))
    }

    /// Allocates `size` bytes of uninitialised storage (16-byte aligned) for
    /// a variable-sized object described by `vt`, whose `drop` is run when
    /// the object dies. Never collects; ignores the heap limit (check
    /// [`Heap::would_exceed_limit`] first if needed).
    ///
    /// # Safety
    /// The caller must fully initialise the object before the next
    /// collection (or heap drop) so that `vt.trace` and `vt.drop` are valid
    /// for it, and they must not access more than `size` bytes.
    pub unsafe fn alloc_raw(&mut self, size: usize, vt: &'static crate::GcVTable) -> *mut u8 {
        let class = block::class_for_dyn(size);
        if class < NUM_CLASSES {
            let cell = self.alloc_cell(class);
            // SAFETY: fresh free cell big enough for header + size bytes.
            unsafe {
                cell.cast::<usize>().write(header::make(vt, false, true));
                cell.add(HEADER_SIZE)
            }
        } else {
            self.alloc_large_raw(size, 16, vt, true)
        }
    }

    /// Would allocating an object of `size` bytes exceed the heap limit?
    pub fn would_exceed_limit(&self, size: usize) -> bool {
        match self.limit {
            None => false,
            Some(limit) => {
                let class = block::class_for_dyn(size);
                let need = if class < NUM_CLASSES {
                    SIZE_CLASSES[class]
                } else {
                    LargeSpace::footprint(size, 16)
                };
                self.live_bytes + self.bytes_since_gc + need > limit
            }
        }
    }

    /// Pops a free cell of size class `class` (fast path: free list or bump).
    #[inline(always)]
    fn alloc_cell(&mut self, class: usize) -> *mut u8 {
        self.bytes_since_gc += SIZE_CLASSES[class];
        self.objects_live += 1;
        let c = &mut self.classes[class];
        let cell = c.free;
        if !cell.is_null() {
            // SAFETY: free-list cells are free cells whose link word is valid.
            c.free = unsafe { *block::link_slot(cell) };
            return cell;
        }
        if c.bump < c.end {
            let cell = c.bump;
            // SAFETY: bump + cell size <= end, inside the current block.
            c.bump = unsafe { cell.add(SIZE_CLASSES[class]) };
            return cell;
        }
        self.refill(class)
    }

    /// Slow path: starts bump allocation in a new block.
    #[cold]
    #[inline(never)]
    fn refill(&mut self, class: usize) -> *mut u8 {
        let (b, fresh) = match self.pool.pop() {
            Some(b) => (b, false),
            None => (block::new_block(), true),
        };
        // SAFETY: `b` is an exclusively owned block whose headers/marks are
        // zero (fresh from alloc_zeroed, or fully swept before pooling).
        let (start, end) = unsafe {
            block::init_block(b, class, fresh);
            block::cell_range(b)
        };
        debug_assert!(b as usize >= 0x10000);
        let pos = self.blocks.binary_search(&b).unwrap_or_else(|e| e);
        self.blocks.insert(pos, b);
        self.lo = self.lo.min(b as usize);
        self.hi = self.hi.max(b as usize + BLOCK_SIZE);
        let c = &mut self.classes[class];
        // SAFETY: a block holds at least one cell of any class.
        c.bump = unsafe { start.add(SIZE_CLASSES[class]) };
        c.end = end;
        start
    }

    /// Allocates a large object; returns uninitialised object storage.
    fn alloc_large_raw(
        &mut self,
        size: usize,
        align: usize,
        vt: &'static crate::GcVTable,
        needs_drop: bool,
    ) -> *mut u8 {
        let obj = self
            .large
            .alloc(size, align, header::make(vt, true, needs_drop));
        self.bytes_since_gc += LargeSpace::footprint(size, align);
        self.objects_live += 1;
        if let Some((lo, hi)) = self.large.bounds() {
            self.lo = self.lo.min(lo);
            self.hi = self.hi.max(hi);
        }
        obj
    }

    /// True when enough has been allocated since the last collection that
    /// the owner should call [`Heap::collect`] at its next safe point.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.bytes_since_gc >= self.threshold
    }

    /// Performs a full collection.
    ///
    /// `roots` is called once to mark the precise roots. Then the native
    /// stack from the current stack pointer up to the stack base (see
    /// [`Heap::set_stack_base`]) and the callee-saved registers are scanned
    /// conservatively. Unreachable objects are dropped and their memory is
    /// reused.
    ///
    /// # Safety
    /// Every pointer to a gc object that is not on the native stack or in a
    /// register of this thread (below the stack base) must be reachable from
    /// `roots`, and every `Trace` impl must report all pointers it holds.
    /// The stack base, if set, must belong to the current thread's stack.
    pub unsafe fn collect(&mut self, roots: &mut dyn FnMut(&mut Tracer)) {
        // SAFETY: forwarded contract.
        unsafe { self.collect_with_weak(roots, &mut |_| {}) }
    }

    /// Like [`Heap::collect`], with a second callback `weak` that runs once
    /// marking is complete and before sweeping. It can use
    /// [`Tracer::is_marked`] to clear weak references / drop table entries
    /// of objects about to die, and may [`Tracer::mark`] more objects (e.g.
    /// resurrect objects with finalizers); those are traced before sweeping.
    ///
    /// # Safety
    /// As for [`Heap::collect`]; in addition, after `weak` returns no
    /// pointer to an unmarked object may be used again.
    #[inline(never)]
    pub unsafe fn collect_with_weak(
        &mut self,
        roots: &mut dyn FnMut(&mut Tracer),
        weak: &mut dyn FnMut(&mut Tracer),
    ) {
        // SAFETY: blocks/large are not modified until the tracer is gone.
        let mut tracer = unsafe {
            Tracer::new(
                std::mem::take(&mut self.mark_stack),
                &self.blocks,
                &self.large,
                self.lo,
                self.hi,
            )
        };
        roots(&mut tracer);
        tracer.drain();
        if self.stack_base != 0 {
            // SAFETY: the stack base was recorded by the owner on this thread
            // (caller contract).
            unsafe { stack::scan_stack(&mut tracer, self.stack_base) };
            tracer.drain();
        }
        weak(&mut tracer);
        tracer.drain();
        let (stack, external) = tracer.finish();
        self.mark_stack = stack;
        // SAFETY: marking is complete.
        unsafe { self.sweep(external) };
    }

    /// Frees every unmarked object. `external` is the live memory outside
    /// the heap reported while tracing.
    ///
    /// # Safety
    /// Marking must be complete.
    unsafe fn sweep(&mut self, external: usize) {
        let mut lists: [FreeListBuilder; NUM_CLASSES] =
            [const { FreeListBuilder::EMPTY }; NUM_CLASSES];
        let mut live_bytes = 0usize;
        let mut live_objects = 0usize;
        let mut kept = 0usize;
        for i in 0..self.blocks.len() {
            let b = self.blocks[i];
            // SAFETY: `b` is an initialised block of this heap.
            let (class, res) = unsafe {
                let class = (*b).class;
                (class, block::sweep(b, &mut lists[class]))
            };
            if res.live_cells == 0 {
                if self.pool.len() < MAX_POOLED_BLOCKS {
                    self.pool.push(b);
                } else {
                    // SAFETY: the block holds no objects any more.
                    unsafe { block::free_block(b) };
                }
            } else {
                live_objects += res.live_cells;
                live_bytes += res.live_cells * SIZE_CLASSES[class];
                self.blocks[kept] = b;
                kept += 1;
            }
        }
        self.blocks.truncate(kept);
        for (c, l) in self.classes.iter_mut().zip(lists.iter()) {
            *c = ClassAlloc {
                free: l.head,
                ..EMPTY_CLASS
            };
        }
        // SAFETY: marking is complete (caller contract).
        let ls = unsafe { self.large.sweep() };
        live_objects += ls.live_objects;
        live_bytes += ls.live_bytes;

        self.recompute_bounds();
        self.objects_live = live_objects;
        self.live_bytes = live_bytes + external;
        self.bytes_since_gc = 0;
        self.collections += 1;
        self.recompute_threshold();
    }

    /// The next collection is due after `max(min threshold, live bytes)`
    /// bytes, or earlier when a limit is set and that much would exceed it
    /// (but never less than [`LIMIT_GRACE`] bytes, so that a heap that stays
    /// over its limit is not collected at every safe point).
    fn recompute_threshold(&mut self) {
        let mut t = self.min_threshold.max(self.live_bytes / 100 * self.growth_percent);
        if let Some(limit) = self.limit {
            let grace = LIMIT_GRACE.max(limit / 64);
            t = t.min(limit.saturating_sub(self.live_bytes).max(grace));
        }
        self.threshold = t;
    }

    fn recompute_bounds(&mut self) {
        let (mut lo, mut hi) = (usize::MAX, 0usize);
        if let (Some(f), Some(l)) = (self.blocks.first(), self.blocks.last()) {
            lo = *f as usize;
            hi = *l as usize + BLOCK_SIZE;
        }
        if let Some((l, h)) = self.large.bounds() {
            lo = lo.min(l);
            hi = hi.max(h);
        }
        self.lo = lo;
        self.hi = hi;
    }

    /// Records the highest stack address to scan (the address of a local in
    /// the owner's outermost entry frame). The highest value given so far is
    /// kept (the stack grows down).
    pub fn set_stack_base(&mut self, base: *const u8) {
        self.stack_base = self.stack_base.max(base as usize);
    }

    /// Forgets the stack base; later collections scan no native stack.
    pub fn clear_stack_base(&mut self) {
        self.stack_base = 0;
    }

    /// The current stack base (null if none).
    pub fn stack_base(&self) -> *const u8 {
        self.stack_base as *const u8
    }

    /// Sets (or removes) the limit on object bytes used by [`Heap::try_alloc`],
    /// [`Heap::over_limit`] and [`Heap::would_exceed_limit`]. With a limit,
    /// [`Heap::should_collect`] also turns true when the heap reaches it.
    pub fn set_limit(&mut self, bytes: Option<usize>) {
        self.limit = bytes;
        self.recompute_threshold();
    }

    /// The limit set with [`Heap::set_limit`].
    pub fn limit(&self) -> Option<usize> {
        self.limit
    }

    /// Is the heap (live bytes after the last collection plus everything
    /// allocated since, external memory included) above its limit?
    #[inline]
    pub fn over_limit(&self) -> bool {
        match self.limit {
            Some(limit) => self.live_bytes + self.bytes_since_gc > limit,
            None => false,
        }
    }

    /// Counts `bytes` of memory owned by a gc object but allocated outside
    /// the heap (string text, big-int digits, vector buffers) toward the
    /// next collection and the limit. The tracer reports the live part
    /// again at each collection ([`Tracer::note_external`]).
    #[inline]
    pub fn note_external_alloc(&mut self, bytes: usize) {
        self.bytes_since_gc += bytes;
    }

    /// Sets the minimum number of bytes allocated between collections
    /// (default [`DEFAULT_MIN_THRESHOLD`]). The actual threshold is
    /// `max(min, live bytes after the last collection)`.
    pub fn set_min_threshold(&mut self, bytes: usize) {
        self.min_threshold = bytes;
        self.recompute_threshold();
    }

    /// Sets how much the heap may grow between collections, in percent of
    /// the live bytes after the last one (default
    /// [`DEFAULT_GROWTH_PERCENT`]): the next collection is due after
    /// `max(min threshold, live * percent / 100)` bytes. Lower means a
    /// smaller peak heap and more collections.
    pub fn set_growth_percent(&mut self, percent: usize) {
        self.growth_percent = percent.max(1);
        self.recompute_threshold();
    }

    /// Current statistics.
    pub fn stats(&self) -> HeapStats {
        HeapStats {
            bytes_allocated_since_gc: self.bytes_since_gc,
            live_bytes_after_last_gc: self.live_bytes,
            total_bytes: (self.blocks.len() + self.pool.len()) * BLOCK_SIZE + self.large.bytes,
            collections: self.collections,
            objects_live: self.objects_live,
        }
    }

    /// Is `p` the start of an allocated (not yet freed) object of this heap?
    pub fn contains(&self, p: *const u8) -> bool {
        let a = p as usize;
        if a < self.lo || a >= self.hi {
            return false;
        }
        let base = a & !block::BLOCK_MASK;
        if let Ok(i) = self.blocks.binary_search_by_key(&base, |b| *b as usize) {
            // SAFETY: blocks[i] is an initialised block containing `a`.
            return unsafe { block::is_object_start(self.blocks[i], a) };
        }
        self.large.is_object_start(a)
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        for &b in &self.blocks {
            // SAFETY: the heap is going away; every object is dropped once
            // and the block memory is released.
            unsafe {
                block::drop_all(b);
                block::free_block(b);
            }
        }
        for &b in &self.pool {
            // SAFETY: pooled blocks hold no objects.
            unsafe { block::free_block(b) };
        }
        // SAFETY: as above.
        unsafe { self.large.drop_all() };
    }
}
