//! `list` and `tuple`.

use super::{Layout, ObjHeader, PyPayload, VCell};
use crate::value::Value;
use std::cell::Cell;
use taipan_gc::{Trace, Tracer};

#[repr(C)]
pub struct ListObj {
    pub header: ObjHeader,
    pub items: VCell<Vec<Value>>,
}
unsafe impl PyPayload for ListObj {
    const LAYOUT: Layout = Layout::List;
}
unsafe impl Trace for ListObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.items.trace(t);
        t.note_external(self.items.with(|v| v.capacity()) * 8);
    }
}

#[repr(C)]
pub struct TupleObj {
    pub header: ObjHeader,
    pub hash: Cell<i64>,
    pub items: Box<[Value]>,
}
unsafe impl PyPayload for TupleObj {
    const LAYOUT: Layout = Layout::Tuple;
}
unsafe impl Trace for TupleObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.items.iter().for_each(|v| v.trace(t));
        t.note_external(self.items.len() * 8);
    }
}
impl TupleObj {
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// `bytes` (immutable) and `bytearray` (mutable, by its class).
#[repr(C)]
pub struct BytesObj {
    pub header: ObjHeader,
    pub data: VCell<Vec<u8>>,
}
unsafe impl PyPayload for BytesObj {
    const LAYOUT: Layout = Layout::Bytes;
}
unsafe impl Trace for BytesObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        t.note_external(self.data.with(|d| d.capacity()));
    }
}
