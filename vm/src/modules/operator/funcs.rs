//! The operator functions of `_operator` that are exactly an interpreter
//! operation (`add`, `iadd`, `lt`, `neg`, `not_`, `getitem`, ...): as
//! builtins they skip a Python frame per call, which `map(operator.mul,
//! ...)`, `reduce(operator.add, ...)` and sort keys notice. The others
//! (`concat`, `countOf`, `index`, `length_hint`, ...) stay pure Python.

use crate::builtins::args::Arity;
use crate::bytecode::{BinOp, CmpOp, Op};
use crate::modules::add_fn_a;
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::Vm;

macro_rules! binops {
    ($($name:literal => $op:ident, $inplace:literal;)*) => {
        &[$(($name, |vm, a, _| vm.binary_op(a[0], a[1], BinOp::$op, $inplace)),)*]
    };
}

macro_rules! cmpops {
    ($($name:literal => $op:ident;)*) => {
        &[$(($name, |vm, a, _| vm.compare(a[0], a[1], CmpOp::$op)),)*]
    };
}

type Table = &'static [(&'static str, crate::object::function::NativeFn)];

const BINARY: Table = binops! {
    "add" => Add, false; "sub" => Sub, false; "mul" => Mul, false; "matmul" => MatMul, false;
    "truediv" => TrueDiv, false; "floordiv" => FloorDiv, false; "mod" => Mod, false; "pow" => Pow, false;
    "lshift" => LShift, false; "rshift" => RShift, false; "and_" => And, false; "or_" => Or, false;
    "xor" => Xor, false;
    "iadd" => Add, true; "isub" => Sub, true; "imul" => Mul, true; "imatmul" => MatMul, true;
    "itruediv" => TrueDiv, true; "ifloordiv" => FloorDiv, true; "imod" => Mod, true; "ipow" => Pow, true;
    "ilshift" => LShift, true; "irshift" => RShift, true; "iand" => And, true; "ior" => Or, true;
    "ixor" => Xor, true;
};

const COMPARE: Table = cmpops! {
    "lt" => Lt; "le" => Le; "eq" => Eq; "ne" => Ne; "gt" => Gt; "ge" => Ge;
};

const OTHER2: Table = &[
    ("is_", |_vm, a, _| Ok(Value::from_bool(a[0] == a[1]))),
    ("is_not", |_vm, a, _| Ok(Value::from_bool(a[0] != a[1]))),
    ("getitem", |vm, a, _| vm.getitem(a[0], a[1])),
    ("contains", |vm, a, _| vm.contains(a[0], a[1]).map(Value::from_bool)),
];

const UNARY: Table = &[
    ("neg", |vm, a, _| vm.unary_op(Op::UnaryNegative, a[0])),
    ("pos", |vm, a, _| vm.unary_op(Op::UnaryPositive, a[0])),
    ("invert", |vm, a, _| vm.unary_op(Op::UnaryInvert, a[0])),
    ("inv", |vm, a, _| vm.unary_op(Op::UnaryInvert, a[0])),
    ("not_", |vm, a, _| vm.truthy(a[0]).map(|b| Value::from_bool(!b))),
    ("truth", |vm, a, _| vm.truthy(a[0]).map(Value::from_bool)),
    ("abs", |vm, a, _| {
        let k = vm.intern("abs");
        let f = vm.builtins.get_str_key(k).unwrap_or(Value::NONE);
        vm.call(f, &a[..1], &[])
    }),
];

pub fn install(vm: &mut Vm, m: Gc<ModuleObj>) {
    for table in [BINARY, COMPARE, OTHER2] {
        for &(name, f) in table {
            add_fn_a(vm, m, name, Arity::Pos(2, 2), f);
        }
    }
    for &(name, f) in UNARY {
        add_fn_a(vm, m, name, Arity::One, f);
    }
}
