//! Builtin exception classes that bootstrap does not need (the rest of
//! CPython 3.11's hierarchy), and `SyntaxError`'s fields and `str()`.

use super::args::Arity;
use crate::object::exception::ExceptionObj;
use crate::object::seq::TupleObj;
use crate::object::typeobj::{c3_mro, tflags, TypeObj};
use crate::object::{Gc, Layout, ObjHeader, VCell};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

/// `SyntaxError`'s fields after `msg`, in `args[1]` order.
const SYNTAX_FIELDS: [&str; 6] = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

pub fn install(vm: &mut Vm) {
    // (name, base names): bases not created here are the bootstrap classes.
    let more: &[(&str, &[&str])] = &[
        ("BaseExceptionGroup", &["BaseException"]),
        ("ExceptionGroup", &["BaseExceptionGroup", "Exception"]),
        ("FloatingPointError", &["ArithmeticError"]),
        ("ReferenceError", &["Exception"]),
        ("SystemError", &["Exception"]),
        ("UnicodeTranslateError", &["UnicodeError"]),
        ("BlockingIOError", &["OSError"]),
        ("ChildProcessError", &["OSError"]),
        ("ConnectionError", &["OSError"]),
        ("BrokenPipeError", &["ConnectionError"]),
        ("ConnectionAbortedError", &["ConnectionError"]),
        ("ConnectionRefusedError", &["ConnectionError"]),
        ("ConnectionResetError", &["ConnectionError"]),
        ("FileExistsError", &["OSError"]),
        ("InterruptedError", &["OSError"]),
        ("IsADirectoryError", &["OSError"]),
        ("NotADirectoryError", &["OSError"]),
        ("PermissionError", &["OSError"]),
        ("ProcessLookupError", &["OSError"]),
        ("TimeoutError", &["OSError"]),
        ("BytesWarning", &["Warning"]),
        ("EncodingWarning", &["Warning"]),
        ("FutureWarning", &["Warning"]),
        ("ImportWarning", &["Warning"]),
        ("PendingDeprecationWarning", &["Warning"]),
        ("ResourceWarning", &["Warning"]),
        ("SyntaxWarning", &["Warning"]),
        ("UnicodeWarning", &["Warning"]),
    ];
    for (name, bases) in more {
        let k = vm.intern(name);
        if vm.builtins.get_str_key(k).is_some() {
            continue; // already created elsewhere
        }
        let bases: Vec<Gc<TypeObj>> = bases
            .iter()
            .filter_map(|b| {
                let k = vm.intern(b);
                vm.builtins.get_str_key(k).and_then(|v| v.downcast::<TypeObj>())
            })
            .collect();
        if let Some(c) = new_exception_class(vm, name, &bases) {
            vm.builtins.set_str_key(k, c.value());
        }
    }
    vm.add_method(vm.t.syntax_error, "__init__", |vm, a, k| {
        let (pos, _) = super::split_args(a, k);
        let Some((&e, args)) = pos.split_first() else { return Ok(Value::NONE) };
        if !k.is_empty() {
            let n = vm.type_name(e);
            return Err(vm.type_error(&format!("{n}() takes no keyword arguments")));
        }
        if let Some(x) = e.downcast::<ExceptionObj>() {
            let t = vm.new_tuple(args.to_vec());
            x.args.set(t);
        }
        vm.init_syntax_error(e, args)?;
        Ok(Value::NONE)
    });
    vm.add_method_a(vm.t.syntax_error, "__str__", Arity::NoArgs, |vm, a, _| vm.syntax_error_str(a[0]));
    super::exc_group::install(vm);
    super::unicode_codecs::install_translate(vm);
}

/// A builtin (not heap) exception class with the given bases.
pub(crate) fn new_exception_class(vm: &mut Vm, name: &str, bases: &[Gc<TypeObj>]) -> Option<Gc<TypeObj>> {
    let first = *bases.first()?;
    let dict = vm.new_dict();
    let meta = vm.t.type_;
    let t = vm.alloc(TypeObj {
        header: ObjHeader::new(meta),
        name: VCell::new(name.to_string()),
        qualname: VCell::new(name.to_string()),
        layout: Layout::Exception,
        attrs_offset: Cell::new(first.attrs_offset.get()),
        flags: Cell::new(tflags::BASETYPE | tflags::HAS_ATTRS),
        bases: VCell::new(bases.to_vec()),
        mro: VCell::new(Vec::new()),
        dict,
        version: Cell::new(crate::object::typeobj::next_type_version()),
        subclasses: VCell::new(Vec::new()),
        slot_names: VCell::new(None),
        attr_cache: VCell::new(Default::default()),
        shadow_masks: Cell::new((0, 0, 0)),
        static_module: Cell::new(None),
    });
    let mro = c3_mro(t, bases).ok()?;
    t.mro.with_mut(|m| *m = mro);
    for b in bases {
        b.subclasses.with_mut(|s| s.push(t));
    }
    Some(t)
}

impl Vm {
    /// Set `msg`, `filename`, `lineno`, ... from `SyntaxError(msg, (filename,
    /// lineno, offset, text[, end_lineno, end_offset]))`; absent ones are None.
    pub fn init_syntax_error(&mut self, e: Value, args: &[Value]) -> PyResult<()> {
        let mut vals = [Value::NONE; 7];
        if let Some(m) = args.first() {
            vals[0] = *m;
        }
        if let [_, info] = args {
            let info = self.collect_iter(*info)?;
            let n = info.len();
            if n < 4 {
                return Err(self.type_error(&format!("function takes at least 4 arguments ({n} given)")));
            }
            if n > 6 {
                return Err(self.type_error(&format!("function takes at most 6 arguments ({n} given)")));
            }
            if n == 5 {
                return Err(self.type_error("end_offset must be provided when end_lineno is provided"));
            }
            vals[1..=n].copy_from_slice(&info);
        }
        let k = self.intern("msg");
        self.set_exc_attr(e, k, vals[0]);
        for (name, v) in SYNTAX_FIELDS.iter().zip(&vals[1..]) {
            let k = self.intern(name);
            self.set_exc_attr(e, k, *v);
        }
        Ok(())
    }

    /// `str(SyntaxError)`: "invalid syntax (<string>, line 1)", with only
    /// the base name of the file.
    pub fn syntax_error_str(&mut self, e: Value) -> PyResult {
        let get = |vm: &mut Vm, k: &str| {
            let key = vm.intern(k);
            crate::object::attrs::attrs_of(e).and_then(|a| a.get(key)).unwrap_or(Value::NONE)
        };
        let msg = get(self, "msg");
        let filename = get(self, "filename");
        let lineno = get(self, "lineno");
        let msg_v = self.to_str(msg)?;
        let msg = Vm::str_of(msg_v).unwrap_or("").to_string();
        let file = Vm::str_of(filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        let line = if self.type_of(lineno) == self.t.int { self.as_i64(lineno) } else { None };
        let s = match (file, line) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => return Ok(msg_v),
        };
        Ok(self.new_string(s))
    }

    /// The exception's `args` as a vector.
    pub fn exception_args(&self, e: Value) -> Vec<Value> {
        e.downcast::<ExceptionObj>()
            .and_then(|x| x.args.get().downcast::<TupleObj>())
            .map(|t| t.items.to_vec())
            .unwrap_or_default()
    }
}
