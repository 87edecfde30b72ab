//! Calls: frames for Python functions, argument binding, and calling any
//! callable from native code.

use super::frame::*;
use super::run::Exit;
use crate::bytecode::code::flags as cf;
use crate::object::attrs::Attrs;
use crate::object::code::CodeObj;
use crate::object::dict::DictObj;
use crate::object::function::{BoundMethodObj, BuiltinFnObj, CellObj, FunctionObj};
use crate::object::seq::TupleObj;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm, STACK_SLOTS};
use std::cell::Cell;

impl Vm {
    /// Make room for `end` slots on the frame stack (RecursionError past the cap).
    pub fn ensure_stack(&mut self, end: usize) -> PyResult<()> {
        if end > self.stack.len() {
            if end > STACK_SLOTS {
                return Err(self.new_error(self.t.recursion_error, "maximum recursion depth exceeded"));
            }
            let n = (self.stack.len() * 2).max(end).min(STACK_SLOTS);
            self.stack.resize(n, Value::NULL);
        }
        Ok(())
    }

    /// Reserve and clear a frame for `code` at the stack top; returns its base.
    /// The frame becomes current only in `init_frame`.
    fn reserve_frame(&mut self, code: Gc<CodeObj>) -> PyResult<usize> {
        let base = self.stack_top;
        let end = base + code.frame_size;
        self.ensure_stack(end)?;
        self.enter()?;
        // Locals and cells start empty; the value stack is written before
        // it is read (stale words there are only seen by the conservative scan).
        self.stack[base + HEADER..base + HEADER + code.nlocalsplus()].fill(Value::NULL);
        Ok(base)
    }

    /// Push a frame for `f` whose code binds exactly `n` positional
    /// arguments (`code.exact_argc == n`), taken from frame-stack slots
    /// `first..first + n` (the caller's value stack).
    pub fn push_frame_exact(&mut self, f: Gc<FunctionObj>, code: Gc<CodeObj>, first: usize, n: usize, flags: i64) -> PyResult<usize> {
        let base = self.reserve_frame(code)?;
        self.stack.copy_within(first..first + n, base + HEADER);
        self.init_frame(base, code, f.value(), f.globals.value(), Value::NULL, f.closure, flags);
        if let Err(e) = self.safepoint() {
            self.abandon_frame(base);
            return Err(e);
        }
        Ok(base)
    }

    /// Write the header, create cells, copy free cells, and make the frame current.
    fn init_frame(&mut self, base: usize, code: Gc<CodeObj>, func: Value, globals: Value, locals: Value, closure: Value, flags: i64) {
        self.stack[base + F_CODE] = code.value();
        self.stack[base + F_FUNC] = func;
        self.stack[base + F_GLOBALS] = globals;
        self.stack[base + F_LOCALS] = locals;
        self.stack[base + F_PREV] = int_slot(if self.frame == usize::MAX { -1 } else { self.frame as i64 });
        self.stack[base + F_LASTI] = int_slot(-1);
        self.stack[base + F_SP] = int_slot(0);
        self.stack[base + F_FLAGS] = int_slot(flags);
        // Cells for captured variables (parameters move into theirs), then the closure's cells.
        let nloc = code.nlocals;
        for i in 0..code.ncells {
            let init = match code.meta.cell2arg.get(i).copied().flatten() {
                Some(a) => std::mem::replace(&mut self.stack[base + HEADER + a as usize], Value::NULL),
                None => Value::NULL,
            };
            let c = self.new_cell(init);
            self.stack[base + HEADER + nloc + i] = c;
        }
        if let Some(t) = closure.downcast::<TupleObj>() {
            for (i, c) in t.items.iter().enumerate().take(code.nfrees) {
                self.stack[base + HEADER + nloc + code.ncells + i] = *c;
            }
        }
        self.frame = base;
        self.stack_top = base + code.frame_size;
    }

    /// Push a frame for `f` with bound arguments; returns its base.
    pub fn push_frame(&mut self, f: Gc<FunctionObj>, args: &[Value], kwnames: &[Value], flags: i64) -> PyResult<usize> {
        let code = f.code.get();
        let base = self.reserve_frame(code)?;
        if let Err(e) = self.bind_args(f, code, base + HEADER, args, kwnames) {
            self.leave();
            return Err(e);
        }
        self.init_frame(base, code, f.value(), f.globals.value(), Value::NULL, f.closure, flags);
        // The arguments now live in the new frame: a safe moment to collect.
        if let Err(e) = self.safepoint() {
            self.abandon_frame(base);
            return Err(e);
        }
        Ok(base)
    }

    /// Pop a frame that was just made current and never ran (a safepoint
    /// at its entry raised `MemoryError`).
    fn abandon_frame(&mut self, base: usize) {
        let prev = self.stack[base + F_PREV].small_int_unchecked();
        self.leave();
        self.stack_top = base;
        self.frame = if prev < 0 { usize::MAX } else { prev as usize };
    }

    /// Push an entry frame for module/class/exec code with a locals mapping.
    pub fn push_code_frame(&mut self, code: Gc<CodeObj>, globals: Value, locals: Value, closure: Value) -> PyResult<usize> {
        let base = self.reserve_frame(code)?;
        self.init_frame(base, code, Value::NULL, globals, locals, closure, FLAG_ENTRY);
        if let Err(e) = self.safepoint() {
            self.abandon_frame(base);
            return Err(e);
        }
        Ok(base)
    }

    /// Run module-level code (or a class body) to completion.
    pub fn run_code(&mut self, code: Gc<CodeObj>, globals: Value, locals: Value, closure: Value) -> PyResult {
        self.push_code_frame(code, globals, locals, closure)?;
        match self.run_frame()? {
            Exit::Return(v) | Exit::Yield(v) => Ok(v),
        }
    }

    pub fn new_cell(&mut self, v: Value) -> Value {
        let h = ObjHeader::new(self.t.cell);
        self.alloc(CellObj { header: h, value: Cell::new(v) }).value()
    }

    fn func_display_name(f: Gc<FunctionObj>) -> String {
        Vm::str_of(f.qualname.get()).unwrap_or("?").to_string()
    }

    fn bind_args(&mut self, f: Gc<FunctionObj>, code: Gc<CodeObj>, dst: usize, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
        let m = &code.meta;
        let argcount = m.argcount as usize;
        let nkw = kwnames.len();
        let npos = args.len() - nkw;
        let has_varargs = m.flags & cf::VARARGS != 0;
        let has_varkw = m.flags & cf::VARKEYWORDS != 0;
        // Fast path: exact positional call.
        if nkw == 0 && npos == argcount && m.kwonlyargcount == 0 && !has_varargs && !has_varkw {
            self.stack[dst..dst + npos].copy_from_slice(args);
            return Ok(());
        }
        let kwonly = m.kwonlyargcount as usize;
        let total = argcount + kwonly;
        for i in 0..npos.min(argcount) {
            self.stack[dst + i] = args[i];
        }
        let mut slot = total;
        if has_varargs {
            let extra = if npos > argcount { args[argcount..npos].to_vec() } else { Vec::new() };
            let t = self.new_tuple(extra);
            self.stack[dst + slot] = t;
            slot += 1;
        } else if npos > argcount {
            return Err(self.too_many_positional(f, code, npos, kwnames));
        }
        let kwdict = if has_varkw {
            let d = self.new_dict();
            self.stack[dst + slot] = d.value();
            Some(d)
        } else {
            None
        };
        let posonly = m.posonlyargcount as usize;
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, name) in kwnames.iter().enumerate() {
            let val = args[npos + k];
            let idx = code.varnames[..total].iter().position(|v| *v == *name).or_else(|| {
                let s = Vm::str_of(*name).unwrap_or("");
                m.varnames[..total].iter().position(|v| &**v == s)
            });
            match idx {
                Some(i) if i >= posonly => {
                    if !self.stack[dst + i].is_null() {
                        let fname = Vm::func_display_name(f);
                        return Err(self.type_error(&format!("{fname}() got multiple values for argument '{}'", m.varnames[i])));
                    }
                    self.stack[dst + i] = val;
                }
                other => {
                    if let Some(d) = kwdict {
                        self.dict_set(d, *name, val)?;
                    } else if let Some(i) = other {
                        posonly_as_kw.push(m.varnames[i].to_string());
                    } else {
                        let fname = Vm::func_display_name(f);
                        let n = Vm::str_of(*name).unwrap_or("?");
                        return Err(self.type_error(&format!("{fname}() got an unexpected keyword argument '{n}'")));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            let fname = Vm::func_display_name(f);
            return Err(self.type_error(&format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        let defaults = f.defaults.get().downcast::<TupleObj>();
        let ndef = defaults.map(|d| d.len()).unwrap_or(0);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if self.stack[dst + i].is_null() {
                if i + ndef >= argcount {
                    self.stack[dst + i] = defaults.unwrap().items[i + ndef - argcount];
                } else {
                    missing.push(m.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            let fname = Vm::func_display_name(f);
            return Err(self.type_error(&format!(
                "{fname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        let kwdefaults = f.kwdefaults.get().downcast::<DictObj>();
        for i in argcount..total {
            if self.stack[dst + i].is_null() {
                let d = kwdefaults.and_then(|d| d.get_str_key(code.varnames[i]));
                match d {
                    Some(v) => self.stack[dst + i] = v,
                    None => missing.push(m.varnames[i].to_string()),
                }
            }
        }
        if !missing.is_empty() {
            let fname = Vm::func_display_name(f);
            return Err(self.type_error(&format!(
                "{fname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            )));
        }
        Ok(())
    }

    fn too_many_positional(&mut self, f: Gc<FunctionObj>, code: Gc<CodeObj>, npos: usize, kwnames: &[Value]) -> crate::vm::PyErr {
        let m = &code.meta;
        let argcount = m.argcount as usize;
        let ndef = f.defaults.get().downcast::<TupleObj>().map(|d| d.len()).unwrap_or(0);
        let fname = Vm::func_display_name(f);
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", argcount - ndef, argcount)
        } else {
            format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
        };
        let kwonly_given = kwnames
            .iter()
            .filter(|k| code.varnames[argcount..argcount + m.kwonlyargcount as usize].contains(k))
            .count();
        let given = if kwonly_given > 0 {
            format!(
                "{npos} positional argument{} (and {kwonly_given} keyword-only argument{}) were given",
                if npos == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{npos} {} given", if npos == 1 { "was" } else { "were" })
        };
        self.type_error(&format!("{fname}() takes {takes} but {given}"))
    }

    /// Call any callable.
    pub fn call(&mut self, func: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
        if let Some(f) = func.downcast::<FunctionObj>() {
            let code = f.code.get();
            if code.flags & (cf::GENERATOR | cf::COROUTINE | cf::ASYNC_GENERATOR) != 0 {
                return self.new_generator(f, args, kwnames);
            }
            self.push_frame(f, args, kwnames, FLAG_ENTRY)?;
            return match self.run_frame()? {
                Exit::Return(v) | Exit::Yield(v) => Ok(v),
            };
        }
        if let Some(b) = func.downcast::<BuiltinFnObj>() {
            if b.arity != crate::builtins::args::Arity::Any {
                self.check_arity(&b, args, kwnames)?;
            }
            if b.bound.is_null() {
                if let Some(owner) = b.owner.downcast::<TypeObj>() {
                    // Method bodies index `args[0]` as self: check it as CPython's method descriptors do.
                    let ok = args.len() > kwnames.len() && (self.type_of(args[0]) == owner || self.type_of(args[0]).is_subtype(owner));
                    // `__new__` and `__init_subclass__` are implicitly static/class methods.
                    if !ok && b.name != "__new__" && b.name != "__init_subclass__" {
                        return Err(self.descriptor_self_error(owner, b.name, args, kwnames));
                    }
                }
                if b.owner == self.t.str_.value() && args.iter().any(|a| surrogate_arg(*a)) {
                    return crate::builtins::str_surrogates::call_method(self, b.name, b.func, args, kwnames);
                }
                return self.call_native(b.func, args, kwnames);
            }
            let mut full: smallvec::SmallVec<[Value; 8]> = smallvec::SmallVec::with_capacity(args.len() + 1);
            full.push(b.bound);
            full.extend_from_slice(args);
            if b.owner == self.t.str_.value() && full.iter().any(|a| surrogate_arg(*a)) {
                return crate::builtins::str_surrogates::call_method(self, b.name, b.func, &full, kwnames);
            }
            return self.call_native(b.func, &full, kwnames);
        }
        if let Some(m) = func.downcast::<BoundMethodObj>() {
            let mut full: smallvec::SmallVec<[Value; 8]> = smallvec::SmallVec::with_capacity(args.len() + 1);
            full.push(m.receiver);
            full.extend_from_slice(args);
            return self.call(m.func, &full, kwnames);
        }
        if let Some(t) = func.downcast::<TypeObj>() {
            return self.call_type(t, args, kwnames);
        }
        let ty = self.type_of(func);
        match ty.lookup(self.n.__call__) {
            Some(c) => {
                let mut full: smallvec::SmallVec<[Value; 8]> = smallvec::SmallVec::with_capacity(args.len() + 1);
                full.push(func);
                full.extend_from_slice(args);
                // `__call__` may itself be an instance with a `__call__`: a
                // cycle of native re-entries that no frame would count.
                self.enter_for(" while calling a Python object")?;
                let r = self.call(c, &full, kwnames);
                self.leave();
                r
            }
            None => {
                let n = ty.name();
                Err(self.type_error(&format!("'{n}' object is not callable")))
            }
        }
    }

    /// `callable(v)`.
    pub fn is_callable(&self, v: Value) -> bool {
        use crate::object::Layout::*;
        matches!(v.layout(), Some(Function | BuiltinFunction | BoundMethod | Type)) || self.type_of(v).lookup(self.n.__call__).is_some()
    }

    /// Call with positional args only.
    pub fn call0(&mut self, func: Value, args: &[Value]) -> PyResult {
        self.call(func, args, &[])
    }

    /// `cls(*args, **kw)`.
    pub fn call_type(&mut self, t: Gc<TypeObj>, args: &[Value], kwnames: &[Value]) -> PyResult {
        if args.len() == 1 && kwnames.is_empty() {
            // Common one-argument conversions of exact builtin types, without
            // the generic __new__/__init__ protocol.
            let x = args[0];
            if t == self.t.type_ {
                return Ok(self.type_of(x).value());
            }
            if t == self.t.str_ {
                if let Some(i) = x.as_small_int() {
                    return Ok(self.new_string(i.to_string()));
                }
                if self.type_of(x) == self.t.str_ {
                    return Ok(x);
                }
            }
            if t == self.t.int && x.as_small_int().is_some() {
                return Ok(x);
            }
            if t == self.t.float && x.as_f64().is_some() {
                return Ok(x);
            }
        }
        // A metaclass with its own __call__.
        let meta = t.class();
        if meta != self.t.type_ {
            if let Some(c) = meta.lookup(self.n.__call__) {
                if c.downcast::<FunctionObj>().is_some() {
                    let mut full = vec![t.value()];
                    full.extend_from_slice(args);
                    return self.call(c, &full, kwnames);
                }
            }
        }
        self.type_call_default(t, args, kwnames)
    }

    /// `type.__call__`: `__new__` then `__init__`.
    pub fn type_call_default(&mut self, t: Gc<TypeObj>, args: &[Value], kwnames: &[Value]) -> PyResult {
        let new = t.lookup(self.n.__new__).unwrap_or(Value::NULL);
        let obj = if new == self.object_new_fn() {
            self.check_object_new_args(t, args, kwnames)?;
            self.alloc_instance(t)?
        } else {
            let f = self.unwrap_static(new);
            let mut full: smallvec::SmallVec<[Value; 8]> = smallvec::SmallVec::new();
            full.push(t.value());
            full.extend_from_slice(args);
            self.call(f, &full, kwnames)?
        };
        if !self.type_of(obj).is_subtype(t) {
            return Ok(obj);
        }
        self.note_new_object(obj);
        let init = t.lookup(self.n.__init__).unwrap_or(Value::NULL);
        if init != self.object_init_fn() && !init.is_null() {
            let mut full: smallvec::SmallVec<[Value; 8]> = smallvec::SmallVec::new();
            full.push(obj);
            full.extend_from_slice(args);
            let r = self.call(init, &full, kwnames)?;
            if !r.is_none() {
                let n = self.type_name(r);
                return Err(self.type_error(&format!("__init__() should return None, not '{n}'")));
            }
        }
        Ok(obj)
    }

    /// Run a native function as a root scope: values it parks in
    /// `extra_roots` (e.g. via `collect_iter`) stay alive until it returns.
    #[inline]
    fn call_native(&mut self, f: crate::object::function::NativeFn, args: &[Value], kwnames: &[Value]) -> PyResult {
        let mark = self.extra_roots.len();
        let r = f(self, args, kwnames);
        self.extra_roots.truncate(mark);
        r
    }

    fn descriptor_self_error(&mut self, owner: Gc<TypeObj>, name: &str, args: &[Value], kwnames: &[Value]) -> crate::vm::PyErr {
        let tn = owner.tp_name();
        if args.len() <= kwnames.len() {
            let short = tn.rsplit('.').next().unwrap_or(&tn);
            return self.type_error(&format!("unbound method {short}.{name}() needs an argument"));
        }
        let got = self.type_name(args[0]);
        self.type_error(&format!("descriptor '{name}' for '{tn}' objects doesn't apply to a '{got}' object"))
    }

    fn check_object_new_args(&mut self, t: Gc<TypeObj>, args: &[Value], _kwnames: &[Value]) -> PyResult<()> {
        if !args.is_empty() {
            let init = t.lookup(self.n.__init__).unwrap_or(Value::NULL);
            if init == self.object_init_fn() {
                let n = t.name();
                return Err(self.type_error(&format!("{n}() takes no arguments")));
            }
        }
        Ok(())
    }

    /// A new, empty instance of a class whose `__new__` is `object.__new__`.
    pub fn alloc_instance(&mut self, t: Gc<TypeObj>) -> PyResult {
        use crate::object::Layout;
        if t.has_flag(crate::object::typeobj::tflags::ABSTRACT) {
            return Err(self.abstract_instantiation_error(t));
        }
        match t.layout {
            Layout::Object => {
                let o = self.new_instance(t);
                self.note_new_object(o);
                Ok(o)
            }
            Layout::Exception => {
                let e = self.new_exception_obj(t, Vec::new());
                self.note_new_object(e);
                Ok(e)
            }
            _ => {
                let n = t.name();
                Err(self.type_error(&format!("object.__new__({n}) is not safe, use {n}.__new__()")))
            }
        }
    }

    /// "Can't instantiate abstract class C with abstract methods a, b".
    fn abstract_instantiation_error(&mut self, t: Gc<TypeObj>) -> crate::vm::PyErr {
        let k = self.intern("__abstractmethods__");
        let names = match t.dict.get_str_key(k) {
            Some(v) => match self.collect_iter(v) {
                Ok(items) => items,
                Err(e) => return e,
            },
            None => Vec::new(),
        };
        let mut names: Vec<String> = names.iter().filter_map(|v| Vm::str_of(*v)).map(str::to_string).collect();
        names.sort();
        let s = if names.len() == 1 { "" } else { "s" };
        let n = t.name();
        self.type_error(&format!("Can't instantiate abstract class {n} with abstract method{s} {}", names.join(", ")))
    }

    /// The underlying function of a staticmethod (for `__new__`).
    pub fn unwrap_static(&self, v: Value) -> Value {
        match v.downcast::<crate::object::misc::StaticMethodObj>() {
            Some(s) => s.func.get(),
            None => v,
        }
    }

    pub fn object_new_fn(&self) -> Value {
        self.t.object.dict.get_str_key(self.n.__new__).unwrap_or(Value::NULL)
    }
    pub fn object_init_fn(&self) -> Value {
        self.t.object.dict.get_str_key(self.n.__init__).unwrap_or(Value::NULL)
    }

    /// MakeFunction.
    pub fn make_function(&mut self, code_v: Value, globals: Value, defaults: Value, kwdefaults: Value, annotations: Value, closure: Value) -> PyResult {
        let code = code_v.downcast::<CodeObj>().expect("code object");
        let name = self.intern(&code.meta.name.clone());
        let qualname = self.new_str(&code.meta.qualname.clone());
        let doc = match &code.meta.doc {
            Some(d) => {
                let d = d.clone();
                self.new_str(&d)
            }
            None => Value::NONE,
        };
        let g = globals.downcast::<DictObj>().expect("globals dict");
        let module = g.get_str_key(self.n.__name__).unwrap_or(Value::NONE);
        let ann = if let Some(t) = annotations.downcast::<TupleObj>() {
            let d = self.new_dict();
            for kv in t.items.chunks(2) {
                self.dict_set(d, kv[0], kv[1])?;
            }
            d.value()
        } else {
            Value::NULL
        };
        let h = ObjHeader::new(self.t.function);
        let attrs = Attrs::new(self.root_shape);
        let f = self.alloc(FunctionObj {
            header: h,
            code: Cell::new(code),
            globals: g,
            name: Cell::new(name),
            qualname: Cell::new(qualname),
            defaults: Cell::new(defaults),
            kwdefaults: Cell::new(kwdefaults),
            closure,
            doc: Cell::new(doc),
            module: Cell::new(module),
            annotations: Cell::new(ann),
            attrs,
        });
        Ok(f.value())
    }
}

fn join_names(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        _ => format!("{}, and {}", q[..q.len() - 1].join(", "), q[q.len() - 1]),
    }
}

/// A str holding lone surrogates, or a tuple with one (`startswith`): str
/// methods then run through `builtins::str_surrogates`.
fn surrogate_arg(v: Value) -> bool {
    use crate::builtins::str_surrogates::is_surrogate_str;
    is_surrogate_str(v) || v.downcast::<crate::object::seq::TupleObj>().is_some_and(|t| t.items.iter().any(|x| is_surrogate_str(*x)))
}
