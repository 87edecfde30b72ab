//! Taipan: a Python 3.11-compatible runtime. This crate is the CLI and the
//! embedding API.
//!
//! ```no_run
//! let mut vm = taipan::Vm::new(Default::default());
//! let status = vm.run_main("print(6 * 7)", "<string>", None);
//! assert_eq!(status, 0);
//! ```

pub use taipan_vm::{Options, PyErr, PyResult, Vm};
pub use taipan_vm as vm;
