//! Methods of code and frame objects that the pure-Python stdlib calls:
//! `co_positions()` (`traceback` maps `tb_lasti` to a source span with it),
//! `co_lines()` (`dis`, `inspect`) and `frame.clear()` (`traceback.clear_frames`,
//! `unittest`'s `assertRaises`). Frame objects are snapshots that do not
//! keep their frame's locals alive, so `clear()` has nothing to release.
//!
//! Taipan's code units are CPython's 2-byte instructions for these
//! purposes: `tb_lasti` is twice the unit index, `co_positions()` yields
//! one entry per unit and `co_lines()` byte ranges of `2 * units`.

use crate::builtins::args::Arity;
use crate::object::code::CodeObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn code_arg(vm: &mut Vm, v: Value) -> PyResult<crate::object::Gc<CodeObj>> {
    match v.downcast::<CodeObj>() {
        Some(c) => Ok(c),
        None => Err(vm.type_error("descriptor requires a 'code' object")),
    }
}

fn opt(n: u32, present: bool) -> Value {
    if present { Value::from_small_int(n as i64) } else { Value::NONE }
}

/// `code.co_positions()`: (line, end_line, col, end_col) per code unit, None where unknown.
fn co_positions(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = code_arg(vm, a[0])?;
    let n = c.units.len();
    let mut items = Vec::with_capacity(n);
    for i in 0..n {
        let l = c.meta.locations.get(i).copied().unwrap_or_default();
        let known = l.line != 0;
        let t = vm.new_tuple(vec![opt(l.line, known), opt(l.end_line, known), opt(l.col, known), opt(l.end_col, known)]);
        items.push(t);
    }
    let list = vm.new_list(items);
    vm.get_iter(list)
}

/// `code.co_lines()`: (start, end, line) byte ranges of consecutive units on one line.
fn co_lines(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = code_arg(vm, a[0])?;
    let n = c.units.len();
    let mut items = Vec::new();
    let mut start = 0usize;
    let line_at = |i: usize| c.meta.locations.get(i).map(|l| l.line).unwrap_or(0);
    for i in 1..=n {
        if i == n || line_at(i) != line_at(start) {
            let line = line_at(start);
            let lv = opt(line, line != 0);
            let t = vm.new_tuple(vec![Value::from_small_int(2 * start as i64), Value::from_small_int(2 * i as i64), lv]);
            items.push(t);
            start = i;
        }
    }
    let list = vm.new_list(items);
    vm.get_iter(list)
}

/// `code.replace(co_flags=...)`: only the CO_ITERABLE_COROUTINE bit may
/// change (what `types.coroutine` does); other fields raise
/// NotImplementedError.
fn replace(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    use crate::bytecode::code::flags as cf;
    let (pos, kw) = crate::builtins::split_args(a, k);
    let c = code_arg(vm, pos[0])?;
    if pos.len() > 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let mut flags = c.meta.flags;
    for (name, v) in k.iter().zip(kw) {
        match Vm::str_of(*name) {
            Some("co_flags") => {
                let f = crate::builtins::bytes_args::ssize_arg(vm, *v)?;
                if (f as u32 ^ flags) & !cf::ITERABLE_COROUTINE != 0 || f < 0 {
                    return Err(vm.new_error(vm.t.not_implemented_error, "Taipan's code.replace() can only change the CO_ITERABLE_COROUTINE flag"));
                }
                flags = f as u32;
            }
            Some(n) => {
                let msg = format!("Taipan's code.replace() does not support {n}");
                return Err(vm.new_error(vm.t.not_implemented_error, &msg));
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let mut m = (*c.meta).clone();
    m.flags = flags;
    Ok(vm.load_code(&std::rc::Rc::new(m)).value())
}

pub fn install(vm: &mut Vm) {
    vm.add_method_a(vm.t.code, "replace", Arity::Kw, replace);
    let t = vm.t.code;
    vm.add_method_a(t, "co_positions", Arity::NoArgs, co_positions);
    vm.add_method_a(t, "co_lines", Arity::NoArgs, co_lines);
    let f = vm.t.frame;
    vm.add_method_a(f, "clear", Arity::NoArgs, |_vm, _a, _k| Ok(Value::NONE));
}
