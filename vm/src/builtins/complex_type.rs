//! The `complex` constructor and named methods (arithmetic is in
//! `interp/complex.rs`, dunder wrappers in `slots.rs`).

use crate::interp::complex::{parse_complex, C};
use crate::object::int::ComplexObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A constructor argument as a complex: numbers, complex, `__complex__`, `__float__`, `__index__`.
fn arg_complex(vm: &mut Vm, v: Value, first: bool) -> PyResult<C> {
    if let Some(c) = vm.as_complex(v)? {
        return Ok(c);
    }
    let t = vm.type_of(v);
    for (name, complex) in [("__complex__", true), ("__float__", false), ("__index__", false)] {
        let k = vm.intern(name);
        if let Some(f) = vm.lookup_special(t, k) {
            let r = vm.call(f, &[v], &[])?;
            if complex {
                return match r.downcast::<ComplexObj>() {
                    Some(c) => Ok(C { re: c.re, im: c.im }),
                    None => {
                        let n = vm.type_name(r);
                        Err(vm.type_error(&format!("__complex__ returned non-complex (type {n})")))
                    }
                };
            }
            return match vm.as_complex(r)? {
                Some(c) => Ok(c),
                None => {
                    let n = vm.type_name(r);
                    Err(vm.type_error(&format!("{name} returned non-float (type {n})")))
                }
            };
        }
    }
    let n = vm.type_name(v);
    let which = if first { "first argument" } else { "second argument" };
    Err(vm.type_error(&format!("complex() {which} must be a string or a number, not '{n}'")))
}

fn complex_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = super::split_args(a, k);
    let cls = a[0];
    if pos.len() > 3 {
        return Err(vm.type_error(&format!("complex() takes at most 2 arguments ({} given)", pos.len() - 1)));
    }
    let real = pos.get(1).copied().or_else(|| super::kwarg(a, k, "real"));
    let imag = pos.get(2).copied().or_else(|| super::kwarg(a, k, "imag"));
    let c = match (real, imag) {
        (Some(r), i) if Vm::str_of(r).is_some() => {
            if i.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            match parse_complex(Vm::str_of(r).unwrap_or("")) {
                Some(c) => c,
                None => return Err(vm.value_error("complex() arg is a malformed string")),
            }
        }
        (_, Some(i)) if Vm::str_of(i).is_some() => return Err(vm.type_error("complex() second arg can't be a string")),
        (r, i) => {
            let r = match r {
                Some(r) => arg_complex(vm, r, true)?,
                None => C { re: 0.0, im: 0.0 },
            };
            match i {
                // real + imag*1j, as CPython combines them.
                Some(i) => {
                    let i = arg_complex(vm, i, false)?;
                    C { re: r.re - i.im, im: r.im + i.re }
                }
                None => r,
            }
        }
    };
    if cls == vm.t.complex.value() {
        return Ok(vm.new_complex_c(c));
    }
    let Some(t) = cls.downcast::<crate::object::typeobj::TypeObj>() else { return Err(vm.type_error("complex.__new__(X): X is not a type object")) };
    let h = crate::object::ObjHeader::new(t);
    Ok(vm.alloc(crate::object::attrs::WithAttrs { base: ComplexObj { header: h, re: c.re, im: c.im }, attrs: crate::object::attrs::Attrs::new(vm.root_shape) }).value())
}

fn this(vm: &mut Vm, v: Value) -> PyResult<C> {
    match v.downcast::<ComplexObj>() {
        Some(c) => Ok(C { re: c.re, im: c.im }),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor requires a 'complex' object but received a '{n}'")))
        }
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.complex;
    vm.add_method(t, "__new__", complex_new);
    vm.add_method(t, "conjugate", |vm, a, _| {
        let c = this(vm, a[0])?;
        Ok(vm.new_complex(c.re, -c.im))
    });
    vm.add_method(t, "__complex__", |vm, a, _| {
        let c = this(vm, a[0])?;
        Ok(vm.new_complex_c(c))
    });
    vm.add_method(t, "__getnewargs__", |vm, a, _| {
        let c = this(vm, a[0])?;
        Ok(vm.new_tuple(vec![Value::from_f64(c.re), Value::from_f64(c.im)]))
    });
}
