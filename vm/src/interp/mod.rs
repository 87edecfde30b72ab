//! The interpreter: frames, the dispatch loop and the object protocols it uses.

pub mod attr;
pub mod call;
pub mod call_ex;
pub mod class_slots;
pub mod containers;
pub mod errors;
pub mod frame;
pub mod generator;
pub mod iter;
pub mod misc;
pub mod numeric;
pub mod ops;
pub mod run;
pub mod suggest;
pub mod text;
