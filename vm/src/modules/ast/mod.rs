//! `_ast`: the node classes of the abstract grammar (`_fields`,
//! `_attributes`, `__match_args__`, None defaults for optional fields),
//! enough for `ast`, `inspect` and `dataclasses` to import and for node
//! trees to be built and walked by hand. Parsing source into these nodes
//! (`compile(..., PyCF_ONLY_AST)`, `ast.parse`) is not implemented yet.

use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::vm::{PyResult, Vm};

const APP_LEVEL: &str = include_str!("nodes.py");

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    vm.run_app_level(APP_LEVEL, "<_ast>", m.dict, None)
}
