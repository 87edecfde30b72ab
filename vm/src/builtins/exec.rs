//! `compile`, `exec` and `eval`.

use super::args::{Arity, Sig};
use super::split_args;
use crate::bytecode::Mode;
use crate::object::code::CodeObj;
use crate::object::dict::DictObj;
use crate::object::{Gc, Layout};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The `flags` bits `compile()` accepts: CPython's `PyCF_MASK` (future
/// features), `PyCF_MASK_OBSOLETE` and the `PyCF_*` compiler flags. Taipan
/// always compiles 3.11 semantics, so they change nothing.
const ACCEPTED_FLAGS: i64 = 0x3fe_0000 | 0x10 | 0x100 | 0x200 | 0x400 | 0x800 | 0x1000 | 0x2000 | 0x4000;
const PYCF_ONLY_AST: i64 = 0x400;

pub fn install(vm: &mut Vm) {
    reg(vm, "compile", Arity::Any, compile);
    reg(vm, "exec", Arity::Any, exec);
    reg(vm, "eval", Arity::Pos(1, 3), eval);
}

fn reg(vm: &mut Vm, name: &'static str, arity: Arity, f: crate::object::function::NativeFn) {
    let v = vm.new_builtin_a(name, arity, f);
    let k = vm.intern(name);
    vm.builtins.set_str_key(k, v);
}

static COMPILE: Sig = Sig {
    name: "compile",
    params: &["source", "filename", "mode", "flags", "dont_inherit", "optimize"],
    posonly: 0,
    required: 3,
    kwonly: &["_feature_version"],
};

fn compile(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = split_args(a, k);
    let [source, filename, mode, flags, dont_inherit, optimize, _feature] = COMPILE.parse(vm, pos, k, kw)?;
    let (source, filename, mode) = (source.unwrap_or(Value::NONE), filename.unwrap_or(Value::NONE), mode.unwrap_or(Value::NONE));
    let filename = fs_path(vm, filename)?;
    let mode = match Vm::str_of(mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => {
            let n = vm.type_name(mode);
            return Err(vm.type_error(&format!("compile() argument 'mode' must be str, not {n}")));
        }
    };
    let flags = match flags {
        Some(f) => c_int(vm, f)?,
        None => 0,
    };
    if flags & !ACCEPTED_FLAGS != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if flags & PYCF_ONLY_AST != 0 {
        return Err(vm.new_error(vm.t.not_implemented_error, "ast.parse() and compile(..., PyCF_ONLY_AST) are not supported by taipan yet"));
    }
    if let Some(d) = dont_inherit {
        c_int(vm, d)?;
    }
    if let Some(o) = optimize {
        if !(-1..=2).contains(&c_int(vm, o)?) {
            return Err(vm.value_error("compile(): invalid optimize value"));
        }
    }
    let Some(src) = source_text(vm, source) else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let code = compile_checked(vm, &src, &filename, mode)?;
    Ok(code.value())
}

/// Compile, refusing NUL characters as CPython does.
fn compile_checked(vm: &mut Vm, src: &str, filename: &str, mode: Mode) -> PyResult<Gc<CodeObj>> {
    if src.contains('\0') {
        return Err(vm.new_error(vm.t.syntax_error, "source code string cannot contain null bytes"));
    }
    vm.compile_source(src, filename, mode)
}

/// A C `int` argument (`bool` included).
fn c_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if !vm.is_int_like(v) {
        let n = vm.type_name(v);
        return Err(vm.type_error(&format!("'{n}' object cannot be interpreted as an integer")));
    }
    match vm.as_i64(v) {
        Some(i) if i32::try_from(i).is_ok() => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// A file name: str, bytes or an object with `__fspath__`.
fn fs_path(vm: &mut Vm, v: Value) -> PyResult<String> {
    if let Some(s) = Vm::str_of(v) {
        return Ok(s.to_string());
    }
    if v.layout() == Some(Layout::Bytes) && vm.type_of(v) != vm.t.bytearray {
        return Ok(String::from_utf8_lossy(&vm.bytes_data(v)).into_owned());
    }
    let fspath = vm.intern("__fspath__");
    if let Some(f) = vm.type_of(v).lookup(fspath) {
        let r = vm.call(f, &[v], &[])?;
        if let Some(s) = Vm::str_of(r) {
            return Ok(s.to_string());
        }
    }
    let n = vm.type_name(v);
    Err(vm.type_error(&format!("expected str, bytes or os.PathLike object, not {n}")))
}

/// Source text of a str or bytes-like argument.
fn source_text(vm: &mut Vm, v: Value) -> Option<String> {
    if let Some(s) = Vm::str_of(v) {
        return Some(s.to_string());
    }
    if v.layout() == Some(Layout::Bytes) {
        return Some(String::from_utf8_lossy(&vm.bytes_data(v)).into_owned());
    }
    None
}

static EXEC: Sig = Sig { name: "exec", params: &["source", "globals", "locals"], posonly: 3, required: 1, kwonly: &["closure"] };

fn exec(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = split_args(a, k);
    let [source, globals, locals, closure] = EXEC.parse(vm, pos, k, kw)?;
    run(vm, source.unwrap_or(Value::NONE), globals, locals, Mode::Exec, closure.filter(|c| !c.is_none()))?;
    Ok(Value::NONE)
}

fn eval(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    run(vm, a[0], a.get(1).copied(), a.get(2).copied(), Mode::Eval, None)
}

fn is_mapping(vm: &Vm, v: Value) -> bool {
    v.downcast::<DictObj>().is_some() || vm.type_of(v).lookup(vm.n.__getitem__).is_some()
}

/// Shared body of `exec` and `eval`: namespaces, then compile and run.
fn run(vm: &mut Vm, source: Value, globals: Option<Value>, locals: Option<Value>, mode: Mode, closure: Option<Value>) -> PyResult {
    let fname = if mode == Mode::Exec { "exec" } else { "eval" };
    let globals = globals.filter(|v| !v.is_none());
    let locals = locals.filter(|v| !v.is_none());
    if let Some(g) = globals {
        if g.downcast::<DictObj>().is_none() {
            let msg = if mode == Mode::Exec {
                format!("exec() globals must be a dict, not {}", vm.type_name(g))
            } else {
                "globals must be a dict".to_string()
            };
            return Err(vm.type_error(&msg));
        }
    }
    if let Some(l) = locals {
        if !is_mapping(vm, l) {
            let msg = if mode == Mode::Exec {
                format!("locals must be a mapping or None, not {}", vm.type_name(l))
            } else {
                "locals must be a mapping".to_string()
            };
            return Err(vm.type_error(&msg));
        }
    }
    let (g, l) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g, g),
        (None, Some(l)) => (vm.current_globals(), l),
        (None, None) => (vm.current_globals(), vm.current_locals()?),
    };
    let Some(gd) = g.downcast::<DictObj>() else {
        return Err(vm.type_error("globals must be a dict"));
    };
    match gd.get_str_key(vm.n.__builtins__) {
        None => {
            let b = vm.builtins_module.value();
            gd.set_str_key(vm.n.__builtins__, b);
        }
        Some(b) => gd.own_builtins.set(b != vm.builtins_module.value() && b != vm.builtins.value()),
    }
    let code = if let Some(c) = source.downcast::<CodeObj>() {
        c
    } else {
        let Some(src) = source_text(vm, source) else {
            return Err(vm.type_error(&format!("{fname}() arg 1 must be a string, bytes or code object")));
        };
        // eval() of a string ignores leading blanks (CPython strips them too).
        let src = if mode == Mode::Eval { src.trim_start_matches([' ', '\t']) } else { &src };
        if closure.is_some() {
            return Err(vm.type_error("closure can only be used when source is a code object"));
        }
        compile_checked(vm, src, "<string>", mode)?
    };
    // Free variables need a closure: a tuple of exactly that many cells.
    let closure = match closure {
        None if code.nfrees == 0 => Value::NULL,
        Some(_) if code.nfrees == 0 => return Err(vm.type_error("cannot use a closure with this code object")),
        c => {
            let ok = c.and_then(|c| c.downcast::<crate::object::seq::TupleObj>())
                .filter(|t| t.len() == code.nfrees && t.items.iter().all(|x| x.layout() == Some(crate::object::Layout::Cell)));
            match ok {
                Some(t) => t.value(),
                None if mode == Mode::Exec => {
                    return Err(vm.type_error(&format!("code object requires a closure of exactly length {}", code.nfrees)))
                }
                None => return Err(vm.type_error("code object passed to eval() may not contain free variables")),
            }
        }
    };
    vm.run_code(code, g, l, closure)
}
