//! `itertools`: every tool is a builtin iterator (`IterObj`) whose state is
//! a `Tool` (object/tools.rs); its class (`vm.mt.chain`, ...) gives Python
//! code CPython's type. Constructors are in `ctor.rs`, advancing in
//! `step.rs` (the simple tools), `group.rs` (groupby, tee) and `combi.rs`
//! (product, combinations, permutations).

mod combi;
mod ctor;
mod group;
mod step;

use super::{add_fn, export_type, iterator_methods};
use crate::object::misc::{IterObj, IterState};
use crate::object::module::ModuleObj;
use crate::object::tools::Tool;
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let mt = &vm.mt;
    let exported = [
        mt.accumulate, mt.chain, mt.combinations, mt.cwr, mt.compress, mt.count, mt.cycle, mt.dropwhile,
        mt.filterfalse, mt.groupby, mt.islice, mt.pairwise, mt.permutations, mt.product, mt.repeat, mt.starmap,
        mt.takewhile, mt.zip_longest, mt.grouper, mt.tee, mt.tee_data,
    ];
    for ty in exported {
        export_type(vm, m, ty, "itertools", true);
        iterator_methods(vm, ty);
    }
    ctor::install(vm);
    group::install(vm);
    add_fn(vm, m, "tee", group::tee);
    let doc = vm.new_str("Functional tools for creating and using iterators.");
    super::add_value(vm, m, "__doc__", doc);
    Ok(())
}

/// Advance a tool (called by `Vm::iter_next` for `IterState::Tool`).
pub fn next(vm: &mut Vm, i: Gc<IterObj>) -> PyResult<Option<Value>> {
    let snap = i.state.with(|s| match s {
        IterState::Tool(t) if !matches!(**t, Tool::Combinatoric(_)) => Some((**t).clone()),
        _ => None,
    });
    // Values parked while Python code runs are dropped on return: the
    // caller (e.g. `collect_iter`) may use the area above its own mark.
    let mark = vm.extra_roots.len();
    let r = match snap {
        Some(tool) => step::step(vm, i, tool),
        None => combi::next(vm, i),
    };
    vm.extra_roots.truncate(mark);
    r
}

/// Replace a tool's state.
pub(crate) fn put(i: Gc<IterObj>, tool: Tool) {
    i.state.with_mut(|s| {
        if let IterState::Tool(t) = s {
            **t = tool
        }
    })
}

/// A copy of the tool state of `v` (None when `v` is not a tool).
pub(crate) fn snapshot(v: Value) -> Option<Tool> {
    let i = v.downcast::<IterObj>()?;
    i.state.with(|s| match s {
        IterState::Tool(t) if !matches!(**t, Tool::Combinatoric(_)) => Some((**t).clone()),
        _ => None,
    })
}

/// A new tool object of class `cls`.
pub(crate) fn new_tool(vm: &mut Vm, cls: Gc<TypeObj>, tool: Tool) -> Value {
    vm.new_iter(cls, IterState::Tool(Box::new(tool)))
}
