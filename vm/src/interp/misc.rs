//! Remaining instruction helpers: `with`, imports, class creation, REPL
//! printing, loading compiled code, special attributes of builtin objects.

use crate::bytecode::code::flags as cf;
use crate::bytecode::{CompiledCode, Const};
use crate::object::code::CodeObj;
use crate::object::dict::DictObj;
use crate::object::exception::ExceptionObj;
use crate::object::function::{BuiltinFnObj, FunctionObj};
use crate::object::misc::{ClassMethodObj, PropertyObj, StaticMethodObj};
use crate::object::module::ModuleObj;
use crate::object::typeobj::{c3_mro, tflags, TypeObj};
use crate::object::{Gc, Layout, ObjHeader, VCell};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;
use std::rc::Rc;

impl Vm {
    /// Turn compiled code into a heap code object (constants materialised).
    pub fn load_code(&mut self, c: &Rc<CompiledCode>) -> Gc<CodeObj> {
        let consts: Vec<Value> = c.consts.iter().map(|k| self.load_const(k)).collect();
        let names: Vec<Value> = c.names.iter().map(|n| self.intern(n)).collect();
        let varnames: Vec<Value> = c.varnames.iter().map(|n| self.intern(n)).collect();
        for n in c.cellvars.iter().chain(c.freevars.iter()) {
            self.intern(n);
        }
        let nlocals = c.varnames.len();
        let ncells = c.cellvars.len();
        let nfrees = c.freevars.len();
        let frame_size = crate::interp::frame::HEADER + nlocals + ncells + nfrees + c.stacksize as usize + 1;
        let h = ObjHeader::new(self.t.code);
        let units: Box<[Cell<u32>]> = c.code.iter().map(|u| Cell::new(*u)).collect();
        crate::interp::specialize::quicken(&units, self.spec.warmup, self.spec.enabled);
        let simple = c.flags & (cf::VARARGS | cf::VARKEYWORDS | cf::GENERATOR_LIKE) == 0 && c.kwonlyargcount == 0;
        let exact_argc = if simple { c.argcount as i32 } else { -1 };
        self.alloc(CodeObj {
            header: h,
            meta: c.clone(),
            units,
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
            nlocals,
            ncells,
            nfrees,
            flags: c.flags,
            frame_size,
            exact_argc,
        })
    }

    fn load_const(&mut self, k: &Const) -> Value {
        match k {
            Const::None => Value::NONE,
            Const::Bool(b) => Value::from_bool(*b),
            Const::Ellipsis => Value::ELLIPSIS,
            Const::Int(i) => self.new_int(*i),
            Const::BigInt(b) => self.new_bigint(b.clone()),
            Const::Float(f) => Value::from_f64(*f),
            Const::Complex { re, im } => self.new_complex(*re, *im),
            Const::Str(s) => {
                if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.intern(s)
                } else {
                    self.new_str(s)
                }
            }
            Const::Wtf8(b) => self.new_wtf8(b.to_vec()),
            Const::Bytes(b) => self.new_bytes_of(b.clone(), false),
            Const::Tuple(items) => {
                let v: Vec<Value> = items.iter().map(|x| self.load_const(x)).collect();
                self.new_tuple(v)
            }
            Const::Code(c) => self.load_code(c).value(),
        }
    }

    pub fn new_complex(&mut self, re: f64, im: f64) -> Value {
        let h = ObjHeader::new(self.t.complex);
        self.alloc(crate::object::int::ComplexObj { header: h, re, im }).value()
    }

    /// BeforeWith: returns (bound __exit__, result of __enter__()).
    pub fn before_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let t = self.type_of(mgr);
        let enter = t.lookup(self.n.__enter__);
        let exit = t.lookup(self.n.__exit__);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let n = t.name();
            // CPython looks up __enter__ first, then names a missing __exit__.
            let missed = if enter.is_some() { " (missed __exit__ method)" } else { "" };
            return Err(self.type_error(&format!("'{n}' object does not support the context manager protocol{missed}")));
        };
        let exit_b = self.bind_descriptor(exit, mgr, t.value())?;
        let r = self.call(enter, &[mgr], &[])?;
        Ok((exit_b, r))
    }

    /// REPL display hook.
    /// PRINT_EXPR (interactive and "single" mode): `sys.displayhook(v)`.
    pub fn print_expr(&mut self, v: Value) -> PyResult<()> {
        let k = self.intern("displayhook");
        let hook = self.io.sysdict.and_then(|d| d.get_str_key(k));
        match hook {
            Some(h) if !crate::modules::sys::is_native_displayhook(h) => {
                self.call(h, &[v], &[])?;
                Ok(())
            }
            Some(_) => self.display_value(v),
            None => Err(self.new_error(self.t.runtime_error, "lost sys.displayhook")),
        }
    }

    /// `sys.__displayhook__`: print `repr(v)` to `sys.stdout` and keep it
    /// in `builtins._` (None is neither printed nor kept).
    pub fn display_value(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let k = self.intern("_");
        self.builtins.set_str_key(k, Value::NONE);
        let r = self.repr(v)?;
        let s = Vm::wtf8_of(r).unwrap_or_default();
        let out = crate::modules::io::stdio::stdout(self)?;
        if !out.is_none() {
            crate::modules::io::stdio::write_text(self, out, &[s, b"\n"], false)?;
        }
        let k = self.intern("_");
        self.builtins.set_str_key(k, v);
        Ok(())
    }

    /// `__build_class__(func, name, *bases, **kwds)`.
    pub fn build_class(&mut self, args: &[Value], kwnames: &[Value]) -> PyResult {
        let npos = args.len() - kwnames.len();
        if npos < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let func = args[0];
        let name = args[1];
        if func.downcast::<FunctionObj>().is_none() {
            return Err(self.type_error("__build_class__: func must be a function"));
        }
        if Vm::str_of(name).is_none() {
            return Err(self.type_error("__build_class__: name is not a string"));
        }
        let orig_bases: Vec<Value> = args[2..npos].to_vec();
        let mut meta: Option<Value> = None;
        let mut kw_names = Vec::new();
        let mut kw_vals = Vec::new();
        for (i, k) in kwnames.iter().enumerate() {
            if Vm::str_of(*k) == Some("metaclass") {
                meta = Some(args[npos + i]);
            } else {
                kw_names.push(*k);
                kw_vals.push(args[npos + i]);
            }
        }
        // __mro_entries__
        let mut bases = Vec::new();
        let mut changed = false;
        for b in &orig_bases {
            if b.downcast::<TypeObj>().is_none() {
                // An attribute of the base itself, as CPython looks it up
                // (`typing.NamedTuple` is a function carrying one).
                let name = self.n.__mro_entries__;
                if let Some(f) = self.getattr_opt(*b, name)? {
                    let tup = self.new_tuple(orig_bases.clone());
                    let r = self.call(f, &[tup], &[])?;
                    bases.extend(self.collect_iter(r)?);
                    changed = true;
                    continue;
                }
            }
            bases.push(*b);
        }
        let meta = match meta {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => self.type_of(*b).value(),
                None => self.t.type_.value(),
            },
        };
        // Most derived metaclass.
        let mut meta = meta;
        if let Some(mt) = meta.downcast::<TypeObj>() {
            let mut winner = mt;
            for b in &bases {
                let bt = self.type_of(*b);
                if bt.is_subtype(winner) {
                    winner = bt;
                } else if !winner.is_subtype(bt) {
                    return Err(self.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
                }
            }
            meta = winner.value();
        }
        let bases_t = self.new_tuple(bases.clone());
        let ns = match self.getattr_opt(meta, self.n.__prepare__)? {
            Some(p) if meta.downcast::<TypeObj>().map(|m| m != self.t.type_).unwrap_or(true) => {
                let mut a = vec![name, bases_t];
                a.extend(kw_vals.iter().copied());
                let ns = self.call(p, &a, &kw_names)?;
                if ns.downcast::<DictObj>().is_none() && self.type_of(ns).lookup(self.n.__getitem__).is_none() {
                    let mn = meta.downcast::<TypeObj>().map(|m| m.name()).unwrap_or_default();
                    let tn = self.type_name(ns);
                    return Err(self.type_error(&format!("{mn}.__prepare__() must return a mapping, not {tn}")));
                }
                ns
            }
            _ => self.new_dict().value(),
        };
        let Some(f) = func.downcast::<FunctionObj>() else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let code = f.code.get();
        self.run_code(code, f.globals.value(), ns, f.closure)?;
        if changed {
            let k = self.intern("__orig_bases__");
            let ob = self.new_tuple(orig_bases);
            self.mapping_store(ns, k, ob)?;
        }
        let mut a = vec![name, bases_t, ns];
        a.extend(kw_vals.iter().copied());
        let cls = self.call(meta, &a, &kw_names)?;
        Ok(cls)
    }

    /// `type(name, bases, ns)` creating a class.
    pub fn new_class(&mut self, meta: Gc<TypeObj>, name: Value, bases: Value, ns: Value, kwnames: &[Value], kwvals: &[Value]) -> PyResult {
        let Some(name_s) = Vm::str_of(name).map(str::to_string) else {
            return Err(self.type_error("type.__new__() argument 1 must be str"));
        };
        let mut base_list: Vec<Gc<TypeObj>> = Vec::new();
        for b in self.collect_iter(bases)? {
            match b.downcast::<TypeObj>() {
                Some(t) => {
                    if !t.has_flag(tflags::BASETYPE) {
                        let n = t.tp_name();
                        return Err(self.type_error(&format!("type '{n}' is not an acceptable base type")));
                    }
                    base_list.push(t)
                }
                None => return Err(self.type_error("bases must be types")),
            }
        }
        if base_list.is_empty() {
            base_list.push(self.t.object);
        }
        for (i, b) in base_list.iter().enumerate() {
            if base_list[..i].contains(b) {
                let n = b.name();
                return Err(self.type_error(&format!("duplicate base class {n}")));
            }
        }
        // The layout comes from the bases (at most one non-object layout).
        let mut layout = Layout::Object;
        for b in &base_list {
            let l = b.layout;
            if l != Layout::Object {
                if layout != Layout::Object && layout != l {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                layout = l;
            }
        }
        let dict = self.new_dict();
        let nsd = match ns.downcast::<DictObj>() {
            Some(d) => d,
            None => {
                let d = self.new_dict();
                self.dict_update_from(d, ns, false)?;
                d
            }
        };
        for (k, v) in nsd.items() {
            if Vm::str_of(k).is_some() {
                let k = self.intern_value(k);
                dict.set_str_key(k, v);
            } else {
                // CPython keeps non-str keys of the namespace too.
                self.dict_set(dict, k, v)?;
            }
        }
        let attrs_offset = match layout {
            Layout::Object => crate::builtins::types::instance_attrs_offset(),
            // Only bases with the payload layout say where its attribute store is
            // (a plain mixin base's offset is for InstanceObj).
            _ => base_list.iter().filter(|b| b.layout == layout).map(|b| b.attrs_offset.get()).max().unwrap_or(0),
        };
        let qual = dict.get_str_key(self.n.__qualname__).and_then(Vm::str_of).map(|s| s.to_string()).unwrap_or(name_s.clone());
        dict.del_str_key(self.n.__qualname__);
        if dict.get_str_key(self.n.__module__).is_none() {
            // As type_new: the module is the calling code's `__name__`.
            let globals = if self.frame == usize::MAX { Value::NULL } else { self.stack[self.frame + crate::interp::frame::F_GLOBALS] };
            if let Some(m) = globals.downcast::<DictObj>().and_then(|g| g.get_str_key(self.n.__name__)) {
                dict.set_str_key(self.n.__module__, m);
            }
        }
        let h = ObjHeader::new(meta);
        let t = self.alloc(TypeObj {
            header: h,
            name: VCell::new(name_s),
            qualname: VCell::new(qual),
            layout,
            attrs_offset: Cell::new(attrs_offset),
            flags: Cell::new(tflags::HEAPTYPE | tflags::BASETYPE | tflags::HAS_ATTRS),
            bases: VCell::new(base_list.clone()),
            mro: VCell::new(Vec::new()),
            dict,
            version: Cell::new(crate::object::typeobj::next_type_version()),
            subclasses: VCell::new(Vec::new()),
            slot_names: VCell::new(None),
            attr_cache: VCell::new(Default::default()),
            shadow_masks: Cell::new((0, 0, 0)),
            static_module: Cell::new(None),
        });
        // Pattern-matching flags come from the base that fixes the layout
        // (CPython's tp_base), else the first base.
        let solid = base_list.iter().find(|b| b.layout != Layout::Object).or(base_list.first());
        if let Some(b) = solid {
            t.flags.set(t.flags.get() | (b.flags.get() & (tflags::MATCH_FLAGS | tflags::BUFFER)));
        }
        let mro = match c3_mro(t, &base_list) {
            Ok(m) => m,
            Err(heads) => {
                // CPython's wording, line break included.
                let names: Vec<String> = heads.iter().map(|b| b.name()).collect();
                let msg = format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", "));
                return Err(self.type_error(&msg));
            }
        };
        t.mro.with_mut(|m| *m = mro);
        t.bump_version();
        for b in &base_list {
            b.subclasses.with_mut(|s| s.push(t));
        }
        self.gc.reg.types.push(t);
        if layout != Layout::Object && attrs_offset == 0 {
            t.attrs_offset.set(self.with_attrs_offset_for(layout));
        }
        self.setup_slots(t, dict, &base_list)?;
        // Defaults: __module__, __doc__, __hash__ = None when __eq__ defined alone.
        if dict.get_str_key(self.n.__doc__).is_none() {
            dict.set_str_key(self.n.__doc__, Value::NONE);
        }
        if dict.get_str_key(self.n.__eq__).is_some() && dict.get_str_key(self.n.__hash__).is_none() {
            dict.set_str_key(self.n.__hash__, Value::NONE);
        }
        self.refresh_attr_hooks(t, Value::NULL);
        // __new__ / __init_subclass__ / __class_getitem__ are implicitly static/class methods.
        if let Some(f) = dict.get_str_key(self.n.__new__) {
            if f.downcast::<FunctionObj>().is_some() {
                let s = self.alloc(StaticMethodObj { header: ObjHeader::new(self.t.staticmethod), func: Cell::new(f) });
                dict.set_str_key(self.n.__new__, s.value());
            }
        }
        for nm in ["__init_subclass__", "__class_getitem__"] {
            let k = self.intern(nm);
            if let Some(f) = dict.get_str_key(k) {
                if f.downcast::<FunctionObj>().is_some() {
                    let c = self.alloc(ClassMethodObj { header: ObjHeader::new(self.t.classmethod), func: Cell::new(f) });
                    dict.set_str_key(k, c.value());
                }
            }
        }
        // __classcell__
        if let Some(cell) = dict.del_str_key(self.n.__classcell__) {
            if let Some(c) = cell.downcast::<crate::object::function::CellObj>() {
                c.value.set(t.value());
            }
        }
        // The namespace was edited above without going through setattr.
        t.bump_version();
        self.refresh_attr_hooks(t, Value::NULL);
        // __set_name__
        for (k, v) in dict.items() {
            let vt = self.type_of(v);
            if vt == self.t.property {
                // property.__set_name__, without the call.
                if let Some(p) = v.downcast::<PropertyObj>() {
                    p.name.set(k);
                }
            } else if vt.has_flag(tflags::HEAPTYPE) {
                if let Some(f) = vt.lookup(self.n.__set_name__) {
                    self.call(f, &[v, t.value(), k], &[])?;
                }
            }
        }
        // __init_subclass__ of the parent.
        let parent_mro: Vec<Gc<TypeObj>> = t.mro.with(|m| m[1..].to_vec());
        for c in parent_mro {
            if let Some(f) = c.dict.get_str_key(self.n.__init_subclass__) {
                let bound = if let Some(cm) = f.downcast::<ClassMethodObj>() {
                    self.new_bound_method(cm.func.get(), t.value())
                } else if f.downcast::<BuiltinFnObj>().is_some() {
                    break;
                } else {
                    f
                };
                self.call(bound, kwvals, kwnames)?;
                break;
            }
        }
        Ok(t.value())
    }

    fn with_attrs_offset_for(&self, layout: Layout) -> usize {
        use crate::builtins::types::with_attrs_offset as off;
        use crate::object::*;
        match layout {
            Layout::Int => off::<int::IntObj>(),
            Layout::Float => off::<int::FloatObj>(),
            Layout::Str => off::<str::StrObj>(),
            Layout::List => off::<seq::ListObj>(),
            Layout::Tuple => off::<seq::TupleObj>(),
            Layout::Dict | Layout::Set => off::<dict::DictObj>(),
            Layout::Bytes => off::<seq::BytesObj>(),
            Layout::Complex => off::<int::ComplexObj>(),
            Layout::WeakRef => off::<weakref::WeakRefObj>(),
            Layout::Iterator => off::<misc::IterObj>(),
            Layout::Deque => std::mem::offset_of!(ext::DequeObj, attrs),
            Layout::Native => std::mem::offset_of!(ext::NativeObj, attrs),
            _ => 0,
        }
    }

    /// Attributes of builtin objects that are not in their type's dict.
    pub fn builtin_instance_attr(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let n = Vm::str_of(name).unwrap_or("");
        if n == "__class__" {
            return Ok(Some(self.type_of(obj).value()));
        }
        match obj.layout() {
            Some(Layout::Function) => {
                let f = obj.downcast::<FunctionObj>().unwrap();
                return Ok(match n {
                    "__name__" => Some(f.name.get()),
                    "__qualname__" => Some(f.qualname.get()),
                    "__doc__" => Some(f.doc.get()),
                    "__module__" => Some(f.module.get()),
                    "__code__" => Some(f.code.get().value()),
                    "__globals__" => Some(f.globals.value()),
                    "__defaults__" => Some(null_none(f.defaults.get())),
                    "__kwdefaults__" => Some(null_none(f.kwdefaults.get())),
                    "__closure__" => Some(null_none(f.closure)),
                    "__annotations__" => {
                        if f.annotations.get().is_null() {
                            let d = self.new_dict().value();
                            f.annotations.set(d);
                        }
                        Some(f.annotations.get())
                    }
                    _ => None,
                });
            }
            Some(Layout::Exception) => {
                let e = obj.downcast::<ExceptionObj>().unwrap();
                return Ok(match n {
                    "args" => Some(e.args.get()),
                    "__traceback__" => Some(e.traceback.get()),
                    "__cause__" => Some(e.cause.get()),
                    "__context__" => Some(e.context.get()),
                    "__suppress_context__" => Some(Value::from_bool(e.suppress_context.get())),
                    _ => None,
                });
            }
            Some(Layout::BoundMethod) => {
                let m = obj.downcast::<crate::object::function::BoundMethodObj>().unwrap();
                return Ok(match n {
                    "__self__" => Some(m.receiver),
                    "__func__" => Some(m.func),
                    _ => self.getattr_opt(m.func, name)?,
                });
            }
            Some(Layout::BuiltinFunction) => {
                let b = obj.downcast::<BuiltinFnObj>().unwrap();
                return Ok(match n {
                    "__name__" => Some(self.new_str(b.name)),
                    "__qualname__" => Some(self.new_string(crate::builtins::args::qualname(&b))),
                    "__module__" => Some(if b.module.is_null() { Value::NONE } else { b.module }),
                    "__self__" => Some(if b.bound.is_null() { Value::NONE } else { b.bound }),
                    "__doc__" => Some(Value::NONE),
                    _ => None,
                });
            }
            Some(Layout::Property) => {
                let p = obj.downcast::<PropertyObj>().unwrap();
                return Ok(match n {
                    "fget" => Some(p.fget.get()),
                    "fset" => Some(p.fset.get()),
                    "fdel" => Some(p.fdel.get()),
                    "__doc__" => Some(p.doc.get()),
                    "__isabstractmethod__" => {
                        // True when any accessor is abstract (abc.abstractmethod).
                        let mut r = false;
                        for f in [p.fget.get(), p.fset.get(), p.fdel.get()] {
                            if !f.is_null() && !f.is_none() {
                                if let Some(v) = self.getattr_opt(f, name)? {
                                    if self.truthy(v)? {
                                        r = true;
                                        break;
                                    }
                                }
                            }
                        }
                        Some(Value::from_bool(r))
                    }
                    _ => None,
                });
            }
            Some(Layout::ClassMethod) => {
                if n == "__func__" {
                    return Ok(Some(obj.downcast::<ClassMethodObj>().unwrap().func.get()));
                }
            }
            Some(Layout::StaticMethod) => {
                if n == "__func__" {
                    return Ok(Some(obj.downcast::<StaticMethodObj>().unwrap().func.get()));
                }
            }
            Some(Layout::Code) => {
                let c = obj.downcast::<CodeObj>().unwrap();
                let m = c.meta.clone();
                return Ok(match n {
                    "co_name" => Some(self.new_str(&m.name)),
                    "co_qualname" => Some(self.new_str(&m.qualname)),
                    "co_filename" => Some(self.new_str(&m.filename)),
                    "co_argcount" => Some(Value::from_small_int(m.argcount as i64)),
                    "co_posonlyargcount" => Some(Value::from_small_int(m.posonlyargcount as i64)),
                    "co_kwonlyargcount" => Some(Value::from_small_int(m.kwonlyargcount as i64)),
                    "co_flags" => Some(Value::from_small_int(m.flags as i64 & 0xffff)),
                    "co_firstlineno" => Some(Value::from_small_int(m.first_line as i64)),
                    "co_varnames" => Some(self.new_tuple(c.varnames.to_vec())),
                    "co_consts" => Some(self.new_tuple(c.consts.to_vec())),
                    "co_names" => Some(self.new_tuple(c.names.to_vec())),
                    "co_nlocals" => Some(Value::from_small_int(c.nlocals as i64)),
                    _ => None,
                });
            }
            Some(Layout::Slice) => {
                let s = obj.downcast::<crate::object::misc::SliceObj>().unwrap();
                return Ok(match n {
                    "start" => Some(s.start),
                    "stop" => Some(s.stop),
                    "step" => Some(s.step),
                    _ => None,
                });
            }
            Some(Layout::Range) => {
                let r = obj.downcast::<crate::object::misc::RangeObj>().unwrap();
                if let Some(b) = &r.big {
                    return Ok(match n {
                        "start" => Some(self.new_bigint(b.start.clone())),
                        "stop" => Some(self.new_bigint(b.stop.clone())),
                        "step" => Some(self.new_bigint(b.step.clone())),
                        _ => None,
                    });
                }
                return Ok(match n {
                    "start" => Some(self.new_int(r.start)),
                    "stop" => Some(self.new_int(r.stop)),
                    "step" => Some(self.new_int(r.step)),
                    _ => None,
                });
            }
            Some(Layout::Cell) if n == "cell_contents" => {
                let v = obj.downcast::<crate::object::function::CellObj>().unwrap().value.get();
                if v.is_null() {
                    return Err(self.value_error("Cell is empty"));
                }
                return Ok(Some(v));
            }
            Some(Layout::DictView) if n == "mapping" => {
                let d = obj.downcast::<crate::object::misc::DictViewObj>().unwrap().dict;
                return Ok(Some(self.alloc(crate::object::misc::DictViewObj { header: ObjHeader::new(self.t.mappingproxy), dict: d, kind: 3 }).value()));
            }
            Some(Layout::Generator | Layout::Coroutine) => {
                let g = obj.downcast::<crate::object::misc::GeneratorObj>().unwrap();
                return Ok(self.gen_attr(g, n));
            }
            Some(Layout::Traceback) => {
                let tb = obj.downcast::<crate::object::exception::TracebackObj>().unwrap();
                return Ok(self.traceback_attr(tb, n));
            }
            Some(Layout::Frame) => {
                let f = obj.downcast::<crate::object::coro::FrameObj>().unwrap();
                return Ok(self.frame_attr(f, n));
            }
            Some(Layout::Complex) => {
                let c = obj.downcast::<crate::object::int::ComplexObj>().unwrap();
                return Ok(match n {
                    "real" => Some(Value::from_f64(c.re)),
                    "imag" => Some(Value::from_f64(c.im)),
                    _ => None,
                });
            }
            Some(Layout::Module) => {}
            _ => {}
        }
        Ok(None)
    }

    /// Settable attributes of builtin objects; false when not handled.
    pub fn set_builtin_instance_attr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<bool> {
        let n = Vm::str_of(name).unwrap_or("");
        if let Some(f) = obj.downcast::<FunctionObj>() {
            match n {
                "__name__" => f.name.set(v),
                "__qualname__" => f.qualname.set(v),
                "__doc__" => f.doc.set(v),
                "__module__" => f.module.set(v),
                "__defaults__" => f.defaults.set(if v.is_none() { Value::NULL } else { v }),
                "__kwdefaults__" => f.kwdefaults.set(if v.is_none() { Value::NULL } else { v }),
                "__annotations__" => f.annotations.set(v),
                "__code__" => match v.downcast::<CodeObj>() {
                    Some(c) => f.code.set(c),
                    None => return Err(self.type_error("__code__ must be set to a code object")),
                },
                _ => return Ok(false),
            }
            return Ok(true);
        }
        if let Some(tb) = obj.downcast::<crate::object::exception::TracebackObj>() {
            // `tb.tb_next = x` (unittest trims its own frames this way).
            if n != "tb_next" {
                return Ok(false);
            }
            let next = if v.is_none() { Value::NULL } else { v };
            if !next.is_null() {
                let Some(mut cur) = next.downcast::<crate::object::exception::TracebackObj>() else {
                    let t = self.type_name(v);
                    return Err(self.type_error(&format!("expected traceback object or None, got '{t}'")));
                };
                loop {
                    if cur.value() == obj {
                        return Err(self.value_error("traceback loop detected"));
                    }
                    match cur.next.get().downcast::<crate::object::exception::TracebackObj>() {
                        Some(c) => cur = c,
                        None => break,
                    }
                }
            }
            tb.next.set(next);
            return Ok(true);
        }
        if let Some(e) = obj.downcast::<ExceptionObj>() {
            match n {
                "args" => {
                    let items = self.collect_iter(v)?;
                    let t = self.new_tuple(items);
                    e.args.set(t)
                }
                "__traceback__" => e.traceback.set(v),
                "__cause__" => {
                    e.cause.set(v);
                    e.suppress_context.set(true)
                }
                "__context__" => e.context.set(v),
                "__suppress_context__" => e.suppress_context.set(v == Value::TRUE),
                _ => return Ok(false),
            }
            return Ok(true);
        }
        Ok(false)
    }

    /// `cls.__name__`, `__mro__`, ... (not stored in the class dict).
    pub fn type_special_attr(&mut self, cls: Gc<TypeObj>, name: Value) -> PyResult<Option<Value>> {
        let n = Vm::str_of(name).unwrap_or("");
        Ok(match n {
            "__name__" => {
                // A native module's class keeps CPython's `tp_name`
                // ("itertools.chain") as its name; `__name__` is the last part.
                let n = cls.name();
                let short = if cls.has_flag(tflags::HEAPTYPE) { &n[..] } else { n.rsplit('.').next().unwrap_or(&n) };
                Some(self.new_str(short))
            }
            "__qualname__" => Some(self.new_string(cls.qualname.with(|s| s.clone()))),
            "__mro__" => {
                let m: Vec<Value> = cls.mro.with(|m| m.iter().map(|c| c.value()).collect());
                Some(self.new_tuple(m))
            }
            "__bases__" => {
                let b: Vec<Value> = cls.bases.with(|m| m.iter().map(|c| c.value()).collect());
                Some(self.new_tuple(b))
            }
            "__base__" => Some(cls.bases.with(|b| b.first().map(|c| c.value())).unwrap_or(Value::NONE)),
            "__dict__" => {
                let h = ObjHeader::new(self.t.mappingproxy);
                Some(self.alloc(crate::object::misc::DictViewObj { header: h, dict: cls.dict.value(), kind: 3 }).value())
            }
            "__module__" => Some(self.new_str("builtins")),
            "__doc__" => Some(Value::NONE),
            "__class__" => Some(cls.class().value()),
            "__flags__" => Some(Value::from_small_int(self.cpython_type_flags(cls))),
            _ => None,
        })
    }

    /// `cls.__flags__`: CPython's `tp_flags` bits that Python code tests
    /// (`inspect.isabstract`: IS_ABSTRACT; `copyreg`: HEAPTYPE) and the
    /// ones that follow from the class's kind. Bits CPython sets lazily
    /// (VALID_VERSION_TAG on heap types) or from C-level details (HAVE_GC
    /// of builtins) are approximations (docs/compat.md).
    fn cpython_type_flags(&self, cls: Gc<TypeObj>) -> i64 {
        const MANAGED_DICT: i64 = 1 << 4;
        const SEQUENCE: i64 = 1 << 5;
        const MAPPING: i64 = 1 << 6;
        const IMMUTABLETYPE: i64 = 1 << 8;
        const HEAPTYPE: i64 = 1 << 9;
        const BASETYPE: i64 = 1 << 10;
        const READY: i64 = 1 << 12;
        const HAVE_GC: i64 = 1 << 14;
        const VALID_VERSION_TAG: i64 = 1 << 19;
        const IS_ABSTRACT: i64 = 1 << 20;
        const MATCH_SELF: i64 = 1 << 22;
        let t = &self.t;
        let sub = |b: Gc<TypeObj>| cls.is_subtype(b);
        let mut f = READY;
        let heap = cls.has_flag(tflags::HEAPTYPE) && cls.static_module.get().is_none();
        if heap {
            f |= HEAPTYPE | HAVE_GC;
            // Exceptions and metaclasses keep their base's own dict slot.
            if !cls.has_flag(tflags::NO_DICT) && !sub(t.base_exception) && !sub(t.type_) {
                f |= MANAGED_DICT;
            }
        } else {
            f |= IMMUTABLETYPE | VALID_VERSION_TAG;
            let containers = [t.list, t.dict, t.tuple, t.type_, t.base_exception, t.set, t.frozenset];
            if containers.iter().any(|c| sub(*c)) {
                f |= HAVE_GC;
            }
        }
        for (mine, theirs) in [(tflags::BASETYPE, BASETYPE), (tflags::SEQUENCE, SEQUENCE), (tflags::MAPPING, MAPPING), (tflags::MATCH_SELF, MATCH_SELF), (tflags::ABSTRACT, IS_ABSTRACT)] {
            if cls.has_flag(mine) {
                f |= theirs;
            }
        }
        // Py_TPFLAGS_LONG_SUBCLASS (1 << 24) .. TYPE_SUBCLASS (1 << 31).
        let kinds = [t.int, t.list, t.tuple, t.bytes, t.str_, t.dict, t.base_exception, t.type_];
        for (i, k) in kinds.iter().enumerate() {
            if sub(*k) {
                f |= 1 << (24 + i);
            }
        }
        f
    }

    pub fn type_set_special(&mut self, cls: Gc<TypeObj>, name: Value, v: Value) -> PyResult<()> {
        match Vm::str_of(name).unwrap_or("") {
            "__name__" => {
                let s = Vm::str_of(v).map(|s| s.to_string());
                match s {
                    Some(s) => cls.name.with_mut(|n| *n = s),
                    None => return Err(self.type_error("can only assign string to __name__")),
                }
            }
            "__qualname__" => {
                if let Some(s) = Vm::str_of(v) {
                    let s = s.to_string();
                    cls.qualname.with_mut(|n| *n = s);
                }
            }
            "__abstractmethods__" => {
                let on = self.truthy(v)?;
                let f = cls.flags.get();
                cls.flags.set(if on { f | tflags::ABSTRACT } else { f & !tflags::ABSTRACT });
            }
            _ => {}
        }
        Ok(())
    }

    // ----- imports (builtin modules only until the import issue) ---------

    pub fn import_from(&mut self, m: Value, name: Value) -> PyResult {
        if let Some(v) = self.getattr_opt(m, name)? {
            return Ok(v);
        }
        let n = Vm::str_of(name).unwrap_or("?").to_string();
        let md = m.downcast::<ModuleObj>();
        let mn = md.and_then(|md| md.dict.get_str_key(self.n.__name__)).and_then(Vm::str_of).unwrap_or("?").to_string();
        // A submodule already in sys.modules (circular imports) counts too.
        let sub = self.intern(&format!("{mn}.{n}"));
        if let Some(v) = self.modules.get_str_key(sub) {
            return Ok(v);
        }
        let file = md.and_then(|md| md.dict.get_str_key(self.n.__file__)).and_then(Vm::str_of).map(|s| s.to_string());
        let loc = file.unwrap_or_else(|| "unknown location".to_string());
        let e = self.new_error(self.t.import_error, &format!("cannot import name '{n}' from '{mn}' ({loc})"));
        let k = self.intern("name");
        let v = self.new_str(&mn);
        self.set_exc_attr(e.0, k, v);
        Err(e)
    }

    pub fn import_star(&mut self, m: Value, locals: Value) -> PyResult<()> {
        let Some(md) = m.downcast::<ModuleObj>() else { return Ok(()) };
        // `__all__` when the module has one (CPython's `import_all_from`).
        let all_key = self.intern("__all__");
        if let Some(all) = md.dict.get_str_key(all_key) {
            for k in self.collect_iter(all)? {
                if Vm::str_of(k).is_none() {
                    let t = self.type_name(k);
                    return Err(self.type_error(&format!("Item in module.__all__ must be str, not {t}")));
                }
                let v = self.getattr(m, k)?;
                self.mapping_store(locals, k, v)?;
            }
            return Ok(());
        }
        for (k, v) in md.dict.items() {
            if Vm::str_of(k).map(|s| !s.starts_with('_')).unwrap_or(false) {
                self.mapping_store(locals, k, v)?;
            }
        }
        Ok(())
    }
}

fn null_none(v: Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v
    }
}
