//! `_string`: the format-string parser behind `string.Formatter`.

use super::add_fn;
use crate::builtins::check_count;
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::text::format_parse::{parse, split_field_name, Access};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn str_arg(vm: &mut Vm, a: &[Value], fname: &str) -> PyResult<String> {
    check_count(vm, fname, a.len(), 1, 1)?;
    match Vm::str_of(a[0]) {
        Some(s) => Ok(s.to_string()),
        None => {
            let n = vm.type_name(a[0]);
            Err(vm.type_error(&format!("expected str, got {n}")))
        }
    }
}

/// `formatter_parser(s)`: an iterator of (literal, field_name, format_spec, conversion).
fn formatter_parser(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let s = str_arg(vm, a, "formatter_parser")?;
    let pieces = parse(&s).map_err(|e| crate::builtins::format::text_err(vm, e))?;
    let mut items = Vec::with_capacity(pieces.len());
    for p in pieces {
        let lit = vm.new_string(p.literal);
        let t = match p.field {
            None => vm.new_tuple(vec![lit, Value::NONE, Value::NONE, Value::NONE]),
            Some(f) => {
                let name = vm.new_string(f.name);
                let spec = vm.new_string(f.spec);
                let conv = match f.conversion {
                    Some(c) => vm.new_string(c.to_string()),
                    None => Value::NONE,
                };
                vm.new_tuple(vec![lit, name, spec, conv])
            }
        };
        items.push(t);
    }
    let list = vm.new_list(items);
    vm.get_iter(list)
}

/// `formatter_field_name_split(name)`: (first, iterator of (is_attr, key)).
fn field_name_split(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let s = str_arg(vm, a, "formatter_field_name_split")?;
    let (first, steps) = split_field_name(&s).map_err(|e| crate::builtins::format::text_err(vm, e))?;
    let index = |vm: &mut Vm, t: &str| match t.parse::<i64>() {
        Ok(i) if t.chars().all(|c| c.is_ascii_digit()) => vm.new_int(i),
        _ => vm.new_str(t),
    };
    let first = index(vm, &first);
    let mut items = Vec::with_capacity(steps.len());
    for st in steps {
        let t = match st {
            Access::Attr(n) => {
                let v = vm.new_string(n);
                vm.new_tuple(vec![Value::TRUE, v])
            }
            Access::Item(k) => {
                let v = index(vm, &k);
                vm.new_tuple(vec![Value::FALSE, v])
            }
        };
        items.push(t);
    }
    let list = vm.new_list(items);
    let it = vm.get_iter(list)?;
    Ok(vm.new_tuple(vec![first, it]))
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    add_fn(vm, m, "formatter_parser", formatter_parser);
    add_fn(vm, m, "formatter_field_name_split", field_name_split);
    Ok(())
}
