//! Bytecode: the instruction table, compiled code, and the disassembler.

pub mod cache;
pub mod code;
pub mod dis;
pub mod opcodes;

pub use code::{CompiledCode, Const, ExceptionEntry, Location, Mode, SyntaxErrorInfo, SyntaxErrorKind};
pub use opcodes::{encode, BinOp, CmpOp, Op, INPLACE, MAX_ARG, OP_COUNT};
