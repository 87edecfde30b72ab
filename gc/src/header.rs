//! The 8-byte gc header word stored in front of every object.
//!
//! The word holds the address of the object's `&'static GcVTable` (8-byte
//! aligned, so the low 3 bits are free). Bit 0 flags a large object; bit 1 is
//! the mark bit of a large object (small objects use their block's bitmap).
//! Bit 2 says the object's type needs drop (otherwise sweeping skips the
//! indirect call).
//! A header of 0 means "free cell".

use crate::GcVTable;

/// Size of the header word in front of every object.
pub(crate) const HEADER_SIZE: usize = 8;
/// Header flag: the object lives in the large object space.
pub(crate) const LARGE_BIT: usize = 1;
/// Header flag: a large object is marked.
pub(crate) const MARK_BIT: usize = 2;
/// Header flag: the object's drop function must be run when it dies.
pub(crate) const DROP_BIT: usize = 4;
const FLAG_MASK: usize = 7;

const _: () = assert!(std::mem::align_of::<GcVTable>() >= 8);

/// Encodes a header word.
#[inline(always)]
pub(crate) fn make(vt: &'static GcVTable, large: bool, needs_drop: bool) -> usize {
    vt as *const GcVTable as usize
        | if large { LARGE_BIT } else { 0 }
        | if needs_drop { DROP_BIT } else { 0 }
}

/// Runs the drop function recorded in header word `h` on `obj`, if needed.
///
/// # Safety
/// `h` is the header of the allocated object `obj`, which is never used again.
#[inline(always)]
pub(crate) unsafe fn drop_object(h: usize, obj: *mut u8) {
    if h & DROP_BIT != 0 {
        // SAFETY: guaranteed by the caller.
        unsafe { (vtable_of_header(h).drop)(obj) }
    }
}

/// Pointer to the header word of object `obj`.
#[inline(always)]
pub(crate) fn slot(obj: *const u8) -> *mut usize {
    obj.wrapping_sub(HEADER_SIZE) as *mut usize
}

/// Decodes the vtable of a non-zero header word.
///
/// # Safety
/// `h` is a header word of an allocated object.
#[inline(always)]
pub(crate) unsafe fn vtable_of_header(h: usize) -> &'static GcVTable {
    // SAFETY: allocated headers hold a `&'static GcVTable` plus flag bits.
    unsafe { &*((h & !FLAG_MASK) as *const GcVTable) }
}
