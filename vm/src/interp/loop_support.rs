//! What the interpreter loop (`run.rs`) calls for names and errors: global
//! and builtin lookup, unbound-variable errors, BINARY_OP's generic action,
//! and the small frame/code accessors it uses on every frame switch.

use crate::bytecode::{BinOp, Op, INPLACE};
use crate::object::code::CodeObj;
use crate::object::function::CellObj;
use crate::object::seq::TupleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    pub(super) fn cell_name(&self, code: Gc<CodeObj>, i: usize) -> Value {
        let m = &code.meta;
        let n = if i < m.cellvars.len() { &m.cellvars[i] } else { &m.freevars[i - m.cellvars.len()] };
        // Names in code objects were interned when the code was loaded.
        self.interned_lookup(n).unwrap_or(Value::NONE)
    }

    pub(super) fn unbound_local(&mut self, code: Gc<CodeObj>, i: usize) -> PyErr {
        let name = code.meta.varnames[i].clone();
        self.new_error(self.t.unbound_local_error, &format!("cannot access local variable '{name}' where it is not associated with a value"))
    }

    pub(super) fn unbound_deref(&mut self, code: Gc<CodeObj>, i: usize) -> PyErr {
        let m = code.meta.clone();
        if i < m.cellvars.len() {
            let name = &m.cellvars[i];
            self.new_error(self.t.unbound_local_error, &format!("cannot access local variable '{name}' where it is not associated with a value"))
        } else {
            let name = &m.freevars[i - m.cellvars.len()];
            self.new_error(self.t.name_error, &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
        }
    }

    /// BINARY_OP's generic action for its argument (a `BinOp` number, `+ INPLACE`).
    #[inline]
    pub(super) fn binary_op_arg(&mut self, a: Value, b: Value, arg: u32) -> PyResult {
        self.binary_op(a, b, BinOp::ALL[(arg & !INPLACE) as usize], arg & INPLACE != 0)
    }

    /// `globals[name]`, then builtins, else NameError.
    #[inline]
    pub fn load_global(&mut self, globals: Value, name: Value) -> PyResult {
        let g = dict_at(globals);
        if let Some(v) = g.get_str_key(name) {
            return Ok(v);
        }
        if g.own_builtins.get() {
            return self.load_own_builtin(g, name);
        }
        if let Some(v) = self.builtins.get_str_key(name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    /// A builtin for code whose globals bring their own `__builtins__`
    /// (a module or a mapping, as `exec(src, {"__builtins__": {...}})`).
    #[cold]
    fn load_own_builtin(&mut self, g: Gc<crate::object::dict::DictObj>, name: Value) -> PyResult {
        let b = g.get_str_key(self.n.__builtins__).unwrap_or(Value::NONE);
        let b = match b.downcast::<crate::object::module::ModuleObj>() {
            Some(m) => m.dict.value(),
            None => b,
        };
        let found = match b.downcast::<crate::object::dict::DictObj>() {
            Some(d) => self.dict_lookup(d, name)?,
            None if b.is_none() => self.builtins.get_str_key(name),
            None => match self.getitem(b, name) {
                Ok(v) => Some(v),
                Err(e) if self.is_instance(e.0, self.t.key_error) => None,
                Err(e) => return Err(e),
            },
        };
        found.ok_or_else(|| self.name_error(name))
    }

    pub fn name_error(&mut self, name: Value) -> PyErr {
        let n = Vm::str_of(name).unwrap_or("?");
        let e = self.new_error(self.t.name_error, &format!("name '{n}' is not defined"));
        let k = self.intern("name");
        self.set_exc_attr(e.0, k, name);
        e
    }
}

#[inline(always)]
pub(super) fn next_ip(code: Gc<CodeObj>, lasti: usize) -> usize {
    let w = code.units[lasti].get();
    lasti + 1 + Op::from_u8(w as u8).map(|o| o.cache_units()).unwrap_or(0)
}

pub(super) fn find_handler(code: Gc<CodeObj>, at: u32) -> Option<crate::bytecode::ExceptionEntry> {
    code.meta.exception_table.iter().find(|e| e.start <= at && at < e.end).cloned()
}

#[inline(always)]
pub(crate) fn cell_at(v: Value) -> Gc<CellObj> {
    v.downcast::<CellObj>().expect("cell and free slots hold cells")
}

#[inline(always)]
pub(crate) fn dict_at(v: Value) -> Gc<crate::object::dict::DictObj> {
    v.downcast::<crate::object::dict::DictObj>().expect("globals must be a dict")
}

#[inline(always)]
pub(super) fn tuple_at(v: Value) -> Gc<TupleObj> {
    v.downcast::<TupleObj>().expect("tuple")
}

