//! Module objects: a namespace dict.

use super::dict::DictObj;
use super::{Gc, Layout, ObjHeader, PyPayload};
use taipan_gc::{Trace, Tracer};

#[repr(C)]
pub struct ModuleObj {
    pub header: ObjHeader,
    pub dict: Gc<DictObj>,
}
unsafe impl PyPayload for ModuleObj {
    const LAYOUT: Layout = Layout::Module;
}
unsafe impl Trace for ModuleObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.dict.trace(t);
    }
}
