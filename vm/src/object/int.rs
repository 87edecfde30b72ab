//! Heap numbers: big `int`s (beyond the immediate range), and boxed
//! `int`/`float`/`complex` for instances of their subclasses.

use super::{Layout, ObjHeader, PyPayload};
use num_bigint::BigInt;
use taipan_gc::{Trace, Tracer};

#[repr(C)]
pub struct IntObj {
    pub header: ObjHeader,
    pub value: BigInt,
}
unsafe impl PyPayload for IntObj {
    const LAYOUT: Layout = Layout::Int;
}
unsafe impl Trace for IntObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        t.note_external(self.value.bits() as usize / 8);
    }
}

#[repr(C)]
pub struct FloatObj {
    pub header: ObjHeader,
    pub value: f64,
}
unsafe impl PyPayload for FloatObj {
    const LAYOUT: Layout = Layout::Float;
}
unsafe impl Trace for FloatObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
    }
}

#[repr(C)]
pub struct ComplexObj {
    pub header: ObjHeader,
    pub re: f64,
    pub im: f64,
}
unsafe impl PyPayload for ComplexObj {
    const LAYOUT: Layout = Layout::Complex;
}
unsafe impl Trace for ComplexObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
    }
}
