//! `_contextvars`: `ContextVar`, `Context`, `Token` and `copy_context` as
//! application-level Python (`contextvars.py`); Taipan runs one thread, so
//! the current context is a module global that `Context.run` swaps.
//! `decimal` (through `_pydecimal`), `fractions`, `statistics` and
//! `asyncio` need it.

use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::vm::{PyResult, Vm};

const APP_LEVEL: &str = include_str!("contextvars.py");

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    vm.run_app_level(APP_LEVEL, "<_contextvars>", m.dict, None)
}
