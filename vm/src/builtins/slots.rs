//! Dunder methods of builtin types ("slot wrappers"): `int.__add__`,
//! `list.__len__`, `dict.__getitem__`, ...
//!
//! They make builtin behaviour visible to Python code (`int.__lt__(1, 2)`,
//! `super().__getitem__(k)`) and to subclasses of builtin types, whose
//! operators dispatch through these names. Each wrapper runs the *native*
//! operation on the builtin payload — never the generic dispatch, which could
//! find a Python override in a subclass and recurse forever. Builtin receivers
//! never reach the wrappers from the interpreter: their operators take the
//! native fast paths, and heap types whose dunder resolves to a wrapper skip
//! the call too (`Vm::has_native_slot`).
//!
//! Each wrapper is one generic function instantiated per owner type and
//! operator through const parameters, so `fn` pointers need no captured data.

use crate::bytecode::{BinOp, CmpOp, Op};
use crate::interp::numeric::Num;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, Layout};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const ADD: u8 = BinOp::Add as u8;
const MUL: u8 = BinOp::Mul as u8;

// Owner types of the wrappers.
const INT: u8 = 0;
const BOOL: u8 = 1;
const FLOAT: u8 = 2;
const STR: u8 = 3;
const LIST: u8 = 4;
const TUPLE: u8 = 5;
const DICT: u8 = 6;
const SET: u8 = 7;
const FROZENSET: u8 = 8;
const BYTES: u8 = 9;
const BYTEARRAY: u8 = 10;
const RANGE: u8 = 11;
const KEYS: u8 = 12;
const VALUES: u8 = 13;
const ITEMS: u8 = 14;
const PROXY: u8 = 15;
const COMPLEX: u8 = 16;

fn owner(vm: &Vm, o: u8) -> Gc<TypeObj> {
    let t = &vm.t;
    [
        t.int, t.bool_, t.float, t.str_, t.list, t.tuple, t.dict, t.set, t.frozenset, t.bytes, t.bytearray, t.range,
        t.dict_keys, t.dict_values, t.dict_items, t.mappingproxy, t.complex,
    ][o as usize]
}

/// Check the receiver's type and the argument count; returns the receiver.
fn receiver(vm: &mut Vm, o: u8, name: &str, a: &[Value], k: &[Value], nargs: usize) -> PyResult<Value> {
    let Some(&s) = a.first() else {
        return Err(vm.type_error(&format!("descriptor '{name}' of '{}' object needs an argument", owner(vm, o).name())));
    };
    let t = owner(vm, o);
    if !vm.type_of(s).is_subtype(t) {
        let got = vm.type_name(s);
        return Err(vm.type_error(&format!("descriptor '{name}' requires a '{}' object but received a '{got}'", t.name())));
    }
    if !k.is_empty() {
        return Err(vm.type_error(&format!("wrapper {name}() takes no keyword arguments")));
    }
    let given = a.len() - 1;
    if given != nargs {
        let msg = if nargs == 1 { format!("expected 1 argument, got {given}") } else { format!("expected {nargs} arguments, got {given}") };
        return Err(vm.type_error(&msg));
    }
    Ok(s)
}

/// The builtin payload of a number as a plain int or float value.
fn plain_number(vm: &mut Vm, v: Value) -> Option<Value> {
    Some(match vm.as_num(v)? {
        Num::Small(i) => vm.new_int(i),
        Num::Int(b) => vm.new_bigint(b),
        Num::Float(f) => Value::from_f64(f),
    })
}

/// Whether `other` is an operand the owner's arithmetic accepts (else NotImplemented).
fn arith_accepts(vm: &Vm, o: u8, other: Value) -> bool {
    match o {
        INT | BOOL => vm.is_int_like(other),
        FLOAT => vm.as_num(other).is_some(),
        COMPLEX => vm.as_num(other).is_some() || other.layout() == Some(Layout::Complex),
        _ => true,
    }
}

fn binop<const O: u8, const OP: u8, const REFL: bool>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let op = BinOp::ALL[OP as usize];
    let (n, r, _) = op.dunders();
    let s = receiver(vm, O, if REFL { r } else { n }, a, k, 1)?;
    let other = a[1];
    if !arith_accepts(vm, O, other) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (mut x, mut y) = if REFL { (other, s) } else { (s, other) };
    if O == INT {
        // `int.__and__(True, False)` is int arithmetic: only bool's own methods keep bools.
        (x, y) = (unbool(x), unbool(y));
    }
    Ok(vm.native_binop(x, y, op)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn unbool(v: Value) -> Value {
    if v.is_bool() {
        Value::from_small_int((v == Value::TRUE) as i64)
    } else {
        v
    }
}

/// `int.__pow__(x, y, mod)`: the three-argument form goes to the `pow` builtin.
fn int_pow(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    if a.len() == 3 && !a[2].is_none() {
        receiver(vm, INT, "__pow__", a, k, 2)?;
        let name = vm.intern("pow");
        let pow = vm.builtins.get_str_key(name).unwrap_or(Value::NONE);
        return vm.call(pow, a, &[]);
    }
    binop::<INT, { BinOp::Pow as u8 }, false>(vm, a, k)
}

fn inplace<const O: u8, const OP: u8>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let op = BinOp::ALL[OP as usize];
    let s = receiver(vm, O, op.dunders().2, a, k, 1)?;
    Ok(vm.native_inplace(s, a[1], op)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn divmod<const O: u8, const REFL: bool>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let s = receiver(vm, O, if REFL { "__rdivmod__" } else { "__divmod__" }, a, k, 1)?;
    let other = a[1];
    if !arith_accepts(vm, O, other) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (x, y) = if REFL { (other, s) } else { (s, other) };
    let q = vm.native_binop(x, y, BinOp::FloorDiv)?;
    let m = vm.native_binop(x, y, BinOp::Mod)?;
    Ok(match (q, m) {
        (Some(q), Some(m)) => vm.new_tuple(vec![q, m]),
        _ => Value::NOT_IMPLEMENTED,
    })
}

/// Whether `other` can be compared with the owner's instances (else NotImplemented).
fn cmp_accepts(vm: &Vm, o: u8, other: Value) -> bool {
    let l = other.layout();
    match o {
        INT | BOOL => vm.is_int_like(other),
        FLOAT => vm.as_num(other).is_some(),
        COMPLEX => vm.as_num(other).is_some() || l == Some(Layout::Complex),
        STR => l == Some(Layout::Str),
        LIST => l == Some(Layout::List),
        TUPLE => l == Some(Layout::Tuple),
        DICT => l == Some(Layout::Dict),
        SET | FROZENSET => l == Some(Layout::Set),
        BYTES | BYTEARRAY => l == Some(Layout::Bytes),
        RANGE => l == Some(Layout::Range),
        KEYS | ITEMS => matches!(l, Some(Layout::Set | Layout::DictView)),
        _ => false,
    }
}

fn compare<const O: u8, const OP: u8>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let op = CmpOp::ALL[OP as usize];
    let s = receiver(vm, O, op.dunder(), a, k, 1)?;
    if !cmp_accepts(vm, O, a[1]) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Ok(match vm.native_compare(s, a[1], op)? {
        Some(b) => Value::from_bool(b),
        None => Value::NOT_IMPLEMENTED,
    })
}

// One-operand wrappers, selected by a const kind.
const NEG: u8 = 0;
const POS: u8 = 1;
const INVERT: u8 = 2;
const ABS: u8 = 3;
const BOOLEAN: u8 = 4;
const TO_INT: u8 = 5;
const TO_FLOAT: u8 = 6;
const INDEX: u8 = 7;
const TRUNC: u8 = 8;
const FLOOR: u8 = 9;
const CEIL: u8 = 10;
const LEN: u8 = 11;
const ITER: u8 = 12;
const HASH: u8 = 13;
const REPR: u8 = 14;
const STR_OF: u8 = 15;
const REVERSED: u8 = 16;
const UNARY_NAMES: [&str; 17] = [
    "__neg__", "__pos__", "__invert__", "__abs__", "__bool__", "__int__", "__float__", "__index__", "__trunc__",
    "__floor__", "__ceil__", "__len__", "__iter__", "__hash__", "__repr__", "__str__", "__reversed__",
];

fn unary<const O: u8, const K: u8>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let s = receiver(vm, O, UNARY_NAMES[K as usize], a, k, 0)?;
    match K {
        NEG | POS | INVERT => {
            let op = [Op::UnaryNegative, Op::UnaryPositive, Op::UnaryInvert][K as usize];
            Ok(vm.native_unary(op, s)?.unwrap_or(Value::NOT_IMPLEMENTED))
        }
        ABS if O == COMPLEX => {
            let c = s.downcast::<crate::object::int::ComplexObj>().map(|c| (c.re, c.im)).unwrap_or((0.0, 0.0));
            let r = c.0.hypot(c.1);
            if r.is_infinite() && c.0.is_finite() && c.1.is_finite() {
                return Err(vm.overflow_error("absolute value too large"));
            }
            Ok(Value::from_f64(r))
        }
        BOOLEAN if O == COMPLEX => Ok(Value::from_bool(vm.truthy(s)?)),
        ABS => Ok(match vm.as_num(s) {
            Some(Num::Small(i)) => vm.new_int(i.abs()),
            Some(Num::Int(b)) => vm.new_bigint(num_traits::Signed::abs(&b)),
            Some(Num::Float(f)) => Value::from_f64(f.abs()),
            None => Value::NOT_IMPLEMENTED,
        }),
        BOOLEAN => Ok(Value::from_bool(match vm.as_num(s) {
            Some(Num::Small(i)) => i != 0,
            Some(Num::Int(_)) => true,
            Some(Num::Float(f)) => f != 0.0,
            None => true,
        })),
        TO_FLOAT => {
            let p = plain_number(vm, s).unwrap_or(s);
            Ok(Value::from_f64(super::methods::float_from(vm, p)?))
        }
        TO_INT | INDEX | TRUNC | FLOOR | CEIL => {
            let p = plain_number(vm, s).unwrap_or(s);
            let p = match (K, p.as_f64()) {
                (FLOOR, Some(f)) => Value::from_f64(f.floor()),
                (CEIL, Some(f)) => Value::from_f64(f.ceil()),
                _ => p,
            };
            super::methods::int_from(vm, p, None)
        }
        LEN => match vm.native_len(s) {
            Some(n) => Ok(vm.new_int(n as i64)),
            None => Err(vm.type_error("object has no len()")),
        },
        ITER => match vm.native_iter(s) {
            Some(it) => Ok(it),
            None => {
                let n = vm.type_name(s);
                Err(vm.type_error(&format!("'{n}' object is not iterable")))
            }
        },
        HASH => {
            let h = vm.native_hash(s)?;
            Ok(vm.new_int(h))
        }
        REPR => {
            let r = vm.native_repr(s)?;
            Ok(vm.new_string(r))
        }
        STR_OF => {
            let r = Vm::str_of(s).unwrap_or("").to_string();
            Ok(vm.new_string(r))
        }
        _ => reversed(vm, s),
    }
}

/// `__reversed__` of list, range, dict and its views: a reverse iterator over
/// a snapshot for dicts (CPython iterates the live table; a snapshot yields the
/// same items when the dict is not mutated during iteration).
fn reversed(vm: &mut Vm, s: Value) -> PyResult {
    use crate::object::misc::{DictViewObj, IterState};
    let seq = match s.layout() {
        Some(Layout::Dict) => {
            let keys = s.downcast::<crate::object::dict::DictObj>().unwrap().keys();
            vm.new_list(keys)
        }
        Some(Layout::DictView) => {
            let dv = s.downcast::<DictViewObj>().unwrap();
            let d = dv.dict.downcast::<crate::object::dict::DictObj>().unwrap();
            let items = d.items();
            let v: Vec<Value> = match dv.kind % 3 {
                0 => items.iter().map(|e| e.0).collect(),
                1 => items.iter().map(|e| e.1).collect(),
                _ => items.iter().map(|&(k, v)| vm.new_tuple(vec![k, v])).collect(),
            };
            vm.new_list(v)
        }
        _ => s,
    };
    let n = vm.native_len(seq).unwrap_or(0);
    Ok(vm.new_iter(vm.t.reversed, IterState::Reversed { seq, next: n as isize - 1 }))
}

fn contains<const O: u8>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let s = receiver(vm, O, "__contains__", a, k, 1)?;
    match vm.native_contains(s, a[1])? {
        Some(b) => Ok(Value::from_bool(b)),
        None => {
            let it = vm.native_iter(s).unwrap_or(Value::NONE);
            while let Some(x) = vm.iter_next(it)? {
                if vm.eq(x, a[1])? {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
    }
}

fn getitem<const O: u8>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let s = receiver(vm, O, "__getitem__", a, k, 1)?;
    match vm.native_getitem(s, a[1])? {
        Some(v) => Ok(v),
        None => Err(vm.type_error("object is not subscriptable")),
    }
}

fn setitem<const O: u8>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let s = receiver(vm, O, "__setitem__", a, k, 2)?;
    match vm.native_setitem(s, a[1], a[2])? {
        Some(()) => Ok(Value::NONE),
        None => Err(vm.type_error("object does not support item assignment")),
    }
}

fn delitem<const O: u8>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let s = receiver(vm, O, "__delitem__", a, k, 1)?;
    match vm.native_delitem(s, a[1])? {
        Some(()) => Ok(Value::NONE),
        None => Err(vm.type_error("object doesn't support item deletion")),
    }
}

/// `__add__`/`__radd__`-style pairs (and the in-place form when `INPL`).
macro_rules! arith {
    ($vm:expr, $t:expr, $o:expr, inplace: $inpl:expr, [$($op:ident),*]) => {$(
        {
            const OP: u8 = BinOp::$op as u8;
            let (n, r, i) = BinOp::$op.dunders();
            $vm.add_method($t, n, binop::<{ $o }, OP, false>);
            $vm.add_method($t, r, binop::<{ $o }, OP, true>);
            if $inpl {
                $vm.add_method($t, i, inplace::<{ $o }, OP>);
            }
        }
    )*};
}

macro_rules! unaries {
    ($vm:expr, $t:expr, $o:expr, [$($k:ident),*]) => {$(
        $vm.add_method($t, UNARY_NAMES[$k as usize], unary::<{ $o }, $k>);
    )*};
}

macro_rules! comparisons {
    ($vm:expr, $t:expr, $o:expr) => {
        $vm.add_method($t, "__lt__", compare::<{ $o }, 0>);
        $vm.add_method($t, "__le__", compare::<{ $o }, 1>);
        $vm.add_method($t, "__eq__", compare::<{ $o }, 2>);
        $vm.add_method($t, "__ne__", compare::<{ $o }, 3>);
        $vm.add_method($t, "__gt__", compare::<{ $o }, 4>);
        $vm.add_method($t, "__ge__", compare::<{ $o }, 5>);
    };
}

/// `__len__`, `__iter__`, `__contains__` (and `__getitem__` when indexable).
macro_rules! container {
    ($vm:expr, $t:expr, $o:expr, getitem: $gi:expr) => {
        unaries!($vm, $t, $o, [LEN, ITER]);
        $vm.add_method($t, "__contains__", contains::<{ $o }>);
        if $gi {
            $vm.add_method($t, "__getitem__", getitem::<{ $o }>);
        }
    };
}

/// Concatenation and repetition (`__add__`, `__mul__`, `__rmul__`, optionally
/// in-place), the container protocol with indexing, and comparisons.
macro_rules! sequence {
    ($vm:expr, $t:expr, $o:expr, inplace: $inpl:expr) => {
        $vm.add_method($t, "__add__", binop::<{ $o }, ADD, false>);
        $vm.add_method($t, "__mul__", binop::<{ $o }, MUL, false>);
        $vm.add_method($t, "__rmul__", binop::<{ $o }, MUL, true>);
        if $inpl {
            $vm.add_method($t, "__iadd__", inplace::<{ $o }, ADD>);
            $vm.add_method($t, "__imul__", inplace::<{ $o }, MUL>);
        }
        container!($vm, $t, $o, getitem: true);
        comparisons!($vm, $t, $o);
    };
}

fn unhashable(vm: &mut Vm, t: Gc<TypeObj>) {
    vm.set_type_attr(t, "__hash__", Value::NONE);
}

/// Install the wrappers on every builtin type. Runs after the named methods,
/// so a wrapper replaces any earlier ad-hoc definition of the same dunder.
pub fn install(vm: &mut Vm) {
    let t = vm.t.int;
    arith!(vm, t, INT, inplace: false, [Add, Sub, Mul, TrueDiv, FloorDiv, Mod, LShift, RShift, And, Or, Xor]);
    vm.add_method(t, "__pow__", int_pow);
    vm.add_method(t, "__rpow__", binop::<INT, { BinOp::Pow as u8 }, true>);
    vm.add_method(t, "__divmod__", divmod::<INT, false>);
    vm.add_method(t, "__rdivmod__", divmod::<INT, true>);
    unaries!(vm, t, INT, [NEG, POS, INVERT, ABS, BOOLEAN, TO_INT, TO_FLOAT, INDEX, TRUNC, FLOOR, CEIL, HASH, REPR]);
    comparisons!(vm, t, INT);

    let t = vm.t.bool_;
    arith!(vm, t, BOOL, inplace: false, [And, Or, Xor]);
    unaries!(vm, t, BOOL, [REPR]);

    let t = vm.t.float;
    arith!(vm, t, FLOAT, inplace: false, [Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow]);
    vm.add_method(t, "__divmod__", divmod::<FLOAT, false>);
    vm.add_method(t, "__rdivmod__", divmod::<FLOAT, true>);
    unaries!(vm, t, FLOAT, [NEG, POS, ABS, BOOLEAN, TO_INT, TO_FLOAT, TRUNC, FLOOR, CEIL, HASH, REPR]);
    comparisons!(vm, t, FLOAT);

    let t = vm.t.complex;
    arith!(vm, t, COMPLEX, inplace: false, [Add, Sub, Mul, TrueDiv, Pow]);
    unaries!(vm, t, COMPLEX, [NEG, POS, ABS, BOOLEAN, HASH, REPR]);
    comparisons!(vm, t, COMPLEX);

    let t = vm.t.str_;
    vm.add_method(t, "__add__", binop::<STR, { BinOp::Add as u8 }, false>);
    vm.add_method(t, "__mul__", binop::<STR, { BinOp::Mul as u8 }, false>);
    vm.add_method(t, "__rmul__", binop::<STR, { BinOp::Mul as u8 }, true>);
    vm.add_method(t, "__mod__", binop::<STR, { BinOp::Mod as u8 }, false>);
    vm.add_method(t, "__rmod__", |_, _, _| Ok(Value::NOT_IMPLEMENTED));
    container!(vm, t, STR, getitem: true);
    unaries!(vm, t, STR, [HASH, REPR, STR_OF]);
    comparisons!(vm, t, STR);

    let t = vm.t.list;
    sequence!(vm, t, LIST, inplace: true);
    unaries!(vm, t, LIST, [REPR, REVERSED]);
    let t = vm.t.tuple;
    sequence!(vm, t, TUPLE, inplace: false);
    unaries!(vm, t, TUPLE, [REPR, HASH]);
    let t = vm.t.bytes;
    sequence!(vm, t, BYTES, inplace: false);
    unaries!(vm, t, BYTES, [REPR, HASH]);
    let t = vm.t.bytearray;
    sequence!(vm, t, BYTEARRAY, inplace: true);
    unaries!(vm, t, BYTEARRAY, [REPR]);
    for (t, o) in [(vm.t.list, LIST), (vm.t.bytearray, BYTEARRAY)] {
        if o == LIST {
            vm.add_method(t, "__setitem__", setitem::<LIST>);
            vm.add_method(t, "__delitem__", delitem::<LIST>);
        } else {
            vm.add_method(t, "__setitem__", setitem::<BYTEARRAY>);
            vm.add_method(t, "__delitem__", delitem::<BYTEARRAY>);
        }
        unhashable(vm, t);
    }

    let t = vm.t.dict;
    arith!(vm, t, DICT, inplace: true, [Or]);
    container!(vm, t, DICT, getitem: true);
    vm.add_method(t, "__setitem__", setitem::<DICT>);
    vm.add_method(t, "__delitem__", delitem::<DICT>);
    unaries!(vm, t, DICT, [REPR, REVERSED]);
    comparisons!(vm, t, DICT);
    unhashable(vm, t);

    let t = vm.t.set;
    arith!(vm, t, SET, inplace: true, [And, Or, Sub, Xor]);
    container!(vm, t, SET, getitem: false);
    unaries!(vm, t, SET, [REPR]);
    comparisons!(vm, t, SET);
    unhashable(vm, t);
    let t = vm.t.frozenset;
    arith!(vm, t, FROZENSET, inplace: false, [And, Or, Sub, Xor]);
    container!(vm, t, FROZENSET, getitem: false);
    unaries!(vm, t, FROZENSET, [REPR, HASH]);
    comparisons!(vm, t, FROZENSET);

    let t = vm.t.range;
    container!(vm, t, RANGE, getitem: true);
    unaries!(vm, t, RANGE, [REPR, HASH, REVERSED]);
    comparisons!(vm, t, RANGE);

    let t = vm.t.dict_keys;
    arith!(vm, t, KEYS, inplace: false, [And, Or, Sub, Xor]);
    container!(vm, t, KEYS, getitem: false);
    unaries!(vm, t, KEYS, [REPR, REVERSED]);
    comparisons!(vm, t, KEYS);
    unhashable(vm, t);
    let t = vm.t.dict_items;
    arith!(vm, t, ITEMS, inplace: false, [And, Or, Sub, Xor]);
    container!(vm, t, ITEMS, getitem: false);
    unaries!(vm, t, ITEMS, [REPR, REVERSED]);
    comparisons!(vm, t, ITEMS);
    unhashable(vm, t);
    let t = vm.t.dict_values;
    container!(vm, t, VALUES, getitem: false);
    unaries!(vm, t, VALUES, [REPR, REVERSED]);
    let t = vm.t.mappingproxy;
    container!(vm, t, PROXY, getitem: true);
    unaries!(vm, t, PROXY, [REPR]);
}
