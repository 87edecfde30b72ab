//! Calls with unpacked arguments, `f(*args, **kwargs)`, and `*`/`**` in
//! displays: building the argument tuple and dict with CPython's messages,
//! which name the function being called (`_PyObject_FunctionStr`).

use crate::object::dict::DictObj;
use crate::object::seq::{ListObj, TupleObj};
use crate::object::typeobj::tflags;
use crate::object::{Gc, Layout};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// How error messages name a callable: `__main__.f()`, `print()`,
    /// `list.append()` (module prefix unless it is `builtins`).
    pub fn func_str(&mut self, f: Value) -> String {
        let q = self.intern("__qualname__");
        let qual = match self.getattr_opt(f, q) {
            Ok(Some(v)) => Vm::str_of(v).map(str::to_string),
            _ => None,
        };
        let Some(qual) = qual else {
            return self.to_string(f).unwrap_or_default();
        };
        let m = self.n.__module__;
        let module = match self.getattr_opt(f, m) {
            Ok(Some(v)) => Vm::str_of(v).map(str::to_string),
            _ => None,
        };
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qual}()"),
            _ => format!("{qual}()"),
        }
    }

    /// Whether `iter(v)` is supported (CPython: a `tp_iter` slot or a sequence).
    pub(crate) fn has_iter_protocol(&self, v: Value) -> bool {
        let t = self.type_of(v);
        matches!(
            t.layout,
            Layout::List | Layout::Tuple | Layout::Str | Layout::Bytes | Layout::Range | Layout::Dict | Layout::Set
                | Layout::DictView | Layout::Iterator | Layout::Generator
        ) || t.lookup(self.n.__iter__).is_some_and(|f| !f.is_none())
            || t.lookup(self.n.__getitem__).is_some()
    }

    /// Items of a `*` operand; `what` says how to complain about a
    /// non-iterable (a TypeError raised while iterating is kept).
    fn star_items(&mut self, v: Value, what: impl FnOnce(&mut Vm) -> String) -> PyResult<Vec<Value>> {
        match self.collect_iter(v) {
            Err(e) if self.is_instance(e.0, self.t.type_error) && !self.has_iter_protocol(v) => {
                let msg = what(self);
                let tn = self.type_name(v);
                Err(self.type_error(&format!("{msg}, not {tn}")))
            }
            r => r,
        }
    }

    /// `LIST_EXTEND`: `[*x]`, `f(a, *x)`.
    pub fn list_extend(&mut self, l: Gc<ListObj>, it: Value) -> PyResult<()> {
        let items = self.star_items(it, |_| "Value after * must be an iterable".into())?;
        l.items.with_mut(|v| v.extend(items));
        Ok(())
    }

    /// `DICT_UPDATE`: `{**m}` (m must be a mapping).
    pub fn dict_update_mapping(&mut self, d: Gc<DictObj>, m: Value) -> PyResult<()> {
        if m.downcast::<DictObj>().is_none() || m.layout() != Some(Layout::Dict) {
            let keys = self.n.keys;
            if self.getattr_opt(m, keys)?.is_none() {
                let tn = self.type_name(m);
                return Err(self.type_error(&format!("'{tn}' object is not a mapping")));
            }
        }
        self.dict_update_from(d, m, false)
    }

    /// `DICT_MERGE`: a `**m` argument of a call to `func`; repeated keys are errors.
    pub fn dict_merge_kwargs(&mut self, d: Gc<DictObj>, m: Value, func: Value) -> PyResult<()> {
        let mark = self.extra_roots.len();
        let r = self.dict_merge_kwargs_rooted(d, m, func);
        self.extra_roots.truncate(mark);
        r
    }

    /// The pairs read from `m` are parked in `extra_roots` until `d` holds them.
    fn dict_merge_kwargs_rooted(&mut self, d: Gc<DictObj>, m: Value, func: Value) -> PyResult<()> {
        let exact = m.layout() == Some(Layout::Dict) && !self.type_of(m).has_flag(tflags::HEAPTYPE);
        let pairs: Vec<(Value, Value)> = match m.downcast::<DictObj>() {
            Some(src) if exact => src.items(),
            _ => {
                let keys = self.n.keys;
                if self.getattr_opt(m, keys)?.is_none() {
                    let (fs, tn) = (self.func_str(func), self.type_name(m));
                    return Err(self.type_error(&format!("{fs} argument after ** must be a mapping, not {tn}")));
                }
                let ks = self.call_method(m, keys, &[])?;
                let mut pairs = Vec::new();
                for k in self.collect_iter(ks)? {
                    let v = self.getitem(m, k)?;
                    // Only this buffer holds `v` while the next `__getitem__` runs.
                    self.extra_roots.push(v);
                    pairs.push((k, v));
                }
                pairs
            }
        };
        for (k, v) in pairs {
            if self.dict_lookup(d, k)?.is_some() {
                return Err(self.duplicate_kwarg(func, k));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    fn duplicate_kwarg(&mut self, func: Value, key: Value) -> PyErr {
        let fs = self.func_str(func);
        if Vm::str_of(key).is_none() {
            return self.type_error(&format!("{fs} keywords must be strings"));
        }
        let ks = self.to_string(key).unwrap_or_default();
        self.type_error(&format!("{fs} got multiple values for keyword argument '{ks}'"))
    }

    /// `f(*args, **kwargs)`: `args` may be any iterable (the compiler passes
    /// a lone `*x` through unchanged), `kwargs` a dict or NULL.
    pub fn call_ex(&mut self, func: Value, args: Value, kwargs: Value) -> PyResult {
        let mark = self.extra_roots.len();
        let r = self.call_ex_rooted(func, args, kwargs);
        self.extra_roots.truncate(mark);
        r
    }

    /// The argument vector is a Rust buffer while `**kwargs` is read (which
    /// may run Python code) and while a native callee runs: its values are
    /// parked in `extra_roots`.
    fn call_ex_rooted(&mut self, func: Value, args: Value, kwargs: Value) -> PyResult {
        let (all, names) = self.ex_args(func, args, kwargs)?;
        self.call(func, &all, &names)
    }

    /// The argument vector and keyword names of `func(*args, **kwargs)`
    /// (values parked in `extra_roots`; the caller truncates them).
    pub(crate) fn ex_args(&mut self, func: Value, args: Value, kwargs: Value) -> PyResult<(Vec<Value>, Vec<Value>)> {
        let mut all: Vec<Value> = if let Some(t) = args.downcast::<TupleObj>() {
            t.items.to_vec()
        } else if let Some(l) = args.downcast::<ListObj>() {
            l.items.snapshot()
        } else {
            self.star_items(args, |vm| {
                let fs = vm.func_str(func);
                format!("{fs} argument after * must be an iterable")
            })?
        };
        self.extra_roots.extend_from_slice(&all);
        let mut names = Vec::new();
        if !kwargs.is_null() {
            let d = match kwargs.downcast::<DictObj>() {
                Some(d) => d,
                None => {
                    let nd = self.new_dict();
                    self.dict_merge_kwargs(nd, kwargs, func)?;
                    nd
                }
            };
            for (k, v) in d.items() {
                if Vm::str_of(k).is_none() {
                    return Err(self.type_error("keywords must be strings"));
                }
                names.push(k);
                all.push(v);
                self.extra_roots.push(v);
            }
        }
        Ok((all, names))
    }
}
