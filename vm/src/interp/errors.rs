//! Creating, raising, matching and printing exceptions.

use crate::object::attrs::{attrs_of, Attrs};
use crate::object::code::CodeObj;
use crate::object::exception::{ExceptionObj, TracebackObj};
use crate::object::seq::TupleObj;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;

impl Vm {
    /// A bare exception instance of class `cls` with `args`.
    pub fn new_exception_obj(&mut self, cls: Gc<TypeObj>, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        let h = ObjHeader::new(cls);
        let attrs = Attrs::new(self.root_shape);
        self.alloc(ExceptionObj {
            header: h,
            args: Cell::new(args),
            traceback: Cell::new(Value::NONE),
            cause: Cell::new(Value::NONE),
            context: Cell::new(Value::NONE),
            suppress_context: Cell::new(false),
            attrs,
        })
        .value()
    }
    /// An exception with the given args, as an error.
    pub fn new_exception_err(&mut self, cls: Gc<TypeObj>, args: Vec<Value>) -> PyErr {
        let e = self.new_exception_obj(cls, args);
        self.init_exception_attrs(e);
        PyErr(e)
    }
    /// An exception with a message.
    pub fn new_error(&mut self, cls: Gc<TypeObj>, msg: &str) -> PyErr {
        let m = self.new_str(msg);
        self.new_exception_err(cls, vec![m])
    }
    pub fn type_error(&mut self, msg: &str) -> PyErr {
        self.new_error(self.t.type_error, msg)
    }
    pub fn value_error(&mut self, msg: &str) -> PyErr {
        self.new_error(self.t.value_error, msg)
    }
    pub fn index_error(&mut self, msg: &str) -> PyErr {
        self.new_error(self.t.index_error, msg)
    }
    pub fn overflow_error(&mut self, msg: &str) -> PyErr {
        self.new_error(self.t.overflow_error, msg)
    }
    pub fn zero_division(&mut self, msg: &str) -> PyErr {
        self.new_error(self.t.zero_division_error, msg)
    }
    pub fn key_error(&mut self, key: Value) -> PyErr {
        self.new_exception_err(self.t.key_error, vec![key])
    }
    pub fn attribute_error(&mut self, obj: Value, name: Value) -> PyErr {
        let n = Vm::str_of(name).unwrap_or("?");
        let msg = if let Some(t) = obj.downcast::<TypeObj>() {
            format!("type object '{}' has no attribute '{n}'", t.tp_name())
        } else if let Some(m) = obj.downcast::<crate::object::module::ModuleObj>() {
            let mn = m.dict.get_str_key(self.n.__name__).and_then(Vm::str_of).unwrap_or("?");
            format!("module '{mn}' has no attribute '{n}'")
        } else {
            format!("'{}' object has no attribute '{n}'", self.type_name(obj))
        };
        let e = self.new_error(self.t.attribute_error, &msg);
        let k = self.intern("name");
        self.set_exc_attr(e.0, k, name);
        let k = self.intern("obj");
        self.set_exc_attr(e.0, k, obj);
        e
    }

    /// Store an attribute on an exception instance.
    pub fn set_exc_attr(&mut self, e: Value, name: Value, v: Value) {
        let _ = self.store_instance_attr(e, name, v);
    }

    /// Derived attributes set at construction (StopIteration.value, SystemExit.code).
    pub fn init_exception_attrs(&mut self, e: Value) {
        let args = e.downcast::<ExceptionObj>().map(|x| x.args.get()).unwrap_or(Value::NULL);
        let first = args.downcast::<TupleObj>().and_then(|t| t.items.first().copied());
        let n = args.downcast::<TupleObj>().map(|t| t.len()).unwrap_or(0);
        if self.is_instance(e, self.t.stop_iteration) {
            let k = self.n.value;
            self.set_exc_attr(e, k, first.unwrap_or(Value::NONE));
        } else if self.is_instance(e, self.t.system_exit) {
            let k = self.n.code;
            let v = if n > 1 { args } else { first.unwrap_or(Value::NONE) };
            self.set_exc_attr(e, k, v);
        } else if self.is_instance(e, self.t.syntax_error) {
            // Bad field tuples are reported by `SyntaxError.__init__`.
            let args = self.exception_args(e);
            if self.init_syntax_error(e, &args).is_err() {
                let _ = self.init_syntax_error(e, &args[..args.len().min(1)]);
            }
        }
    }

    /// `raise exc [from cause]`: instantiate classes, check types, set cause.
    pub fn make_raisable(&mut self, exc: Value, cause: Value) -> PyResult<PyErr> {
        let e = if let Some(t) = exc.downcast::<TypeObj>() {
            if !t.is_subtype(self.t.base_exception) {
                return Err(self.type_error("exceptions must derive from BaseException"));
            }
            let v = self.call(exc, &[], &[])?;
            if !self.is_instance(v, self.t.base_exception) {
                let n = self.type_name(v);
                return Err(self.type_error(&format!("calling {} should have returned an instance of BaseException, not {n}", t.name())));
            }
            v
        } else if self.is_instance(exc, self.t.base_exception) {
            exc
        } else {
            return Err(self.type_error("exceptions must derive from BaseException"));
        };
        if !cause.is_null() {
            let c = if cause.is_none() {
                Value::NONE
            } else if let Some(t) = cause.downcast::<TypeObj>() {
                if !t.is_subtype(self.t.base_exception) {
                    return Err(self.type_error("exception causes must derive from BaseException"));
                }
                self.call(cause, &[], &[])?
            } else if self.is_instance(cause, self.t.base_exception) {
                cause
            } else {
                return Err(self.type_error("exception causes must derive from BaseException"));
            };
            if let Some(x) = e.downcast::<ExceptionObj>() {
                x.cause.set(c);
                x.suppress_context.set(true);
            }
        }
        // An exception object raised again (it has a traceback) chains here.
        self.chain_context(e);
        Ok(PyErr(e))
    }

    /// `except T:` matching.
    pub fn exception_matches(&mut self, exc: Value, t: Value) -> PyResult<bool> {
        if let Some(tt) = t.downcast::<TupleObj>() {
            for x in tt.items.iter() {
                if self.exception_matches(exc, *x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match t.downcast::<TypeObj>() {
            Some(cls) if cls.is_subtype(self.t.base_exception) => Ok(self.is_instance(exc, cls)),
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    /// Record that `exc` passed through `code` at `ip`; a fresh exception
    /// (no traceback yet) also gets its `__context__` here.
    pub fn add_traceback(&mut self, exc: Value, code: Value, ip: u32, globals: Value) {
        let Some(e) = exc.downcast::<ExceptionObj>() else { return };
        // Chaining happens where an exception is raised, not in the frames it
        // passes through (a generator may handle a different exception than its caller).
        // Groups are chained by `raise` (make_raisable); the one `except*`
        // builds from its handlers' exceptions is not chained at all.
        if e.traceback.get().is_none() && !self.is_exception_group(exc) {
            self.chain_context(exc);
        }
        let h = ObjHeader::new(self.t.traceback);
        let prev = e.traceback.get();
        let tb = self.alloc(TracebackObj { header: h, next: Cell::new(prev), code, ip, globals });
        e.traceback.set(tb.value());
    }

    /// Implicit chaining: `exc.__context__` = the exception being handled.
    /// As CPython, a chain that leads back to `exc` is cut just before it,
    /// and a cycle already in the handled exception's chain ends the walk
    /// (Floyd's tortoise and hare).
    pub fn chain_context(&mut self, exc: Value) {
        let Some(e) = exc.downcast::<ExceptionObj>() else { return };
        let handled = self.topmost_handled();
        if handled.is_null() || handled == exc || handled.is_none() {
            return;
        }
        let ctx_of = |v: Value| v.downcast::<ExceptionObj>().map(|x| x.context.get()).filter(|c| !c.is_none() && !c.is_null());
        let mut o = handled;
        let mut slow = handled;
        let mut toggle = false;
        while let Some(c) = ctx_of(o) {
            if c == exc {
                if let Some(oe) = o.downcast::<ExceptionObj>() {
                    oe.context.set(Value::NONE);
                }
                break;
            }
            o = c;
            if o == slow {
                break;
            }
            if toggle {
                slow = ctx_of(slow).unwrap_or(Value::NONE);
            }
            toggle = !toggle;
        }
        e.context.set(handled);
    }

    pub fn traceback_of(&self, exc: Value) -> Value {
        exc.downcast::<ExceptionObj>().map(|e| e.traceback.get()).unwrap_or(Value::NONE)
    }

    /// The frame lines of a traceback chain (no header), CPython's format
    /// with "[Previous line repeated N more times]".
    pub(crate) fn format_tb_entries(&mut self, mut tb: Value) -> String {
        let mut out = String::new();
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0;
        while let Some(t) = tb.downcast::<TracebackObj>() {
            if let Some(code) = t.code.downcast::<CodeObj>() {
                let key = (code.meta.filename.to_string(), code.line_of(t.ip as usize), code.meta.name.to_string());
                if last.as_ref() == Some(&key) {
                    repeat += 1;
                } else {
                    flush_repeat(&mut out, repeat);
                    repeat = 0;
                }
                if repeat < 3 {
                    format_frame_line(&mut out, code, t.ip as usize, &self.sources);
                }
                last = Some(key);
            }
            tb = t.next.get();
        }
        flush_repeat(&mut out, repeat);
        out
    }

    /// The last line(s): `Type: message` (the notes are printed by `tb_format.rs`).
    pub fn exception_only(&mut self, exc: Value) -> String {
        let t = self.type_of(exc);
        let mut name = t.name();
        let module = t.dict.get_str_key(self.n.__module__).and_then(Vm::str_of).unwrap_or("builtins");
        if module != "builtins" && module != "__main__" {
            name = format!("{module}.{name}");
        }
        if self.is_instance(exc, self.t.syntax_error) {
            return self.format_syntax_error(exc, &name);
        }
        let msg = match self.to_str(exc) {
            Ok(s) => Vm::str_of(s).unwrap_or("").to_string(),
            Err(_) => "<exception str() failed>".to_string(),
        };
        let mut s = if msg.is_empty() { format!("{name}\n") } else { format!("{name}: {msg}\n") };
        if let Some(hint) = self.suggestion_for(exc) {
            s.pop();
            s.push_str(&format!(". Did you mean: '{hint}'?\n"));
        }
        s
    }

    fn format_syntax_error(&mut self, exc: Value, name: &str) -> String {
        let get = |vm: &mut Vm, k: &str| {
            let key = vm.intern(k);
            attrs_of(exc).and_then(|a| a.get(key)).unwrap_or(Value::NONE)
        };
        let msg = get(self, "msg");
        let filename = get(self, "filename");
        let lineno = get(self, "lineno");
        let text = get(self, "text");
        let offset = get(self, "offset");
        let end_offset = get(self, "end_offset");
        let mut s = String::new();
        if let (Some(f), Some(l)) = (Vm::str_of(filename), lineno.as_small_int()) {
            s.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        if let Some(t) = Vm::str_of(text) {
            let stripped = t.trim_end_matches(['\n', '\r']);
            let lead = stripped.len() - stripped.trim_start().len();
            let shown = stripped.trim_start();
            s.push_str(&format!("    {shown}\n"));
            // The caret column counts from the stripped text; CPython prints
            // none when it falls inside the removed indentation.
            if let Some(o) = offset.as_small_int().filter(|o| *o - lead as i64 >= 1) {
                let start = (o - 1 - lead as i64) as usize;
                let end = end_offset.as_small_int().map(|e| (e - 1 - lead as i64).max(0) as usize).unwrap_or(start + 1);
                let width = if end > start { end - start } else { 1 };
                let shown_len = shown.chars().count();
                let width = width.min(shown_len.saturating_sub(start).max(1));
                s.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
        let m = Vm::str_of(msg).unwrap_or("invalid syntax");
        s.push_str(&format!("{name}: {m}\n"));
        s
    }
}

fn flush_repeat(out: &mut String, repeat: usize) {
    if repeat >= 3 {
        let n = repeat - 2;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
}

fn format_frame_line(out: &mut String, code: Gc<CodeObj>, ip: usize, sources: &std::collections::HashMap<String, std::rc::Rc<str>>) {
    let loc = code.meta.locations.get(ip).copied().unwrap_or_default();
    out.push_str(&format!("  File \"{}\", line {}, in {}\n", code.meta.filename, loc.line, code.meta.name));
    if let Some(src) = sources.get(&*code.meta.filename).and_then(|s| s.lines().nth(loc.line.saturating_sub(1) as usize)) {
        out.push_str(&format!("    {}\n", src.trim()));
        if let Some(carets) = super::carets::caret_line(src, &loc) {
            out.push_str(&carets);
            out.push('\n');
        }
    }
}

impl Vm {
    /// `__init__() should return None, not 'X'`.
    pub fn init_returned(&mut self, v: Value) -> PyErr {
        let n = self.type_name(v);
        self.type_error(&format!("__init__() should return None, not '{n}'"))
    }
}
