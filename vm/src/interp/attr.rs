//! Attribute access: `getattr`, `setattr`, `delattr`, method loading,
//! descriptors (functions, properties, class/static methods).

use crate::object::attrs::{attrs_of, Attrs, Shape};
use crate::object::dict::DictObj;
use crate::object::function::{BoundMethodObj, BuiltinFnObj, FunctionObj};
use crate::object::misc::{ClassMethodObj, PropertyObj, StaticMethodObj, SuperObj};
use crate::object::module::ModuleObj;
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::{Gc, Layout, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `obj.name` (name is an interned str).
    pub fn getattr(&mut self, obj: Value, name: Value) -> PyResult {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                let t = self.type_of(obj);
                if t.has_flag(tflags::HAS_GETATTR) {
                    if let Some(f) = t.lookup(self.n.__getattr__) {
                        return self.call(f, &[obj, name], &[]);
                    }
                }
                Err(self.attribute_error(obj, name))
            }
        }
    }

    /// `obj.name`, or None when missing (`__getattr__` not consulted).
    pub fn getattr_opt(&mut self, obj: Value, name: Value) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        if t.has_flag(tflags::CUSTOM_GETATTRIBUTE) {
            if let Some(ga) = t.lookup(self.n.__getattribute__) {
                return match self.call(ga, &[obj, name], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.is_instance(e.0, self.t.attribute_error) && t.has_flag(tflags::HAS_GETATTR) => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
        if let Some(cls) = obj.downcast::<TypeObj>() {
            return self.type_getattr(cls, name);
        }
        if let Some(m) = obj.downcast::<ModuleObj>() {
            if let Some(v) = m.dict.get_str_key(name) {
                return Ok(Some(v));
            }
            if name == self.n.__dict__ {
                return Ok(Some(m.dict.value()));
            }
            if Vm::str_of(name) == Some("__annotations__") {
                // Created on first access (module.__annotations__ getset, 3.10+).
                let d = self.new_dict();
                m.dict.set_str_key(name, d.value());
                return Ok(Some(d.value()));
            }
            // PEP 562: a module-level `__getattr__` (its AttributeError
            // means missing).
            if let Some(f) = m.dict.get_str_key(self.n.__getattr__) {
                if self.type_of(obj) == self.t.module {
                    return match self.call(f, &[name], &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.is_instance(e.0, self.t.attribute_error) => Ok(None),
                        Err(e) => Err(e),
                    };
                }
            }
        }
        if let Some(s) = obj.downcast::<SuperObj>() {
            if name != self.n.__class__ {
                if let Some(v) = self.super_getattr(s, name)? {
                    return Ok(Some(v));
                }
            }
        }
        let r = self.generic_getattr(obj, t, name)?;
        if r.is_none() && name == self.n.__doc__ {
            // Every CPython type has `__doc__` (often None) in its dict.
            return Ok(Some(Value::NONE));
        }
        Ok(r)
    }

    /// `dir(obj)`: the sorted attribute names (a class's `__dir__` if it
    /// defines one in Python; else the instance's, its class MRO's, or a
    /// module's namespace).
    pub fn dir_names(&mut self, obj: Value) -> PyResult<Vec<String>> {
        let t = self.type_of(obj);
        let dir = self.intern("__dir__");
        let names: Vec<Value> = match t.lookup(dir).filter(|f| f.downcast::<FunctionObj>().is_some()) {
            Some(f) => {
                let r = self.call(f, &[obj], &[])?;
                self.collect_iter(r)?
            }
            None if obj.downcast::<ModuleObj>().is_some() => obj.downcast::<ModuleObj>().map(|m| m.dict.keys()).unwrap_or_default(),
            None => self.default_dir_names(obj),
        };
        let mut strs: Vec<String> = names.iter().filter_map(|v| Vm::str_of(*v).map(str::to_string)).collect();
        strs.sort();
        strs.dedup();
        Ok(strs)
    }

    /// `object.__dir__`: the instance's attribute names and those of its
    /// class and bases (a class: its own MRO's), unsorted, with repeats.
    pub fn default_dir_names(&mut self, obj: Value) -> Vec<Value> {
        let t = self.type_of(obj);
        let mut ks = Vec::new();
        if let Some(at) = attrs_of(obj) {
            match at.dict.get() {
                Some(d) => ks.extend(d.keys()),
                None => ks.extend(at.shape.get().keys.iter().copied()),
            }
        }
        let cls = obj.downcast::<TypeObj>().unwrap_or(t);
        for c in cls.mro.with(|m| m.clone()) {
            ks.extend(c.dict.keys());
        }
        ks
    }

    /// `object.__getattribute__`.
    pub fn generic_getattr(&mut self, obj: Value, t: Gc<TypeObj>, name: Value) -> PyResult<Option<Value>> {
        let class_attr = t.lookup(name);
        if let Some(d) = class_attr {
            // Data descriptors win over the instance.
            if let Some(p) = d.downcast::<PropertyObj>() {
                let g = p.fget.get();
                if g.is_none() || g.is_null() {
                    let msg = property_missing(&p, t, "getter");
                    return Err(self.new_error(self.t.attribute_error, &msg));
                }
                return self.call(g, &[obj], &[]).map(Some);
            }
            if d.is_ptr() && self.type_of(d).has_flag(tflags::HEAPTYPE | tflags::EXTENSION) {
                let dt = self.type_of(d);
                if dt.lookup(self.n.__set__).is_some() || dt.lookup(self.n.__delete__).is_some() {
                    if let Some(g) = dt.lookup(self.n.__get__) {
                        let tv = t.value();
                        return self.call(g, &[d, obj, tv], &[]).map(Some);
                    }
                }
            }
        }
        if let Some(a) = attrs_of(obj) {
            if let Some(v) = a.get(name) {
                return Ok(Some(v));
            }
            if name == self.n.__dict__ && !t.has_flag(tflags::NO_DICT) {
                return Ok(Some(self.materialize_dict(obj, a).value()));
            }
        }
        if let Some(v) = self.builtin_instance_attr(obj, name)? {
            return Ok(Some(v));
        }
        match class_attr {
            Some(d) => self.bind_descriptor(d, obj, t.value()).map(Some),
            None => Ok(None),
        }
    }

    /// Apply `__get__` of a class attribute found for an instance (or class when obj is NULL).
    pub fn bind_descriptor(&mut self, d: Value, obj: Value, cls: Value) -> PyResult {
        if !d.is_ptr() {
            return Ok(d);
        }
        match d.layout() {
            Some(Layout::Function) if self.type_of(d) == self.t.function => {
                if obj.is_null() || obj.is_none() && cls.is_null() {
                    return Ok(d);
                }
                Ok(self.new_bound_method(d, obj))
            }
            Some(Layout::BuiltinFunction) => {
                let b = d.downcast::<BuiltinFnObj>().unwrap();
                if b.owner.is_null() || !b.bound.is_null() || obj.is_null() {
                    return Ok(d);
                }
                let h = ObjHeader::new(self.t.builtin_function);
                Ok(self
                    .alloc(BuiltinFnObj { header: h, name: b.name, func: b.func, owner: b.owner, bound: obj, module: Value::NULL, arity: b.arity })
                    .value())
            }
            Some(Layout::ClassMethod) => {
                let f = d.downcast::<ClassMethodObj>().unwrap().func.get();
                let c = if cls.is_null() { self.type_of(obj).value() } else { cls };
                if let Some(b) = f.downcast::<BuiltinFnObj>().filter(|b| b.bound.is_null() && b.owner.is_null()) {
                    // `dict.fromkeys`: a builtin method bound to the class.
                    let h = ObjHeader::new(self.t.builtin_function);
                    let m = BuiltinFnObj { header: h, name: b.name, func: b.func, owner: Value::NULL, bound: c, module: Value::NULL, arity: b.arity };
                    return Ok(self.alloc(m).value());
                }
                Ok(self.new_bound_method(f, c))
            }
            Some(Layout::StaticMethod) => Ok(d.downcast::<StaticMethodObj>().unwrap().func.get()),
            Some(Layout::Property) => {
                if obj.is_null() {
                    return Ok(d);
                }
                let g = d.downcast::<PropertyObj>().unwrap().fget.get();
                self.call(g, &[obj], &[])
            }
            _ => {
                let dt = self.type_of(d);
                if dt.has_flag(tflags::HEAPTYPE | tflags::EXTENSION) {
                    if let Some(g) = dt.lookup(self.n.__get__) {
                        let o = if obj.is_null() { Value::NONE } else { obj };
                        return self.call(g, &[d, o, cls], &[]);
                    }
                }
                Ok(d)
            }
        }
    }

    pub fn new_bound_method(&mut self, func: Value, receiver: Value) -> Value {
        let h = ObjHeader::new(self.t.method);
        self.alloc(BoundMethodObj { header: h, func, receiver }).value()
    }

    /// Attribute lookup on a class object.
    pub(crate) fn type_getattr(&mut self, cls: Gc<TypeObj>, name: Value) -> PyResult<Option<Value>> {
        let meta = cls.class();
        let meta_attr = meta.lookup(name);
        if let Some(d) = meta_attr {
            if let Some(p) = d.downcast::<PropertyObj>() {
                let g = p.fget.get();
                return self.call(g, &[cls.value()], &[]).map(Some);
            }
        }
        // CPython's `type.__name__`/`__qualname__` are data descriptors of
        // the metaclass: they win over a class's (or its bases') dict entry
        // of that name (`getset_descriptor.__name__` is an instance getset).
        if (name == self.n.__name__ || name == self.n.__qualname__) && meta_attr.is_none() {
            if let Some(v) = self.type_special_attr(cls, name)? {
                return Ok(Some(v));
            }
        }
        if meta_attr.is_none() && Vm::str_of(name) == Some("__annotations__") {
            // type.__annotations__ (3.10+): the class's own, never a base's;
            // a class without any gets an empty dict on first access.
            if let Some(v) = cls.dict.get_str_key(name) {
                return Ok(Some(v));
            }
            if !cls.has_flag(tflags::HEAPTYPE) {
                return Ok(None);
            }
            let d = self.new_dict();
            cls.dict.set_str_key(name, d.value());
            cls.bump_version();
            return Ok(Some(d.value()));
        }
        if let Some(v) = cls.lookup(name) {
            return match v.layout() {
                Some(Layout::Function) | Some(Layout::Property) => Ok(Some(v)),
                Some(Layout::BuiltinFunction) => Ok(Some(v)),
                _ => self.bind_descriptor(v, Value::NULL, cls.value()).map(Some),
            };
        }
        if let Some(v) = self.type_special_attr(cls, name)? {
            return Ok(Some(v));
        }
        match meta_attr {
            Some(d) => self.bind_descriptor(d, cls.value(), meta.value()).map(Some),
            None => Ok(None),
        }
    }

    /// `super().name`.
    fn super_getattr(&mut self, s: Gc<SuperObj>, name: Value) -> PyResult<Option<Value>> {
        let start = s.this_class;
        let Some(objt) = s.obj_type.downcast::<TypeObj>() else { return Ok(None) };
        let mro = objt.mro.with(|m| m.clone());
        let mut found = false;
        for c in mro {
            if found {
                if let Some(v) = c.dict.get_str_key(name) {
                    let obj = if s.obj == s.obj_type { Value::NULL } else { s.obj };
                    if obj.is_null() {
                        if let Some(cm) = v.downcast::<ClassMethodObj>() {
                            return Ok(Some(self.new_bound_method(cm.func.get(), s.obj)));
                        }
                        return self.bind_descriptor(v, Value::NULL, s.obj).map(Some);
                    }
                    return self.bind_descriptor(v, obj, s.obj_type).map(Some);
                }
            } else if c.value() == start {
                found = true;
            }
        }
        Ok(None)
    }

    /// Recompute the attribute-hook flags of `cls` and its subclasses after
    /// `name` changed in its namespace (`name` NULL: recompute always).
    pub fn refresh_attr_hooks(&mut self, cls: Gc<TypeObj>, name: Value) {
        let n = &self.n;
        if !name.is_null() && ![n.__getattr__, n.__getattribute__, n.__setattr__, n.__delattr__, n.__del__].contains(&name) {
            return;
        }
        let object = self.t.object.value();
        let type_ = self.t.type_.value();
        let hooks = [
            (n.__del__, tflags::HAS_DEL),
            (n.__getattr__, tflags::HAS_GETATTR),
            (n.__getattribute__, tflags::CUSTOM_GETATTRIBUTE),
            (n.__setattr__, tflags::CUSTOM_SETATTR),
            (n.__delattr__, tflags::CUSTOM_DELATTR),
        ];
        let mut todo = vec![cls];
        while let Some(t) = todo.pop() {
            let mut flags = t.flags.get();
            for (hook, flag) in hooks {
                let found = t.lookup(hook);
                // __getattr__ and __del__ count in any form; the others when
                // not object's or type's own (written in Python, or a native
                // hook of a builtin type such as weakref.ProxyType).
                let on = if flag == tflags::HAS_GETATTR || flag == tflags::HAS_DEL {
                    found.is_some()
                } else {
                    found.is_some_and(|f| f.downcast::<FunctionObj>().is_some() || f.downcast::<BuiltinFnObj>().is_some_and(|b| b.owner != object && b.owner != type_))
                };
                flags = if on { flags | flag } else { flags & !flag };
            }
            t.flags.set(flags);
            t.subclasses.with(|s| todo.extend(s.iter().copied()));
        }
    }

    /// Switch an object's attributes to a real dict and return it.
    pub fn materialize_dict(&mut self, _obj: Value, a: &Attrs) -> Gc<DictObj> {
        if let Some(d) = a.dict.get() {
            return d;
        }
        let d = self.new_dict();
        let keys = a.shape.get().keys.clone();
        for (i, k) in keys.iter().enumerate() {
            if let Some(v) = a.values.get(i) {
                if !v.is_null() {
                    d.set_str_key(*k, v);
                }
            }
        }
        a.dict.set(Some(d));
        a.values.with_mut(|v| v.clear());
        d
    }

    /// Load a method for a call: (function, self) or (attribute, NULL).
    pub fn load_method(&mut self, obj: Value, name: Value) -> PyResult<(Value, Value)> {
        let t = self.type_of(obj);
        if obj.downcast::<TypeObj>().is_none() && obj.downcast::<ModuleObj>().is_none() && obj.downcast::<SuperObj>().is_none() {
            if !t.has_flag(tflags::CUSTOM_GETATTRIBUTE) {
                if let Some(d) = t.lookup(name) {
                    let is_plain_fn = (d.layout() == Some(Layout::Function) && self.type_of(d) == self.t.function)
                        || d.downcast::<BuiltinFnObj>().map(|b| !b.owner.is_null() && b.bound.is_null()).unwrap_or(false);
                    if is_plain_fn {
                        let shadowed = attrs_of(obj).and_then(|a| a.get(name));
                        if let Some(v) = shadowed {
                            return Ok((v, Value::NULL));
                        }
                        return Ok((d, obj));
                    }
                }
            }
        }
        let v = self.getattr(obj, name)?;
        Ok((v, Value::NULL))
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: Value, name: Value, args: &[Value]) -> PyResult {
        let (f, s) = self.load_method(obj, name)?;
        if s.is_null() {
            self.call(f, args, &[])
        } else {
            let mut full: smallvec::SmallVec<[Value; 8]> = smallvec::SmallVec::new();
            full.push(s);
            full.extend_from_slice(args);
            self.call(f, &full, &[])
        }
    }

    /// `obj.name = v`.
    pub fn setattr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if t.has_flag(tflags::CUSTOM_SETATTR) {
            if let Some(sa) = t.lookup(self.n.__setattr__) {
                self.call(sa, &[obj, name, v], &[])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, v)
    }

    /// CPython's messages for read-only attribute descriptors of builtin
    /// types (None for a `property`).
    fn readonly_descr_msg(&self, d: Value, name: &str, tn: &str) -> Option<String> {
        let dt = self.type_of(d);
        if dt == self.t.getset_descriptor {
            Some(format!("attribute '{name}' of '{tn}' objects is not writable"))
        } else if dt == self.t.member_descriptor {
            Some("readonly attribute".to_string())
        } else {
            None
        }
    }

    /// `object.__setattr__`.
    pub fn generic_setattr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if let Some(cls) = obj.downcast::<TypeObj>() {
            if !cls.has_flag(tflags::HEAPTYPE) || cls.static_module.get().is_some() {
                let n = Vm::str_of(name).unwrap_or("?");
                let cn = cls.tp_name();
                return Err(self.type_error(&format!("cannot set '{n}' attribute of immutable type '{cn}'")));
            }
            if let Some(d) = cls.class().lookup(name) {
                if let Some(p) = d.downcast::<PropertyObj>() {
                    let s = p.fset.get();
                    if !s.is_none() && !s.is_null() {
                        self.call(s, &[obj, v], &[])?;
                        return Ok(());
                    }
                }
            }
            self.type_set_special(cls, name, v)?;
            // `__name__`/`__qualname__` live in the type object, not its dict.
            let slot = Vm::str_of(name).is_some_and(|n| n == "__name__" || n == "__qualname__");
            if !slot {
                cls.dict.set_str_key(name, v);
            }
            cls.bump_version();
            self.refresh_attr_hooks(cls, name);
            return Ok(());
        }
        if let Some(m) = obj.downcast::<ModuleObj>() {
            m.dict.set_str_key(name, v);
            return Ok(());
        }
        if let Some(d) = t.lookup(name) {
            if let Some(p) = d.downcast::<PropertyObj>() {
                let s = p.fset.get();
                if s.is_none() || s.is_null() {
                    let n = Vm::str_of(name).unwrap_or("?");
                    let tn = t.name();
                    let msg = self.readonly_descr_msg(d, n, &tn).unwrap_or_else(|| property_missing(&p, t, "setter"));
                    return Err(self.new_error(self.t.attribute_error, &msg));
                }
                self.call(s, &[obj, v], &[])?;
                return Ok(());
            }
            if d.is_ptr() && self.type_of(d).has_flag(tflags::HEAPTYPE | tflags::EXTENSION) {
                let dt = self.type_of(d);
                if let Some(s) = dt.lookup(self.n.__set__) {
                    self.call(s, &[d, obj, v], &[])?;
                    return Ok(());
                }
            }
        }
        if name == self.n.__class__ {
            return self.set_class(obj, v);
        }
        // Exceptions and functions keep some attributes (`args`,
        // `__name__`, ...) in fields, not in their attribute store.
        if t.has_flag(tflags::NO_DICT) && !self.slot_allowed(t, name) {
            return Err(self.attribute_error(obj, name));
        }
        let fields_first = matches!(obj.layout(), Some(Layout::Exception | Layout::Function));
        if name == self.n.__dict__ && !fields_first {
            if let Some(a) = attrs_of(obj) {
                // `obj.__dict__ = d`: d becomes the attribute store.
                let Some(d) = v.downcast::<DictObj>().filter(|_| self.is_instance(v, self.t.dict)) else {
                    let tn = self.type_name(v);
                    return Err(self.type_error(&format!("__dict__ must be set to a dictionary, not a '{tn}'")));
                };
                a.dict.set(Some(d));
                a.values.with_mut(|vals| vals.clear());
                return Ok(());
            }
        }
        if fields_first && self.set_builtin_instance_attr(obj, name, v)? {
            return Ok(());
        }
        if self.store_instance_attr(obj, name, v)? {
            return Ok(());
        }
        if !fields_first && self.set_builtin_instance_attr(obj, name, v)? {
            return Ok(());
        }
        if t.lookup(name).is_some() {
            let n = Vm::str_of(name).unwrap_or("?");
            let tn = t.name();
            return Err(self.new_error(self.t.attribute_error, &format!("'{tn}' object attribute '{n}' is read-only")));
        }
        Err(self.attribute_error(obj, name))
    }

    /// Store into the instance attribute store; false when the object has none.
    pub fn store_instance_attr(&mut self, obj: Value, name: Value, v: Value) -> PyResult<bool> {
        let Some(a) = attrs_of(obj) else { return Ok(false) };
        if let Some(d) = a.dict.get() {
            d.set_str_key(name, v);
            return Ok(true);
        }
        let shape = a.shape.get();
        if let Some(i) = shape.index_of(name) {
            a.values.set(i, v);
            return Ok(true);
        }
        if shape.keys.len() >= 64 {
            let d = self.materialize_dict(obj, a);
            d.set_str_key(name, v);
            return Ok(true);
        }
        let child = match shape.child(name) {
            Some(c) => c,
            None => {
                let mut keys = shape.keys.clone();
                keys.push(name);
                let h = ObjHeader::new(self.t.shape);
                let c = self.alloc(Shape::new(h, keys));
                shape.transitions.with_mut(|t| t.push((name, c)));
                c
            }
        };
        // Past the inline values, size the vector to the class's slot
        // count if it has `__slots__`, else double it.
        let slots = self.type_of(obj).slot_names.with(|s| s.as_ref().map(|n| n.len()));
        a.values.with_mut(|vals| {
            let len = vals.len();
            if len == vals.capacity() {
                let want = match slots {
                    Some(n) if n > len => n - len,
                    _ => len,
                };
                vals.reserve_exact(want);
            }
            vals.push(v);
        });
        a.shape.set(child);
        Ok(true)
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if t.has_flag(tflags::CUSTOM_DELATTR) {
            if let Some(da) = t.lookup(self.n.__delattr__) {
                self.call(da, &[obj, name], &[])?;
                return Ok(());
            }
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__`: deletion without the `__delattr__` hook.
    pub fn generic_delattr(&mut self, obj: Value, name: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if let Some(cls) = obj.downcast::<TypeObj>() {
            if !cls.has_flag(tflags::HEAPTYPE) || cls.static_module.get().is_some() {
                // CPython says "set" for deletion too.
                let n = Vm::str_of(name).unwrap_or("?");
                let cn = cls.tp_name();
                return Err(self.type_error(&format!("cannot set '{n}' attribute of immutable type '{cn}'")));
            }
            if cls.dict.del_str_key(name).is_some() {
                cls.bump_version();
                self.refresh_attr_hooks(cls, name);
                return Ok(());
            }
            return Err(self.attribute_error(obj, name));
        }
        if let Some(m) = obj.downcast::<ModuleObj>() {
            if m.dict.del_str_key(name).is_some() {
                return Ok(());
            }
            return Err(self.attribute_error(obj, name));
        }
        if let Some(d) = t.lookup(name) {
            if let Some(p) = d.downcast::<PropertyObj>() {
                let f = p.fdel.get();
                if f.is_none() || f.is_null() {
                    let n = Vm::str_of(name).unwrap_or("?");
                    let tn = t.name();
                    let msg = self.readonly_descr_msg(d, n, &tn).unwrap_or_else(|| property_missing(&p, t, "deleter"));
                    return Err(self.new_error(self.t.attribute_error, &msg));
                }
                self.call(f, &[obj], &[])?;
                return Ok(());
            }
            if d.is_ptr() && self.type_of(d).has_flag(tflags::HEAPTYPE | tflags::EXTENSION) {
                if let Some(f) = self.type_of(d).lookup(self.n.__delete__) {
                    self.call(f, &[d, obj], &[])?;
                    return Ok(());
                }
            }
        }
        if let Some(a) = attrs_of(obj) {
            if a.get(name).is_some() {
                let d = self.materialize_dict(obj, a);
                d.del_str_key(name);
                return Ok(());
            }
        }
        Err(self.attribute_error(obj, name))
    }

    /// `obj.__class__ = cls`.
    fn set_class(&mut self, obj: Value, v: Value) -> PyResult<()> {
        let Some(new) = v.downcast::<TypeObj>() else {
            let n = self.type_name(v);
            return Err(self.type_error(&format!("__class__ must be set to a class, not '{n}' object")));
        };
        let old = self.type_of(obj);
        if !obj.is_ptr() || !old.has_flag(tflags::HEAPTYPE) || !new.has_flag(tflags::HEAPTYPE) {
            return Err(self.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
        }
        if old.layout != new.layout || old.attrs_offset.get() != new.attrs_offset.get() {
            let (a, b) = (new.name(), old.name());
            return Err(self.type_error(&format!("__class__ assignment: '{a}' object layout differs from '{b}'")));
        }
        obj.header_unchecked().set_class(new);
        Ok(())
    }
}

/// CPython's message for a property without the accessor `what`: its
/// `__set_name__` name (if any) and the instance type's qualified name.
fn property_missing(p: &PropertyObj, t: Gc<TypeObj>, what: &str) -> String {
    let q = t.qualname.with(|s| s.clone());
    match Vm::str_of(p.name.get()) {
        Some(n) => format!("property '{n}' of '{q}' object has no {what}"),
        None => format!("property of '{q}' object has no {what}"),
    }
}
