//! The large object space: objects too big (or too aligned) for a size
//! class are allocated individually and kept in an ordered map keyed by the
//! allocation's start address, so interior pointers can be resolved with a
//! single range query.

use crate::header::{self, HEADER_SIZE, MARK_BIT};
use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::collections::BTreeMap;

struct LargeObj {
    layout: Layout,
    /// Offset of the object from the allocation start (header is just before).
    offset: usize,
}

/// All large objects of one heap.
#[derive(Default)]
pub(crate) struct LargeSpace {
    map: BTreeMap<usize, LargeObj>,
    /// Bytes currently held by large allocations.
    pub bytes: usize,
}

/// Result of sweeping the large object space.
pub(crate) struct LargeSweep {
    pub live_objects: usize,
    pub live_bytes: usize,
}

impl LargeSpace {
    /// Allocation size (for accounting) of an object with this size/alignment.
    pub(crate) fn footprint(size: usize, align: usize) -> usize {
        let a = align.max(16);
        a + size
    }

    /// Allocates room for an object of `size` bytes aligned to `align` and
    /// writes its header word `hdr`. Returns the object address (uninitialised).
    pub(crate) fn alloc(&mut self, size: usize, align: usize, hdr: usize) -> *mut u8 {
        let a = align.max(16);
        let offset = a; // >= HEADER_SIZE and keeps the object aligned
        let layout = match Layout::from_size_align(offset + size, a) {
            Ok(l) => l,
            Err(_) => panic!("taipan-gc: large object layout overflow"),
        };
        // SAFETY: layout has non-zero size (offset >= 16).
        let base = unsafe { alloc(layout) };
        if base.is_null() {
            handle_alloc_error(layout);
        }
        // SAFETY: offset < layout.size(), so obj and its header are in bounds.
        let obj = unsafe { base.add(offset) };
        // SAFETY: header slot is inside the allocation (offset >= 8).
        unsafe { header::slot(obj).write(hdr) };
        self.bytes += layout.size();
        self.map.insert(base as usize, LargeObj { layout, offset });
        obj
    }

    /// Lowest and highest+1 address covered, if any object exists.
    pub(crate) fn bounds(&self) -> Option<(usize, usize)> {
        let (lo, _) = self.map.first_key_value()?;
        let (hb, ho) = self.map.last_key_value()?;
        Some((*lo, hb + ho.layout.size()))
    }

    /// If `addr` points into a large allocation, returns its object address.
    #[inline]
    pub(crate) fn object_containing(&self, addr: usize) -> Option<usize> {
        let (base, o) = self.map.range(..=addr).next_back()?;
        if addr < base + o.layout.size() {
            Some(base + o.offset)
        } else {
            None
        }
    }

    /// Is `p` exactly the start of a large object?
    pub(crate) fn is_object_start(&self, p: usize) -> bool {
        self.object_containing(p) == Some(p)
    }

    /// Frees unmarked objects (running their drop) and clears mark bits.
    ///
    /// # Safety
    /// Marking has completed; unmarked objects are unreachable.
    pub(crate) unsafe fn sweep(&mut self) -> LargeSweep {
        let mut res = LargeSweep {
            live_objects: 0,
            live_bytes: 0,
        };
        let mut freed = 0usize;
        self.map.retain(|&base, o| {
            let obj = (base + o.offset) as *mut u8;
            let hs = header::slot(obj);
            // SAFETY: `obj` is an allocated large object owned by this space.
            unsafe {
                let h = *hs;
                if h & MARK_BIT != 0 {
                    *hs = h & !MARK_BIT;
                    res.live_objects += 1;
                    res.live_bytes += o.layout.size();
                    true
                } else {
                    header::drop_object(h, obj);
                    dealloc(base as *mut u8, o.layout);
                    freed += o.layout.size();
                    false
                }
            }
        });
        self.bytes -= freed;
        res
    }

    /// Drops and frees every object.
    ///
    /// # Safety
    /// No object of this space is used afterwards.
    pub(crate) unsafe fn drop_all(&mut self) {
        for (base, o) in std::mem::take(&mut self.map) {
            let obj = (base + o.offset) as *mut u8;
            // SAFETY: each object is allocated and dropped exactly once here.
            unsafe {
                let h = *header::slot(obj);
                header::drop_object(h, obj);
                dealloc(base as *mut u8, o.layout);
            }
        }
        self.bytes = 0;
    }
}

const _: () = assert!(HEADER_SIZE <= 16);
