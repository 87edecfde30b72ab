//! The interpreter: frames, the dispatch loop and the object protocols it uses.

pub mod asyncgen;
pub mod attr;
pub mod call;
pub mod carets;
pub mod call_ex;
pub mod class_slots;
pub mod complex;
pub mod containers;
pub mod coroutine;
pub mod errors;
pub mod except_star;
pub mod frame;
pub mod frames;
pub mod generator;
pub mod import;
pub mod iter;
pub mod matching;
pub mod misc;
pub mod numeric;
pub mod ops;
pub mod run;
pub mod specialize;
pub mod stats;
pub mod suggest;
pub mod tb_format;
pub mod text;
