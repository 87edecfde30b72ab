//! `binascii`: hexlify/unhexlify, base64 (CPython's non-strict and
//! `strict_mode` decoding rules and messages), `crc32` and `crc_hqx`, as
//! application-level Python (`binascii.py`). Not provided: `a2b_qp`/
//! `b2a_qp` (`quopri` has a pure-Python fallback) and the uu functions.

use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::vm::{PyResult, Vm};

const APP_LEVEL: &str = include_str!("binascii.py");

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    vm.run_app_level(APP_LEVEL, "<binascii>", m.dict, None)
}
