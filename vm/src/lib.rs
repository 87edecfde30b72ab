//! taipan-vm: compiler, bytecode, interpreter, objects and builtins.

pub mod bytecode;
pub mod value;
pub mod compiler;
