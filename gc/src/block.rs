//! Size-segregated blocks.
//!
//! A block is a `BLOCK_SIZE`-aligned chunk of memory holding cells of a single
//! size class. The block header lives at the very start of the block so that
//! the owning block of any object pointer is found with one mask operation.
//!
//! Cell layout: every cell starts with an 8-byte gc header word holding the
//! `&'static GcVTable` of the object (0 = free cell); the object follows at
//! `cell + 8`, which is always 16-byte aligned. Free cells keep a free-list
//! link in their first object word (`cell + 8`).
//!
//! Mark bits live in a side bitmap in the block header with one bit per
//! 16-byte granule, indexed by `(object_address - block_base) >> 4`, so marking
//! needs no division.

use crate::header::{self, HEADER_SIZE};
use std::alloc::{alloc_zeroed, dealloc, handle_alloc_error, Layout};
use std::ptr;

/// Size (and alignment) of a block.
pub(crate) const BLOCK_SIZE: usize = 256 * 1024;
/// Mask for the offset inside a block.
pub(crate) const BLOCK_MASK: usize = BLOCK_SIZE - 1;
/// Granule covered by one mark bit.
const GRANULE_SHIFT: usize = 4;
/// Number of `u64` words in the mark bitmap.
const MARK_WORDS: usize = (BLOCK_SIZE >> GRANULE_SHIFT) / 64;

/// Cell sizes (including the 8-byte header). All multiples of 16.
pub(crate) const SIZE_CLASSES: [usize; 32] = [
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024,
    1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192,
];
/// Number of small size classes. A class index equal to this means "large".
pub(crate) const NUM_CLASSES: usize = SIZE_CLASSES.len();

/// Size class index for an object of `obj_size` bytes (`NUM_CLASSES` if the
/// object must be allocated in the large object space).
pub(crate) const fn class_for(obj_size: usize) -> usize {
    let need = obj_size + HEADER_SIZE;
    let mut i = 0;
    while i < NUM_CLASSES {
        if SIZE_CLASSES[i] >= need {
            return i;
        }
        i += 1;
    }
    NUM_CLASSES
}

/// `class_for(size)` for any size at run time in constant time: the class of
/// a cell of `16 * g` bytes (header included) is `CLASS_OF_GRANULES[g]`.
const CLASS_OF_GRANULES: [u8; SIZE_CLASSES[NUM_CLASSES - 1] / 16 + 1] = {
    let mut t = [0u8; SIZE_CLASSES[NUM_CLASSES - 1] / 16 + 1];
    let mut g = 0;
    while g < t.len() {
        let mut i = 0;
        while SIZE_CLASSES[i] < g * 16 {
            i += 1;
        }
        t[g] = i as u8;
        g += 1;
    }
    t
};

/// Same as [`class_for`], by table lookup (for sizes known only at run
/// time; `class_for` is a linear search meant for constants).
#[inline]
pub(crate) fn class_for_dyn(obj_size: usize) -> usize {
    let need = obj_size.saturating_add(HEADER_SIZE);
    if need > SIZE_CLASSES[NUM_CLASSES - 1] {
        return NUM_CLASSES;
    }
    CLASS_OF_GRANULES[need.div_ceil(16)] as usize
}

/// Header stored at the start of every block.
#[repr(C)]
pub(crate) struct BlockHeader {
    /// Mark bitmap: one bit per 16-byte granule. Must stay the first field.
    marks: [u64; MARK_WORDS],
    /// Cell size in bytes (one of `SIZE_CLASSES`).
    pub cell_size: usize,
    /// Number of cells in the block.
    pub ncells: usize,
    /// Size class index.
    pub class: usize,
}

/// Offset of the first cell in a block: after the header, positioned so the
/// object (cell + 8) is 16-byte aligned.
pub(crate) const FIRST_CELL: usize =
    std::mem::size_of::<BlockHeader>().div_ceil(16) * 16 + (16 - HEADER_SIZE);

const BLOCK_LAYOUT: Layout = match Layout::from_size_align(BLOCK_SIZE, BLOCK_SIZE) {
    Ok(l) => l,
    Err(_) => panic!("bad block layout"),
};

/// Allocates a fresh zeroed block (not yet initialised for a class).
pub(crate) fn new_block() -> *mut BlockHeader {
    // SAFETY: BLOCK_LAYOUT has non-zero size.
    let p = unsafe { alloc_zeroed(BLOCK_LAYOUT) };
    if p.is_null() {
        handle_alloc_error(BLOCK_LAYOUT);
    }
    p.cast()
}

/// Returns a block's memory to the allocator.
///
/// # Safety
/// `b` came from [`new_block`] and holds no live objects.
pub(crate) unsafe fn free_block(b: *mut BlockHeader) {
    // SAFETY: guaranteed by the caller; same layout as the allocation.
    unsafe { dealloc(b.cast(), BLOCK_LAYOUT) }
}

/// Prepares `b` to hold cells of size class `class`.
///
/// # Safety
/// `b` is a block from [`new_block`] whose cell headers and marks are all
/// zero for its current class (`fresh` is true if it was never initialised).
pub(crate) unsafe fn init_block(b: *mut BlockHeader, class: usize, fresh: bool) {
    // SAFETY: `b` points to a whole block we own exclusively.
    unsafe {
        let cs = SIZE_CLASSES[class];
        let ncells = (BLOCK_SIZE - FIRST_CELL) / cs;
        if !fresh && (*b).class != class {
            // Old object bytes could look like headers at the new cell
            // positions. Only the header words matter (a cell is free iff
            // its header is 0; free-list links are written when a cell is
            // listed, objects are initialised on allocation; the marks are
            // already clear), so zero those. For small cells that touches
            // every cache line anyway and one memset is faster.
            let cells = b.cast::<u8>().add(FIRST_CELL);
            if cs <= 64 {
                ptr::write_bytes(cells, 0, BLOCK_SIZE - FIRST_CELL);
            } else {
                for i in 0..ncells {
                    cells.add(i * cs).cast::<usize>().write(0);
                }
            }
        }
        (*b).cell_size = cs;
        (*b).ncells = ncells;
        (*b).class = class;
    }
}

/// Address of the first cell and the end of the last cell of `b`.
///
/// # Safety
/// `b` is an initialised block.
#[inline]
pub(crate) unsafe fn cell_range(b: *mut BlockHeader) -> (*mut u8, *mut u8) {
    // SAFETY: FIRST_CELL + ncells * cell_size <= BLOCK_SIZE by construction.
    unsafe {
        let start = b.cast::<u8>().add(FIRST_CELL);
        (start, start.add((*b).ncells * (*b).cell_size))
    }
}

/// Marks the small object `obj` in its block's bitmap; returns true if it
/// was not marked before.
///
/// # Safety
/// `obj` is the object address of an allocated cell in a block.
#[inline(always)]
pub(crate) unsafe fn set_mark(obj: usize) -> bool {
    let base = obj & !BLOCK_MASK;
    let bit = (obj - base) >> GRANULE_SHIFT;
    // SAFETY: the bitmap is at the start of the block; bit < BLOCK_SIZE/16.
    unsafe {
        let w = (base as *mut u64).add(bit >> 6);
        let m = 1u64 << (bit & 63);
        let old = *w;
        if old & m != 0 {
            return false;
        }
        *w = old | m;
        true
    }
}

/// Is the small object `obj` marked?
///
/// # Safety
/// `obj` lies inside an initialised block.
#[inline(always)]
pub(crate) unsafe fn is_marked(b: *mut BlockHeader, obj: usize) -> bool {
    let bit = (obj - b as usize) >> GRANULE_SHIFT;
    // SAFETY: bit index inside the bitmap, see `set_mark`.
    unsafe { (*b).marks[bit >> 6] & (1u64 << (bit & 63)) != 0 }
}

/// If `addr` points anywhere inside an allocated cell of block `b` (header
/// included), returns that cell's object address.
///
/// # Safety
/// `b` is an initialised block and `addr & !BLOCK_MASK == b`.
#[inline]
pub(crate) unsafe fn object_containing(b: *mut BlockHeader, addr: usize) -> Option<usize> {
    let off = addr - b as usize;
    if off < FIRST_CELL {
        return None;
    }
    // SAFETY: reading the header fields of an initialised block.
    let (cs, n) = unsafe { ((*b).cell_size, (*b).ncells) };
    let idx = (off - FIRST_CELL) / cs;
    if idx >= n {
        return None;
    }
    let cell = b as usize + FIRST_CELL + idx * cs;
    // SAFETY: `cell` is a cell start inside the block; headers are always
    // initialised (zeroed blocks, written on allocation, zeroed on free).
    let h = unsafe { *(cell as *const usize) };
    if h == 0 {
        None
    } else {
        Some(cell + HEADER_SIZE)
    }
}

/// Is `p` exactly the object address of an allocated cell of `b`?
///
/// # Safety
/// As for [`object_containing`].
pub(crate) unsafe fn is_object_start(b: *mut BlockHeader, p: usize) -> bool {
    // SAFETY: forwarded contract.
    unsafe { object_containing(b, p) == Some(p) }
}

/// A free list under construction: cells are appended at the tail so they
/// are handed out in ascending address order.
pub(crate) struct FreeListBuilder {
    pub head: *mut u8,
    tail: *mut u8,
}

impl FreeListBuilder {
    pub(crate) const EMPTY: FreeListBuilder = FreeListBuilder {
        head: ptr::null_mut(),
        tail: ptr::null_mut(),
    };

    /// # Safety
    /// `cell` is a free cell (header 0) of at least 16 bytes.
    #[inline]
    unsafe fn push(&mut self, cell: *mut u8) {
        // SAFETY: the link word is the first object word of a free cell.
        unsafe {
            link_slot(cell).write(ptr::null_mut());
            if self.tail.is_null() {
                self.head = cell;
            } else {
                link_slot(self.tail).write(cell);
            }
        }
        self.tail = cell;
    }
}

/// The word of a free cell that holds the next free cell.
///
/// # Safety
/// `cell` is a cell start.
#[inline(always)]
pub(crate) unsafe fn link_slot(cell: *mut u8) -> *mut *mut u8 {
    // SAFETY: every cell is at least 16 bytes, so cell + 8 is in the cell.
    unsafe { cell.add(HEADER_SIZE).cast() }
}

/// Result of sweeping one block.
pub(crate) struct SweepResult {
    pub live_cells: usize,
    pub freed_cells: usize,
}

/// Sweeps block `b`: drops every allocated, unmarked cell and zeroes its
/// header, clears the mark bitmap. If the block still holds live cells its
/// free cells are appended to `list`; otherwise nothing is appended and the
/// caller may release the block.
///
/// # Safety
/// `b` is an initialised block; marking has completed.
pub(crate) unsafe fn sweep(b: *mut BlockHeader, list: &mut FreeListBuilder) -> SweepResult {
    // SAFETY: `b` is a valid block; all cell pointers computed stay inside
    // it; dead objects are dropped exactly once, then their header cleared.
    unsafe {
        let marked: u32 = (*b).marks.iter().map(|w| w.count_ones()).sum();
        let cs = (*b).cell_size;
        let (start, end) = cell_range(b);
        let mut res = SweepResult {
            live_cells: marked as usize,
            freed_cells: 0,
        };
        // A block whose every cell survived has nothing to free or list.
        if marked as usize == (*b).ncells {
            (*b).marks = [0; MARK_WORDS];
            return res;
        }
        let mut cell = start;
        while cell < end {
            let hw = cell.cast::<usize>();
            let h = *hw;
            if h != 0 {
                let obj = cell.add(HEADER_SIZE);
                if marked != 0 && is_marked(b, obj as usize) {
                    cell = cell.add(cs);
                    continue;
                }
                *hw = 0;
                res.freed_cells += 1;
                header::drop_object(h, obj);
            }
            if marked != 0 {
                list.push(cell);
            }
            cell = cell.add(cs);
        }
        if marked != 0 {
            (*b).marks = [0; MARK_WORDS];
        }
        res
    }
}

/// Drops every allocated object of `b` (used when the heap is dropped).
///
/// # Safety
/// `b` is an initialised block; its objects are never used again.
pub(crate) unsafe fn drop_all(b: *mut BlockHeader) {
    // SAFETY: see `sweep`.
    unsafe {
        let cs = (*b).cell_size;
        let (start, end) = cell_range(b);
        let mut cell = start;
        while cell < end {
            let hw = cell.cast::<usize>();
            let h = *hw;
            if h != 0 {
                *hw = 0;
                header::drop_object(h, cell.add(HEADER_SIZE));
            }
            cell = cell.add(cs);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_invariants() {
        assert_eq!(FIRST_CELL % 16, 8);
        assert!(FIRST_CELL >= std::mem::size_of::<BlockHeader>());
        for &c in SIZE_CLASSES.iter() {
            assert_eq!(c % 16, 0);
        }
        assert_eq!(class_for(0), 0);
        assert_eq!(class_for(8), 0);
        assert_eq!(class_for(9), 1);
        assert_eq!(class_for(8184), NUM_CLASSES - 1);
        assert_eq!(class_for(8185), NUM_CLASSES);
        for size in 0..9000 {
            assert_eq!(class_for_dyn(size), class_for(size), "size {size}");
        }
        assert_eq!(class_for_dyn(usize::MAX), NUM_CLASSES);
    }
}
