//! Frame layout on the per-interpreter frame stack (docs/frame-layout.md).
//!
//! A frame is a run of slots in `Vm::stack` starting at its base:
//!
//! | slot            | content                                             |
//! |-----------------|-----------------------------------------------------|
//! | base+F_CODE     | code object                                         |
//! | base+F_FUNC     | function object (NULL for module/exec code)         |
//! | base+F_GLOBALS  | globals dict                                        |
//! | base+F_LOCALS   | locals mapping (name-based scopes), else NULL       |
//! | base+F_PREV     | small int: base of the previous frame, -1 if none   |
//! | base+F_LASTI    | small int: index of the instruction being executed  |
//! | base+F_SP       | small int: value-stack depth at the last suspension |
//! | base+F_FLAGS    | small int: FLAG_* bits                              |
//! | base+HEADER ... | locals, then cells, then free cells                 |
//! | ...             | the value stack (code.stacksize slots)              |
//!
//! Integers in the header are tagged small ints, so the collector can scan
//! the whole frame stack precisely as Values.

use crate::value::Value;

pub const F_CODE: usize = 0;
pub const F_FUNC: usize = 1;
pub const F_GLOBALS: usize = 2;
pub const F_LOCALS: usize = 3;
pub const F_PREV: usize = 4;
pub const F_LASTI: usize = 5;
pub const F_SP: usize = 6;
pub const F_FLAGS: usize = 7;
/// Slots before the first local.
pub const HEADER: usize = 8;

/// Returning from this frame returns from `run_frame` to native code.
pub const FLAG_ENTRY: i64 = 1;
/// The frame belongs to a generator (yield suspends it).
pub const FLAG_GENERATOR: i64 = 2;
/// An `__init__` frame pushed by CALL_ALLOC_INIT: on return, the value must
/// be None and is dropped (the new instance is already on the caller's stack).
pub const FLAG_INIT: i64 = 4;

#[inline(always)]
pub fn int_slot(i: i64) -> Value {
    Value::from_small_int(i)
}
