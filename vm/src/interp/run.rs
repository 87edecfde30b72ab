//! The interpreter loop.
//!
//! Python-to-Python calls push a frame on the same frame stack and continue
//! in this loop (no native recursion); only calls made from native code
//! (a builtin calling a Python function) re-enter `run_frame`.

use super::frame::*;
use super::loop_support::{cell_at, dict_at, find_handler, next_ip, tuple_at};
use super::specialize::{add_slot, cache, cache_value, class_if_version, compare_as, deopt, dict_entry_if, other_int_op, fast_iter_next, instance_attrs, instance_method, plain_attrs, shaped_attrs, slot_holds, wrap_index};
use crate::bytecode::opcodes::{opc, INSTR_LEN};
use crate::object::dict::DictObj;
use crate::object::module::ModuleObj;
use crate::bytecode::{BinOp, CmpOp, Op, INPLACE};
use crate::object::code::CodeObj;
use crate::object::function::FunctionObj;
use crate::object::seq::{ListObj, TupleObj};
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Overwrites a call's argument buffer before it goes out of scope, so the
/// dead copies left in `run_frame`'s native frame do not keep objects alive
/// through the conservative stack scan.
#[inline(always)]
fn forget_values(mut args: smallvec::SmallVec<[Value; 8]>) {
    args.iter_mut().for_each(|a| *a = Value::NULL);
    std::hint::black_box(&mut args);
}

/// How a frame left `run_frame`.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

impl Vm {
    /// A dict from key/value pairs (BUILD_MAP). Out of line, so that its
    /// temporaries do not linger in the interpreter loop's native frame
    /// (where the conservative stack scan would find them).
    #[inline(never)]
    fn build_map(&mut self, items: impl Iterator<Item = (Value, Value)>) -> PyResult {
        let d = self.new_dict();
        for (k, v) in items {
            self.dict_set(d, k, v)?;
        }
        Ok(d.value())
    }

    #[inline(always)]
    fn frame_code(&self, base: usize) -> Gc<CodeObj> {
        self.stack[base + F_CODE].downcast::<CodeObj>().expect("F_CODE holds a code object")
    }

    /// Run the frame at `self.frame` (which must carry FLAG_ENTRY) until it
    /// returns or yields.
    pub fn run_frame(&mut self) -> PyResult<Exit> {
        // Like a native call, a run of Python code is a root scope: what its
        // instructions parked in `extra_roots` is dead once it returns or
        // yields, and callers that collect values there (`collect_iter`)
        // must not find it mixed with theirs.
        let mark = self.extra_roots.len();
        let r = if self.spec.stats.is_some() {
            self.run_frame_impl::<true>()
        } else {
            self.run_frame_impl::<false>()
        };
        self.extra_roots.truncate(mark);
        r
    }

    /// The loop; `STATS` compiles in the specialization counters.
    fn run_frame_impl<const STATS: bool>(&mut self) -> PyResult<Exit> {
        let mut base = self.frame;
        let mut code = self.frame_code(base);
        let mut lasti = self.stack[base + F_LASTI].small_int_unchecked();
        let mut ip: usize = if lasti < 0 { 0 } else { next_ip(code, lasti as usize) };
        let mut sp = base + HEADER + code.nlocalsplus() + self.stack[base + F_SP].small_int_unchecked() as usize;
        let mut kwnames = Value::NULL;
        let mut reraise = false;
        let mut pending = self.pending_throw.take();
        let roots_mark = self.extra_roots.len();

        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                self.stack[sp] = v;
                sp += 1;
            }};
        }
        macro_rules! pop {
            () => {{
                sp -= 1;
                self.stack[sp]
            }};
        }
        macro_rules! peek {
            ($n:expr) => {
                self.stack[sp - $n]
            };
        }
        macro_rules! local {
            ($i:expr) => {
                self.stack[base + HEADER + $i]
            };
        }
        macro_rules! save {
            () => {{
                self.stack[base + F_LASTI] = int_slot(lasti);
            }};
        }
        // Continue in the frame just pushed at `$nb` running `$code`.
        macro_rules! switch_to_new_frame {
            ($nb:expr, $code:expr) => {{
                base = $nb;
                code = $code;
                ip = 0;
                sp = base + HEADER + code.nlocalsplus();
            }};
        }

        loop {
            let err: PyErr = if let Some(e) = pending.take() { e } else { 'dispatch: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'dispatch e,
                        }
                    };
                }
                lasti = ip as i64;
                let word = code.units[ip].get();
                let arg = word >> 8;
                let byte = word as u8;
                if STATS {
                    self.count_exec(byte);
                }
                // Specializer hooks. `adapt!` counts down a generic form's
                // warm-up counter and specializes at zero; `miss!` spends a
                // specialized form's miss budget and deopts when it is spent.
                macro_rules! adapt {
                    ($spec:ident ( $($a:expr),* )) => {{
                        let at = lasti as usize;
                        let cu = &code.units[at + 1];
                        let n = cu.get();
                        if n & 0xffff == 0 {
                            self.$spec(&code, at, $($a),*);
                        } else {
                            cu.set(n - 1);
                        }
                    }};
                }
                macro_rules! miss {
                    () => {{
                        let at = lasti as usize;
                        let cu = &code.units[at + 1];
                        let n = cu.get();
                        if STATS {
                            self.count_miss(byte, n & 0xffff == 0);
                        }
                        if n & 0xffff == 0 {
                            deopt(&code, at);
                        } else {
                            cu.set(n - 1);
                        }
                    }};
                }
                // Deopt now and run the instruction again in its generic form.
                macro_rules! redo_generic {
                    () => {{
                        if STATS {
                            self.count_miss(byte, true);
                        }
                        deopt(&code, lasti as usize);
                        ip = lasti as usize;
                        continue;
                    }};
                }
                macro_rules! c {
                    ($j:expr) => {
                        cache(&code, lasti as usize, $j)
                    };
                }
                // Decode by matching the byte against the opcode constants: one jump table.
                ip += INSTR_LEN[byte as usize] as usize;
                match byte {
                    opc::Nop => {}
                    opc::PopTop => {
                        sp -= 1;
                    }
                    opc::Copy => {
                        let v = peek!(arg as usize);
                        push!(v);
                    }
                    opc::Swap => {
                        self.stack.swap(sp - 1, sp - arg as usize);
                    }
                    opc::PushNull => push!(Value::NULL),
                    opc::LoadConst => push!(code.consts[arg as usize]),
                    opc::LoadFast => {
                        let v = local!(arg as usize);
                        if v.is_null() {
                            save!();
                            break 'dispatch self.unbound_local(code, arg as usize);
                        }
                        push!(v);
                    }
                    opc::StoreFast => {
                        let v = pop!();
                        local!(arg as usize) = v;
                    }
                    // Superinstructions (see specialize::quicken): the second
                    // instruction's argument is in the next unit, which is skipped.
                    opc::LoadFastLoadFast | opc::LoadFastLoadConst | opc::LoadConstLoadFast | opc::StoreFastLoadFast | opc::StoreFastStoreFast => {
                        let arg2 = (code.units[ip].get() >> 8) as usize;
                        match byte {
                            opc::LoadFastLoadFast | opc::LoadFastLoadConst => {
                                let v = local!(arg as usize);
                                if v.is_null() {
                                    save!();
                                    break 'dispatch self.unbound_local(code, arg as usize);
                                }
                                push!(v);
                            }
                            opc::LoadConstLoadFast => push!(code.consts[arg as usize]),
                            _ => {
                                let v = pop!();
                                local!(arg as usize) = v;
                            }
                        }
                        lasti = ip as i64;
                        ip += 1;
                        match byte {
                            opc::LoadFastLoadConst => push!(code.consts[arg2]),
                            opc::StoreFastStoreFast => {
                                let v = pop!();
                                local!(arg2) = v;
                            }
                            _ => {
                                let v = local!(arg2);
                                if v.is_null() {
                                    save!();
                                    break 'dispatch self.unbound_local(code, arg2);
                                }
                                push!(v);
                            }
                        }
                    }
                    opc::DeleteFast => {
                        if local!(arg as usize).is_null() {
                            save!();
                            break 'dispatch self.unbound_local(code, arg as usize);
                        }
                        local!(arg as usize) = Value::NULL;
                    }
                    opc::LoadDeref | opc::LoadClassDeref => {
                        let slot = code.nlocals + arg as usize;
                        if byte == opc::LoadClassDeref {
                            let name = self.cell_name(code, arg as usize);
                            let locals = self.stack[base + F_LOCALS];
                            save!();
                            if let Some(v) = tri!(self.mapping_lookup(locals, name)) {
                                push!(v);
                                continue;
                            }
                        }
                        let cell = cell_at(self.stack[base + HEADER + slot]);
                        let v = cell.value.get();
                        if v.is_null() {
                            save!();
                            break 'dispatch self.unbound_deref(code, arg as usize);
                        }
                        push!(v);
                    }
                    opc::StoreDeref => {
                        let v = pop!();
                        cell_at(local!(code.nlocals + arg as usize)).value.set(v);
                    }
                    opc::DeleteDeref => {
                        let cell = cell_at(local!(code.nlocals + arg as usize));
                        if cell.value.get().is_null() {
                            save!();
                            break 'dispatch self.unbound_deref(code, arg as usize);
                        }
                        cell.value.set(Value::NULL);
                    }
                    opc::LoadClosure => {
                        let c = local!(code.nlocals + arg as usize);
                        push!(c);
                    }
                    opc::LoadGlobal => {
                        let name = code.names[arg as usize];
                        let g = self.stack[base + F_GLOBALS];
                        adapt!(specialize_load_global(g, name));
                        save!();
                        let v = tri!(self.load_global(g, name));
                        push!(v);
                    }
                    opc::LoadGlobalModule | opc::LoadGlobalBuiltin => {
                        let g = self.stack[base + F_GLOBALS];
                        let hit = if byte == opc::LoadGlobalModule {
                            dict_entry_if(dict_at(g), c!(1), c!(3))
                        } else if dict_at(g).table.with(|t| t.current_keys_version()) == c!(1) {
                            dict_entry_if(self.builtins, c!(2), c!(3))
                        } else {
                            None
                        };
                        match hit {
                            Some(v) => {
                                push!(v);
                                // A call's PushNull rides along (CPython folds it into LOAD_GLOBAL).
                                if code.units[ip].get() as u8 == opc::PushNull {
                                    push!(Value::NULL);
                                    ip += 1;
                                }
                            }
                            None => {
                                miss!();
                                save!();
                                let v = tri!(self.load_global(g, code.names[arg as usize]));
                                push!(v);
                            }
                        }
                    }
                    opc::StoreGlobal => {
                        let name = code.names[arg as usize];
                        let v = pop!();
                        dict_at(self.stack[base + F_GLOBALS]).set_str_key(name, v);
                    }
                    opc::DeleteGlobal => {
                        let name = code.names[arg as usize];
                        if dict_at(self.stack[base + F_GLOBALS]).del_str_key(name).is_none() {
                            save!();
                            break 'dispatch self.name_error(name);
                        }
                    }
                    opc::LoadName => {
                        let name = code.names[arg as usize];
                        let locals = self.stack[base + F_LOCALS];
                        save!();
                        if let Some(v) = tri!(self.mapping_lookup(locals, name)) {
                            push!(v);
                        } else {
                            let g = self.stack[base + F_GLOBALS];
                            let v = tri!(self.load_global(g, name));
                            push!(v);
                        }
                    }
                    opc::StoreName => {
                        let name = code.names[arg as usize];
                        let v = pop!();
                        let locals = self.stack[base + F_LOCALS];
                        save!();
                        tri!(self.mapping_store(locals, name, v));
                    }
                    opc::DeleteName => {
                        let name = code.names[arg as usize];
                        let locals = self.stack[base + F_LOCALS];
                        save!();
                        if !tri!(self.mapping_delete(locals, name)) {
                            break 'dispatch self.name_error(name);
                        }
                    }
                    opc::LoadAttr => {
                        let name = code.names[arg as usize];
                        adapt!(specialize_load_attr(sp, name));
                        let obj = peek!(1);
                        save!();
                        let v = tri!(self.getattr(obj, name));
                        self.stack[sp - 1] = v;
                    }
                    opc::LoadAttrInstance | opc::LoadAttrModule | opc::LoadAttrClass | opc::LoadAttrNonDescriptor => {
                        let obj = peek!(1);
                        let hit = match byte {
                            opc::LoadAttrInstance => {
                                let name = code.names[arg as usize];
                                plain_attrs(self, obj, c!(1), false).filter(|a| slot_holds(a, c!(3), name)).and_then(|a| a.values.get(c!(3) as usize))
                            }
                            opc::LoadAttrModule => obj.downcast::<ModuleObj>().and_then(|m| dict_entry_if(m.dict, c!(1), c!(3))),
                            opc::LoadAttrClass => class_if_version(self, obj, c!(1)).map(|_| cache_value(&code, lasti as usize, 3)),
                            _ => instance_attrs(obj, c!(1), c!(2)).map(|_| cache_value(&code, lasti as usize, 3)),
                        };
                        match hit {
                            Some(v) => self.stack[sp - 1] = v,
                            None => {
                                miss!();
                                save!();
                                let v = tri!(self.getattr(obj, code.names[arg as usize]));
                                self.stack[sp - 1] = v;
                            }
                        }
                    }
                    opc::LoadAttrProperty => {
                        let obj = peek!(1);
                        let getter = cache_value(&code, lasti as usize, 3);
                        if obj.is_ptr() && obj.header_unchecked().class().version.get() == c!(1) {
                            if let Some(f) = getter.downcast::<FunctionObj>().filter(|f| f.code.get().exact_argc == 1) {
                                // The getter runs in a new frame of this loop; its
                                // result replaces `obj` on return.
                                save!();
                                let fc = f.code.get();
                                let nb = tri!(self.push_frame_exact(f, fc, sp - 1, 1, 0));
                                sp -= 1;
                                self.stack[base + F_SP] = int_slot((sp - (base + HEADER + code.nlocalsplus())) as i64);
                                switch_to_new_frame!(nb, fc);
                                continue;
                            }
                        }
                        miss!();
                        save!();
                        let v = tri!(self.getattr(obj, code.names[arg as usize]));
                        self.stack[sp - 1] = v;
                    }
                    opc::StoreAttr => {
                        let name = code.names[arg as usize];
                        adapt!(specialize_store_attr(sp, name));
                        let obj = pop!();
                        let v = pop!();
                        save!();
                        tri!(self.setattr(obj, name, v));
                    }
                    opc::StoreAttrInstance | opc::StoreAttrAddSlot => {
                        let obj = pop!();
                        let v = pop!();
                        let name = code.names[arg as usize];
                        let done = if byte == opc::StoreAttrInstance {
                            match plain_attrs(self, obj, c!(1), true).filter(|a| slot_holds(a, c!(3), name)) {
                                Some(a) => a.values.with_mut(|vals| vals.get_mut(c!(3) as usize).map(|s| *s = v)).is_some(),
                                None => false,
                            }
                        } else {
                            match shaped_attrs(self, obj, c!(1), c!(2), true) {
                                // A class with `__slots__` refuses new names.
                                Some(a) if !self.type_of(obj).has_flag(crate::object::typeobj::tflags::NO_DICT) => add_slot(a, c!(3), cache_value(&code, lasti as usize, 4), v),
                                _ => false,
                            }
                        };
                        if !done {
                            miss!();
                            save!();
                            tri!(self.setattr(obj, name, v));
                        }
                    }
                    opc::DeleteAttr => {
                        let name = code.names[arg as usize];
                        let obj = pop!();
                        save!();
                        tri!(self.delattr(obj, name));
                    }
                    opc::LoadMethod => {
                        let name = code.names[arg as usize];
                        adapt!(specialize_load_method(sp, name));
                        let obj = peek!(1);
                        save!();
                        let (f, s) = tri!(self.load_method(obj, name));
                        self.stack[sp - 1] = f;
                        push!(s);
                    }
                    opc::LoadMethodInstance | opc::LoadMethodNoDict | opc::LoadMethodModule | opc::LoadMethodClass => {
                        let obj = peek!(1);
                        let hit = match byte {
                            opc::LoadMethodInstance => instance_method(obj, c!(1), cache_value(&code, lasti as usize, 3), code.names[arg as usize], c!(2)).map(|f| (f, obj)),
                            opc::LoadMethodNoDict => (self.type_of(obj).version.get() == c!(1)).then(|| (cache_value(&code, lasti as usize, 3), obj)),
                            opc::LoadMethodModule => obj.downcast::<ModuleObj>().and_then(|m| dict_entry_if(m.dict, c!(1), c!(3))).map(|v| (v, Value::NULL)),
                            _ => class_if_version(self, obj, c!(1)).map(|_| (cache_value(&code, lasti as usize, 3), Value::NULL)),
                        };
                        let (f, s) = match hit {
                            Some(fs) => fs,
                            None => {
                                miss!();
                                save!();
                                tri!(self.load_method(obj, code.names[arg as usize]))
                            }
                        };
                        self.stack[sp - 1] = f;
                        push!(s);
                    }
                    opc::BinaryOp => {
                        adapt!(specialize_binary_op(sp, arg));
                        let b = pop!();
                        let a = peek!(1);
                        save!();
                        let v = tri!(self.binary_op_arg(a, b, arg));
                        self.stack[sp - 1] = v;
                    }
                    opc::BinaryOpAddInt | opc::BinaryOpSubInt | opc::BinaryOpMulInt => {
                        let b = pop!();
                        let a = peek!(1);
                        if Value::both_small_ints(a, b) {
                            let (x, y) = (a.small_int_unchecked(), b.small_int_unchecked());
                            let r = match byte {
                                opc::BinaryOpAddInt => x.checked_add(y),
                                opc::BinaryOpSubInt => x.checked_sub(y),
                                _ => x.checked_mul(y),
                            };
                            // Past the immediate range: the generic code makes a big int.
                            if let Some(v) = r.and_then(Value::try_small_int) {
                                self.stack[sp - 1] = v;
                                continue;
                            }
                        } else {
                            miss!();
                        }
                        save!();
                        let v = tri!(self.binary_op_arg(a, b, arg));
                        self.stack[sp - 1] = v;
                    }
                    opc::BinaryOpAddFloat | opc::BinaryOpSubFloat | opc::BinaryOpMulFloat | opc::BinaryOpDivFloat => {
                        let b = pop!();
                        let a = peek!(1);
                        if a.is_float() && b.is_float() {
                            let (x, y) = (a.f64_unchecked(), b.f64_unchecked());
                            let r = match byte {
                                opc::BinaryOpAddFloat => x + y,
                                opc::BinaryOpSubFloat => x - y,
                                opc::BinaryOpMulFloat => x * y,
                                _ => x / y,
                            };
                            // Division by zero raises in the generic code.
                            if byte != opc::BinaryOpDivFloat || y != 0.0 {
                                self.stack[sp - 1] = Value::from_f64(r);
                                continue;
                            }
                        } else {
                            miss!();
                        }
                        save!();
                        let v = tri!(self.binary_op_arg(a, b, arg));
                        self.stack[sp - 1] = v;
                    }
                    opc::BinaryOpOtherInt | opc::BinaryOpMixedFloat => {
                        let b = pop!();
                        let a = peek!(1);
                        let r = if byte == opc::BinaryOpOtherInt {
                            if Value::both_small_ints(a, b) {
                                other_int_op(arg, a.small_int_unchecked(), b.small_int_unchecked())
                            } else {
                                miss!();
                                None
                            }
                        } else {
                            // Small ints are below 2**53: exact as floats.
                            let num = |v: Value| if v.is_float() { Some(v.f64_unchecked()) } else { v.as_small_int().map(|i| i as f64) };
                            match (num(a), num(b)) {
                                (Some(x), Some(y)) if a.is_float() || b.is_float() => match BinOp::ALL[(arg & !INPLACE) as usize] {
                                    BinOp::Add => Some(Value::from_f64(x + y)),
                                    BinOp::Sub => Some(Value::from_f64(x - y)),
                                    BinOp::Mul => Some(Value::from_f64(x * y)),
                                    _ if y != 0.0 => Some(Value::from_f64(x / y)),
                                    _ => None,
                                },
                                _ => {
                                    miss!();
                                    None
                                }
                            }
                        };
                        let v = match r {
                            Some(v) => v,
                            None => {
                                save!();
                                tri!(self.binary_op_arg(a, b, arg))
                            }
                        };
                        self.stack[sp - 1] = v;
                    }
                    opc::BinaryOpAddStr => {
                        let b = pop!();
                        let a = peek!(1);
                        save!();
                        let v = if self.is_exact_str(a) && self.is_exact_str(b) {
                            self.str_concat(a, b)
                        } else {
                            miss!();
                            tri!(self.binary_op_arg(a, b, arg))
                        };
                        self.stack[sp - 1] = v;
                    }
                    opc::UnaryNegative | opc::UnaryPositive | opc::UnaryInvert => {
                        let a = peek!(1);
                        save!();
                        let op = if byte == opc::UnaryNegative { Op::UnaryNegative } else if byte == opc::UnaryPositive { Op::UnaryPositive } else { Op::UnaryInvert };
                        let v = tri!(self.unary_op(op, a));
                        self.stack[sp - 1] = v;
                    }
                    opc::UnaryNot => {
                        let a = peek!(1);
                        save!();
                        let t = tri!(self.truthy(a));
                        self.stack[sp - 1] = Value::from_bool(!t);
                    }
                    opc::CompareOp => {
                        adapt!(specialize_compare_op(sp));
                        let b = pop!();
                        let a = peek!(1);
                        save!();
                        let v = tri!(self.compare(a, b, CmpOp::ALL[arg as usize]));
                        self.stack[sp - 1] = v;
                    }
                    opc::CompareOpInt | opc::CompareOpFloat | opc::CompareOpStr => {
                        let b = pop!();
                        let a = peek!(1);
                        let r = match byte {
                            opc::CompareOpInt if Value::both_small_ints(a, b) => Some(compare_as(arg, &a.small_int_unchecked(), &b.small_int_unchecked())),
                            opc::CompareOpFloat if a.is_float() && b.is_float() => Some(compare_as(arg, &a.f64_unchecked(), &b.f64_unchecked())),
                            opc::CompareOpStr if self.is_exact_str(a) && self.is_exact_str(b) => {
                                Some(compare_as(arg, Vm::wtf8_of(a).unwrap_or_default(), Vm::wtf8_of(b).unwrap_or_default()))
                            }
                            _ => None,
                        };
                        match r {
                            Some(r) => {
                                // Fused with a following conditional jump (as
                                // CPython's COMPARE_OP_*_JUMP): no bool, no dispatch.
                                let next = code.units[ip].get();
                                match next as u8 {
                                    opc::PopJumpIfFalse | opc::PopJumpIfTrue => {
                                        sp -= 1;
                                        ip = if r == (next as u8 == opc::PopJumpIfTrue) { (next >> 8) as usize } else { ip + 1 };
                                    }
                                    _ => self.stack[sp - 1] = Value::from_bool(r),
                                }
                            }
                            None => {
                                miss!();
                                save!();
                                let v = tri!(self.compare(a, b, CmpOp::ALL[arg as usize]));
                                self.stack[sp - 1] = v;
                            }
                        }
                    }
                    opc::IsOp => {
                        let b = pop!();
                        let a = peek!(1);
                        self.stack[sp - 1] = Value::from_bool((a == b) != (arg == 1));
                    }
                    opc::ContainsOp => {
                        adapt!(specialize_contains(sp));
                        let container = pop!();
                        let item = peek!(1);
                        save!();
                        let r = tri!(self.contains(container, item));
                        self.stack[sp - 1] = Value::from_bool(r != (arg == 1));
                    }
                    opc::ContainsOpDict | opc::ContainsOpSet => {
                        let container = pop!();
                        let item = peek!(1);
                        save!();
                        let exact = if byte == opc::ContainsOpDict {
                            self.is_exact(container, self.t.dict)
                        } else {
                            self.is_exact(container, self.t.set) || self.is_exact(container, self.t.frozenset)
                        };
                        let r = match container.downcast::<DictObj>().filter(|_| exact) {
                            Some(d) if byte == opc::ContainsOpDict => tri!(self.dict_lookup(d, item)).is_some(),
                            Some(d) => tri!(self.set_member(d, item)),
                            None => {
                                miss!();
                                tri!(self.contains(container, item))
                            }
                        };
                        self.stack[sp - 1] = Value::from_bool(r != (arg == 1));
                    }
                    opc::BinarySubscr => {
                        adapt!(specialize_subscr(sp, false));
                        let key = pop!();
                        let obj = peek!(1);
                        save!();
                        let v = tri!(self.getitem(obj, key));
                        self.stack[sp - 1] = v;
                    }
                    opc::BinarySubscrListInt | opc::BinarySubscrTupleInt => {
                        let key = pop!();
                        let obj = peek!(1);
                        let exact = self.is_exact(obj, if byte == opc::BinarySubscrListInt { self.t.list } else { self.t.tuple });
                        if exact && key.is_small_int() {
                            let i = key.small_int_unchecked();
                            let item = match obj.downcast::<ListObj>() {
                                Some(l) => l.items.get(wrap_index(i, l.items.len()).unwrap_or(usize::MAX)),
                                None => obj.downcast::<TupleObj>().and_then(|t| t.items.get(wrap_index(i, t.items.len()).unwrap_or(usize::MAX)).copied()),
                            };
                            if let Some(v) = item {
                                self.stack[sp - 1] = v;
                                continue;
                            }
                            // Out of range: the generic code raises IndexError.
                        } else {
                            miss!();
                        }
                        save!();
                        let v = tri!(self.getitem(obj, key));
                        self.stack[sp - 1] = v;
                    }
                    opc::BinarySubscrDict => {
                        let key = pop!();
                        let obj = peek!(1);
                        save!();
                        let v = match obj.downcast::<DictObj>().filter(|_| self.is_exact(obj, self.t.dict)) {
                            Some(d) => match tri!(self.dict_lookup(d, key)) {
                                Some(v) => v,
                                None => break 'dispatch self.key_error(key),
                            },
                            None => {
                                miss!();
                                tri!(self.getitem(obj, key))
                            }
                        };
                        self.stack[sp - 1] = v;
                    }
                    opc::StoreSubscr => {
                        adapt!(specialize_subscr(sp, true));
                        let key = pop!();
                        let obj = pop!();
                        let v = pop!();
                        save!();
                        tri!(self.setitem(obj, key, v));
                    }
                    opc::StoreSubscrListInt | opc::StoreSubscrDict => {
                        let key = pop!();
                        let obj = pop!();
                        let v = pop!();
                        save!();
                        if byte == opc::StoreSubscrListInt && self.is_exact(obj, self.t.list) && key.is_small_int() {
                            let l = obj.downcast::<ListObj>().expect("exact list");
                            let done = l.items.with_mut(|items| match wrap_index(key.small_int_unchecked(), items.len()) {
                                Some(i) => {
                                    items[i] = v;
                                    true
                                }
                                None => false,
                            });
                            if !done {
                                tri!(self.setitem(obj, key, v));
                            }
                        } else if byte == opc::StoreSubscrDict && self.is_exact(obj, self.t.dict) {
                            tri!(self.dict_set(dict_at(obj), key, v));
                        } else {
                            miss!();
                            tri!(self.setitem(obj, key, v));
                        }
                    }
                    opc::DeleteSubscr => {
                        let key = pop!();
                        let obj = pop!();
                        save!();
                        tri!(self.delitem(obj, key));
                    }
                    opc::BuildSlice => {
                        let step = if arg == 3 { pop!() } else { Value::NONE };
                        let stop = pop!();
                        let start = pop!();
                        let s = self.new_slice(start, stop, step);
                        push!(s);
                    }
                    opc::BuildTuple | opc::BuildList | opc::BuildSet => {
                        let n = arg as usize;
                        let items: Vec<Value> = self.stack[sp - n..sp].to_vec();
                        sp -= n;
                        save!();
                        let v = match byte {
                            opc::BuildTuple => self.new_tuple(items),
                            opc::BuildList => self.new_list(items),
                            _ => tri!(self.new_set_from(items, false)),
                        };
                        push!(v);
                    }
                    opc::BuildMap => {
                        let n = arg as usize;
                        let items: Vec<Value> = self.stack[sp - 2 * n..sp].to_vec();
                        sp -= 2 * n;
                        save!();
                        let d = tri!(self.build_map(items.chunks(2).map(|kv| (kv[0], kv[1]))));
                        push!(d);
                    }
                    opc::BuildConstKeyMap => {
                        let n = arg as usize;
                        let keys = pop!();
                        let vals: Vec<Value> = self.stack[sp - n..sp].to_vec();
                        sp -= n;
                        save!();
                        let ks = tuple_at(keys);
                        let d = tri!(self.build_map(ks.items.iter().copied().zip(vals)));
                        push!(d);
                    }
                    opc::BuildString => {
                        let n = arg as usize;
                        let v = self.build_string(sp - n, sp);
                        sp -= n;
                        push!(v);
                    }
                    opc::ListAppend => {
                        let v = pop!();
                        let l = peek!(arg as usize);
                        self.list_push(l.downcast::<ListObj>().expect("list"), v);
                    }
                    opc::SetAdd => {
                        let v = pop!();
                        let s = peek!(arg as usize);
                        save!();
                        tri!(self.set_add(s, v));
                    }
                    opc::MapAdd => {
                        let v = pop!();
                        let k = pop!();
                        let d = peek!(arg as usize);
                        save!();
                        tri!(self.dict_set(dict_at(d), k, v));
                    }
                    opc::ListExtend => {
                        let it = pop!();
                        let l = peek!(arg as usize);
                        save!();
                        tri!(self.list_extend(l.downcast::<ListObj>().expect("list"), it));
                    }
                    opc::SetUpdate => {
                        let it = pop!();
                        let s = peek!(arg as usize);
                        save!();
                        let items = tri!(self.collect_iter(it));
                        for x in items {
                            tri!(self.set_add(s, x));
                        }
                    }
                    opc::DictUpdate => {
                        let m = pop!();
                        let d = peek!(arg as usize);
                        save!();
                        tri!(self.dict_update_mapping(dict_at(d), m));
                    }
                    opc::DictMerge => {
                        // Stack: callable, NULL, args, dict (see `call_helper`).
                        let m = pop!();
                        let d = peek!(arg as usize);
                        let func = peek!(arg as usize + 3);
                        save!();
                        tri!(self.dict_merge_kwargs(dict_at(d), m, func));
                    }
                    opc::ListToTuple => {
                        let l = peek!(1);
                        let items = l.downcast::<ListObj>().expect("list").items.snapshot();
                        let t = self.new_tuple(items);
                        self.stack[sp - 1] = t;
                    }
                    opc::FormatValue => {
                        let spec = if arg & 4 != 0 { pop!() } else { Value::NULL };
                        let v = peek!(1);
                        save!();
                        let r = tri!(self.format_value(v, arg & 3, spec));
                        self.stack[sp - 1] = r;
                    }
                    opc::UnpackSequence => {
                        let n = arg as usize;
                        adapt!(specialize_unpack(sp, n));
                        let seq = pop!();
                        save!();
                        let items = tri!(self.unpack(seq, n, None));
                        for v in items.into_iter().rev() {
                            push!(v);
                        }
                    }
                    opc::UnpackSequenceTwoTuple | opc::UnpackSequenceTuple => {
                        let seq = pop!();
                        let n = arg as usize;
                        if let Some(t) = seq.downcast::<TupleObj>().filter(|t| t.len() == n && self.is_exact(seq, self.t.tuple)) {
                            if byte == opc::UnpackSequenceTwoTuple && n == 2 {
                                push!(t.items[1]);
                                push!(t.items[0]);
                            } else {
                                for i in (0..n).rev() {
                                    push!(t.items[i]);
                                }
                            }
                            continue;
                        }
                        miss!();
                        save!();
                        let items = tri!(self.unpack(seq, n, None));
                        for v in items.into_iter().rev() {
                            push!(v);
                        }
                    }
                    opc::UnpackSequenceList => {
                        let seq = pop!();
                        let n = arg as usize;
                        if let Some(l) = seq.downcast::<ListObj>().filter(|l| l.items.len() == n && self.is_exact(seq, self.t.list)) {
                            for i in (0..n).rev() {
                                push!(l.items.get(i).unwrap_or(Value::NONE));
                            }
                            continue;
                        }
                        miss!();
                        save!();
                        let items = tri!(self.unpack(seq, n, None));
                        for v in items.into_iter().rev() {
                            push!(v);
                        }
                    }
                    opc::UnpackEx => {
                        let seq = pop!();
                        let before = (arg & 0xff) as usize;
                        let after = (arg >> 8) as usize;
                        save!();
                        let items = tri!(self.unpack(seq, before, Some(after)));
                        for v in items.into_iter().rev() {
                            push!(v);
                        }
                    }
                    opc::Jump => {
                        ip = arg as usize;
                    }
                    opc::JumpBackward => {
                        ip = arg as usize;
                        // Native buffers of finished instructions are dead here.
                        self.extra_roots.truncate(roots_mark);
                        save!();
                        tri!(self.safepoint());
                    }
                    opc::PopJumpIfFalse | opc::PopJumpIfTrue => {
                        let v = pop!();
                        let t = if v == Value::TRUE {
                            true
                        } else if v == Value::FALSE {
                            false
                        } else {
                            save!();
                            tri!(self.truthy(v))
                        };
                        if t == (byte == opc::PopJumpIfTrue) {
                            ip = arg as usize;
                        }
                    }
                    opc::PopJumpIfNone => {
                        if pop!().is_none() {
                            ip = arg as usize;
                        }
                    }
                    opc::PopJumpIfNotNone => {
                        if !pop!().is_none() {
                            ip = arg as usize;
                        }
                    }
                    opc::JumpIfFalseOrPop | opc::JumpIfTrueOrPop => {
                        let v = peek!(1);
                        save!();
                        let t = tri!(self.truthy(v));
                        if t == (byte == opc::JumpIfTrueOrPop) {
                            ip = arg as usize;
                        } else {
                            sp -= 1;
                        }
                    }
                    opc::GetIter => {
                        let v = peek!(1);
                        save!();
                        let it = tri!(self.get_iter(v));
                        self.stack[sp - 1] = it;
                    }
                    opc::ForIter => {
                        adapt!(specialize_for_iter(sp));
                        let it = peek!(1);
                        save!();
                        match tri!(self.iter_next(it)) {
                            Some(v) => push!(v),
                            None => {
                                sp -= 1;
                                ip = arg as usize;
                            }
                        }
                    }
                    opc::ForIterRange | opc::ForIterList | opc::ForIterTuple => {
                        let it = peek!(1);
                        let cls = match byte {
                            opc::ForIterRange => self.t.range_iterator,
                            opc::ForIterList => self.t.list_iterator,
                            _ => self.t.tuple_iterator,
                        };
                        let step = if self.is_exact(it, cls) {
                            fast_iter_next(it)
                        } else {
                            miss!();
                            None
                        };
                        let next = match step {
                            Some(n) => n,
                            None => {
                                save!();
                                tri!(self.iter_next(it))
                            }
                        };
                        match next {
                            Some(v) => push!(v),
                            None => {
                                sp -= 1;
                                ip = arg as usize;
                            }
                        }
                    }
                    opc::ReturnValue => {
                        let v = pop!();
                        let flags = self.stack[base + F_FLAGS].small_int_unchecked();
                        let prev = self.stack[base + F_PREV].small_int_unchecked();
                        self.leave();
                        self.stack_top = base;
                        self.frame = prev as usize;
                        if flags & FLAG_ENTRY != 0 {
                            return Ok(Exit::Return(v));
                        }
                        base = prev as usize;
                        code = self.frame_code(base);
                        lasti = self.stack[base + F_LASTI].small_int_unchecked();
                        ip = next_ip(code, lasti as usize);
                        sp = base + HEADER + code.nlocalsplus() + self.stack[base + F_SP].small_int_unchecked() as usize;
                        self.stack_top = base + code.frame_size;
                        if flags & FLAG_INIT == 0 {
                            push!(v);
                        } else if !v.is_none() {
                            break 'dispatch self.init_returned(v);
                        }
                    }
                    opc::KwNames => {
                        kwnames = code.consts[arg as usize];
                    }
                    opc::Call => {
                        let nargs = arg as usize;
                        let kw = std::mem::replace(&mut kwnames, Value::NULL);
                        let callable = peek!(nargs + 2);
                        let self_or_null = peek!(nargs + 1);
                        let (func, first) = if self_or_null.is_null() { (callable, sp - nargs) } else { (callable, sp - nargs - 1) };
                        adapt!(specialize_call(sp, nargs, !kw.is_null()));
                        // Inline Python-to-Python call: new frame, same loop.
                        if let Some(f) = func.downcast::<FunctionObj>() {
                            if f.code.get().flags & crate::bytecode::code::flags::GENERATOR_LIKE == 0 {
                                let args: smallvec::SmallVec<[Value; 8]> = self.stack[first..sp].iter().copied().collect();
                                let kwt = kw.downcast::<TupleObj>();
                                let kwn: &[Value] = kwt.as_ref().map(|t| &t.items[..]).unwrap_or(&[]);
                                save!();
                                sp -= nargs + 2;
                                self.stack[base + F_SP] = int_slot((sp - (base + HEADER + code.nlocalsplus())) as i64);
                                let nb = self.push_frame(f, &args, kwn, 0);
                                forget_values(args);
                                let nb = tri!(nb);
                                switch_to_new_frame!(nb, self.frame_code(nb));
                                continue;
                            }
                        }
                        let args: smallvec::SmallVec<[Value; 8]> = self.stack[first..sp].iter().copied().collect();
                        sp -= nargs + 2;
                        save!();
                        self.stack[base + F_SP] = int_slot((sp - (base + HEADER + code.nlocalsplus())) as i64);
                        let kwt = kw.downcast::<TupleObj>();
                        let kwn: &[Value] = kwt.as_ref().map(|t| &t.items[..]).unwrap_or(&[]);
                        self.gc.call_sp = sp;
                        if crate::modules::gc::is_collect(func) {
                            // Stale pointers left in native stack memory by
                            // earlier calls must not keep garbage alive.
                            crate::collect::wipe_stack();
                        }
                        let r = self.call(func, &args, kwn);
                        self.gc.call_sp = 0;
                        forget_values(args);
                        let r = tri!(r);
                        push!(r);
                    }
                    opc::CallPyExactArgs => {
                        let nargs = arg as usize;
                        let callable = peek!(nargs + 2);
                        let total = nargs + !peek!(nargs + 1).is_null() as usize;
                        let Some(f) = callable.downcast::<FunctionObj>().filter(|f| f.code.get().exact_argc == total as i32) else { redo_generic!() };
                        let fc = f.code.get();
                        save!();
                        sp -= nargs + 2;
                        self.stack[base + F_SP] = int_slot((sp - (base + HEADER + code.nlocalsplus())) as i64);
                        let nb = tri!(self.push_frame_exact(f, fc, sp + 2 + nargs - total, total, 0));
                        switch_to_new_frame!(nb, fc);
                    }
                    opc::CallLen | opc::CallIsinstance | opc::CallType1 | opc::CallListAppend => {
                        let nargs = arg as usize;
                        let callable = peek!(nargs + 2);
                        let self_or_null = peek!(nargs + 1);
                        let total = nargs + !self_or_null.is_null() as usize;
                        let first = sp - total;
                        let expected = match byte {
                            opc::CallLen => (self.spec.len, 1),
                            opc::CallIsinstance => (self.spec.isinstance, 2),
                            opc::CallType1 => (self.t.type_.value(), 1),
                            _ => (self.spec.list_append, 2),
                        };
                        if callable != expected.0 || total != expected.1 {
                            redo_generic!();
                        }
                        save!();
                        let Some(r) = tri!(self.call_known_builtin(byte, first)) else { redo_generic!() };
                        sp -= nargs + 2;
                        push!(r);
                    }
                    opc::CallAllocInit => {
                        let nargs = arg as usize;
                        let slot = sp - nargs - 2;
                        let cls = self.stack[slot];
                        let init = cache_value(&code, lasti as usize, 2).downcast::<FunctionObj>();
                        let ok = self.stack[slot + 1].is_null() && class_if_version(self, cls, c!(1)).is_some();
                        let Some(init) = init.filter(|f| ok && f.code.get().exact_argc == nargs as i32 + 1) else { redo_generic!() };
                        let Some(t) = cls.downcast::<crate::object::typeobj::TypeObj>() else { redo_generic!() };
                        save!();
                        // The instance replaces the class on the caller's stack
                        // (it is the call's result) and is `self` for __init__.
                        let obj = self.new_instance(t);
                        self.note_new_object(obj);
                        self.stack[slot] = obj;
                        self.stack[slot + 1] = obj;
                        sp = slot + 1;
                        self.stack[base + F_SP] = int_slot((sp - (base + HEADER + code.nlocalsplus())) as i64);
                        let fc = init.code.get();
                        let nb = tri!(self.push_frame_exact(init, fc, slot + 1, nargs + 1, FLAG_INIT));
                        switch_to_new_frame!(nb, fc);
                    }
                    opc::CallBuiltin => {
                        let nargs = arg as usize;
                        let callable = peek!(nargs + 2);
                        if callable.layout() != Some(crate::object::Layout::BuiltinFunction) || !kwnames.is_null() || crate::modules::gc::is_collect(callable) {
                            redo_generic!();
                        }
                        let first = if peek!(nargs + 1).is_null() { sp - nargs } else { sp - nargs - 1 };
                        let args: smallvec::SmallVec<[Value; 8]> = self.stack[first..sp].iter().copied().collect();
                        sp -= nargs + 2;
                        save!();
                        self.stack[base + F_SP] = int_slot((sp - (base + HEADER + code.nlocalsplus())) as i64);
                        self.gc.call_sp = sp;
                        let r = self.call(callable, &args, &[]);
                        self.gc.call_sp = 0;
                        forget_values(args);
                        let r = tri!(r);
                        push!(r);
                    }
                    opc::CallFunctionEx => {
                        let kwargs = if arg & 1 != 0 { pop!() } else { Value::NULL };
                        let args = pop!();
                        let _null = pop!();
                        let func = pop!();
                        save!();
                        self.stack[base + F_SP] = int_slot((sp - (base + HEADER + code.nlocalsplus())) as i64);
                        // A Python function (or a method of one) runs in this
                        // loop, as CALL does, instead of a native re-entry.
                        let (target, receiver) = match func.downcast::<crate::object::function::BoundMethodObj>() {
                            Some(m) => (m.func, m.receiver),
                            None => (func, Value::NULL),
                        };
                        if let Some(f) = target.downcast::<FunctionObj>().filter(|f| f.code.get().flags & crate::bytecode::code::flags::GENERATOR_LIKE == 0) {
                            let mark = self.extra_roots.len();
                            let built = self.ex_args(func, args, kwargs);
                            let nb = built.and_then(|(mut all, names)| {
                                if !receiver.is_null() {
                                    all.insert(0, receiver);
                                }
                                self.push_frame(f, &all, &names, 0)
                            });
                            self.extra_roots.truncate(mark);
                            let nb = tri!(nb);
                            switch_to_new_frame!(nb, self.frame_code(nb));
                            continue;
                        }
                        self.gc.call_sp = sp;
                        let r = self.call_ex(func, args, kwargs);
                        self.gc.call_sp = 0;
                        let r = tri!(r);
                        push!(r);
                    }
                    opc::MakeFunction => {
                        let code_v = pop!();
                        let closure = if arg & 8 != 0 { pop!() } else { Value::NULL };
                        let annotations = if arg & 4 != 0 { pop!() } else { Value::NULL };
                        let kwdefaults = if arg & 2 != 0 { pop!() } else { Value::NULL };
                        let defaults = if arg & 1 != 0 { pop!() } else { Value::NULL };
                        let globals = self.stack[base + F_GLOBALS];
                        save!();
                        let f = tri!(self.make_function(code_v, globals, defaults, kwdefaults, annotations, closure));
                        push!(f);
                    }
                    opc::LoadBuildClass => {
                        match self.builtins.get_str_key(self.n.__build_class__) {
                            Some(v) => push!(v),
                            None => break 'dispatch self.new_error(self.t.name_error, "__build_class__ not found"),
                        }
                    }
                    opc::RaiseVarargs => {
                        save!();
                        let e = match arg {
                            0 => {
                                let h = self.topmost_handled();
                                if h.is_null() {
                                    self.new_error(self.t.runtime_error, "No active exception to reraise")
                                } else {
                                    reraise = true;
                                    PyErr(h)
                                }
                            }
                            1 => {
                                let exc = pop!();
                                tri!(self.make_raisable(exc, Value::NULL))
                            }
                            _ => {
                                let cause = pop!();
                                let exc = pop!();
                                tri!(self.make_raisable(exc, cause))
                            }
                        };
                        break 'dispatch e;
                    }
                    opc::Reraise => {
                        let exc = pop!();
                        save!();
                        reraise = true;
                        break 'dispatch PyErr(exc);
                    }
                    opc::PushExcInfo => {
                        let exc = pop!();
                        push!(if self.handled.is_null() { Value::NONE } else { self.handled });
                        self.handled = exc;
                        push!(exc);
                    }
                    opc::PopExcept => {
                        let prev = pop!();
                        self.handled = if prev.is_none() { Value::NULL } else { prev };
                    }
                    opc::CheckExcMatch => {
                        let t = pop!();
                        let exc = peek!(1);
                        save!();
                        let m = tri!(self.exception_matches(exc, t));
                        push!(Value::from_bool(m));
                    }
                    opc::CheckEgMatch => {
                        let (exc, t) = (peek!(2), peek!(1));
                        save!();
                        let (rest, m) = tri!(self.check_eg_match(exc, t));
                        self.stack[sp - 2] = rest;
                        self.stack[sp - 1] = m;
                    }
                    opc::PrepReraiseStar => {
                        let (orig, excs) = (peek!(2), peek!(1));
                        save!();
                        let r = tri!(self.prep_reraise_star(orig, excs));
                        sp -= 1;
                        self.stack[sp - 1] = r;
                    }
                    opc::LoadAssertionError => push!(self.t.assertion_error.value()),
                    opc::BeforeWith => {
                        let mgr = pop!();
                        save!();
                        let (exit, entered) = tri!(self.before_with(mgr));
                        push!(exit);
                        push!(entered);
                    }
                    opc::WithExceptStart => {
                        let exc = peek!(1);
                        let exit = peek!(4);
                        save!();
                        let ty = self.type_of(exc).value();
                        let tb = self.traceback_of(exc);
                        let r = tri!(self.call(exit, &[ty, exc, tb], &[]));
                        push!(r);
                    }
                    opc::ImportName => {
                        let name = code.names[arg as usize];
                        let fromlist = pop!();
                        let level = pop!();
                        let g = self.stack[base + F_GLOBALS];
                        save!();
                        let m = tri!(self.import_name(name, fromlist, level, g));
                        push!(m);
                    }
                    opc::ImportFrom => {
                        let name = code.names[arg as usize];
                        let m = peek!(1);
                        save!();
                        let v = tri!(self.import_from(m, name));
                        push!(v);
                    }
                    opc::ImportStar => {
                        let m = pop!();
                        let locals = self.stack[base + F_LOCALS];
                        save!();
                        tri!(self.import_star(m, locals));
                    }
                    opc::YieldValue => {
                        let v = pop!();
                        save!();
                        self.stack[base + F_SP] = int_slot((sp - (base + HEADER + code.nlocalsplus())) as i64);
                        let prev = self.stack[base + F_PREV].small_int_unchecked();
                        self.suspend_generator(base, &code);
                        self.leave();
                        self.stack_top = base;
                        self.frame = prev as usize;
                        return Ok(Exit::Yield(v));
                    }
                    opc::Send => {
                        let v = pop!();
                        let sub = peek!(1);
                        save!();
                        self.stack[base + F_SP] = int_slot((sp - (base + HEADER + code.nlocalsplus())) as i64);
                        match tri!(self.send_into(sub, v)) {
                            Exit::Yield(y) => push!(y),
                            Exit::Return(r) => {
                                self.stack[sp - 1] = r;
                                ip = arg as usize;
                            }
                        }
                    }
                    opc::GetYieldFromIter => {
                        let v = peek!(1);
                        save!();
                        let it = tri!(self.get_yield_from_iter(v, code));
                        self.stack[sp - 1] = it;
                    }

                    // Coroutines and async generators (helpers in interp/coroutine.rs).
                    opc::GetAwaitable => {
                        let v = peek!(1);
                        save!();
                        let it = tri!(self.get_awaitable(v, arg));
                        self.stack[sp - 1] = it;
                    }
                    opc::GetAiter => {
                        let v = peek!(1);
                        save!();
                        let it = tri!(self.get_aiter(v));
                        self.stack[sp - 1] = it;
                    }
                    opc::GetAnext => {
                        let v = peek!(1);
                        save!();
                        let a = tri!(self.get_anext(v));
                        push!(a);
                    }
                    opc::EndAsyncFor => {
                        let exc = pop!();
                        if !self.is_instance(exc, self.t.stop_async_iteration) {
                            save!();
                            reraise = true;
                            break 'dispatch PyErr(exc);
                        }
                        sp -= 1;
                    }
                    opc::BeforeAsyncWith => {
                        let mgr = pop!();
                        save!();
                        let (exit, entered) = tri!(self.before_async_with(mgr));
                        push!(exit);
                        push!(entered);
                    }
                    opc::MatchSequence | opc::MatchMapping => {
                        let v = peek!(1);
                        push!(Value::from_bool(self.match_kind(v, byte == opc::MatchSequence)));
                    }
                    opc::GetLen => {
                        let v = peek!(1);
                        save!();
                        let n = tri!(self.len(v));
                        let n = self.new_int(n as i64);
                        push!(n);
                    }
                    opc::MatchKeys => {
                        let (subject, keys) = (peek!(2), peek!(1));
                        save!();
                        let r = tri!(self.match_keys(subject, keys));
                        push!(r);
                    }
                    opc::MatchClass => {
                        let names = pop!();
                        let cls = pop!();
                        let subject = peek!(1);
                        save!();
                        let r = tri!(self.match_class(subject, cls, arg as usize, names));
                        self.stack[sp - 1] = r;
                    }
                    opc::SetupAnnotations => {
                        let locals = self.stack[base + F_LOCALS];
                        let k = self.n.__annotations__;
                        save!();
                        if tri!(self.mapping_lookup(locals, k)).is_none() {
                            let d = self.new_dict().value();
                            tri!(self.mapping_store(locals, k, d));
                        }
                    }
                    opc::PrintExpr => {
                        let v = pop!();
                        save!();
                        tri!(self.print_expr(v));
                    }
                    _ => break 'dispatch self.new_error(self.t.runtime_error, "bad opcode"),
                }
            } };

            // Exception unwinding: find a handler in this frame or pop frames.
            let exc = err.0;
            loop {
                self.stack[base + F_LASTI] = int_slot(lasti);
                if !reraise {
                    let globals = self.stack[base + F_GLOBALS];
                    self.add_traceback(exc, code.value(), lasti as u32, globals);
                }
                reraise = false;
                if let Some(h) = find_handler(code, lasti as u32) {
                    sp = base + HEADER + code.nlocalsplus() + h.depth as usize;
                    if h.lasti {
                        push!(int_slot(lasti));
                    }
                    push!(exc);
                    ip = h.target as usize;
                    kwnames = Value::NULL;
                    break;
                }
                let flags = self.stack[base + F_FLAGS].small_int_unchecked();
                let prev = self.stack[base + F_PREV].small_int_unchecked();
                self.leave();
                self.stack_top = base;
                self.frame = prev as usize;
                if flags & FLAG_ENTRY != 0 {
                    if flags & FLAG_GENERATOR != 0 {
                        self.finish_generator(base);
                    }
                    return Err(PyErr(exc));
                }
                base = prev as usize;
                code = self.frame_code(base);
                lasti = self.stack[base + F_LASTI].small_int_unchecked();
                self.stack_top = base + code.frame_size;
            }
        }
    }
}
