//! `_csv`: `reader`/`writer` (CPython's parser states and quoting rules,
//! `QUOTE_*`, `strict`, `field_size_limit`), `Dialect` validation with
//! CPython's messages, and the dialect registry, as application-level
//! Python (`csv.py`).

use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::vm::{PyResult, Vm};

const APP_LEVEL: &str = include_str!("csv.py");

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    vm.run_app_level(APP_LEVEL, "<_csv>", m.dict, None)
}
