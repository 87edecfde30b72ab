//! The instruction set, declared once.
//!
//! `for_each_op!` is the single source of truth: the opcode enum, names,
//! stack effects, inline-cache sizes, jump flags and the disassembler are
//! all generated from it. A code unit is a `u32`: opcode in the low 8 bits,
//! argument in the high 24 bits. An instruction with `cache = k` is
//! followed by `k` inline-cache code units (zero-initialised by the
//! compiler, written by the interpreter at run time). Jump targets are
//! absolute code-unit indices.
//!
//! Stack notation in the docs: `(in -- out)`, top of stack rightmost.
//! `NULL` is the internal empty marker (`Value::NULL`).

/// Invoke `$m!` with the instruction table. Columns:
/// `Name, cache_units, jump, |arg| stack_effect, "doc";`
/// `jump` is `J` when the argument is an absolute jump target, else `N`.
#[macro_export]
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            {
            Nop, 0, N, |_a| 0, "( -- )";
            PopTop, 0, N, |_a| -1, "(x -- )";
            /// copy the arg-th item (1 = top) to the top
            Copy, 0, N, |_a| 1, "(..x.. -- ..x.. x)";
            /// swap top with the arg-th item (2 = second)
            Swap, 0, N, |_a| 0, "(..a.. b -- ..b.. a)";
            PushNull, 0, N, |_a| 1, "( -- NULL)";

            LoadConst, 0, N, |_a| 1, "( -- consts[arg])";
            /// raises UnboundLocalError if the slot is NULL
            LoadFast, 0, N, |_a| 1, "( -- locals[arg])";
            StoreFast, 0, N, |_a| -1, "(v -- )";
            /// raises UnboundLocalError if the slot is NULL
            DeleteFast, 0, N, |_a| 0, "( -- )";
            /// arg indexes cells then frees (cellvars ++ freevars); NameError/UnboundLocalError when empty
            LoadDeref, 0, N, |_a| 1, "( -- cell.contents)";
            StoreDeref, 0, N, |_a| -1, "(v -- )";
            DeleteDeref, 0, N, |_a| 0, "( -- )";
            /// push the cell object itself (for building closures)
            LoadClosure, 0, N, |_a| 1, "( -- cell)";
            /// class body reading a free variable: locals mapping first, then the cell
            LoadClassDeref, 0, N, |_a| 1, "( -- v)";
            /// arg = index into names; globals then builtins
            LoadGlobal, 4, N, |_a| 1, "( -- v)";
            StoreGlobal, 0, N, |_a| -1, "(v -- )";
            DeleteGlobal, 0, N, |_a| 0, "( -- )";
            /// locals mapping, then globals, then builtins (module/class bodies, exec)
            LoadName, 0, N, |_a| 1, "( -- v)";
            StoreName, 0, N, |_a| -1, "(v -- )";
            DeleteName, 0, N, |_a| 0, "( -- )";

            /// arg = index into names
            LoadAttr, 5, N, |_a| 0, "(obj -- obj.name)";
            StoreAttr, 6, N, |_a| -2, "(v obj -- )";
            DeleteAttr, 0, N, |_a| -1, "(obj -- )";
            /// (obj -- meth obj) for an unbound method found on the type, else (obj -- attr NULL)
            LoadMethod, 5, N, |_a| 1, "(obj -- callable self_or_null)";

            /// arg = BinOp number (see BinOp); in-place forms included
            BinaryOp, 1, N, |_a| -1, "(a b -- a op b)";
            UnaryNegative, 0, N, |_a| 0, "(a -- -a)";
            UnaryPositive, 0, N, |_a| 0, "(a -- +a)";
            UnaryInvert, 0, N, |_a| 0, "(a -- ~a)";
            UnaryNot, 0, N, |_a| 0, "(a -- not a)";
            /// arg = CmpOp number
            CompareOp, 1, N, |_a| -1, "(a b -- a cmp b)";
            /// arg 1 = `is not`
            IsOp, 0, N, |_a| -1, "(a b -- a is b)";
            /// arg 1 = `not in`
            ContainsOp, 1, N, |_a| -1, "(item container -- item in container)";

            BinarySubscr, 1, N, |_a| -1, "(obj key -- obj[key])";
            StoreSubscr, 1, N, |_a| -3, "(v obj key -- )";
            DeleteSubscr, 0, N, |_a| -2, "(obj key -- )";
            /// arg = 2 or 3
            BuildSlice, 0, N, |a| 1 - a as i32, "(start stop [step] -- slice)";

            BuildTuple, 0, N, |a| 1 - a as i32, "(x1..xn -- tuple)";
            BuildList, 0, N, |a| 1 - a as i32, "(x1..xn -- list)";
            BuildSet, 0, N, |a| 1 - a as i32, "(x1..xn -- set)";
            /// arg = number of key/value pairs
            BuildMap, 0, N, |a| 1 - 2 * a as i32, "(k1 v1..kn vn -- dict)";
            /// arg = n, TOS is a tuple of n keys
            BuildConstKeyMap, 0, N, |a| -(a as i32), "(v1..vn keys -- dict)";
            /// concatenate n strs
            BuildString, 0, N, |a| 1 - a as i32, "(s1..sn -- str)";
            /// the container is the arg-th item counting the pushed value as 1 (comprehensions: list at depth arg+1 before the pop)
            ListAppend, 0, N, |_a| -1, "(list ..arg-1.. v -- list ..)";
            SetAdd, 0, N, |_a| -1, "(set .. v -- set ..)";
            MapAdd, 0, N, |_a| -2, "(dict .. k v -- dict ..)";
            /// list is arg-th item below the iterable
            ListExtend, 0, N, |_a| -1, "(list .. iterable -- list ..)";
            SetUpdate, 0, N, |_a| -1, "(set .. iterable -- set ..)";
            /// dict display `{**m}`
            DictUpdate, 0, N, |_a| -1, "(dict .. mapping -- dict ..)";
            /// call `f(**m)`: like DictUpdate but duplicate keys raise TypeError
            DictMerge, 0, N, |_a| -1, "(callable NULL args dict .. mapping -- ...)";
            ListToTuple, 0, N, |_a| 0, "(list -- tuple)";
            /// arg bits 0-1: conversion 0 none,1 str,2 repr,3 ascii; bit 2: a format spec is on the stack
            FormatValue, 0, N, |a| if a & 4 != 0 { -1 } else { 0 }, "(v [spec] -- str)";

            /// exactly arg items, pushed so the first item ends on top
            UnpackSequence, 1, N, |a| a as i32 - 1, "(seq -- xn..x1)";
            /// arg = before | after << 8; pushes after, the starred list, before (first on top)
            UnpackEx, 0, N, |a| ((a & 0xff) + (a >> 8)) as i32, "(seq -- ...)";

            Jump, 0, J, |_a| 0, "( -- )";
            /// backward jump at the end of a loop body (counts back-edges for tier-up)
            JumpBackward, 0, J, |_a| 0, "( -- )";
            PopJumpIfFalse, 0, J, |_a| -1, "(cond -- )";
            PopJumpIfTrue, 0, J, |_a| -1, "(cond -- )";
            PopJumpIfNone, 0, J, |_a| -1, "(v -- )";
            PopJumpIfNotNone, 0, J, |_a| -1, "(v -- )";
            /// if falsy jump keeping the value, else pop it (`and`)
            JumpIfFalseOrPop, 0, J, |_a| 0, "(v -- v?)";
            JumpIfTrueOrPop, 0, J, |_a| 0, "(v -- v?)";

            GetIter, 0, N, |_a| 0, "(iterable -- iter)";
            /// next(iter) pushed; when exhausted, pop iter and jump to arg
            ForIter, 1, J, |_a| 1, "(iter -- iter next)";

            ReturnValue, 0, N, |_a| -1, "(v -- )";
            /// stack: [callable, self_or_null, arg1..argn]; if self_or_null is not NULL it is the first positional arg; arg = n. The last len(kwnames) args are keyword values when KwNames preceded.
            Call, 4, N, |a| -1 - a as i32, "(callable self_or_null args.. -- result)";
            /// sets the keyword-name tuple (consts[arg]) for the following Call
            KwNames, 0, N, |_a| 0, "( -- )";
            /// arg & 1: a kwargs dict is on top; args is a tuple
            CallFunctionEx, 0, N, |a| if a & 1 != 0 { -3 } else { -2 }, "(callable NULL args [kwargs] -- result)";
            /// arg bits: 1 defaults tuple, 2 kwdefaults dict, 4 annotations (tuple of name,value pairs), 8 closure tuple
            MakeFunction, 0, N, |a| -((a & 1 != 0) as i32 + (a & 2 != 0) as i32 + (a & 4 != 0) as i32 + (a & 8 != 0) as i32), "([defaults] [kwdefaults] [annotations] [closure] code -- function)";
            LoadBuildClass, 0, N, |_a| 1, "( -- __build_class__)";

            /// arg = 0 re-raise current, 1 raise exc, 2 raise exc from cause
            RaiseVarargs, 0, N, |a| -(a as i32), "([exc [cause]] -- )";
            /// re-raise TOS; arg 1 also restores frame.lasti from the item below the exception (not used yet)
            Reraise, 0, N, |_a| -1, "(exc -- )";
            /// entered from the exception table: save the current handled exception, make exc current
            PushExcInfo, 0, N, |_a| 1, "(exc -- prev_exc exc)";
            /// restore the handled exception saved by PushExcInfo
            PopExcept, 0, N, |_a| -1, "(prev_exc -- )";
            /// isinstance check for `except T:` (T a class or tuple of classes)
            CheckExcMatch, 0, N, |_a| 0, "(exc T -- exc bool)";
            LoadAssertionError, 0, N, |_a| 1, "( -- AssertionError)";

            /// calls mgr.__enter__; pushes the bound __exit__
            BeforeWith, 0, N, |_a| 1, "(mgr -- exit enter_result)";
            /// calls exit(type(exc), exc, tb) with exc the 1st item and exit the 4th from top (stack: exit, lasti, prev_exc, exc)
            WithExceptStart, 0, N, |_a| 1, "(exit lasti prev exc -- exit lasti prev exc result)";

            /// arg = index into names (the module name); stack: level, fromlist
            ImportName, 0, N, |_a| -1, "(level fromlist -- module)";
            ImportFrom, 0, N, |_a| 1, "(module -- module attr)";
            ImportStar, 0, N, |_a| -1, "(module -- )";

            /// generator yields TOS; the value sent in is pushed on resume. arg 1: inside a
            /// `yield from`/`await` loop (the sub-iterator is then the item below)
            YieldValue, 0, N, |_a| 0, "(v -- sent)";
            /// `yield from` / await driver: send v into sub; when it returns, jump to arg with its value pushed (sub popped)
            Send, 0, J, |_a| 0, "(sub v -- sub yielded) or (sub v -- result)";
            GetYieldFromIter, 0, N, |_a| 0, "(iterable -- iter)";

            /// pattern matching: is the subject a sequence for `case [...]` (list, tuple, range, ... not str/bytes)?
            MatchSequence, 0, N, |_a| 1, "(subject -- subject bool)";
            /// pattern matching: is the subject a mapping for `case {...}`?
            MatchMapping, 0, N, |_a| 1, "(subject -- subject bool)";
            /// `len(obj)` keeping obj (sequence and mapping patterns)
            GetLen, 0, N, |_a| 1, "(obj -- obj len)";
            /// values of the keys tuple looked up with `subject.get(key, sentinel)`, or None if a key is missing
            MatchKeys, 0, N, |_a| 1, "(subject keys -- subject keys values_or_none)";
            /// arg = number of positional sub-patterns; names = keyword attribute names; pushes the tuple of attributes or None
            MatchClass, 0, N, |_a| -2, "(subject cls names -- attrs_or_none)";

            SetupAnnotations, 0, N, |_a| 0, "( -- )";
            /// REPL: print repr of TOS if not None and store in builtins._
            PrintExpr, 0, N, |_a| -1, "(v -- )";

            // `except*` (interp/except_star.rs).
            /// `except* T`: split exc by T (a naked exception that matches is wrapped in
            /// `ExceptionGroup("", (exc,))`); match is None when nothing matched, rest None when
            /// all did. A non-None match becomes the handled exception. TypeError if T is not
            /// an exception class (or tuple of them) or is an exception group class.
            CheckEgMatch, 0, N, |_a| 0, "(exc T -- rest match)";
            /// after the `except*` clauses: from the original exception and the list of
            /// exceptions raised or re-raised in the clauses (plus the unhandled rest; Nones
            /// skipped), the exception to re-raise, or None
            PrepReraiseStar, 0, N, |_a| -1, "(orig excs -- exc_or_none)";

            // Coroutines and async generators (interp/coroutine.rs).
            /// iterator for `await obj`; arg 1/2: obj came from `__aenter__`/`__aexit__` (error messages)
            GetAwaitable, 0, N, |_a| 0, "(obj -- awaitable_iter)";
            /// `async for`: obj.__aiter__()
            GetAiter, 0, N, |_a| 0, "(obj -- aiter)";
            /// `async for`: the awaitable of aiter.__anext__()
            GetAnext, 0, N, |_a| 1, "(aiter -- aiter awaitable)";
            /// `async for` exception handler: StopAsyncIteration ends the loop, anything else is re-raised
            EndAsyncFor, 0, N, |_a| -2, "(aiter exc -- )";
            /// calls mgr.__aenter__(); pushes the bound __aexit__ (the result is then awaited)
            BeforeAsyncWith, 0, N, |_a| 1, "(mgr -- aexit aenter_result)";
            }
            // Specialized forms (interp/specialize.rs): `Name: Family, "guard -> action";`.
            // Each shares its family's argument, stack effect and inline cache,
            // and falls back to the family's generic code when its guard fails.
            {
            LoadFastLoadFast: LoadFast, "superinstruction: this LOAD_FAST and the next one";
            LoadFastLoadConst: LoadFast, "superinstruction: this LOAD_FAST and the next LOAD_CONST";
            LoadConstLoadFast: LoadConst, "superinstruction: this LOAD_CONST and the next LOAD_FAST";
            StoreFastLoadFast: StoreFast, "superinstruction: this STORE_FAST and the next LOAD_FAST";
            StoreFastStoreFast: StoreFast, "superinstruction: this STORE_FAST and the next one";

            LoadGlobalModule: LoadGlobal, "globals keys version -> cached entry";
            LoadGlobalBuiltin: LoadGlobal, "globals and builtins keys versions -> cached builtins entry";

            LoadAttrInstance: LoadAttr, "class version, shape -> instance slot";
            LoadAttrModule: LoadAttr, "module dict keys version -> cached entry";
            LoadAttrClass: LoadAttr, "the class itself, its version -> cached class attribute";
            LoadAttrNonDescriptor: LoadAttr, "class version, shape without the name -> cached class attribute";
            LoadAttrProperty: LoadAttr, "class version -> call the cached property getter";

            LoadMethodInstance: LoadMethod, "class version, shape without the name -> (cached function, obj)";
            LoadMethodNoDict: LoadMethod, "class version, instances without attributes -> (cached function, obj)";
            LoadMethodModule: LoadMethod, "module dict keys version -> (cached entry, NULL)";
            LoadMethodClass: LoadMethod, "the class itself, its version -> (cached function, NULL)";

            StoreAttrInstance: StoreAttr, "class version, shape -> write instance slot";
            StoreAttrAddSlot: StoreAttr, "class version, shape -> append a slot, move to the cached child shape";

            BinaryOpAddInt: BinaryOp, "small ints -> add";
            BinaryOpSubInt: BinaryOp, "small ints -> subtract";
            BinaryOpMulInt: BinaryOp, "small ints -> multiply";
            BinaryOpAddFloat: BinaryOp, "floats -> add";
            BinaryOpSubFloat: BinaryOp, "floats -> subtract";
            BinaryOpMulFloat: BinaryOp, "floats -> multiply";
            BinaryOpDivFloat: BinaryOp, "floats, nonzero divisor -> divide";
            BinaryOpAddStr: BinaryOp, "exact strs -> concatenate";
            BinaryOpOtherInt: BinaryOp, "small ints, operator // % & | ^ << >> -> integer result";
            BinaryOpMixedFloat: BinaryOp, "a float and a small int, + - * / -> float";

            CompareOpInt: CompareOp, "small ints -> compare";
            CompareOpFloat: CompareOp, "floats -> compare";
            CompareOpStr: CompareOp, "exact strs -> compare";

            BinarySubscrListInt: BinarySubscr, "exact list, small int index -> item";
            BinarySubscrTupleInt: BinarySubscr, "exact tuple, small int index -> item";
            BinarySubscrDict: BinarySubscr, "exact dict -> lookup";
            StoreSubscrListInt: StoreSubscr, "exact list, small int index in range -> store";
            StoreSubscrDict: StoreSubscr, "exact dict -> store";
            ContainsOpDict: ContainsOp, "exact dict -> key lookup";
            ContainsOpSet: ContainsOp, "exact set or frozenset -> lookup";

            CallPyExactArgs: Call, "plain Python function taking exactly these positional args -> new frame";
            CallBuiltin: Call, "builtin function, no keywords -> direct native call";
            CallLen: Call, "the builtin len, one arg -> length";
            CallIsinstance: Call, "the builtin isinstance, two args -> check";
            CallType1: Call, "type itself, one arg -> its class";
            CallListAppend: Call, "list.append on an exact list -> push";
            CallAllocInit: Call, "class version (object.__new__, Python __init__ taking exactly these args) -> new instance, __init__ frame";

            ForIterRange: ForIter, "range iterator -> next int";
            ForIterList: ForIter, "list iterator -> next item";
            ForIterTuple: ForIter, "tuple iterator -> next item";

            UnpackSequenceTwoTuple: UnpackSequence, "exact tuple of 2 -> push both";
            UnpackSequenceTuple: UnpackSequence, "exact tuple of arg items -> push them";
            UnpackSequenceList: UnpackSequence, "exact list of arg items -> push them";
            }
        }
    };
}

macro_rules! define_opcodes {
    ({$($(#[doc = $d:literal])* $name:ident, $cache:literal, $jump:ident, |$a:ident| $effect:expr, $sdoc:literal;)*}
     {$($sname:ident: $family:ident, $gdoc:literal;)*}) => {
        /// One opcode. Generated from `for_each_op!`.
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Op { $($(#[doc = $d])* #[doc = $sdoc] $name,)* $(#[doc = $gdoc] $sname,)* }

        /// Number of opcodes.
        pub const OP_COUNT: usize = [$(Op::$name,)* $(Op::$sname,)*].len();

        /// Number of generic (unspecialized) opcodes; specialized forms follow them.
        pub const GENERIC_COUNT: usize = [$(Op::$name),*].len();

        const ALL_OPS: [Op; OP_COUNT] = [$(Op::$name,)* $(Op::$sname,)*];

        /// Opcode bytes as constants, usable as `match` patterns: the
        /// interpreter matches the raw byte, so decoding is one jump table.
        #[allow(non_upper_case_globals)]
        pub mod opc {
            $(pub const $name: u8 = super::Op::$name as u8;)*
            $(pub const $sname: u8 = super::Op::$sname as u8;)*
        }

        /// Code units per instruction (1 + inline cache), by opcode byte; 0 for
        /// bytes that are not opcodes.
        pub const INSTR_LEN: [u8; 256] = {
            let mut t = [0u8; 256];
            let mut i = 0;
            while i < OP_COUNT {
                t[ALL_OPS[i] as usize] = 1 + ALL_OPS[i].cache_units() as u8;
                i += 1;
            }
            t
        };

        /// Generic opcodes that have specialized forms chosen at run time:
        /// they count executions in their first inline-cache unit and
        /// specialize when it runs out. (Families without a cache only have
        /// superinstructions, made once when the code is quickened.)
        pub const IS_ADAPTIVE: [bool; 256] = {
            let mut t = [false; 256];
            $(t[Op::$family as usize] = Op::$family.cache_units() > 0;)*
            t
        };

        impl Op {
            /// Human-readable name (CPython style, upper snake case).
            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name),)* $(Op::$sname => stringify!($sname),)* }
            }
            /// The generic instruction a specialized form belongs to (itself for generic ones).
            #[inline(always)]
            pub const fn family(self) -> Op {
                match self { $(Op::$name => Op::$name,)* $(Op::$sname => Op::$family,)* }
            }
            /// Is this a specialized form?
            #[inline(always)]
            pub const fn is_specialized(self) -> bool {
                (self as usize) >= GENERIC_COUNT
            }
            /// Inline-cache code units that follow the instruction.
            #[inline(always)]
            pub const fn cache_units(self) -> usize {
                match self { $(Op::$name => $cache,)* $(Op::$sname => Op::$family.cache_units(),)* }
            }
            /// Is the argument an absolute jump target?
            pub const fn is_jump(self) -> bool {
                match self { $(Op::$name => define_opcodes!(@jump $jump),)* $(Op::$sname => Op::$family.is_jump(),)* }
            }
            /// Net stack effect for the non-jumping path.
            #[allow(unused_variables, clippy::identity_op)]
            pub fn stack_effect(self, arg: u32) -> i32 {
                match self { $(Op::$name => { let $a = arg; $effect },)* $(Op::$sname => Op::$family.stack_effect(arg),)* }
            }
            /// Decode an opcode byte.
            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Op> {
                ALL_OPS.get(b as usize).copied()
            }
            /// The stack picture from the table.
            pub fn stack_doc(self) -> &'static str {
                match self { $(Op::$name => $sdoc,)* $(Op::$sname => Op::$family.stack_doc(),)* }
            }
        }
    };
    (@jump J) => { true };
    (@jump N) => { false };
}

for_each_op!(define_opcodes);

/// Binary operators (the argument of `BinaryOp`). In-place forms are `+ INPLACE`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

/// Offset added to a `BinOp` for its augmented-assignment form.
pub const INPLACE: u32 = 16;

impl BinOp {
    /// All operators, indexed by their number.
    pub const ALL: [BinOp; 13] = [
        BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::MatMul, BinOp::TrueDiv, BinOp::FloorDiv,
        BinOp::Mod, BinOp::Pow, BinOp::LShift, BinOp::RShift, BinOp::And, BinOp::Or, BinOp::Xor,
    ];
    /// Source symbol, e.g. `+`.
    pub fn symbol(self) -> &'static str {
        ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"][self as usize]
    }
    /// `__add__`-style dunder names: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Comparison operators (the argument of `CompareOp`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// All operators, indexed by their number.
    pub const ALL: [CmpOp; 6] = [CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge];
    /// Source symbol.
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    /// Dunder method name.
    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }
    /// The operator with swapped operands (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        [CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le][self as usize]
    }
}

/// Encode one code unit.
#[inline(always)]
pub const fn encode(op: Op, arg: u32) -> u32 {
    (op as u32) | (arg << 8)
}

/// Largest argument a code unit holds.
pub const MAX_ARG: u32 = (1 << 24) - 1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_round_trip() {
        for (i, op) in ALL_OPS.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Op::from_u8(i as u8), Some(*op));
        }
        assert!(Op::from_u8(OP_COUNT as u8).is_none());
        assert!(Op::ForIter.is_jump() && !Op::LoadFast.is_jump());
        assert_eq!(Op::BuildTuple.stack_effect(3), -2);
    }
}
