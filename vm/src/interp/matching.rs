//! Run-time support for `match` statements (PEP 634): the bodies of
//! MATCH_SEQUENCE / MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS.
//!
//! Which classes count as sequences and mappings is a class flag
//! (`tflags::SEQUENCE` / `tflags::MAPPING`), as CPython's
//! `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`: set on the builtin classes
//! at bootstrap and inherited by subclasses, so `str`, `bytes` and
//! `bytearray` are not sequences here even though they support indexing.

use crate::builtins::functions::isinstance;
use crate::object::dict::DictObj;
use crate::object::seq::TupleObj;
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// MATCH_SEQUENCE (`sequence`) or MATCH_MAPPING: a flag test, no calls.
    pub fn match_kind(&self, v: Value, sequence: bool) -> bool {
        let flag = if sequence { tflags::SEQUENCE } else { tflags::MAPPING };
        self.type_of(v).has_flag(flag)
    }

    /// Run `f` with `extra_roots` as a scratch area: values pushed there by
    /// `f` survive collections triggered by the Python code it calls (a
    /// plain `Vec` is not scanned), and are dropped afterwards.
    fn with_scratch_roots(&mut self, f: impl FnOnce(&mut Vm, usize) -> PyResult) -> PyResult {
        let mark = self.extra_roots.len();
        let r = f(self, mark);
        self.extra_roots.truncate(mark);
        r
    }

    /// The values pushed on `extra_roots` since `mark`, as a tuple.
    fn scratch_tuple(&mut self, mark: usize) -> Value {
        let items = self.extra_roots[mark..].to_vec();
        self.new_tuple(items)
    }

    /// MATCH_KEYS: the tuple of `subject.get(key, sentinel)` for each key, or
    /// None as soon as one is missing. `get` (not `__getitem__`) is used so
    /// that `defaultdict`-like `__missing__` hooks do not create entries.
    pub fn match_keys(&mut self, subject: Value, keys: Value) -> PyResult {
        // The keys tuple stays on the value stack while this runs.
        let keys: Vec<Value> = keys.downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default();
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let exact_dict = subject.downcast::<DictObj>().filter(|_| self.type_of(subject) == self.t.dict);
        let get = match exact_dict {
            Some(_) => None,
            None => {
                let name = self.intern("get");
                Some(self.load_method(subject, name)?)
            }
        };
        let seen = self.new_set_empty(false).value();
        // A fresh object can never be a stored value: it marks "missing".
        let missing = self.new_instance(self.t.object);
        let helpers = [seen, missing, get.map(|g| g.0).unwrap_or(Value::NONE)];
        self.with_scratch_roots(|vm, _| {
            vm.extra_roots.extend(helpers);
            let first = vm.extra_roots.len();
            for key in keys {
                if vm.set_contains(seen, key)? {
                    let r = vm.repr_string(key)?;
                    return Err(vm.value_error(&format!("mapping pattern checks duplicate key ({r})")));
                }
                vm.set_add(seen, key)?;
                let v = match (exact_dict, get) {
                    (Some(d), _) => vm.dict_lookup(d, key)?.unwrap_or(missing),
                    (None, Some((f, s))) if !s.is_null() => vm.call(f, &[s, key, missing], &[])?,
                    (None, Some((f, _))) => vm.call(f, &[key, missing], &[])?,
                    (None, None) => missing,
                };
                if v == missing {
                    return Ok(Value::NONE);
                }
                vm.extra_roots.push(v);
            }
            Ok(vm.scratch_tuple(first))
        })
    }

    /// MATCH_CLASS: `isinstance(subject, cls)`, then the attributes named
    /// by `cls.__match_args__[:nargs]` and by `names` (the keyword
    /// sub-patterns), as a tuple; None when the check fails or an attribute
    /// is missing.
    pub fn match_class(&mut self, subject: Value, cls: Value, nargs: usize, names: Value) -> PyResult {
        let Some(ty) = cls.downcast::<TypeObj>() else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !isinstance(self, subject, cls)? {
            return Ok(Value::NONE);
        }
        // __match_args__ goes first on the scratch roots (it may be a fresh
        // tuple from a property), the attributes after it.
        self.with_scratch_roots(|vm, mark| {
            let mut seen: Vec<String> = Vec::new();
            let mut start = mark;
            if nargs > 0 {
                let key = vm.intern("__match_args__");
                let (match_args, match_self) = match vm.getattr(cls, key) {
                    Ok(m) => {
                        let Some(t) = m.downcast::<TupleObj>().filter(|_| vm.type_of(m) == vm.t.tuple) else {
                            let (tn, mn) = (ty.name(), vm.type_name(m));
                            return Err(vm.type_error(&format!("{tn}.__match_args__ must be a tuple (got {mn})")));
                        };
                        vm.extra_roots.push(m);
                        start += 1;
                        (t.items.to_vec(), false)
                    }
                    // Without __match_args__, the builtin types match themselves
                    // against a single positional sub-pattern (`int(x)`).
                    Err(e) if vm.is_instance(e.0, vm.t.attribute_error) => (Vec::new(), ty.has_flag(tflags::MATCH_SELF)),
                    Err(e) => return Err(e),
                };
                let allowed = if match_self { 1 } else { match_args.len() };
                if allowed < nargs {
                    let plural = if allowed == 1 { "" } else { "s" };
                    let tn = ty.name();
                    return Err(vm.type_error(&format!(
                        "{tn}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                    )));
                }
                if match_self {
                    vm.extra_roots.push(subject);
                } else {
                    for &name in &match_args[..nargs] {
                        if vm.type_of(name) != vm.t.str_ {
                            let n = vm.type_name(name);
                            return Err(vm.type_error(&format!("__match_args__ elements must be strings (got {n})")));
                        }
                        match vm.match_class_attr(subject, ty, name, &mut seen)? {
                            Some(v) => vm.extra_roots.push(v),
                            None => return Ok(Value::NONE),
                        }
                    }
                }
            }
            // The keyword names are a constant of the running code.
            let kw: Vec<Value> = names.downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default();
            for name in kw {
                match vm.match_class_attr(subject, ty, name, &mut seen)? {
                    Some(v) => vm.extra_roots.push(v),
                    None => return Ok(Value::NONE),
                }
            }
            Ok(vm.scratch_tuple(start))
        })
    }

    /// One attribute for MATCH_CLASS: None when missing (AttributeError),
    /// TypeError when the same attribute is asked for twice.
    fn match_class_attr(&mut self, subject: Value, ty: Gc<TypeObj>, name: Value, seen: &mut Vec<String>) -> PyResult<Option<Value>> {
        let text = Vm::str_of(name).unwrap_or("");
        if seen.iter().any(|s| s == text) {
            let (tn, r) = (ty.name(), self.repr_string(name)?);
            return Err(self.type_error(&format!("{tn}() got multiple sub-patterns for attribute {r}")));
        }
        seen.push(text.to_string());
        // Attribute names from __match_args__ need not be interned.
        let key = self.intern_value(name);
        match self.getattr(subject, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance(e.0, self.t.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
