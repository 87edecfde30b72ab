//! taipan-gc: TEMPORARY stub with the final API (the real collector is
//! being written on the `gc` branch). Allocates with Box and never frees.
#![allow(missing_docs)]

pub struct GcVTable {
    pub trace: unsafe fn(*const u8, &mut Tracer),
    pub drop: unsafe fn(*mut u8),
    pub name: &'static str,
}

pub unsafe trait Trace {
    fn trace(&self, t: &mut Tracer);
}

pub struct Tracer {
    _p: (),
}
impl Tracer {
    pub fn mark(&mut self, _p: *const u8) {}
    pub fn mark_conservative(&mut self, _w: usize) {}
}

#[derive(Debug)]
pub struct AllocError;

#[derive(Debug, Default, Clone)]
pub struct HeapStats {
    pub bytes_allocated_since_gc: usize,
    pub live_bytes_after_last_gc: usize,
    pub total_bytes: usize,
    pub collections: u64,
    pub objects_live: usize,
}

#[derive(Default)]
pub struct Heap {
    stats: HeapStats,
}
unsafe impl Send for Heap {}

impl Heap {
    pub fn new() -> Heap {
        Heap::default()
    }
    pub fn alloc<T: Trace>(&mut self, value: T) -> *mut T {
        self.stats.total_bytes += std::mem::size_of::<T>();
        Box::into_raw(Box::new(value))
    }
    pub fn try_alloc<T: Trace>(&mut self, value: T) -> Result<*mut T, AllocError> {
        Ok(self.alloc(value))
    }
    pub fn should_collect(&self) -> bool {
        false
    }
    /// # Safety
    /// See the real crate.
    pub unsafe fn collect(&mut self, _roots: &mut dyn FnMut(&mut Tracer)) {}
    pub fn set_stack_base(&mut self, _base: *const u8) {}
    pub fn clear_stack_base(&mut self) {}
    pub fn set_limit(&mut self, _bytes: Option<usize>) {}
    pub fn stats(&self) -> HeapStats {
        self.stats.clone()
    }
    pub fn contains(&self, _p: *const u8) -> bool {
        true
    }
}
