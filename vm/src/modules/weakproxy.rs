//! `weakref.ProxyType` / `weakref.CallableProxyType`: a weak reference that
//! stands for its referent. Attribute access, calls, operators, `len`,
//! items, iteration, `str` and `bool` are forwarded to the referent (proxy
//! operands on either side are unwrapped); a dead proxy raises
//! `ReferenceError: weakly-referenced object no longer exists`. Proxies are
//! unhashable. The proxy types dispatch through these dunder methods like
//! heap types do (they carry `HEAPTYPE`); their `repr` is native
//! (`weakref::weakref_repr`).

use crate::builtins::check_count;
use crate::bytecode::{BinOp, CmpOp, Op};
use crate::object::function::NativeFn;
use crate::object::weakref::WeakRefObj;
use crate::object::Layout;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The referent of proxy `p`, or ReferenceError.
pub fn deref(vm: &mut Vm, p: Value) -> PyResult {
    match p.downcast::<WeakRefObj>().and_then(|w| w.get()) {
        Some(o) => Ok(o),
        None => Err(vm.new_error(vm.t.reference_error, "weakly-referenced object no longer exists")),
    }
}

/// `v` itself, or its referent when it is a proxy.
fn unwrap(vm: &mut Vm, v: Value) -> PyResult {
    if v.layout() == Some(Layout::WeakProxy) {
        deref(vm, v)
    } else {
        Ok(v)
    }
}

/// The receiver (checked to be a proxy) and the argument count.
fn this(vm: &mut Vm, a: &[Value], k: &[Value], name: &str, nargs: usize) -> PyResult {
    let Some(&p) = a.first().filter(|p| p.layout() == Some(Layout::WeakProxy)) else {
        return Err(vm.type_error(&format!("descriptor '{name}' requires a 'weakref.ProxyType' object")));
    };
    if !k.is_empty() {
        return Err(vm.type_error(&format!("wrapper {name}() takes no keyword arguments")));
    }
    check_count(vm, name, a.len() - 1, nargs, nargs)?;
    deref(vm, p)
}

fn binop<const OP: u8, const REFL: bool>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let op = BinOp::ALL[OP as usize];
    let (n, r, _) = op.dunders();
    let o = this(vm, a, k, if REFL { r } else { n }, 1)?;
    let other = unwrap(vm, a[1])?;
    if REFL {
        vm.binary_op(other, o, op, false)
    } else {
        vm.binary_op(o, other, op, false)
    }
}

fn inplace<const OP: u8>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let op = BinOp::ALL[OP as usize];
    let o = this(vm, a, k, op.dunders().2, 1)?;
    let other = unwrap(vm, a[1])?;
    vm.binary_op(o, other, op, true)
}

fn compare<const OP: u8>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let op = CmpOp::ALL[OP as usize];
    let o = this(vm, a, k, op.dunder(), 1)?;
    let other = unwrap(vm, a[1])?;
    vm.compare(o, other, op)
}

fn unary<const U: u8>(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (name, op) = [("__neg__", Op::UnaryNegative), ("__pos__", Op::UnaryPositive), ("__invert__", Op::UnaryInvert)][U as usize];
    let o = this(vm, a, k, name, 0)?;
    vm.unary_op(op, o)
}

/// Forward `name(self, *args)` to the same-named function of the builtins
/// applied to the referent (`abs`, `int`, `float`, `bytes`, `reversed`).
fn via_builtin(vm: &mut Vm, a: &[Value], k: &[Value], dunder: &str, builtin: &str) -> PyResult {
    let o = this(vm, a, k, dunder, 0)?;
    let n = vm.intern(builtin);
    let f = vm.builtins.get_str_key(n).unwrap_or(Value::NONE);
    vm.call(f, &[o], &[])
}

macro_rules! binop_table {
    ($($i:literal),*) => {
        [$((binop::<$i, false> as NativeFn, binop::<$i, true> as NativeFn, inplace::<$i> as NativeFn)),*]
    };
}

/// Installs the proxy methods on both proxy types.
pub fn install(vm: &mut Vm) {
    let binops = binop_table!(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    let cmps: [NativeFn; 6] = [compare::<0>, compare::<1>, compare::<2>, compare::<3>, compare::<4>, compare::<5>];
    let mut methods: Vec<(&'static str, NativeFn)> = vec![
        ("__getattribute__", |vm, a, k| {
            let o = this(vm, a, k, "__getattribute__", 1)?;
            let name = vm.intern_value(a[1]);
            vm.getattr(o, name)
        }),
        ("__setattr__", |vm, a, k| {
            let o = this(vm, a, k, "__setattr__", 2)?;
            let name = vm.intern_value(a[1]);
            vm.setattr(o, name, a[2])?;
            Ok(Value::NONE)
        }),
        ("__delattr__", |vm, a, k| {
            let o = this(vm, a, k, "__delattr__", 1)?;
            let name = vm.intern_value(a[1]);
            vm.delattr(o, name)?;
            Ok(Value::NONE)
        }),
        ("__str__", |vm, a, k| {
            let o = this(vm, a, k, "__str__", 0)?;
            vm.to_str(o)
        }),
        ("__bool__", |vm, a, k| {
            let o = this(vm, a, k, "__bool__", 0)?;
            Ok(Value::from_bool(vm.truthy(o)?))
        }),
        ("__len__", |vm, a, k| {
            let o = this(vm, a, k, "__len__", 0)?;
            let n = vm.len(o)?;
            Ok(vm.new_int(n as i64))
        }),
        ("__iter__", |vm, a, k| {
            let o = this(vm, a, k, "__iter__", 0)?;
            vm.get_iter(o)
        }),
        ("__next__", |vm, a, k| {
            let o = this(vm, a, k, "__next__", 0)?;
            let n = vm.intern("__next__");
            vm.call_method(o, n, &[])
        }),
        ("__contains__", |vm, a, k| {
            let o = this(vm, a, k, "__contains__", 1)?;
            Ok(Value::from_bool(vm.contains(o, a[1])?))
        }),
        ("__getitem__", |vm, a, k| {
            let o = this(vm, a, k, "__getitem__", 1)?;
            vm.getitem(o, a[1])
        }),
        ("__setitem__", |vm, a, k| {
            let o = this(vm, a, k, "__setitem__", 2)?;
            vm.setitem(o, a[1], a[2])?;
            Ok(Value::NONE)
        }),
        ("__delitem__", |vm, a, k| {
            let o = this(vm, a, k, "__delitem__", 1)?;
            vm.delitem(o, a[1])?;
            Ok(Value::NONE)
        }),
        ("__neg__", unary::<0>),
        ("__pos__", unary::<1>),
        ("__invert__", unary::<2>),
        ("__abs__", |vm, a, k| via_builtin(vm, a, k, "__abs__", "abs")),
        ("__int__", |vm, a, k| via_builtin(vm, a, k, "__int__", "int")),
        ("__float__", |vm, a, k| via_builtin(vm, a, k, "__float__", "float")),
        ("__bytes__", |vm, a, k| via_builtin(vm, a, k, "__bytes__", "bytes")),
        ("__reversed__", |vm, a, k| via_builtin(vm, a, k, "__reversed__", "reversed")),
        ("__index__", |vm, a, k| {
            let o = this(vm, a, k, "__index__", 0)?;
            if vm.as_bigint(o).is_some() && o.as_f64().is_none() {
                return Ok(o);
            }
            let t = vm.type_of(o);
            match t.lookup(vm.n.__index__) {
                Some(f) => vm.call(f, &[o], &[]),
                None => {
                    let n = vm.type_name(o);
                    Err(vm.type_error(&format!("'{n}' object cannot be interpreted as an integer")))
                }
            }
        }),
    ];
    for (op, fns) in BinOp::ALL.iter().zip(binops) {
        let (n, r, i) = op.dunders();
        methods.extend([(n, fns.0), (r, fns.1), (i, fns.2)]);
    }
    for (op, f) in CmpOp::ALL.iter().zip(cmps) {
        methods.push((op.dunder(), f));
    }
    for t in [vm.t.weakproxy, vm.t.weakcallableproxy] {
        for (name, f) in &methods {
            vm.add_method(t, name, *f);
        }
        vm.set_type_attr(t, "__hash__", Value::NONE);
        vm.refresh_attr_hooks(t, Value::NULL);
    }
    vm.add_method(vm.t.weakcallableproxy, "__call__", |vm, a, k| {
        let Some(&p) = a.first() else { return Err(vm.type_error("descriptor '__call__' needs an argument")) };
        let o = deref(vm, p)?;
        vm.call(o, &a[1..], k)
    });
}
