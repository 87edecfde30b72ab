//! taipan-vm: compiler, bytecode, interpreter, objects and builtins.
//!
//! ```text
//! let mut vm = taipan_vm::Vm::new(Default::default());
//! vm.run_source("print(1 + 2)", "<string>")?;
//! ```

pub mod api;
pub mod builtins;
pub mod bytecode;
pub mod collect;
pub mod compiler;
pub mod interp;
pub mod modules;
pub mod object;
pub mod text;
pub mod value;
pub mod vm;

pub use vm::{Options, PyErr, PyResult, Vm};
