//! The interpreter state (`Vm`): heap, builtin types, interned strings,
//! module table and the frame stack. There is no global mutable state:
//! every interpreter is one `Vm`, isolated from the others.

use crate::object::attrs::{InstanceObj, Shape};
use crate::object::dict::DictObj;
use crate::builtins::args::Arity;
use crate::object::function::{BuiltinFnObj, NativeFn};
use crate::object::int::IntObj;
use crate::object::module::ModuleObj;
use crate::object::seq::{ListObj, TupleObj};
use crate::object::str::StrObj;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader, PyPayload, VCell};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::Cell;
use std::collections::HashMap;
use taipan_gc::{Heap, Tracer};

/// A raised Python exception (the exception instance).
#[derive(Copy, Clone, Debug)]
pub struct PyErr(pub Value);

/// Result of anything that may raise.
pub type PyResult<T = Value> = Result<T, PyErr>;

macro_rules! declare_types {
    ($($field:ident),* $(,)?) => {
        /// The builtin classes of one interpreter.
        pub struct Types { $(pub $field: Gc<TypeObj>,)* }
        impl Types {
            fn trace(&self, t: &mut Tracer) { $(self.$field.trace(t);)* }
            /// Every builtin class.
            pub fn all(&self) -> Vec<Gc<TypeObj>> { vec![$(self.$field,)*] }
        }
    };
}

declare_types!(
    object, type_, int, bool_, float, complex, str_, bytes, bytearray, list, tuple, dict, set, frozenset,
    none, notimpl, ellipsis, function, builtin_function, method, code, cell, module, range, slice,
    property, classmethod, staticmethod, super_, generator, traceback, shape,
    list_iterator, tuple_iterator, str_iterator, range_iterator, dict_keyiterator, dict_valueiterator,
    dict_itemiterator, set_iterator, enumerate, zip, map, filter, reversed, callable_iterator, seq_iterator,
    dict_keys, dict_values, dict_items, mappingproxy,
    base_exception, exception, type_error, value_error, key_error, index_error, lookup_error,
    attribute_error, name_error, unbound_local_error, zero_division_error, arithmetic_error,
    overflow_error, stop_iteration, runtime_error, recursion_error, not_implemented_error,
    assertion_error, syntax_error, indentation_error, tab_error, system_exit, keyboard_interrupt,
    generator_exit, memory_error, import_error, module_not_found_error, os_error, eof_error,
    unicode_error, unicode_decode_error, unicode_encode_error, stop_async_iteration, file_not_found_error,
    buffer_error, warning, user_warning, deprecation_warning, runtime_warning,
    coroutine, async_generator, coroutine_wrapper, async_generator_asend, async_generator_athrow,
    anext_awaitable, frame, getset_descriptor, member_descriptor,
    weakref, weakproxy, weakcallableproxy, reference_error,
    io_base, raw_io_base, buffered_io_base, text_io_base, file_io, buffered_reader, buffered_writer,
    buffered_random, buffered_rwpair, bytes_io, string_io, text_io_wrapper);

macro_rules! declare_names {
    ($($f:ident),* $(,)?) => {
        /// Interned names the runtime looks up often (field name = the string).
        pub struct Names { $(pub $f: Value,)* }
        impl Names {
            fn trace(&self, t: &mut Tracer) {
                $(self.$f.trace(t);)*
            }
            /// All NULL, until the interpreter can intern strings.
            fn placeholder() -> Names {
                Names { $($f: Value::NULL,)* }
            }
            /// Intern every name.
            pub fn make(vm: &mut Vm) -> Names {
                Names { $($f: vm.intern(stringify!($f)),)* }
            }
        }
    };
}

declare_names!(
    __init__, __new__, __call__, __repr__, __str__, __hash__, __eq__, __ne__, __len__, __bool__,
    __iter__, __next__, __getitem__, __setitem__, __delitem__, __contains__, __getattr__,
    __getattribute__, __setattr__, __delattr__, __get__, __set__, __delete__, __enter__, __exit__,
    __name__, __qualname__, __module__, __doc__, __dict__, __class__, __classcell__, __builtins__,
    __index__, __int__, __float__, __format__, __init_subclass__, __set_name__, __mro_entries__,
    __instancecheck__, __subclasscheck__, __missing__, __reversed__, __slots__, __annotations__,
    __prepare__, __abs__, __neg__, __pos__, __invert__, __round__, __main__, __file__, keys, send,
    throw, close, args, value, code, __build_class__, __del__,
    __await__, __aiter__, __anext__, __aenter__, __aexit__,
);

/// Interned operator dunder names, indexed by `BinOp` / `CmpOp` number, so
/// operator dispatch on user classes does no string hashing.
pub struct OpNames {
    /// `[__op__, __rop__, __iop__]` per binary operator.
    pub binop: [[Value; 3]; 13],
    pub cmp: [Value; 6],
}

impl OpNames {
    fn new(vm: &mut Vm) -> OpNames {
        use crate::bytecode::{BinOp, CmpOp};
        let binop = BinOp::ALL.map(|op| {
            let (a, b, c) = op.dunders();
            [vm.intern(a), vm.intern(b), vm.intern(c)]
        });
        let cmp = CmpOp::ALL.map(|op| vm.intern(op.dunder()));
        OpNames { binop, cmp }
    }
    fn trace(&self, t: &mut Tracer) {
        self.binop.iter().flatten().chain(self.cmp.iter()).for_each(|v| v.trace(t));
    }
}

/// Options fixed at interpreter creation.
#[derive(Clone, Debug)]
pub struct Options {
    pub recursion_limit: usize,
    /// Collect at every safepoint (tests).
    pub gc_stress: bool,
    /// Heap limit in bytes (`-X max-heap`): past it, allocation raises
    /// `MemoryError`. Also settable later with `Vm::set_max_heap`.
    pub max_heap: Option<usize>,
    /// Step budget (`-X max-steps=N`): the number of safepoints (frame
    /// pushes and backward jumps) the interpreter may pass; past it, every
    /// safepoint raises `RuntimeError`. Also settable with `Vm::set_max_steps`.
    pub max_steps: Option<u64>,
    /// Standard streams discard what is written to them and read nothing
    /// (`/dev/null`), and uncaught-exception reports and unraisable
    /// warnings are not printed: for running untrusted or generated
    /// programs in-process (the mutation test).
    pub quiet: bool,
    pub argv: Vec<String>,
    /// `-X specialize=on|off|eager`: the adaptive interpreter's mode.
    pub specialize: crate::interp::specialize::Mode,
    /// `-X specialization-stats`: count and print specialization statistics at exit.
    pub specialization_stats: bool,
    /// Use the compile cache for imported modules (`interp/import_cache.rs`):
    /// the CLI turns it on unless `TAIPAN_NO_CACHE=1` or `-X no-cache`.
    /// Off by default for embedders.
    pub bytecode_cache: bool,
    /// Read the compile cache but never write it (`-B`; also
    /// `sys.dont_write_bytecode`).
    pub dont_write_bytecode: bool,
    /// Size in bytes of the native stack of the thread that creates and runs
    /// the interpreter, when known (the CLI's interpreter thread): native
    /// recursion that no frame counts (nested iterators, hashing nested
    /// tuples) then raises RecursionError well before the stack overflows.
    pub native_stack_size: Option<usize>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            recursion_limit: 1000,
            gc_stress: false,
            max_heap: None,
            max_steps: None,
            quiet: false,
            argv: vec![String::new()],
            specialize: Default::default(),
            specialization_stats: false,
            bytecode_cache: false,
            dont_write_bytecode: false,
            native_stack_size: None,
        }
    }
}

/// One interpreter.
pub struct Vm {
    pub heap: Heap,
    pub t: Box<Types>,
    /// Classes of the native modules (`itertools.chain`, `collections.deque`, ...).
    pub mt: Box<crate::modules::types::ModTypes>,
    pub n: Box<Names>,
    pub op_names: Box<OpNames>,
    pub builtins: Gc<DictObj>,
    pub builtins_module: Gc<ModuleObj>,
    /// `sys.modules`.
    pub modules: Gc<DictObj>,
    interned: HashMap<Box<str>, Value>,
    pub root_shape: Gc<Shape>,
    /// The frame stack: contiguous frames (see docs/frame-layout.md).
    pub stack: Vec<Value>,
    /// Slots in use on `stack`.
    pub stack_top: usize,
    /// Base of the innermost frame (usize::MAX when none).
    pub frame: usize,
    /// Python frames plus native re-entries currently active.
    pub depth: usize,
    pub recursion_limit: usize,
    /// Lowest native stack address native recursion may reach (0: unknown,
    /// unchecked); see `Options::native_stack_size`.
    pub native_stack_floor: usize,
    /// The exception being handled (`sys.exc_info()`), NULL when none.
    pub handled: Value,
    /// Values native code keeps in Rust heap buffers (a `Vec<Value>`), which
    /// the conservative stack scan cannot see. Scoped: a native function call
    /// truncates it back on return, the interpreter loop at its safepoints.
    pub extra_roots: Vec<Value>,
    pub opts: Options,
    /// The `_io` module's state: standard streams, live buffers (flushed at exit).
    pub io: crate::modules::io::IoState,
    pub next_id: Cell<u64>,
    /// Generators currently executing (innermost last).
    pub running_gens: Vec<Gc<crate::object::misc::GeneratorObj>>,
    /// An exception to raise at the resume point of the next `run_frame` (generator.throw).
    pub pending_throw: Option<PyErr>,
    /// Value of the StopIteration that ended the last exhausted iteration.
    pub last_stop_value: Value,
    /// Containers whose repr is in progress (for `[...]`).
    pub repr_stack: Vec<Value>,
    /// Source text by file name, for traceback lines.
    pub sources: HashMap<String, std::rc::Rc<str>>,
    /// Compile-cache settings (`interp/import_cache.rs`).
    pub import_cache: crate::interp::import_cache::ImportCache,
    /// Weak references, finalizers and the `gc` module's state.
    pub gc: crate::collect::GcState,
    /// `atexit` functions: (func, args tuple, kwargs dict or NULL), in
    /// registration order.
    pub atexit: Vec<(Value, Value, Value)>,
    /// Open file descriptors and other `posix` state (no gc values).
    pub os: crate::modules::posix::OsState,
    /// The specializer's state and statistics (interp/specialize.rs).
    pub spec: crate::interp::specialize::SpecState,
    /// Safepoints left before the step budget is exhausted; decremented at
    /// every safepoint (u64::MAX, i.e. never, without a budget).
    pub steps_left: u64,
    /// `sys.get_int_max_str_digits()` (0: no limit): the longest decimal
    /// int ↔ str conversion allowed.
    pub int_max_str_digits: usize,
    /// `sys`'s UnraisableHookArgs class (not a `sys` attribute in CPython).
    pub unraisable_args_type: Value,
}

/// Capacity of the frame stack in slots; beyond it is a RecursionError.
pub const STACK_SLOTS: usize = 4 << 20;

impl Vm {
    /// A fresh interpreter with builtins installed.
    pub fn new(opts: Options) -> Box<Vm> {
        let mut heap = Heap::new();
        let t = crate::builtins::types::bootstrap(&mut heap);
        let mt = crate::modules::types::ModTypes::bootstrap(&mut heap, &t);
        // The root shape and the builtins module need the type objects.
        let root_shape = alloc_raw(&mut heap, Shape::new(ObjHeader::new(t.shape), Vec::new()));
        let builtins = alloc_raw(&mut heap, DictObj::new(ObjHeader::new(t.dict)));
        let modules = alloc_raw(&mut heap, DictObj::new(ObjHeader::new(t.dict)));
        let builtins_module = alloc_raw(&mut heap, ModuleObj { header: ObjHeader::new(t.module), dict: builtins });
        let mut stack = Vec::new();
        stack.resize(1024, Value::NULL);
        let mut vm = Box::new(Vm {
            heap,
            t,
            mt,
            n: Box::new(Names::placeholder()),
            op_names: Box::new(OpNames { binop: [[Value::NULL; 3]; 13], cmp: [Value::NULL; 6] }),
            builtins,
            builtins_module,
            modules,
            interned: HashMap::new(),
            root_shape,
            stack,
            stack_top: 0,
            frame: usize::MAX,
            depth: 0,
            recursion_limit: opts.recursion_limit,
            native_stack_floor: native_stack_floor(opts.native_stack_size),
            handled: Value::NULL,
            extra_roots: Vec::new(),
            opts,
            io: Default::default(),
            next_id: Cell::new(1),
            running_gens: Vec::new(),
            pending_throw: None,
            last_stop_value: Value::NONE,
            repr_stack: Vec::new(),
            sources: HashMap::new(),
            import_cache: Default::default(),
            gc: crate::collect::GcState::default(),
            atexit: Vec::new(),
            os: Default::default(),
            spec: Default::default(),
            steps_left: u64::MAX,
            int_max_str_digits: crate::builtins::int_digits::initial_limit(),
            unraisable_args_type: Value::NULL,
        });
        let steps = vm.opts.max_steps;
        vm.set_max_steps(steps);
        let limit = vm.opts.max_heap;
        vm.heap.set_limit(limit);
        vm.spec.configure(vm.opts.specialize, vm.opts.specialization_stats);
        let all = vm.t.all();
        vm.gc.reg.types.extend(all);
        // Values held in Rust locals during bootstrap must be found by the
        // conservative stack scan too (a collection can run at any allocation).
        let marker = 0u8;
        vm.heap.set_stack_base(&marker as *const u8);
        vm.n = Box::new(Names::make(&mut vm));
        vm.op_names = Box::new(OpNames::new(&mut vm));
        crate::builtins::install(&mut vm);
        vm.init_specializer();
        vm
    }

    // ----- allocation -------------------------------------------------

    /// Allocate an object. Never collects: collections happen only at
    /// safepoints, so native code may hold fresh objects anywhere until it
    /// calls back into Python.
    #[inline]
    pub fn alloc<T: PyPayload>(&mut self, obj: T) -> Gc<T> {
        alloc_raw(&mut self.heap, obj)
    }

    /// Report every gc pointer the interpreter holds outside the heap.
    pub(crate) fn trace_roots(&self, t: &mut Tracer) {
        self.t.trace(t);
        self.mt.trace(t);
        self.n.trace(t);
        self.op_names.trace(t);
        self.builtins.trace(t);
        self.builtins_module.trace(t);
        self.modules.trace(t);
        self.root_shape.trace(t);
        self.interned.values().for_each(|v| v.trace(t));
        // Frame slots above a frame's live stack may hold stale values, so the
        // frame stack is scanned conservatively (stale words are validated).
        self.stack[..self.stack_top].iter().for_each(|v| {
            if v.is_ptr() {
                t.mark_conservative(v.bits() as usize)
            }
        });
        self.handled.trace(t);
        self.running_gens.iter().for_each(|g| g.trace(t));
        if let Some(e) = self.pending_throw {
            e.0.trace(t);
        }
        self.last_stop_value.trace(t);
        self.unraisable_args_type.trace(t);
        self.repr_stack.iter().for_each(|v| v.trace(t));
        self.extra_roots.iter().for_each(|v| v.trace(t));
        self.gc.trace_roots(t);
        self.atexit.iter().for_each(|(f, a, k)| {
            f.trace(t);
            a.trace(t);
            k.trace(t);
        });
        self.io.trace(t);
        self.spec.len.trace(t);
        self.spec.isinstance.trace(t);
        self.spec.list_append.trace(t);
    }

    // ----- constructors -------------------------------------------------

    /// An interned str (identifiers, attribute names).
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return *v;
        }
        let v = self.new_str_owned(s.into());
        if let Some(o) = v.downcast::<StrObj>() {
            o.interned.set(true);
        }
        self.interned.insert(s.into(), v);
        v
    }
    /// Intern an existing str object (returns the canonical one).
    pub fn intern_value(&mut self, v: Value) -> Value {
        match v.downcast::<StrObj>() {
            Some(s) if s.interned.get() => v,
            Some(s) => match s.as_str() {
                Some(txt) => {
                    let txt = txt.to_owned();
                    self.intern(&txt)
                }
                // Names with lone surrogates stay uninterned (the table is keyed by &str).
                None => v,
            },
            None => v,
        }
    }
    pub fn new_str(&mut self, s: &str) -> Value {
        self.new_str_owned(s.into())
    }
    pub fn new_string(&mut self, s: String) -> Value {
        self.new_str_owned(s.into_boxed_str())
    }
    pub fn new_str_owned(&mut self, s: Box<str>) -> Value {
        let h = ObjHeader::new(self.t.str_);
        // The text lives outside the gc heap: count it toward the next collection.
        self.heap.note_external_alloc(s.len());
        self.alloc(StrObj::new(h, s)).value()
    }
    /// A str from generalised UTF-8 text (see `text::wtf8`), which may hold
    /// lone surrogates. Callers build `b` with the `wtf8` helpers; malformed
    /// bytes (a bug) are decoded with U+FFFD rather than stored.
    pub fn new_wtf8(&mut self, b: Vec<u8>) -> Value {
        let b = match String::from_utf8(b) {
            Ok(s) => return self.new_string(s),
            Err(e) => e.into_bytes(),
        };
        self.heap.note_external_alloc(b.len());
        let h = ObjHeader::new(self.t.str_);
        match StrObj::from_wtf8(h, b.into_boxed_slice()) {
            Some(o) => self.alloc(o).value(),
            None => self.new_string("\u{FFFD}".to_string()),
        }
    }
    /// The one-character str of code point `c` (a surrogate allowed).
    pub fn new_code_point(&mut self, c: u32) -> Value {
        match char::from_u32(c) {
            Some(ch) => {
                let mut b = [0u8; 4];
                self.new_str(ch.encode_utf8(&mut b))
            }
            None => self.new_wtf8(crate::text::wtf8::from_code_points([c])),
        }
    }
    /// An int from a BigInt, immediate when it fits.
    pub fn new_bigint(&mut self, i: BigInt) -> Value {
        if let Some(v) = i.to_i64().and_then(Value::try_small_int) {
            return v;
        }
        let h = ObjHeader::new(self.t.int);
        self.heap.note_external_alloc(i.bits() as usize / 8);
        self.alloc(IntObj { header: h, value: i }).value()
    }
    #[inline]
    pub fn new_int(&mut self, i: i64) -> Value {
        match Value::try_small_int(i) {
            Some(v) => v,
            None => self.new_bigint(BigInt::from(i)),
        }
    }
    pub fn new_tuple(&mut self, items: Vec<Value>) -> Value {
        let h = ObjHeader::new(self.t.tuple);
        self.heap.note_external_alloc(items.len() * 8);
        self.alloc(TupleObj { header: h, hash: Cell::new(-1), items: items.into_boxed_slice() }).value()
    }
    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        let h = ObjHeader::new(self.t.list);
        self.heap.note_external_alloc(items.capacity() * 8);
        self.alloc(ListObj { header: h, items: VCell::new(items) }).value()
    }
    pub fn new_dict(&mut self) -> Gc<DictObj> {
        let h = ObjHeader::new(self.t.dict);
        self.alloc(DictObj::new(h))
    }
    pub fn new_instance(&mut self, cls: Gc<TypeObj>) -> Value {
        let attrs = crate::object::attrs::Attrs::new(self.root_shape);
        self.alloc(InstanceObj { header: ObjHeader::new(cls), attrs }).value()
    }
    /// A builtin function (not a method).
    pub fn new_builtin(&mut self, name: &'static str, func: NativeFn) -> Value {
        self.new_builtin_a(name, Arity::Any, func)
    }
    /// A builtin function whose arguments `Vm::call` checks against `arity`.
    pub fn new_builtin_a(&mut self, name: &'static str, arity: Arity, func: NativeFn) -> Value {
        let h = ObjHeader::new(self.t.builtin_function);
        let m = self.intern("builtins");
        self.alloc(BuiltinFnObj { header: h, name, func, owner: Value::NULL, bound: Value::NULL, module: m, arity }).value()
    }
    /// Add a native method to a builtin type's namespace.
    pub fn add_method(&mut self, ty: Gc<TypeObj>, name: &'static str, func: NativeFn) {
        self.add_method_a(ty, name, Arity::Any, func)
    }
    /// Add a native method whose arguments (after the receiver) `Vm::call`
    /// checks against `arity`, and whose receiver it checks is a `ty`.
    pub fn add_method_a(&mut self, ty: Gc<TypeObj>, name: &'static str, arity: Arity, func: NativeFn) {
        let h = ObjHeader::new(self.t.builtin_function);
        let f = BuiltinFnObj { header: h, name, func, owner: ty.value(), bound: Value::NULL, module: Value::NULL, arity };
        let f = self.alloc(f).value();
        let k = self.intern(name);
        ty.dict.set_str_key(k, f);
        ty.bump_version();
    }
    /// Set an attribute in a type's namespace.
    pub fn set_type_attr(&mut self, ty: Gc<TypeObj>, name: &str, v: Value) {
        let k = self.intern(name);
        ty.dict.set_str_key(k, v);
        ty.bump_version();
    }

    /// `list.append`: push, counting the buffer's growth toward the next
    /// collection (and the heap limit).
    #[inline]
    pub fn list_push(&mut self, l: Gc<ListObj>, v: Value) {
        let grew = l.items.with_mut(|items| {
            let cap = items.capacity();
            items.push(v);
            items.capacity() - cap
        });
        if grew != 0 {
            self.heap.note_external_alloc(grew * 8);
        }
    }

    /// The class of any value.
    #[inline(always)]
    pub fn type_of(&self, v: Value) -> Gc<TypeObj> {
        if v.is_ptr() {
            v.header_unchecked().class()
        } else if v.is_small_int() {
            self.t.int
        } else if v.is_float() {
            self.t.float
        } else {
            match v {
                Value::NONE => self.t.none,
                Value::TRUE | Value::FALSE => self.t.bool_,
                Value::NOT_IMPLEMENTED => self.t.notimpl,
                Value::ELLIPSIS => self.t.ellipsis,
                _ => self.t.object,
            }
        }
    }
    /// The type's name as messages show it (CPython's `tp_name`): the
    /// `__name__`, qualified by the module for builtin types of modules
    /// other than `builtins` (`'_io.StringIO' object has no attribute ...`).
    pub fn type_name(&self, v: Value) -> String {
        self.type_of(v).tp_name()
    }
    /// `type_name` for a class (CPython's `tp_name`, dotted for native-module types).
    pub fn tp_name(&self, t: Gc<TypeObj>) -> String {
        t.tp_name()
    }
    /// `isinstance(v, cls)` by MRO only (no `__instancecheck__`).
    #[inline]
    pub fn is_instance(&self, v: Value, cls: Gc<TypeObj>) -> bool {
        let t = self.type_of(v);
        t == cls || t.is_subtype(cls)
    }
    /// Text of a str value (see `object::str::str_of` for the lifetime).
    #[inline]
    pub fn str_of(v: Value) -> Option<&'static str> {
        crate::object::str::str_of(v)
    }
    /// The stored text of any str, lone surrogates included (`text::wtf8`).
    pub fn wtf8_of(v: Value) -> Option<&'static [u8]> {
        crate::object::str::wtf8_of(v)
    }

    pub fn interned_lookup(&self, s: &str) -> Option<Value> {
        self.interned.get(s).copied()
    }

    /// Compile source text into a code object (SyntaxError on bad input).
    pub fn compile_source(&mut self, src: &str, filename: &str, mode: crate::bytecode::Mode) -> PyResult<Gc<crate::object::code::CodeObj>> {
        self.sources.insert(filename.to_string(), src.into());
        match crate::compiler::compile(src, filename, mode) {
            Ok(c) => Ok(self.load_code(&std::rc::Rc::new(c))),
            Err(e) => Err(self.syntax_error(&e)),
        }
    }

    /// Build a SyntaxError instance from compiler information.
    pub fn syntax_error(&mut self, e: &crate::bytecode::SyntaxErrorInfo) -> PyErr {
        use crate::bytecode::SyntaxErrorKind::*;
        let cls = match e.kind {
            SyntaxError => self.t.syntax_error,
            IndentationError => self.t.indentation_error,
            TabError => self.t.tab_error,
            RecursionError => return self.new_error(self.t.recursion_error, &e.msg),
        };
        let msg = self.new_str(&e.msg);
        let fname = self.new_str(&e.filename);
        let text = match &e.text {
            Some(t) => self.new_str(t),
            None => Value::NONE,
        };
        let details = vec![fname, Value::from_small_int(e.lineno as i64), Value::from_small_int(e.offset as i64), text,
            Value::from_small_int(e.end_lineno as i64), Value::from_small_int(e.end_offset as i64)];
        let dt = self.new_tuple(details);
        // The fields (`msg`, `lineno`, ...) are set from the args.
        self.new_exception_err(cls, vec![msg, dt])
    }

    /// RecursionError when the native stack is nearly used up: for native
    /// code that recurses on the shape of its data without Python frames.
    #[inline]
    pub fn check_native_stack(&mut self) -> PyResult<()> {
        let here = 0u8;
        if (std::ptr::addr_of!(here) as usize) < self.native_stack_floor {
            return Err(self.new_error(self.t.recursion_error, "maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// Is a new Python frame / native re-entry allowed?
    #[inline]
    pub fn enter(&mut self) -> PyResult<()> {
        self.check_native_stack()?;
        if self.depth >= self.recursion_limit {
            return Err(self.new_error(self.t.recursion_error, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        Ok(())
    }
    /// `enter` for a native operation that runs Python code, e.g. `repr()`
    /// calling `__repr__`; `what` completes the message (" while getting the
    /// repr of an object"). It trips one level early, so that in a cycle of
    /// such an operation and Python frames it is the one reported, as in
    /// CPython.
    pub fn enter_for(&mut self, what: &str) -> PyResult<()> {
        self.check_native_stack()?;
        if self.depth + 1 >= self.recursion_limit {
            return Err(self.new_error(self.t.recursion_error, &format!("maximum recursion depth exceeded{what}")));
        }
        self.depth += 1;
        Ok(())
    }
    #[inline]
    pub fn leave(&mut self) {
        self.depth -= 1;
    }
}



/// The lowest address native recursion may use on the current thread, whose
/// stack (`size` bytes) is taken to start near the caller's frame; an eighth
/// of it (at least 1 MiB) is kept free for the code that raises and reports
/// the RecursionError.
fn native_stack_floor(size: Option<usize>) -> usize {
    let Some(size) = size else { return 0 };
    let here = 0u8;
    let top = std::ptr::addr_of!(here) as usize;
    let reserve = (size / 8).max(1 << 20);
    top.saturating_sub(size.saturating_sub(reserve))
}

/// Allocate on a heap without a collection check (bootstrap, and `Vm::alloc`).
pub fn alloc_raw<T: PyPayload>(heap: &mut Heap, obj: T) -> Gc<T> {
    let p = heap.alloc(obj);
    // SAFETY: the heap returned a valid, initialised, non-moving T.
    unsafe { Gc::from_raw(p) }
}

