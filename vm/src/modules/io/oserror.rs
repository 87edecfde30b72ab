//! OS errors raised by file operations (`FileNotFoundError: [Errno 2] No
//! such file or directory: 'x'`): thin adapters over `Vm::io_error` and
//! `Vm::os_error` (`builtins/os_error.rs`), which pick CPython's subclass
//! for the errno and set `errno`/`strerror`/`filename`.

use crate::value::Value;
use crate::vm::{PyErr, Vm};

/// The OSError subclass instance for a failed `std::io` call on `filename`.
pub fn io_error(vm: &mut Vm, err: &std::io::Error, filename: Option<Value>) -> PyErr {
    vm.io_error(err, filename, None)
}

/// `OSError(code, strerror(code)[, filename])` of the errno's subclass.
pub fn errno_error(vm: &mut Vm, code: i32, filename: Option<Value>) -> PyErr {
    vm.os_error(code, filename, None)
}
