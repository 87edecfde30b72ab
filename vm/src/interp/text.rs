//! `repr`, `str`, `format` of values.

use crate::object::dict::DictObj;
use crate::object::exception::ExceptionObj;
use crate::object::function::{BoundMethodObj, BuiltinFnObj, FunctionObj};
use crate::object::int::IntObj;
use crate::object::misc::{DictViewObj, RangeObj, SliceObj};
use crate::object::seq::{BytesObj, ListObj, TupleObj};
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::Layout;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: Value) -> PyResult {
        // Each repr counts toward the step budget, so that the repr of a
        // huge nested container (built in a few steps) ends too.
        self.steps_left = self.steps_left.wrapping_sub(1);
        if self.steps_left == 0 {
            self.step_budget_check()?;
        }
        let t = self.type_of(v);
        if t.has_flag(tflags::HEAPTYPE | tflags::EXTENSION) {
            if let Some(f) = t.lookup(self.n.__repr__) {
                if f.downcast::<FunctionObj>().is_some() || self.is_extension_method(f) {
                    self.enter_for(" while getting the repr of an object")?;
                    let r = self.call(f, &[v], &[]);
                    self.leave();
                    let r = r?;
                    if Vm::wtf8_of(r).is_none() {
                        let n = self.type_name(r);
                        return Err(self.type_error(&format!("__repr__ returned non-string (type {n})")));
                    }
                    return Ok(r);
                }
            }
        }
        self.enter_for(" while getting the repr of an object")?;
        let r = self.native_repr(v);
        self.leave();
        let s = r?;
        Ok(self.new_string(s))
    }

    /// A method defined by a native module's class (`deque.__repr__`), which
    /// the protocol functions call like a Python-level dunder.
    pub fn is_extension_method(&self, f: Value) -> bool {
        f.downcast::<BuiltinFnObj>().and_then(|b| b.owner.downcast::<TypeObj>()).is_some_and(|o| o.has_flag(tflags::EXTENSION))
    }

    /// repr as a Rust String (a `__repr__` returning lone surrogates
    /// raises CPython's "surrogates not allowed" rather than losing them).
    pub fn repr_string(&mut self, v: Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(crate::builtins::str_surrogates::utf8_text(self, r)?.to_string())
    }

    pub fn native_repr(&mut self, v: Value) -> PyResult<String> {
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        if let Some(f) = v.as_f64() {
            return Ok(crate::text::float_repr(f));
        }
        match v {
            Value::NONE => return Ok("None".into()),
            Value::TRUE => return Ok("True".into()),
            Value::FALSE => return Ok("False".into()),
            Value::NOT_IMPLEMENTED => return Ok("NotImplemented".into()),
            Value::ELLIPSIS => return Ok("Ellipsis".into()),
            _ => {}
        }
        let t = self.type_of(v);
        match t.layout {
            Layout::Str => return Ok(crate::text::str_methods::wtf8_repr(Vm::wtf8_of(v).unwrap_or_default())),
            Layout::Int => return self.int_to_decimal(&v.downcast::<IntObj>().unwrap().value),
            Layout::Float => return Ok(crate::text::float_repr(v.downcast::<crate::object::int::FloatObj>().unwrap().value)),
            Layout::List => {
                let l = v.downcast::<ListObj>().unwrap();
                if self.repr_guard_enter(v) {
                    return Ok("[...]".into());
                }
                let r = self.join_reprs(&l.items.snapshot(), "[", "]");
                self.repr_guard_leave();
                return r;
            }
            Layout::Tuple => {
                let items = v.downcast::<TupleObj>().unwrap().items.to_vec();
                if items.is_empty() {
                    return Ok("()".into());
                }
                // A tuple can contain itself through a mutable element.
                if self.repr_guard_enter(v) {
                    return Ok("(...)".into());
                }
                let r = if items.len() == 1 {
                    self.repr_string(items[0]).map(|r| format!("({r},)"))
                } else {
                    self.join_reprs(&items, "(", ")")
                };
                self.repr_guard_leave();
                return r;
            }
            Layout::Dict => {
                let d = v.downcast::<DictObj>().unwrap();
                if self.repr_guard_enter(v) {
                    return Ok("{...}".into());
                }
                let mut s = String::from("{");
                let mut first = true;
                let mut res = Ok(());
                // `__repr__` may empty the dict: root the snapshot.
                let mark = self.extra_roots.len();
                let items = d.items();
                for &(k, val) in &items {
                    self.extra_roots.push(k);
                    self.extra_roots.push(val);
                }
                for (k, val) in items {
                    if !first {
                        s.push_str(", ");
                    }
                    first = false;
                    match (self.repr_string(k), self.repr_string(val)) {
                        (Ok(a), Ok(b)) => {
                            s.push_str(&a);
                            s.push_str(": ");
                            s.push_str(&b);
                        }
                        (Err(e), _) | (_, Err(e)) => {
                            res = Err(e);
                            break;
                        }
                    }
                }
                self.extra_roots.truncate(mark);
                self.repr_guard_leave();
                res?;
                s.push('}');
                return Ok(s);
            }
            Layout::Set => {
                let d = v.downcast::<DictObj>().unwrap();
                let keys = d.keys();
                let name = t.name();
                if keys.is_empty() {
                    return Ok(format!("{name}()"));
                }
                // A set that contains itself (through an object's repr).
                if self.repr_guard_enter(v) {
                    return Ok(format!("{name}(...)"));
                }
                let inner = self.join_reprs(&keys, "{", "}");
                self.repr_guard_leave();
                let inner = inner?;
                if t == self.t.set {
                    return Ok(inner);
                }
                return Ok(format!("{name}({inner})"));
            }
            Layout::Range => {
                let r = v.downcast::<RangeObj>().unwrap();
                if let Some(b) = &r.big {
                    let one = num_bigint::BigInt::from(1);
                    return Ok(if b.step == one { format!("range({}, {})", b.start, b.stop) } else { format!("range({}, {}, {})", b.start, b.stop, b.step) });
                }
                return Ok(if r.step == 1 { format!("range({}, {})", r.start, r.stop) } else { format!("range({}, {}, {})", r.start, r.stop, r.step) });
            }
            Layout::Slice => {
                let s = v.downcast::<SliceObj>().unwrap();
                let (a, b, c) = (self.repr_string(s.start)?, self.repr_string(s.stop)?, self.repr_string(s.step)?);
                return Ok(format!("slice({a}, {b}, {c})"));
            }
            Layout::Type => {
                let c = v.downcast::<TypeObj>().unwrap();
                let module = c.dict.get_str_key(self.n.__module__).and_then(Vm::str_of).unwrap_or("builtins");
                if module == "builtins" {
                    return Ok(format!("<class '{}'>", c.name()));
                }
                return Ok(format!("<class '{module}.{}'>", c.qualname.with(|q| q.clone())));
            }
            Layout::Function => {
                let f = v.downcast::<FunctionObj>().unwrap();
                let q = Vm::str_of(f.qualname.get()).unwrap_or("?");
                return Ok(format!("<function {q} at {:#x}>", v.bits()));
            }
            Layout::Code => {
                let c = v.downcast::<crate::object::code::CodeObj>().unwrap();
                let m = &c.meta;
                return Ok(format!("<code object {} at {:#x}, file \"{}\", line {}>", m.name, v.bits(), m.filename, m.first_line));
            }
            Layout::BuiltinFunction => {
                let b = v.downcast::<BuiltinFnObj>().unwrap();
                if !b.bound.is_null() {
                    let tn = self.type_name(b.bound);
                    return Ok(format!("<built-in method {} of {tn} object at {:#x}>", b.name, b.bound.bits()));
                }
                if let Some(o) = b.owner.downcast::<TypeObj>() {
                    return Ok(format!("<method '{}' of '{}' objects>", b.name, o.name()));
                }
                return Ok(format!("<built-in function {}>", b.name));
            }
            Layout::BoundMethod => {
                let m = v.downcast::<BoundMethodObj>().unwrap();
                let q = m.func.downcast::<FunctionObj>().and_then(|f| Vm::str_of(f.qualname.get())).unwrap_or("?").to_string();
                let r = self.repr_string(m.receiver)?;
                return Ok(format!("<bound method {q} of {r}>"));
            }
            Layout::Module => return crate::builtins::module_type::module_repr(self, v),
            Layout::Exception if !t.has_flag(tflags::HEAPTYPE) || t.lookup(self.n.__repr__).map(|f| f.layout() != Some(Layout::Function)).unwrap_or(true) => {
                let e = v.downcast::<ExceptionObj>().unwrap();
                let args = e.args.get().downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default();
                let name = t.name();
                if args.len() == 1 {
                    let r = self.repr_string(args[0])?;
                    return Ok(format!("{name}({r})"));
                }
                let inner = self.join_reprs(&args, "(", ")")?;
                return Ok(format!("{name}{inner}"));
            }
            Layout::Bytes => {
                let b = v.downcast::<BytesObj>().unwrap();
                let data = b.data.with(|d| d.clone());
                let s = crate::builtins::format::bytes_repr(&data);
                if t.is_subtype(self.t.bytearray) {
                    return Ok(format!("{}({s})", t.name()));
                }
                return Ok(s);
            }
            Layout::DictView => {
                let dv = v.downcast::<DictViewObj>().unwrap();
                if dv.kind == 3 {
                    let inner = self.repr_string(dv.dict)?;
                    return Ok(format!("mappingproxy({inner})"));
                }
                let items = self.collect_iter(v)?;
                let inner = self.join_reprs(&items, "[", "]")?;
                return Ok(format!("{}({inner})", t.name()));
            }
            Layout::Frame => {
                let f = v.downcast::<crate::object::coro::FrameObj>().unwrap();
                let line = self.frame_attr(f, "f_lineno").and_then(|l| l.as_small_int()).unwrap_or(0);
                let code = self.frame_attr(f, "f_code").and_then(|c| c.downcast::<crate::object::code::CodeObj>());
                if let Some(c) = code {
                    return Ok(format!("<frame at {:#x}, file '{}', line {line}, code {}>", v.bits(), c.meta.filename, c.meta.name));
                }
            }
            Layout::Generator | Layout::Coroutine => {
                let g = v.downcast::<crate::object::misc::GeneratorObj>().unwrap();
                let q = Vm::str_of(g.qualname.get()).unwrap_or("?");
                return Ok(format!("<{} object {q} at {:#x}>", t.name(), v.bits()));
            }
            Layout::Complex => {
                let c = v.downcast::<crate::object::int::ComplexObj>().unwrap();
                return Ok(crate::builtins::format::complex_repr(c.re, c.im));
            }
            Layout::WeakRef | Layout::WeakProxy => return crate::modules::weakref::weakref_repr(self, v),
            // io objects: their native `__repr__` (`<_io.FileIO name=...>`).
            Layout::FileIO | Layout::Buffered | Layout::TextIO => {
                if let Some(f) = t.lookup(self.n.__repr__).filter(|f| f.downcast::<BuiltinFnObj>().is_some_and(|b| b.owner != self.t.object.value())) {
                    let r = self.call(f, &[v], &[])?;
                    return Ok(Vm::str_of(r).unwrap_or("").to_string());
                }
            }
            _ => {}
        }
        let module = t.dict.get_str_key(self.n.__module__).and_then(Vm::str_of).unwrap_or("builtins");
        let q = t.qualname.with(|q| q.clone());
        if module == "builtins" {
            Ok(format!("<{q} object at {:#x}>", v.bits()))
        } else {
            Ok(format!("<{module}.{q} object at {:#x}>", v.bits()))
        }
    }

    fn repr_guard_enter(&mut self, v: Value) -> bool {
        if self.repr_stack.contains(&v) {
            return true;
        }
        self.repr_stack.push(v);
        false
    }
    fn repr_guard_leave(&mut self) {
        self.repr_stack.pop();
    }

    fn join_reprs(&mut self, items: &[Value], open: &str, close: &str) -> PyResult<String> {
        // `items` is a snapshot that `__repr__` may empty the container of.
        let mark = self.extra_roots.len();
        self.extra_roots.extend_from_slice(items);
        let r = self.join_reprs_rooted(items, open, close);
        self.extra_roots.truncate(mark);
        r
    }

    fn join_reprs_rooted(&mut self, items: &[Value], open: &str, close: &str) -> PyResult<String> {
        let mut s = String::from(open);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            let r = self.repr_string(*x)?;
            s.push_str(&r);
        }
        s.push_str(close);
        Ok(s)
    }

    /// `str(v)` as a str value.
    pub fn to_str(&mut self, v: Value) -> PyResult {
        let t = self.type_of(v);
        if t == self.t.str_ {
            return Ok(v);
        }
        if t.layout == Layout::WeakProxy {
            let o = crate::modules::weakproxy::deref(self, v)?;
            return self.to_str(o);
        }
        if t.has_flag(tflags::HEAPTYPE) {
            if let Some(f) = t.lookup(self.n.__str__) {
                if f.downcast::<FunctionObj>().is_some() {
                    self.enter_for(" while getting the str of an object")?;
                    let r = self.call(f, &[v], &[]);
                    self.leave();
                    let r = r?;
                    if Vm::wtf8_of(r).is_none() {
                        let n = self.type_name(r);
                        return Err(self.type_error(&format!("__str__ returned non-string (type {n})")));
                    }
                    return Ok(r);
                }
                // A builtin method other than object's assigned as `__str__`
                // (3.11's `IntEnum.__str__ = int.__repr__`).
                if f.downcast::<BuiltinFnObj>().is_some_and(|b| b.owner != self.t.object.value() && b.bound.is_null()) {
                    return self.call(f, &[v], &[]);
                }
            }
            if t.layout == Layout::Str {
                let s = Vm::wtf8_of(v).unwrap_or_default().to_vec();
                return Ok(self.new_wtf8(s));
            }
        }
        if t.layout == Layout::Exception && (t.lookup(self.n.__str__).map(|f| f.layout() != Some(Layout::Function)).unwrap_or(true)) {
            if let Some(s) = crate::builtins::unicode_codecs::unicode_error_str(self, v) {
                return Ok(self.new_string(s));
            }
            // Exception classes with a native `__str__` (SyntaxError, groups).
            if let Some(f) = t.lookup(self.n.__str__) {
                let native = f.downcast::<BuiltinFnObj>().is_some_and(|b| b.owner != self.t.object.value());
                if native {
                    return self.call(f, &[v], &[]);
                }
            }
            let e = v.downcast::<ExceptionObj>().unwrap();
            let args = e.args.get().downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default();
            if self.is_instance(v, self.t.key_error) && args.len() == 1 {
                return self.repr(args[0]);
            }
            return match args.len() {
                0 => Ok(self.new_str("")),
                1 => self.to_str(args[0]),
                _ => {
                    let t = e.args.get();
                    self.repr(t)
                }
            };
        }
        if t == self.t.mappingproxy {
            // mappingproxy's str is its mapping's str (only the repr says "mappingproxy").
            if let Some(dv) = v.downcast::<DictViewObj>() {
                return self.to_str(dv.dict);
            }
        }
        self.repr(v)
    }

    /// `str(v)` as a Rust String; text with lone surrogates raises CPython's
    /// "surrogates not allowed" (`PyUnicode_AsUTF8`) rather than losing them.
    pub fn to_string(&mut self, v: Value) -> PyResult<String> {
        let r = self.to_str(v)?;
        Ok(crate::builtins::str_surrogates::utf8_text(self, r)?.to_string())
    }

    /// FormatValue: conversion 0 none, 1 str, 2 repr, 3 ascii; then format(v, spec).
    pub fn format_value(&mut self, v: Value, conv: u32, spec: Value) -> PyResult {
        let v = match conv {
            1 => self.to_str(v)?,
            2 => self.repr(v)?,
            3 => {
                let r = self.repr_string(v)?;
                let a = crate::builtins::format::ascii_escape(&r);
                self.new_string(a)
            }
            _ => v,
        };
        if spec.is_null() && self.type_of(v) == self.t.str_ {
            return Ok(v);
        }
        let spec = if spec.is_null() { self.new_str("") } else { spec };
        self.format(v, spec)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: Value, spec: Value) -> PyResult {
        let t = self.type_of(v);
        if t.has_flag(tflags::HEAPTYPE) {
            if let Some(f) = t.lookup(self.n.__format__) {
                if f.downcast::<FunctionObj>().is_some() {
                    return self.call(f, &[v, spec], &[]);
                }
            }
        }
        if crate::builtins::str_surrogates::is_surrogate_str(v) || crate::builtins::str_surrogates::is_surrogate_str(spec) {
            return crate::builtins::str_surrogates::format(self, v, spec);
        }
        let spec_s = Vm::str_of(spec).unwrap_or("").to_string();
        let out = crate::builtins::format::format_builtin(self, v, &spec_s)?;
        Ok(self.new_string(out))
    }
}

