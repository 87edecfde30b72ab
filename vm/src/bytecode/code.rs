//! Compiled code as plain Rust data: what the compiler produces.
//!
//! The compiler knows nothing of the heap; the vm turns a `CompiledCode`
//! into a heap `Code` object when it loads it (see `object::code`). Keeping
//! this form plain also lets it be cached on disk (`bytecode::cache`).

use num_bigint::BigInt;
use std::rc::Rc;

/// Code flags (CPython's `co_flags` values where they exist).
pub mod flags {
    /// Function scope: locals live in frame slots (not a name mapping).
    pub const OPTIMIZED: u32 = 0x1;
    /// Has its own locals mapping (module and class bodies).
    pub const NEWLOCALS: u32 = 0x2;
    /// Accepts `*args`.
    pub const VARARGS: u32 = 0x4;
    /// Accepts `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// Defined inside another function.
    pub const NESTED: u32 = 0x10;
    /// Calling it creates a generator.
    pub const GENERATOR: u32 = 0x20;
    /// `async def`.
    pub const COROUTINE: u32 = 0x80;
    /// A generator that `await` accepts (`types.coroutine`).
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// Calling it creates a generator, coroutine or async generator.
    pub const GENERATOR_LIKE: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
    /// `async def` containing `yield`.
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Class body (Taipan-specific bit).
    pub const CLASS_BODY: u32 = 0x1000_0000;
}

/// A constant in `co_consts`.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(Rc<str>),
    /// A str literal holding lone surrogates, as str text (`text::wtf8`).
    Wtf8(Rc<[u8]>),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    Code(Rc<CompiledCode>),
}

/// One exception-table entry: an exception raised at a code unit in
/// `start..end` jumps to `target` after truncating the value stack to
/// `depth` items, pushing the offending instruction's index (as an int)
/// first when `lasti` is set, then the exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// Source span of one code unit: 1-based lines, 0-based UTF-8 byte columns
/// (CPython's convention). `line == 0` means "no location".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A compiled code block (module, class body, function, lambda, comprehension).
#[derive(Clone, Debug, PartialEq)]
pub struct CompiledCode {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub flags: u32,
    /// Positional parameters including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Code units: opcode | arg << 8, each instruction followed by its cache units.
    pub code: Vec<u32>,
    pub consts: Vec<Const>,
    /// Names used by *_GLOBAL, *_NAME, *_ATTR, LoadMethod, Import*.
    pub names: Vec<Rc<str>>,
    /// Local variables; parameters first (positional, kw-only, *args, **kwargs in that order).
    pub varnames: Vec<Rc<str>>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<Rc<str>>,
    /// For each cellvar, the parameter index it is initialised from, if it is a parameter.
    pub cell2arg: Vec<Option<u32>>,
    /// Variables of enclosing scopes used here; filled from the function's closure tuple.
    pub freevars: Vec<Rc<str>>,
    pub stacksize: u32,
    pub exception_table: Vec<ExceptionEntry>,
    /// One entry per code unit (cache units repeat their instruction's location).
    pub locations: Vec<Location>,
    pub first_line: u32,
    /// The docstring, if the body starts with one (functions, classes, modules).
    pub doc: Option<Rc<str>>,
}

impl CompiledCode {
    /// Number of frame slots for locals, cells and frees.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
}

/// A syntax error found by the parser or the compiler.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    /// e.g. `"'(' was never closed"`, `"'return' outside function"`.
    pub msg: String,
    /// `SyntaxError` or `IndentationError` or `TabError`.
    pub kind: SyntaxErrorKind,
    pub filename: String,
    /// 1-based.
    pub lineno: u32,
    /// 1-based character column (CPython's `offset`).
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line, without trailing newline.
    pub text: Option<String>,
}

/// Which SyntaxError subclass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a syntax error: the source nests too deeply to compile
    /// (`RecursionError`, see `compiler/nesting.rs`).
    RecursionError,
}

/// What the source is compiled as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` string: returns None.
    Exec,
    /// One expression: returns its value.
    Eval,
    /// One interactive statement: expression statements print via PrintExpr.
    Single,
}
