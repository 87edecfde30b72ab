//! The specializer (PEP 659): rewrites an adaptive instruction into one of
//! its specialized forms from the operands it sees, and back.
//!
//! Every adaptive instruction (`IS_ADAPTIVE` in the instruction table)
//! keeps a counter in its first inline-cache unit: bits 0-15 count down,
//! bits 16-23 hold a back-off exponent. The generic form decrements it and,
//! at zero, calls the `specialize_*` function of its family here, which
//! either rewrites the opcode byte to a specialized form (filling the other
//! cache units with what its guard checks: class versions, shape ids, dict
//! keys versions, cached values) or records the failure reason and backs
//! off (`WARMUP << exponent` executions before the next attempt). A
//! specialized form whose guard fails runs the generic code and spends one
//! unit of its miss budget; when the budget is spent, `deopt` rewrites it
//! back to the generic form with a longer back-off, so a polymorphic site
//! settles on the generic code instead of thrashing.
//!
//! Guards rely on numbers that are unique in the process: class versions
//! (`typeobj::next_type_version`), shape ids and dict keys versions. A
//! cached object pointer is only used after the version that keeps the
//! object reachable has matched.

use super::stats::{Fail, SpecStats};
use crate::bytecode::opcodes::{BinOp, Op, INPLACE};
use crate::object::attrs::{attrs_of, Attrs, Shape};
use crate::object::code::CodeObj;
use crate::object::dict::{DictObj, Probe};
use crate::object::function::{BuiltinFnObj, FunctionObj};
use crate::object::misc::{IterObj, IterState, PropertyObj, SuperObj};
use crate::object::module::ModuleObj;
use crate::object::seq::{ListObj, TupleObj};
use crate::object::str::StrObj;
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::{Gc, Layout};
use crate::value::Value;
use crate::vm::Vm;

/// Executions of a fresh adaptive instruction before its first specialization attempt.
pub const WARMUP: u32 = 8;
/// Guard failures a specialized form tolerates before it is deoptimized.
pub const MISS_BUDGET: u32 = 52;
const MAX_BACKOFF: u32 = 12;

/// Per-interpreter specializer state.
pub struct SpecState {
    /// `-X specialize=off` clears it: adaptive instructions never specialize.
    pub enabled: bool,
    /// Initial counter of adaptive instructions (0 = specialize at first execution).
    pub warmup: u32,
    /// Builtins the CALL forms recognise by identity (captured at start-up,
    /// so rebinding `builtins.len` does not fool them).
    pub len: Value,
    pub isinstance: Value,
    pub list_append: Value,
    /// Counters for `-X specialization-stats`.
    pub stats: Option<Box<SpecStats>>,
}

impl Default for SpecState {
    fn default() -> Self {
        SpecState { enabled: true, warmup: WARMUP, len: Value::NULL, isinstance: Value::NULL, list_append: Value::NULL, stats: None }
    }
}

/// How the adaptive interpreter specializes.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// After `WARMUP` executions (the default).
    #[default]
    On,
    /// Never: the generic interpreter (`-X specialize=off`).
    Off,
    /// At the first execution (a test knob: `-X specialize=eager`).
    Eager,
}

impl SpecState {
    pub fn configure(&mut self, mode: Mode, stats: bool) {
        self.enabled = mode != Mode::Off;
        self.warmup = match mode {
            Mode::On => WARMUP,
            Mode::Off => 0xffff,
            Mode::Eager => 0,
        };
        if stats {
            self.stats = Some(Box::default());
        }
    }
}

/// The initial counter word for adaptive instructions.
pub fn initial_counter(warmup: u32) -> u32 {
    warmup.min(0xffff)
}

/// Counter word after a failed attempt or a deopt: a longer wait.
fn backoff(counter: u32) -> u32 {
    let exp = ((counter >> 16) + 1).min(MAX_BACKOFF);
    (exp << 16) | (WARMUP << exp).min(0xffff)
}

/// Cache unit `j` of the instruction at `at` (unit 0, the counter, is at `at + 1`).
#[inline(always)]
pub fn cache(code: &CodeObj, at: usize, j: usize) -> u32 {
    code.units[at + 1 + j].get()
}

/// A Value stored in cache units `j` and `j + 1`.
#[inline(always)]
pub fn cache_value(code: &CodeObj, at: usize, j: usize) -> Value {
    let lo = code.units[at + 1 + j].get() as u64;
    let hi = code.units[at + 2 + j].get() as u64;
    Value::from_bits(lo | (hi << 32))
}

fn set_cache(code: &CodeObj, at: usize, j: usize, v: u32) {
    code.units[at + 1 + j].set(v);
}

fn set_cache_value(code: &CodeObj, at: usize, j: usize, v: Value) {
    set_cache(code, at, j, v.bits() as u32);
    set_cache(code, at, j + 1, (v.bits() >> 32) as u32);
}

fn rewrite(code: &CodeObj, at: usize, op: Op) {
    let u = &code.units[at];
    u.set((u.get() & !0xff) | op as u32);
}

/// Turn a specialized instruction back into its family's generic form.
pub fn deopt(code: &CodeObj, at: usize) {
    let u = &code.units[at];
    let op = Op::from_u8(u.get() as u8).map(Op::family).unwrap_or(Op::Nop);
    rewrite(code, at, op);
    let c = &code.units[at + 1];
    c.set(backoff(c.get()));
}

/// Is `d` a descriptor that defines `__set__`/`__delete__` (it then
/// overrides the instance's own attributes)?
fn is_data_descriptor(vm: &Vm, d: Value) -> bool {
    if !d.is_ptr() {
        return false;
    }
    if d.downcast::<PropertyObj>().is_some() {
        return true;
    }
    let dt = vm.type_of(d);
    if dt == vm.t.getset_descriptor || dt == vm.t.member_descriptor {
        return true;
    }
    dt.has_flag(tflags::HEAPTYPE | tflags::EXTENSION) && (dt.lookup(vm.n.__set__).is_some() || dt.lookup(vm.n.__delete__).is_some())
}

/// Does reading `d` through an instance return `d` itself (no `__get__`)?
fn is_plain_value(vm: &Vm, d: Value) -> bool {
    if !d.is_ptr() {
        return true;
    }
    match d.layout() {
        Some(Layout::Function | Layout::BuiltinFunction | Layout::ClassMethod | Layout::StaticMethod | Layout::Property) => false,
        _ => {
            let dt = vm.type_of(d);
            !(dt.has_flag(tflags::HEAPTYPE | tflags::EXTENSION) && dt.lookup(vm.n.__get__).is_some())
                && dt != vm.t.getset_descriptor
                && dt != vm.t.member_descriptor
        }
    }
}

fn is_dunder(name: Value) -> bool {
    Vm::str_of(name).map(|s| s.starts_with("__")).unwrap_or(true)
}

/// Entry index of a str key and the table's keys version (numbered now).
fn dict_slot(d: Gc<DictObj>, name: Value) -> Option<(u32, u32)> {
    let h = name.downcast::<StrObj>()?.hash();
    d.table.with_mut(|t| match t.probe(h, name, &[], |a, b| Some(crate::object::dict::native_key_eq(a, b).unwrap_or(false))) {
        Ok(Probe::Found(i)) => {
            let kv = t.keys_version();
            (kv != 0 && i <= u32::MAX as usize).then_some((kv, i as u32))
        }
        _ => None,
    })
}

/// Read entry `idx` of `d` if its keys version is `kv`.
#[inline(always)]
pub fn dict_entry_if(d: Gc<DictObj>, kv: u32, idx: u32) -> Option<Value> {
    d.table.with(|t| if t.current_keys_version() == kv { t.entries.get(idx as usize).map(|e| e.value) } else { None })
}

type Outcome = Result<Op, Fail>;

/// LOAD_ATTR_MODULE / LOAD_METHOD_MODULE: the module dict's keys version
/// in unit 1, the entry index in unit 3.
fn module_form(code: &CodeObj, at: usize, m: Gc<ModuleObj>, name: Value, op: Op) -> Outcome {
    let (kv, idx) = dict_slot(m.dict, name).ok_or(Fail::NotFound)?;
    set_cache(code, at, 1, kv);
    set_cache(code, at, 3, idx);
    Ok(op)
}

impl Vm {
    /// Install the specialized form (or back off) and count the attempt.
    fn finish(&mut self, code: &CodeObj, at: usize, family: Op, r: Outcome) {
        let c = &code.units[at + 1];
        match r {
            Ok(op) => {
                rewrite(code, at, op);
                c.set((c.get() & !0xffff) | MISS_BUDGET);
            }
            Err(_) => c.set(backoff(c.get())),
        }
        if let Some(s) = self.spec.stats.as_mut() {
            s.attempt(family, r.err());
        }
    }

    /// False (and a long back-off) when specialization is switched off.
    fn may_specialize(&mut self, code: &CodeObj, at: usize) -> bool {
        if self.spec.enabled {
            return true;
        }
        code.units[at + 1].set(0xffff);
        false
    }

    #[inline(never)]
    pub fn specialize_load_global(&mut self, code: &CodeObj, at: usize, globals: Value, name: Value) {
        if !self.may_specialize(code, at) {
            return;
        }
        let r = (|| {
            let g = globals.downcast::<DictObj>().ok_or(Fail::OtherType)?;
            if g.own_builtins.get() {
                return Err(Fail::OwnBuiltins);
            }
            if let Some((kv, idx)) = dict_slot(g, name) {
                set_cache(code, at, 1, kv);
                set_cache(code, at, 3, idx);
                return Ok(Op::LoadGlobalModule);
            }
            let gkv = g.table.with_mut(|t| t.keys_version());
            let (bkv, idx) = dict_slot(self.builtins, name).ok_or(Fail::NotFound)?;
            if gkv == 0 {
                return Err(Fail::Unversioned);
            }
            set_cache(code, at, 1, gkv);
            set_cache(code, at, 2, bkv);
            set_cache(code, at, 3, idx);
            Ok(Op::LoadGlobalBuiltin)
        })();
        self.finish(code, at, Op::LoadGlobal, r);
    }

    #[inline(never)]
    pub fn specialize_load_attr(&mut self, code: &CodeObj, at: usize, sp: usize, name: Value) {
        self.specialize_on_top(code, at, sp, name, Op::LoadAttr, Vm::load_attr_form);
    }

    #[inline(never)]
    pub fn specialize_load_method(&mut self, code: &CodeObj, at: usize, sp: usize, name: Value) {
        self.specialize_on_top(code, at, sp, name, Op::LoadMethod, Vm::load_method_form);
    }

    /// Specialize a named instruction from the object on top of the stack.
    fn specialize_on_top(&mut self, code: &CodeObj, at: usize, sp: usize, name: Value, family: Op, form: fn(&mut Vm, &CodeObj, usize, Value, Value) -> Outcome) {
        if !self.may_specialize(code, at) {
            return;
        }
        let obj = self.stack[sp - 1];
        let r = form(self, code, at, obj, name);
        self.finish(code, at, family, r);
    }

    fn load_attr_form(&mut self, code: &CodeObj, at: usize, obj: Value, name: Value) -> Outcome {
        let t = self.type_of(obj);
        if t.has_flag(tflags::CUSTOM_GETATTRIBUTE) {
            return Err(Fail::CustomGetattribute);
        }
        if let Some(m) = obj.downcast::<ModuleObj>() {
            return module_form(code, at, m, name, Op::LoadAttrModule);
        }
        if let Some(cls) = obj.downcast::<TypeObj>() {
            if t != self.t.type_ {
                return Err(Fail::Metaclass);
            }
            if is_dunder(name) {
                return Err(Fail::Dunder);
            }
            let v = cls.lookup(name).ok_or(Fail::NotFound)?;
            // `C.s` of a staticmethod is its function, of a classmethod a bound method.
            if matches!(v.layout(), Some(Layout::ClassMethod | Layout::StaticMethod)) || (v.is_ptr() && self.type_of(v).has_flag(tflags::HEAPTYPE | tflags::EXTENSION) && self.type_of(v).lookup(self.n.__get__).is_some()) {
                return Err(Fail::Descriptor);
            }
            let ver = cls.version.get();
            if ver == 0 {
                return Err(Fail::Unversioned);
            }
            set_cache(code, at, 1, ver);
            set_cache_value(code, at, 3, v);
            return Ok(Op::LoadAttrClass);
        }
        if obj.downcast::<SuperObj>().is_some() {
            return Err(Fail::OtherType);
        }
        let ver = t.version.get();
        if ver == 0 {
            return Err(Fail::Unversioned);
        }
        let class_attr = t.lookup(name);
        if let Some(d) = class_attr.filter(|d| is_data_descriptor(self, *d)) {
            let getter = d.downcast::<PropertyObj>().map(|p| p.fget.get()).ok_or(Fail::Descriptor)?;
            if getter.downcast::<FunctionObj>().is_none() {
                return Err(Fail::Descriptor);
            }
            set_cache(code, at, 1, ver);
            set_cache_value(code, at, 3, getter);
            return Ok(Op::LoadAttrProperty);
        }
        let a = attrs_of(obj).ok_or(Fail::NoAttrs)?;
        if a.dict.get().is_some() {
            return Err(Fail::DictMode);
        }
        let shape = a.shape.get();
        if shape.id == 0 {
            return Err(Fail::Unversioned);
        }
        if let Some(i) = shape.index_of(name) {
            // Guarded by the shape and the class's shadow mask, not the
            // class itself: sites that see several classes whose instances
            // share a shape (subclasses set up by one `__init__`) stay fast.
            let bit = name_bit(name).ok_or(Fail::OtherType)?;
            if self.shadow_masks(t).0 >> bit & 1 != 0 {
                return Err(Fail::Descriptor);
            }
            set_cache(code, at, 1, bit);
            set_cache(code, at, 2, shape.id);
            set_cache(code, at, 3, i as u32);
            return Ok(Op::LoadAttrInstance);
        }
        let v = class_attr.ok_or(Fail::NotFound)?;
        if t.layout != Layout::Object || is_dunder(name) {
            return Err(Fail::OtherType);
        }
        if !is_plain_value(self, v) {
            return Err(Fail::Method);
        }
        set_cache(code, at, 1, ver);
        set_cache(code, at, 2, shape.id);
        set_cache_value(code, at, 3, v);
        Ok(Op::LoadAttrNonDescriptor)
    }



    fn load_method_form(&mut self, code: &CodeObj, at: usize, obj: Value, name: Value) -> Outcome {
        let t = self.type_of(obj);
        if t.has_flag(tflags::CUSTOM_GETATTRIBUTE) {
            return Err(Fail::CustomGetattribute);
        }
        if let Some(m) = obj.downcast::<ModuleObj>() {
            return module_form(code, at, m, name, Op::LoadMethodModule);
        }
        if let Some(cls) = obj.downcast::<TypeObj>() {
            if t != self.t.type_ {
                return Err(Fail::Metaclass);
            }
            if self.t.type_.lookup(name).map(|d| is_data_descriptor(self, d)).unwrap_or(false) {
                return Err(Fail::Descriptor);
            }
            let f = cls.lookup(name).ok_or(Fail::NotFound)?;
            if !(f.layout() == Some(Layout::Function) && self.type_of(f) == self.t.function) {
                return Err(Fail::Descriptor);
            }
            let ver = cls.version.get();
            if ver == 0 {
                return Err(Fail::Unversioned);
            }
            set_cache(code, at, 1, ver);
            set_cache_value(code, at, 3, f);
            return Ok(Op::LoadMethodClass);
        }
        if obj.downcast::<SuperObj>().is_some() {
            return Err(Fail::OtherType);
        }
        let ver = t.version.get();
        if ver == 0 {
            return Err(Fail::Unversioned);
        }
        let d = t.lookup(name).ok_or(Fail::NotFound)?;
        let is_plain_fn = (d.layout() == Some(Layout::Function) && self.type_of(d) == self.t.function)
            || d.downcast::<BuiltinFnObj>().map(|b| !b.owner.is_null() && b.bound.is_null()).unwrap_or(false);
        if !is_plain_fn {
            return Err(Fail::Descriptor);
        }
        set_cache(code, at, 1, ver);
        set_cache_value(code, at, 3, d);
        match attrs_of(obj) {
            None => Ok(Op::LoadMethodNoDict),
            Some(a) => {
                if a.dict.get().is_some() {
                    return Err(Fail::DictMode);
                }
                let bit = name_bit(name).ok_or(Fail::OtherType)?;
                if a.shape.get().may_hold(name, bit) {
                    return Err(Fail::Shadowed);
                }
                set_cache(code, at, 2, bit);
                Ok(Op::LoadMethodInstance)
            }
        }
    }

    #[inline(never)]
    pub fn specialize_store_attr(&mut self, code: &CodeObj, at: usize, sp: usize, name: Value) {
        let obj = self.stack[sp - 1];
        if !self.may_specialize(code, at) {
            return;
        }
        let r = (|| {
            let t = self.type_of(obj);
            if t.has_flag(tflags::CUSTOM_SETATTR) {
                return Err(Fail::CustomSetattr);
            }
            if t.layout != Layout::Object || t.has_flag(tflags::NO_DICT) || name == self.n.__class__ {
                return Err(Fail::OtherType);
            }
            if t.lookup(name).map(|d| is_data_descriptor(self, d)).unwrap_or(false) {
                return Err(Fail::Descriptor);
            }
            let ver = t.version.get();
            let a = attrs_of(obj).ok_or(Fail::NoAttrs)?;
            if a.dict.get().is_some() {
                return Err(Fail::DictMode);
            }
            let shape = a.shape.get();
            if ver == 0 || shape.id == 0 {
                return Err(Fail::Unversioned);
            }
            let bit = name_bit(name).ok_or(Fail::OtherType)?;
            if self.shadow_masks(t).1 >> bit & 1 != 0 {
                return Err(Fail::Descriptor);
            }
            set_cache(code, at, 1, bit);
            set_cache(code, at, 2, shape.id);
            if let Some(i) = shape.index_of(name) {
                set_cache(code, at, 3, i as u32);
                return Ok(Op::StoreAttrInstance);
            }
            // The generic store about to run creates the transition; the
            // next attempt finds it.
            let child = shape.child(name).ok_or(Fail::NotFound)?;
            if child.id == 0 || a.values.with(|v| v.len()) != shape.keys.len() {
                return Err(Fail::Unversioned);
            }
            set_cache(code, at, 3, shape.keys.len() as u32);
            set_cache_value(code, at, 4, child.value());
            Ok(Op::StoreAttrAddSlot)
        })();
        self.finish(code, at, Op::StoreAttr, r);
    }

    #[inline(never)]
    pub fn specialize_binary_op(&mut self, code: &CodeObj, at: usize, sp: usize, arg: u32) {
        let (a, b) = (self.stack[sp - 2], self.stack[sp - 1]);
        if !self.may_specialize(code, at) {
            return;
        }
        let op = BinOp::ALL.get((arg & !INPLACE) as usize).copied();
        let r = if Value::both_small_ints(a, b) {
            match op {
                Some(BinOp::Add) => Ok(Op::BinaryOpAddInt),
                Some(BinOp::Sub) => Ok(Op::BinaryOpSubInt),
                Some(BinOp::Mul) => Ok(Op::BinaryOpMulInt),
                Some(BinOp::FloorDiv | BinOp::Mod | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift) => Ok(Op::BinaryOpOtherInt),
                _ => Err(Fail::Operator),
            }
        } else if a.is_float() && b.is_float() {
            match op {
                Some(BinOp::Add) => Ok(Op::BinaryOpAddFloat),
                Some(BinOp::Sub) => Ok(Op::BinaryOpSubFloat),
                Some(BinOp::Mul) => Ok(Op::BinaryOpMulFloat),
                Some(BinOp::TrueDiv) => Ok(Op::BinaryOpDivFloat),
                _ => Err(Fail::Operator),
            }
        } else if self.is_exact_str(a) && self.is_exact_str(b) {
            if op == Some(BinOp::Add) {
                Ok(Op::BinaryOpAddStr)
            } else {
                Err(Fail::Operator)
            }
        } else if (a.is_small_int() && b.is_float()) || (a.is_float() && b.is_small_int()) {
            match op {
                Some(BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv) => Ok(Op::BinaryOpMixedFloat),
                _ => Err(Fail::Operator),
            }
        } else {
            Err(Fail::OtherType)
        };
        self.finish(code, at, Op::BinaryOp, r);
    }

    #[inline(always)]
    pub fn is_exact_str(&self, v: Value) -> bool {
        v.is_ptr() && v.header_unchecked().class() == self.t.str_
    }

    #[inline(always)]
    pub fn is_exact(&self, v: Value, t: Gc<TypeObj>) -> bool {
        v.is_ptr() && v.header_unchecked().class() == t
    }

    #[inline(never)]
    pub fn specialize_compare_op(&mut self, code: &CodeObj, at: usize, sp: usize) {
        let (a, b) = (self.stack[sp - 2], self.stack[sp - 1]);
        if !self.may_specialize(code, at) {
            return;
        }
        let r = if Value::both_small_ints(a, b) {
            Ok(Op::CompareOpInt)
        } else if a.is_float() && b.is_float() {
            Ok(Op::CompareOpFloat)
        } else if self.is_exact_str(a) && self.is_exact_str(b) {
            Ok(Op::CompareOpStr)
        } else {
            Err(Fail::OtherType)
        };
        self.finish(code, at, Op::CompareOp, r);
    }

    #[inline(never)]
    pub fn specialize_subscr(&mut self, code: &CodeObj, at: usize, sp: usize, store: bool) {
        let (obj, key) = (self.stack[sp - 2], self.stack[sp - 1]);
        if !self.may_specialize(code, at) {
            return;
        }
        let r = if self.is_exact(obj, self.t.list) && key.is_small_int() {
            Ok(if store { Op::StoreSubscrListInt } else { Op::BinarySubscrListInt })
        } else if !store && self.is_exact(obj, self.t.tuple) && key.is_small_int() {
            Ok(Op::BinarySubscrTupleInt)
        } else if self.is_exact(obj, self.t.dict) {
            Ok(if store { Op::StoreSubscrDict } else { Op::BinarySubscrDict })
        } else {
            Err(Fail::OtherType)
        };
        self.finish(code, at, if store { Op::StoreSubscr } else { Op::BinarySubscr }, r);
    }

    #[inline(never)]
    pub fn specialize_contains(&mut self, code: &CodeObj, at: usize, sp: usize) {
        let container = self.stack[sp - 1];
        if !self.may_specialize(code, at) {
            return;
        }
        let r = if self.is_exact(container, self.t.dict) {
            Ok(Op::ContainsOpDict)
        } else if self.is_exact(container, self.t.set) || self.is_exact(container, self.t.frozenset) {
            Ok(Op::ContainsOpSet)
        } else {
            Err(Fail::OtherType)
        };
        self.finish(code, at, Op::ContainsOp, r);
    }

    #[inline(never)]
    pub fn specialize_call(&mut self, code: &CodeObj, at: usize, sp: usize, nargs: usize, has_kw: bool) {
        let (callable, self_or_null) = (self.stack[sp - nargs - 2], self.stack[sp - nargs - 1]);
        if !self.may_specialize(code, at) {
            return;
        }
        let total = nargs + !self_or_null.is_null() as usize;
        let r = (|| {
            if has_kw {
                return Err(Fail::Keywords);
            }
            if let Some(f) = callable.downcast::<FunctionObj>() {
                let c = f.code.get();
                if c.exact_argc < 0 {
                    return Err(if c.flags & crate::bytecode::code::flags::GENERATOR_LIKE != 0 { Fail::Generator } else { Fail::ComplexParameters });
                }
                return if c.exact_argc as usize == total { Ok(Op::CallPyExactArgs) } else { Err(Fail::ArgCount) };
            }
            if callable == self.t.type_.value() {
                return if total == 1 { Ok(Op::CallType1) } else { Err(Fail::OtherType) };
            }
            if callable.downcast::<BuiltinFnObj>().is_some() {
                if crate::modules::gc::is_collect(callable) {
                    return Err(Fail::OtherType);
                }
                if callable == self.spec.len && total == 1 {
                    return Ok(Op::CallLen);
                }
                if callable == self.spec.isinstance && total == 2 {
                    return Ok(Op::CallIsinstance);
                }
                if callable == self.spec.list_append && total == 2 && self.is_exact(self_or_null, self.t.list) {
                    return Ok(Op::CallListAppend);
                }
                return Ok(Op::CallBuiltin);
            }
            if let Some(t) = callable.downcast::<TypeObj>() {
                return self.alloc_init_form(code, at, t, self_or_null, total);
            }
            if callable.layout() == Some(Layout::BoundMethod) {
                return Err(Fail::BoundMethod);
            }
            Err(Fail::OtherType)
        })();
        self.finish(code, at, Op::Call, r);
    }

    #[inline(never)]
    /// CALL_ALLOC_INIT for a plain class: `type` as metaclass, instances
    /// of the plain object layout made by `object.__new__`, and a Python
    /// `__init__` binding exactly the arguments plus `self`.
    fn alloc_init_form(&mut self, code: &CodeObj, at: usize, t: Gc<TypeObj>, self_or_null: Value, total: usize) -> Outcome {
        if t.class() != self.t.type_ || t.layout != Layout::Object || t.has_flag(tflags::ABSTRACT) || !self_or_null.is_null() {
            return Err(Fail::Class);
        }
        if t.lookup(self.n.__new__) != Some(self.object_new_fn()) {
            return Err(Fail::Class);
        }
        let init = t.lookup(self.n.__init__).ok_or(Fail::Class)?;
        let f = init.downcast::<FunctionObj>().filter(|_| self.type_of(init) == self.t.function).ok_or(Fail::Class)?;
        if f.code.get().exact_argc != total as i32 + 1 {
            return Err(Fail::ArgCount);
        }
        let ver = t.version.get();
        if ver == 0 {
            return Err(Fail::Unversioned);
        }
        set_cache(code, at, 1, ver);
        set_cache_value(code, at, 2, init);
        Ok(Op::CallAllocInit)
    }

    pub fn specialize_for_iter(&mut self, code: &CodeObj, at: usize, sp: usize) {
        let it = self.stack[sp - 1];
        if !self.may_specialize(code, at) {
            return;
        }
        let r = if self.is_exact(it, self.t.range_iterator) {
            Ok(Op::ForIterRange)
        } else if self.is_exact(it, self.t.list_iterator) {
            Ok(Op::ForIterList)
        } else if self.is_exact(it, self.t.tuple_iterator) {
            Ok(Op::ForIterTuple)
        } else if it.layout() == Some(Layout::Generator) {
            Err(Fail::Generator)
        } else {
            Err(Fail::OtherType)
        };
        self.finish(code, at, Op::ForIter, r);
    }

    #[inline(never)]
    pub fn specialize_unpack(&mut self, code: &CodeObj, at: usize, sp: usize, n: usize) {
        let seq = self.stack[sp - 1];
        if !self.may_specialize(code, at) {
            return;
        }
        let r = if let Some(t) = seq.downcast::<TupleObj>().filter(|_| self.is_exact(seq, self.t.tuple)) {
            if t.len() != n {
                Err(Fail::ArgCount)
            } else if n == 2 {
                Ok(Op::UnpackSequenceTwoTuple)
            } else {
                Ok(Op::UnpackSequenceTuple)
            }
        } else if let Some(l) = seq.downcast::<ListObj>().filter(|_| self.is_exact(seq, self.t.list)) {
            if l.items.len() == n {
                Ok(Op::UnpackSequenceList)
            } else {
                Err(Fail::ArgCount)
            }
        } else {
            Err(Fail::OtherType)
        };
        self.finish(code, at, Op::UnpackSequence, r);
    }

    /// Capture the builtins the CALL forms recognise (after `builtins` is installed).
    pub fn init_specializer(&mut self) {
        let len = self.intern("len");
        let isinstance = self.intern("isinstance");
        let append = self.intern("append");
        self.spec.len = self.builtins.get_str_key(len).unwrap_or(Value::NULL);
        self.spec.isinstance = self.builtins.get_str_key(isinstance).unwrap_or(Value::NULL);
        self.spec.list_append = self.t.list.dict.get_str_key(append).unwrap_or(Value::NULL);
    }
}

/// Quicken a new code object's units: every generic adaptive instruction
/// gets its warm-up counter, and (unless specialization is off) the first
/// of each pair of local-variable instructions that CPython 3.11 also
/// fuses becomes a superinstruction, which runs both and skips the second
/// (the second stays intact, so a jump to it still works).
pub fn quicken(units: &[std::cell::Cell<u32>], warmup: u32, superinstructions: bool) {
    use crate::bytecode::opcodes::{opc, INSTR_LEN};
    let mut i = 0;
    while i < units.len() {
        let byte = units[i].get() as u8;
        let len = INSTR_LEN[byte as usize].max(1) as usize;
        if IS_ADAPTIVE[byte as usize] && i + 1 < units.len() {
            units[i + 1].set(initial_counter(warmup));
        }
        if superinstructions && len == 1 && i + 1 < units.len() {
            let next = units[i + 1].get() as u8;
            let fused = match (byte, next) {
                (opc::LoadFast, opc::LoadFast) => Some(Op::LoadFastLoadFast),
                (opc::LoadFast, opc::LoadConst) => Some(Op::LoadFastLoadConst),
                (opc::LoadConst, opc::LoadFast) => Some(Op::LoadConstLoadFast),
                (opc::StoreFast, opc::LoadFast) => Some(Op::StoreFastLoadFast),
                (opc::StoreFast, opc::StoreFast) => Some(Op::StoreFastStoreFast),
                _ => None,
            };
            if let Some(op) = fused {
                units[i].set((units[i].get() & !0xff) | op as u32);
            }
        }
        i += len;
    }
}

use crate::bytecode::opcodes::IS_ADAPTIVE;

// ----- guards and actions used by the specialized forms in run.rs -----

/// The bit of an attribute name in the classes' shadow masks.
pub fn name_bit(name: Value) -> Option<u32> {
    Some((name.downcast::<StrObj>()?.hash() as u64 % 64) as u32)
}

impl Vm {
    /// A class's (load, store) shadow masks for its current version.
    #[inline(always)]
    pub fn shadow_masks(&self, cls: Gc<TypeObj>) -> (u64, u64) {
        let (v, load, store) = cls.shadow_masks.get();
        if v == cls.version.get() && v != 0 {
            (load, store)
        } else {
            self.compute_shadow_masks(cls)
        }
    }

    #[inline(never)]
    fn compute_shadow_masks(&self, cls: Gc<TypeObj>) -> (u64, u64) {
        const ALL: u64 = u64::MAX;
        let (load, store) = if matches!(cls.layout, Layout::Type | Layout::Module | Layout::Super) {
            (ALL, ALL)
        } else {
            let mut m = 0u64;
            for c in cls.mro.with(|m| m.clone()) {
                for (k, v) in c.dict.items() {
                    if is_data_descriptor(self, v) {
                        m |= name_bit(k).map(|b| 1u64 << b).unwrap_or(ALL);
                    }
                }
            }
            let load = if cls.has_flag(tflags::CUSTOM_GETATTRIBUTE) { ALL } else { m };
            // Stores: only plain instances keep every attribute in their
            // slots (exceptions and functions have field attributes first).
            let store = if cls.has_flag(tflags::CUSTOM_SETATTR) || cls.layout != Layout::Object { ALL } else { m };
            (load, store)
        };
        cls.shadow_masks.set((cls.version.get(), load, store));
        (load, store)
    }
}

/// The attribute store of `obj` when no data descriptor or attribute hook
/// of its class can intercept the name with mask bit `bit` (`store`
/// selects the store mask) and its attributes are not in dict mode.
#[inline(always)]
pub fn plain_attrs(vm: &Vm, obj: Value, bit: u32, store: bool) -> Option<&'static Attrs> {
    if !obj.is_ptr() {
        return None;
    }
    let (load, st) = vm.shadow_masks(obj.header_unchecked().class());
    if (if store { st } else { load }) >> bit & 1 != 0 {
        return None;
    }
    let a = attrs_of(obj)?;
    a.dict.get().is_none().then_some(a)
}

/// Is `name` the attribute in slot `idx` of `a`'s shape? Any shape that
/// extends the one where the attribute was added keeps it there, so a
/// site reading the attributes a base class's `__init__` sets stays
/// specialized across subclasses whose instances add more.
#[inline(always)]
pub fn slot_holds(a: &Attrs, idx: u32, name: Value) -> bool {
    a.shape.get().keys.get(idx as usize) == Some(&name)
}

/// The attribute store of `obj` for a shape-specific form: as
/// `plain_attrs`, and the shape has id `shape`.
#[inline(always)]
pub fn shaped_attrs(vm: &Vm, obj: Value, bit: u32, shape: u32, store: bool) -> Option<&'static Attrs> {
    plain_attrs(vm, obj, bit, store).filter(|a| a.shape.get().id == shape)
}

/// The attribute store of `obj` when its class has version `ver`, its
/// attributes are not in dict mode and its shape has id `shape`.
#[inline(always)]
pub fn instance_attrs(obj: Value, ver: u32, shape: u32) -> Option<&'static Attrs> {
    if !obj.is_ptr() || obj.header_unchecked().class().version.get() != ver {
        return None;
    }
    let a = attrs_of(obj)?;
    (a.dict.get().is_none() && a.shape.get().id == shape).then_some(a)
}

/// The method cached by a LOAD_METHOD_INSTANCE site (class version `ver`,
/// function `f`, name mask bit `bit`) for `obj`: `f` when `obj`'s class is
/// the cached one or resolves `name` to the same function (a subclass
/// inheriting it), and no instance attribute shadows it.
#[inline(always)]
pub fn instance_method(obj: Value, ver: u32, f: Value, name: Value, bit: u32) -> Option<Value> {
    if !obj.is_ptr() {
        return None;
    }
    let cls = obj.header_unchecked().class();
    if cls.version.get() != ver {
        let plain = !cls.has_flag(tflags::CUSTOM_GETATTRIBUTE) && !matches!(cls.layout, Layout::Type | Layout::Module | Layout::Super);
        if !plain || cls.lookup(name) != Some(f) {
            return None;
        }
    }
    let a = attrs_of(obj)?;
    (a.dict.get().is_none() && !a.shape.get().may_hold(name, bit)).then_some(f)
}

/// `obj` as a class whose metaclass is `type` and whose version is `ver`.
#[inline(always)]
pub fn class_if_version(vm: &Vm, obj: Value, ver: u32) -> Option<Gc<TypeObj>> {
    if !obj.is_ptr() || obj.header_unchecked().class() != vm.t.type_ {
        return None;
    }
    obj.downcast::<TypeObj>().filter(|c| c.version.get() == ver)
}

/// Append attribute value `v` as slot `len` and move to `child` (the
/// cached transition of the current shape); false when the store does not
/// have exactly `len` values.
#[inline(always)]
pub fn add_slot(a: &Attrs, len: u32, child: Value, v: Value) -> bool {
    let Some(child) = child.downcast::<Shape>() else { return false };
    let ok = a.values.with_mut(|vals| {
        if vals.len() != len as usize {
            return false;
        }
        vals.push(v);
        true
    });
    if ok {
        a.shape.set(child);
    }
    ok
}

/// Python's index wrap-around: `i` (negative counts from the end) as an index below `len`.
#[inline(always)]
pub fn wrap_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (j >= 0 && (j as u64) < len as u64).then_some(j as usize)
}

/// `x op y` for small ints and the BINARY_OP_OTHER_INT operators, with
/// Python's floor semantics; None when the generic code must run (a zero
/// divisor, a negative or large shift, a result past the immediate range).
#[inline(always)]
pub fn other_int_op(op: u32, x: i64, y: i64) -> Option<Value> {
    let r = match BinOp::ALL.get((op & !INPLACE) as usize)? {
        BinOp::FloorDiv if y != 0 => x.div_euclid(y) - if (x.rem_euclid(y) != 0) && (y < 0) { 1 } else { 0 },
        BinOp::Mod if y != 0 => {
            let m = x % y;
            if m != 0 && ((m < 0) != (y < 0)) { m + y } else { m }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::LShift if (0..64).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            r
        }
        BinOp::RShift if y >= 0 => x >> y.min(63),
        _ => return None,
    };
    Value::try_small_int(r)
}

/// `x <cmp> y` for the COMPARE_OP argument `cmp` (a `CmpOp` number).
#[inline(always)]
pub fn compare_as<T: PartialOrd + ?Sized>(cmp: u32, x: &T, y: &T) -> bool {
    match cmp {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// The next item of a range, list or tuple iterator without calling out:
/// `Some(Some(v))` an item, `Some(None)` exhausted, `None` when the generic
/// code must run (a range item outside the immediate-int range).
#[inline(always)]
pub fn fast_iter_next(it: Value) -> Option<Option<Value>> {
    let i = it.downcast::<IterObj>()?;
    i.state.with_mut(|s| match s {
        IterState::Range { cur, stop, step } => {
            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                let v = Value::try_small_int(*cur)?;
                *cur = cur.saturating_add(*step);
                Some(Some(v))
            } else {
                Some(None)
            }
        }
        IterState::Seq { seq, idx } => {
            let item = if let Some(l) = seq.downcast::<ListObj>() {
                l.items.get(*idx)
            } else {
                seq.downcast::<TupleObj>()?.items.get(*idx).copied()
            };
            match item {
                Some(v) => {
                    *idx += 1;
                    Some(Some(v))
                }
                None => {
                    *s = IterState::Exhausted;
                    Some(None)
                }
            }
        }
        IterState::Exhausted => Some(None),
        _ => None,
    })
}

impl Vm {
    /// Stats mode: one more execution of `byte`.
    #[inline(always)]
    pub fn count_exec(&mut self, byte: u8) {
        if let Some(s) = self.spec.stats.as_mut() {
            s.exec[byte as usize] += 1;
        }
    }
    /// Stats mode: a guard of the specialized form `byte` failed (and it was deoptimized).
    pub fn count_miss(&mut self, byte: u8, deopted: bool) {
        if let Some(s) = self.spec.stats.as_mut() {
            s.misses[byte as usize] += 1;
            if deopted {
                s.deopts[byte as usize] += 1;
            }
        }
    }
    /// The CALL forms for `len`, `isinstance`, `type` and `list.append`
    /// with their arguments at frame-stack slots `first..` (None: the
    /// form's guard failed). Out of line, so that the arguments do not
    /// linger in the interpreter loop's native frame.
    #[inline(never)]
    pub fn call_known_builtin(&mut self, byte: u8, first: usize) -> crate::vm::PyResult<Option<Value>> {
        use crate::bytecode::opcodes::opc;
        let a0 = self.stack[first];
        Ok(Some(match byte {
            opc::CallLen => {
                let n = self.len(a0)?;
                self.new_int(n as i64)
            }
            opc::CallIsinstance => {
                let cls = self.stack[first + 1];
                Value::from_bool(crate::builtins::functions::isinstance(self, a0, cls)?)
            }
            opc::CallType1 => self.type_of(a0).value(),
            _ => {
                let item = self.stack[first + 1];
                match a0.downcast::<ListObj>().filter(|_| self.is_exact(a0, self.t.list)) {
                    Some(l) => self.list_push(l, item),
                    None => return Ok(None),
                }
                Value::NONE
            }
        }))
    }

    /// The disassembly of a function's live (quickened) code units, showing
    /// the specialized forms its instructions have taken so far.
    pub fn quickened_dis(&self, func: Value) -> Option<String> {
        let code = func.downcast::<FunctionObj>()?.code.get();
        let units: Vec<u32> = code.units.iter().map(|u| u.get()).collect();
        Some(crate::bytecode::dis::disassemble_quickened(&code.meta, &units))
    }

    /// `a + b` for two exact strs. Out of line, as `build_string`.
    #[inline(never)]
    pub fn str_concat(&mut self, a: Value, b: Value) -> Value {
        crate::builtins::str_surrogates::concat(self, &[a, b])
    }

    /// BUILD_STRING over the stack slots `lo..hi`. Out of line: a parts
    /// buffer in the interpreter loop's native frame would keep the pieces
    /// alive for the conservative stack scan long after the instruction.
    #[inline(never)]
    pub fn build_string(&mut self, lo: usize, hi: usize) -> Value {
        let parts: smallvec::SmallVec<[Value; 8]> = self.stack[lo..hi].iter().copied().collect();
        crate::builtins::str_surrogates::concat(self, &parts)
    }
}
