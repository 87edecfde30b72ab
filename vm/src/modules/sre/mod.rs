//! `_sre`: the regular expression engine behind CPython's pure-Python `re`
//! package (`re/_parser.py` parses, `re/_compiler.py` emits a code list of
//! ints and calls `_sre.compile`).
//!
//! * `constants`: the 3.11 numbering of opcodes, position codes, categories.
//! * `validate`: structure checks on a code list ("invalid SRE code").
//! * `state`, `engine`, `backtrack`, `charset`, `search`: a backtracking
//!   matcher with CPython's opcode semantics on explicit stacks (no native
//!   recursion per character or per backtracking point).
//! * `chars`: ASCII / locale / Unicode predicates and case mappings.
//! * `subject`: how str / bytes subjects are presented to the engine.
//! * `compile`, `pattern`, `sub`, `scanner`, `matchobj`: `_sre.compile` and
//!   the native methods of `re.Pattern`, `_sre.SRE_Scanner` and `re.Match`.
//!   The classes themselves, with their reprs, comparisons and read-only
//!   properties, are application-level Python (`classes.py`, run when
//!   `_sre` is imported); instances keep their state in private attributes.

use super::{add_fn, add_value};
use crate::builtins::args::Arity;
use crate::builtins::check_count;
use crate::object::module::ModuleObj;
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

mod attrs;
mod backtrack;
mod charset;
mod compile;
pub mod chars;
pub mod constants;
mod engine;
mod matchobj;
mod pattern;
mod scanner;
mod search;
pub mod state;
mod sub;
pub(crate) mod subject;
pub mod validate;

#[cfg(test)]
mod tests;

const CLASSES: &str = include_str!("classes.py");

/// A one-int-argument function of a character code (CPython's `int` argument).
fn char_arg(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<u32> {
    check_count(vm, name, a.len(), 1, 1)?;
    let i = vm.as_index(a[0])?;
    if i < i32::MIN as i64 || i > i32::MAX as i64 {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    Ok(i as i32 as u32)
}

fn getcodesize(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    check_count(vm, "getcodesize", a.len(), 0, 0)?;
    Ok(Value::from_small_int(constants::CODESIZE))
}

fn ascii_iscased(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = char_arg(vm, a, "ascii_iscased")?;
    Ok(Value::from_bool(chars::ascii_iscased(c)))
}

fn unicode_iscased(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = char_arg(vm, a, "unicode_iscased")?;
    Ok(Value::from_bool(chars::unicode_iscased(c)))
}

fn ascii_tolower(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = char_arg(vm, a, "ascii_tolower")?;
    Ok(vm.new_int(chars::lower_ascii(c) as i32 as i64))
}

fn unicode_tolower(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let c = char_arg(vm, a, "unicode_tolower")?;
    Ok(vm.new_int(chars::lower_unicode(c) as i32 as i64))
}

/// `_mappingproxy(d)`: a read-only view of dict `d` (`Pattern.groupindex`).
fn mappingproxy(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    check_count(vm, "_mappingproxy", a.len(), 1, 1)?;
    if a[0].downcast::<crate::object::dict::DictObj>().is_none() {
        return Err(vm.type_error("_mappingproxy() argument must be a dict"));
    }
    let h = crate::object::ObjHeader::new(vm.t.mappingproxy);
    Ok(vm.alloc(crate::object::misc::DictViewObj { header: h, dict: a[0], kind: 3 }).value())
}

fn class(vm: &mut Vm, ns: Gc<crate::object::dict::DictObj>, name: &str) -> PyResult<Gc<TypeObj>> {
    let key = vm.intern(name);
    match ns.get_str_key(key).and_then(|c| c.downcast::<TypeObj>()) {
        Some(c) => Ok(c),
        None => Err(vm.new_error(vm.t.runtime_error, &format!("_sre: class {name} missing"))),
    }
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    add_value(vm, m, "MAGIC", Value::from_small_int(constants::MAGIC));
    add_value(vm, m, "CODESIZE", Value::from_small_int(constants::CODESIZE));
    let maxrepeat = vm.new_int(constants::MAXREPEAT as i64);
    add_value(vm, m, "MAXREPEAT", maxrepeat);
    add_value(vm, m, "MAXGROUPS", Value::from_small_int(constants::MAXGROUPS));
    let copyright = vm.new_str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
    add_value(vm, m, "copyright", copyright);
    add_fn(vm, m, "getcodesize", getcodesize);
    add_fn(vm, m, "ascii_iscased", ascii_iscased);
    add_fn(vm, m, "unicode_iscased", unicode_iscased);
    add_fn(vm, m, "ascii_tolower", ascii_tolower);
    add_fn(vm, m, "unicode_tolower", unicode_tolower);

    // The classes live in a namespace of their own; only `compile` is exported.
    let ns = vm.new_dict();
    let maxsize = vm.new_int(i64::MAX);
    let k = vm.intern("_MAXSIZE");
    ns.set_str_key(k, maxsize);
    for (name, f) in [("_compile", compile::compile as crate::object::function::NativeFn), ("_mappingproxy", mappingproxy)] {
        let fv = vm.new_builtin(name, f);
        let k = vm.intern(name);
        ns.set_str_key(k, fv);
    }
    vm.run_app_level(CLASSES, "<_sre>", ns, Some("_sre"))?;

    let pat = class(vm, ns, "Pattern")?;
    let mat = class(vm, ns, "Match")?;
    let scan = class(vm, ns, "SRE_Scanner")?;
    for (name, f) in [
        ("match", pattern::pattern_match as crate::object::function::NativeFn),
        ("fullmatch", pattern::pattern_fullmatch),
        ("search", pattern::pattern_search),
        ("findall", pattern::pattern_findall),
        ("split", pattern::pattern_split),
        ("scanner", scanner::pattern_scanner),
        ("sub", sub::pattern_sub),
        ("subn", sub::pattern_subn),
    ] {
        vm.add_method_a(pat, name, Arity::Kw, f);
    }
    vm.add_method_a(mat, "group", Arity::Kw, matchobj::group);
    vm.add_method_a(mat, "__getitem__", Arity::One, matchobj::getitem);
    vm.add_method_a(mat, "groups", Arity::Kw, matchobj::groups);
    vm.add_method_a(mat, "groupdict", Arity::Kw, matchobj::groupdict);
    vm.add_method_a(mat, "start", Arity::Kw, matchobj::start);
    vm.add_method_a(mat, "end", Arity::Kw, matchobj::end);
    vm.add_method_a(mat, "span", Arity::Kw, matchobj::span);
    vm.add_method_a(mat, "_get_regs", Arity::NoArgs, matchobj::regs);
    vm.add_method_a(scan, "match", Arity::NoArgs, scanner::scanner_match);
    vm.add_method_a(scan, "search", Arity::NoArgs, scanner::scanner_search);
    vm.set_type_attr(pat, "_Match", mat.value());
    vm.set_type_attr(pat, "_Scanner", scan.value());
    let cache = vm.new_list(vec![Value::NONE, Value::NONE]);
    vm.set_type_attr(pat, "_wide", cache);
    for c in [pat, mat, scan] {
        c.flags.set(c.flags.get() & !tflags::BASETYPE);
        c.bump_version();
    }
    let k = vm.intern("compile");
    let compile = ns.get_str_key(k).unwrap_or(Value::NONE);
    add_value(vm, m, "compile", compile);
    Ok(())
}
