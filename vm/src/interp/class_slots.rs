//! `__slots__`: a class whose MRO declares slots everywhere (and no
//! `__dict__` slot) gives instances no `__dict__`, so only slot names can be
//! set. Slot values live in the ordinary attribute store; the class flag
//! `NO_DICT` makes `setattr` and `__dict__` enforce the restriction.

use crate::object::dict::DictObj;
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Record the `__slots__` of a new class `t` (namespace `dict`).
    pub(crate) fn setup_slots(&mut self, t: Gc<TypeObj>, dict: Gc<DictObj>, bases: &[Gc<TypeObj>]) -> PyResult<()> {
        let slots = self.intern("__slots__");
        let Some(decl) = dict.get_str_key(slots) else { return Ok(()) };
        let items = if Vm::str_of(decl).is_some() { vec![decl] } else { self.collect_iter(decl)? };
        let mut names = Vec::with_capacity(items.len());
        for it in items {
            let Some(s) = Vm::str_of(it) else {
                let n = self.type_name(it);
                return Err(self.type_error(&format!("__slots__ items must be strings, not '{n}'")));
            };
            if dict.get_str_key(it).is_some() {
                return Err(self.value_error(&format!("'{s}' in __slots__ conflicts with class variable")));
            }
            names.push(self.intern_value(it));
        }
        let wants_dict = names.iter().any(|n| Vm::str_of(*n) == Some("__dict__"));
        // Builtin bases other than those with an attribute store (exceptions,
        // functions) have no instance dict either.
        let bases_without_dict = bases
            .iter()
            .all(|b| b.has_flag(tflags::NO_DICT) || !b.has_flag(tflags::HEAPTYPE) && !b.has_flag(tflags::HAS_ATTRS));
        t.slot_names.with_mut(|s| *s = Some(names));
        if !wants_dict && bases_without_dict {
            t.flags.set(t.flags.get() | tflags::NO_DICT);
        }
        Ok(())
    }

    /// Whether instances of `t` (a `NO_DICT` class) may hold attribute `name`.
    pub(crate) fn slot_allowed(&self, t: Gc<TypeObj>, name: Value) -> bool {
        let n = Vm::str_of(name);
        t.mro.with(|m| {
            m.iter().any(|c| c.slot_names.with(|s| s.as_ref().is_some_and(|v| v.iter().any(|x| Vm::str_of(*x) == n))))
        })
    }
}
