//! Operator protocols: binary/unary operators, comparisons, truth, hashing.

use super::numeric::{hash_bigint, hash_f64, hash_i64, Num};
use crate::bytecode::{BinOp, CmpOp, Op};
use crate::object::dict::DictObj;
use crate::object::int::IntObj;
use crate::object::seq::{ListObj, TupleObj};
use crate::object::str::StrObj;
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::Layout;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_traits::ToPrimitive;

impl Vm {
    /// `a op b` (or `a op= b`).
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> PyResult {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let dunders = tflags::HEAPTYPE | tflags::EXTENSION;
        if !ta.has_flag(dunders) && !tb.has_flag(dunders) {
            if inplace {
                if let Some(r) = self.native_inplace(a, b, op)? {
                    return Ok(r);
                }
            }
            if let Some(r) = self.native_binop(a, b, op)? {
                return Ok(r);
            }
            // Classes still try their dunders (`int | str` is `type.__or__`,
            // Python code); checked only once the native rules have failed.
            if ta.layout != Layout::Type && tb.layout != Layout::Type {
                return Err(self.binop_type_error(a, b, op, inplace));
            }
        }
        let [name, rname, iname] = self.op_names.binop[op as usize];
        if inplace {
            if let Some(f) = self.lookup_special(ta, iname) {
                let r = self.call(f, &[a, b], &[])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
        }
        let fa = self.lookup_special(ta, name);
        let fb = if ta != tb { self.lookup_special(tb, rname) } else { None };
        if let Some(fb) = fb {
            if tb.is_subtype(ta) && self.lookup_special(ta, rname) != Some(fb) {
                let r = self.call(fb, &[b, a], &[])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
                return self.binop_try_left(a, b, fa, None, op, inplace);
            }
        }
        self.binop_try_left(a, b, fa, fb, op, inplace)
    }

    fn binop_try_left(&mut self, a: Value, b: Value, fa: Option<Value>, fb: Option<Value>, op: BinOp, inplace: bool) -> PyResult {
        if let Some(f) = fa {
            let r = self.call(f, &[a, b], &[])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        if let Some(f) = fb {
            let r = self.call(f, &[b, a], &[])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        // bytes + any other buffer exporter (`b"x" + array('b', ...)`).
        if op == BinOp::Add && a.layout() == Some(Layout::Bytes) && crate::builtins::bytes_args::buffer_of(b).is_some() {
            return self.bytes_concat(a, b);
        }
        Err(self.binop_type_error(a, b, op, inplace))
    }

    fn binop_type_error(&mut self, a: Value, b: Value, op: BinOp, inplace: bool) -> crate::vm::PyErr {
        let (na, nb) = (self.type_name(a), self.type_name(b));
        // CPython falls back to the sequence protocol after the number slots,
        // and its messages say so.
        let is_seq = |v: Value| matches!(v.layout(), Some(Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes));
        match op {
            BinOp::Add if is_seq(a) => {
                if a.layout() == Some(Layout::Bytes) {
                    return self.type_error(&format!("can't concat {nb} to {na}"));
                }
                return self.type_error(&format!("can only concatenate {na} (not \"{nb}\") to {na}"));
            }
            BinOp::Mul if is_seq(a) => return self.type_error(&format!("can't multiply sequence by non-int of type '{nb}'")),
            BinOp::Mul if is_seq(b) => return self.type_error(&format!("can't multiply sequence by non-int of type '{na}'")),
            _ => {}
        }
        if op == BinOp::Pow && !inplace {
            return self.type_error(&format!("unsupported operand type(s) for ** or pow(): '{na}' and '{nb}'"));
        }
        let sym = format!("{}{}", op.symbol(), if inplace { "=" } else { "" });
        self.type_error(&format!("unsupported operand type(s) for {sym}: '{na}' and '{nb}'"))
    }

    /// Look up a special method (interned name) on a type (`None` when absent or set to None).
    #[inline]
    pub fn lookup_special(&self, t: crate::object::Gc<TypeObj>, name: Value) -> Option<Value> {
        match t.lookup(name) {
            Some(v) if !v.is_none() => Some(v),
            _ => None,
        }
    }

    /// The builtin behaviour of an operator on builtin operands (None = NotImplemented).
    pub fn native_binop(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        if a.is_bool() && b.is_bool() && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
            let (x, y) = (a == Value::TRUE, b == Value::TRUE);
            return Ok(Some(Value::from_bool(match op {
                BinOp::And => x & y,
                BinOp::Or => x | y,
                _ => x ^ y,
            })));
        }
        if let Some(r) = self.num_binop(a, b, op)? {
            return Ok(Some(r));
        }
        if a.layout() == Some(Layout::Complex) || b.layout() == Some(Layout::Complex) {
            return self.complex_binop(a, b, op);
        }
        let la = a.layout();
        let lb = b.layout();
        match (op, la, lb) {
            (BinOp::Add, Some(Layout::Str), Some(Layout::Str)) => {
                Ok(Some(crate::builtins::str_surrogates::concat(self, &[a, b])))
            }
            (BinOp::Add, Some(Layout::List), Some(Layout::List)) => {
                let mut v = a.downcast::<ListObj>().unwrap().items.snapshot();
                b.downcast::<ListObj>().unwrap().items.with(|x| v.extend_from_slice(x));
                Ok(Some(self.new_list(v)))
            }
            (BinOp::Add, Some(Layout::Tuple), Some(Layout::Tuple)) => {
                let mut v = a.downcast::<TupleObj>().unwrap().items.to_vec();
                v.extend_from_slice(&b.downcast::<TupleObj>().unwrap().items);
                Ok(Some(self.new_tuple(v)))
            }
            (BinOp::Mul, Some(Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes), _) if self.is_int_like(b) => {
                self.seq_repeat(a, b).map(Some)
            }
            (BinOp::Mul, _, Some(Layout::Str | Layout::List | Layout::Tuple | Layout::Bytes)) if self.is_int_like(a) => {
                self.seq_repeat(b, a).map(Some)
            }
            (BinOp::Mod, Some(Layout::Str), _) => self.str_percent(a, b).map(Some),
            (_, Some(Layout::Set), Some(Layout::Set)) => self.set_binop(a, b, op),
            (BinOp::Or, Some(Layout::Dict), Some(Layout::Dict)) => {
                let d = self.new_dict();
                self.dict_update_from(d, a, false)?;
                self.dict_update_from(d, b, false)?;
                Ok(Some(d.value()))
            }
            (_, Some(Layout::Set | Layout::DictView), Some(Layout::Set | Layout::DictView)) => self.set_binop(a, b, op),
            // A keys or items view combines with any iterable (`d.keys() - ["a"]`).
            (BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor, _, _) if self.is_set_view(a) || self.is_set_view(b) => {
                let mut ops = [a, b];
                for v in ops.iter_mut() {
                    if !matches!(v.layout(), Some(Layout::Set | Layout::DictView)) {
                        let items = self.collect_iter(*v)?;
                        *v = self.new_set_from(items, false)?;
                    }
                }
                self.set_binop(ops[0], ops[1], op)
            }
            (BinOp::Add, Some(Layout::Bytes), Some(Layout::Bytes)) => self.bytes_concat(a, b).map(Some),
            (BinOp::Mod, Some(Layout::Bytes), _) => self.bytes_percent(a, b).map(Some),
            _ => Ok(None),
        }
    }

    /// A dict keys or items view (the set-like ones).
    fn is_set_view(&self, v: Value) -> bool {
        v.downcast::<crate::object::misc::DictViewObj>().is_some_and(|d| d.kind == 0 || d.kind == 2)
    }

    pub fn native_inplace(&mut self, a: Value, b: Value, op: BinOp) -> PyResult<Option<Value>> {
        match (op, a.layout()) {
            (BinOp::Add, Some(Layout::List)) => {
                let items = self.collect_iter(b)?;
                a.downcast::<ListObj>().unwrap().items.with_mut(|v| v.extend(items));
                Ok(Some(a))
            }
            (BinOp::Mul, Some(Layout::List)) if self.is_int_like(b) => {
                let n = self.as_i64(b).unwrap_or(0).max(0) as usize;
                let l = a.downcast::<ListObj>().unwrap();
                let snap = l.items.snapshot();
                let Some(total) = snap.len().checked_mul(n).filter(|t| t.checked_mul(8).is_some()) else {
                    return Err(self.new_exception_err(self.t.memory_error, vec![]));
                };
                self.check_alloc(total * 8)?;
                let ok = l.items.with_mut(|v| {
                    v.clear();
                    if v.try_reserve_exact(total).is_err() {
                        return false;
                    }
                    for _ in 0..n {
                        v.extend_from_slice(&snap)
                    }
                    true
                });
                if !ok {
                    return Err(self.new_exception_err(self.t.memory_error, vec![]));
                }
                Ok(Some(a))
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Some(Layout::Set)) if self.is_instance(a, self.t.set) && b.layout() == Some(Layout::Set) => {
                if let Some(r) = self.set_binop(a, b, op)? {
                    self.set_replace_contents(a, r);
                    return Ok(Some(a));
                }
                Ok(None)
            }
            (BinOp::Or, Some(Layout::Dict)) => {
                self.dict_update_from(a.downcast::<DictObj>().unwrap(), b, false)?;
                Ok(Some(a))
            }
            _ => Ok(None),
        }
    }

    fn seq_repeat(&mut self, seq: Value, n: Value) -> PyResult {
        let n = match self.as_i64(n) {
            Some(n) => n.max(0) as usize,
            None => return Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        };
        match seq.layout() {
            Some(Layout::Str) => {
                let s = Vm::wtf8_of(seq).unwrap_or_default();
                if s.len().checked_mul(n).map(|x| x > isize::MAX as usize / 2).unwrap_or(true) {
                    return Err(self.new_error(self.t.memory_error, ""));
                }
                self.check_alloc(s.len() * n)?;
                match Vm::str_of(seq) {
                    Some(t) => Ok(self.new_string(t.repeat(n))),
                    None => Ok(self.new_wtf8(s.repeat(n))),
                }
            }
            Some(Layout::List) => {
                let v = seq.downcast::<ListObj>().unwrap().items.snapshot();
                let out = self.repeat_items(&v, n)?;
                Ok(self.new_list(out))
            }
            Some(Layout::Tuple) => {
                let out = self.repeat_items(&seq.downcast::<TupleObj>().unwrap().items, n)?;
                Ok(self.new_tuple(out))
            }
            _ => self.bytes_repeat(seq, n),
        }
    }

    /// `-a`, `+a`, `~a` on a builtin number (None: not a number or not supported).
    pub fn native_unary(&mut self, op: Op, a: Value) -> PyResult<Option<Value>> {
        if let Some(c) = a.downcast::<crate::object::int::ComplexObj>() {
            return Ok(match op {
                Op::UnaryNegative => Some(self.new_complex(-c.re, -c.im)),
                Op::UnaryPositive => Some(self.new_complex(c.re, c.im)),
                _ => None,
            });
        }
        let Some(n) = self.as_num(a) else { return Ok(None) };
        Ok(Some(match (op, n) {
            (Op::UnaryNegative, Num::Small(i)) => match i.checked_neg() {
                Some(v) => self.new_int(v),
                // -(-2**63) does not fit an i64.
                None => self.new_bigint(-num_bigint::BigInt::from(i)),
            },
            (Op::UnaryNegative, Num::Int(b)) => self.new_bigint(-b),
            (Op::UnaryNegative, Num::Float(f)) => Value::from_f64(-f),
            (Op::UnaryPositive, Num::Small(i)) => self.new_int(i),
            (Op::UnaryPositive, Num::Int(b)) => self.new_bigint(b),
            (Op::UnaryPositive, Num::Float(f)) => Value::from_f64(f),
            (Op::UnaryInvert, Num::Small(i)) => self.new_int(!i),
            (Op::UnaryInvert, Num::Int(b)) => self.new_bigint(!b),
            _ => return Ok(None),
        }))
    }

    /// `items * n` for lists and tuples, refusing sizes that cannot be allocated.
    fn repeat_items(&mut self, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
        if items.len().checked_mul(n).map(|x| x > (1 << 32)).unwrap_or(true) {
            return Err(self.new_error(self.t.memory_error, ""));
        }
        self.check_alloc(items.len() * n * 8)?;
        let mut out = Vec::with_capacity(items.len() * n);
        for _ in 0..n {
            out.extend_from_slice(items);
        }
        Ok(out)
    }

    /// Unary operators.
    pub fn unary_op(&mut self, op: Op, a: Value) -> PyResult {
        if !a.is_ptr() || !self.type_of(a).has_flag(tflags::HEAPTYPE) {
            if let Some(r) = self.native_unary(op, a)? {
                return Ok(r);
            }
        }
        let (name, sym) = match op {
            Op::UnaryNegative => (self.n.__neg__, "-"),
            Op::UnaryPositive => (self.n.__pos__, "+"),
            _ => (self.n.__invert__, "~"),
        };
        let t = self.type_of(a);
        match self.lookup_special(t, name) {
            Some(f) => self.call(f, &[a], &[]),
            None => {
                let n = t.name();
                Err(self.type_error(&format!("bad operand type for unary {sym}: '{n}'")))
            }
        }
    }

    /// Truth value.
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        match v {
            Value::TRUE => return Ok(true),
            Value::FALSE | Value::NONE => return Ok(false),
            _ => {}
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if let Some(f) = v.as_f64() {
            return Ok(f != 0.0);
        }
        if !v.is_ptr() {
            return Ok(true);
        }
        let t = self.type_of(v);
        if !t.has_flag(tflags::HEAPTYPE) {
            match t.layout {
                Layout::Str => return Ok(v.downcast::<StrObj>().unwrap().char_len > 0),
                Layout::List => return Ok(v.downcast::<ListObj>().unwrap().items.len() > 0),
                Layout::Tuple => return Ok(!v.downcast::<TupleObj>().unwrap().is_empty()),
                Layout::Dict | Layout::Set => return Ok(v.downcast::<DictObj>().unwrap().len() > 0),
                Layout::Bytes => return Ok(crate::builtins::bytes_args::with_data(v, |d| !d.is_empty())),
                Layout::Int => return Ok(true),
                Layout::Complex => {
                    let c = v.downcast::<crate::object::int::ComplexObj>().unwrap();
                    return Ok(c.re != 0.0 || c.im != 0.0);
                }
                _ => {}
            }
        }
        if let Some(f) = t.lookup(self.n.__bool__) {
            let r = self.call(f, &[v], &[])?;
            if !r.is_bool() {
                let n = self.type_name(r);
                return Err(self.type_error(&format!("__bool__ should return bool, returned {n}")));
            }
            return Ok(r == Value::TRUE);
        }
        if t.lookup(self.n.__len__).is_some() {
            return Ok(self.len(v)? > 0);
        }
        Ok(true)
    }

    /// Rich comparison `a op b`.
    pub fn compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let dunders = tflags::HEAPTYPE | tflags::EXTENSION;
        if !ta.has_flag(dunders) && !tb.has_flag(dunders) {
            if let Some(r) = self.native_compare(a, b, op)? {
                return Ok(Value::from_bool(r));
            }
        } else {
            let name = self.op_names.cmp[op as usize];
            let rname = self.op_names.cmp[op.swapped() as usize];
            let mut tried_reflected = false;
            if ta != tb && tb.is_subtype(ta) {
                if let Some(f) = self.lookup_special(tb, rname) {
                    tried_reflected = true;
                    let r = self.call(f, &[b, a], &[])?;
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(r);
                    }
                }
            }
            if let Some(f) = self.lookup_special(ta, name) {
                let r = self.call(f, &[a, b], &[])?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
            if !tried_reflected {
                if let Some(f) = self.lookup_special(tb, rname) {
                    let r = self.call(f, &[b, a], &[])?;
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(r);
                    }
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::from_bool(a == b)),
            CmpOp::Ne => Ok(Value::from_bool(a != b)),
            _ => {
                let (na, nb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(&format!("'{}' not supported between instances of '{na}' and '{nb}'", op.symbol())))
            }
        }
    }

    /// Comparison of builtin values (None = NotImplemented).
    pub fn native_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (self.as_num(a), self.as_num(b)) {
            let ord = num_cmp(&x, &y);
            return Ok(Some(match ord {
                None => op == CmpOp::Ne,
                Some(o) => cmp_result(o, op),
            }));
        }
        if a.layout() == Some(Layout::Complex) || b.layout() == Some(Layout::Complex) {
            return self.complex_compare(a, b, op);
        }
        match (a.layout(), b.layout()) {
            (Some(Layout::Str), Some(Layout::Str)) => {
                // Stored-text byte order is code-point order (text::wtf8).
                let (x, y) = (Vm::wtf8_of(a).unwrap_or_default(), Vm::wtf8_of(b).unwrap_or_default());
                Ok(Some(cmp_result(x.cmp(y), op)))
            }
            (Some(Layout::List), Some(Layout::List)) | (Some(Layout::Tuple), Some(Layout::Tuple)) => {
                // Nested containers recurse natively: count each level, as
                // CPython's rich comparison does.
                self.enter_for(" in comparison")?;
                let r = self.seq_compare(a, b, op);
                self.leave();
                r
            }
            (Some(Layout::Dict), Some(Layout::Dict)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                self.enter_for(" in comparison")?;
                let r = self.dict_eq(a, b);
                self.leave();
                Ok(Some(r? == (op == CmpOp::Eq)))
            }
            (Some(Layout::Set | Layout::DictView), Some(Layout::Set | Layout::DictView)) => {
                self.enter_for(" in comparison")?;
                let r = self.set_compare(a, b, op);
                self.leave();
                r
            }
            (Some(Layout::Bytes), Some(Layout::Bytes)) => {
                let x = self.bytes_data(a);
                let y = self.bytes_data(b);
                Ok(Some(cmp_result(x.cmp(&y), op)))
            }
            (Some(Layout::Slice), Some(Layout::Slice)) => {
                let (x, y) = (a.downcast::<crate::object::misc::SliceObj>().unwrap(), b.downcast::<crate::object::misc::SliceObj>().unwrap());
                let tx = self.new_tuple(vec![x.start, x.stop, x.step]);
                let ty = self.new_tuple(vec![y.start, y.stop, y.step]);
                self.native_compare(tx, ty, op)
            }
            (Some(Layout::Range), Some(Layout::Range)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                // Equal as sequences: same length, and same first item and step where they matter.
                let x = a.downcast::<crate::object::misc::RangeObj>().unwrap().big_parts();
                let y = b.downcast::<crate::object::misc::RangeObj>().unwrap().big_parts();
                let one = num_bigint::BigInt::from(1);
                let same = x.len == y.len && (x.len == num_bigint::BigInt::from(0) || (x.start == y.start && (x.len == one || x.step == y.step)));
                Ok(Some(same == (op == CmpOp::Eq)))
            }
            (Some(Layout::WeakRef), Some(Layout::WeakRef)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let r = crate::modules::weakref::ref_richcompare(self, a, b, op == CmpOp::Ne)?;
                Ok(Some(self.truthy(r)?))
            }
            _ => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    return Ok(Some((a == b) == (op == CmpOp::Eq)));
                }
                Ok(None)
            }
        }
    }

    /// `a == b` as a bool.
    #[inline]
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b && !a.is_float() {
            return Ok(true);
        }
        if Value::both_small_ints(a, b) {
            return Ok(false);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(r)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        if !v.is_ptr() || !self.type_of(v).has_flag(tflags::HEAPTYPE | tflags::EXTENSION) {
            return self.native_hash(v);
        }
        let t = self.type_of(v);
        match t.lookup(self.n.__hash__) {
            Some(f) if f.is_none() => Err(self.unhashable(v)),
            Some(f) if f == self.object_hash_fn() => Ok(identity_hash(v)),
            // A builtin base's slot wrapper: hash the builtin payload directly.
            Some(f) if f.layout() == Some(Layout::BuiltinFunction) && !self.is_extension_method(f) => self.native_hash(v),
            Some(f) => {
                let r = self.call(f, &[v], &[])?;
                match self.as_num(r) {
                    Some(Num::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                    Some(Num::Int(b)) => Ok(hash_bigint(&b)),
                    _ => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            None => Ok(identity_hash(v)),
        }
    }

    /// The builtin hash of a value, by its payload layout (never calls `__hash__`).
    pub fn native_hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(hash_i64(i));
        }
        if let Some(f) = v.as_f64() {
            return Ok(hash_f64(f));
        }
        match v {
            Value::TRUE => return Ok(1),
            Value::FALSE => return Ok(0),
            Value::NONE => return Ok(0x5f3a_1d2c),
            Value::NOT_IMPLEMENTED => return Ok(0x5f3a_1d3c),
            Value::ELLIPSIS => return Ok(0x5f3a_1d4c),
            _ => {}
        }
        let t = self.type_of(v);
        match t.layout {
            Layout::Str => Ok(v.downcast::<StrObj>().unwrap().hash()),
            Layout::Int => Ok(hash_bigint(&v.downcast::<IntObj>().unwrap().value)),
            // Nested tuples and frozensets recurse natively (CPython does not
            // count these levels toward the recursion limit either).
            Layout::Tuple => {
                self.check_native_stack()?;
                self.hash_tuple(v)
            }
            Layout::List | Layout::Dict | Layout::DictView => Err(self.unhashable(v)),
            Layout::Set if t.is_subtype(self.t.set) => Err(self.unhashable(v)),
            Layout::Set => {
                self.check_native_stack()?;
                self.hash_frozenset(v)
            }
            Layout::Bytes if t.is_subtype(self.t.bytearray) => Err(self.unhashable(v)),
            Layout::Bytes => Ok(crate::object::str::hash_str(&String::from_utf8_lossy(&self.bytes_data(v)))),
            Layout::Float => Ok(hash_f64(v.downcast::<crate::object::int::FloatObj>().unwrap().value)),
            Layout::Complex => Ok(Vm::complex_hash(&v.downcast::<crate::object::int::ComplexObj>().unwrap())),
            Layout::Slice | Layout::WeakProxy => Err(self.unhashable(v)),
            Layout::WeakRef => crate::modules::weakref::ref_hash(self, v),
            _ => Ok(identity_hash(v)),
        }
    }

    fn object_hash_fn(&self) -> Value {
        self.t.object.dict.get_str_key(self.n.__hash__).unwrap_or(Value::NULL)
    }

    pub fn unhashable(&mut self, v: Value) -> crate::vm::PyErr {
        let n = self.type_name(v);
        self.type_error(&format!("unhashable type: '{n}'"))
    }

    /// CPython's tuple hash (xxHash-based), so `hash((1, 2))` matches.
    fn hash_tuple(&mut self, v: Value) -> PyResult<i64> {
        let t = v.downcast::<TupleObj>().unwrap();
        if t.hash.get() != -1 {
            return Ok(t.hash.get());
        }
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for x in t.items.iter() {
            let lane = self.hash(*x)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((t.len() as u64) ^ (P5 ^ 3527539));
        let h = if acc == u64::MAX { 1546275796 } else { acc as i64 };
        t.hash.set(h);
        Ok(h)
    }

    fn hash_frozenset(&mut self, v: Value) -> PyResult<i64> {
        let mut h: u64 = 0;
        for (k, _) in v.downcast::<DictObj>().unwrap().items() {
            let x = self.hash(k)? as u64;
            h ^= (x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167);
        }
        Ok((h.wrapping_mul(69069).wrapping_add(907133923)) as i64)
    }

    /// `item in container`. Out of line for the same reason as `dict_set`:
    /// the loop's spill slots would keep `item` alive for the conservative scan.
    #[inline(never)]
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        let t = self.type_of(container);
        if !t.has_flag(tflags::HEAPTYPE) || self.has_native_slot(t, self.n.__contains__) {
            if let Some(r) = self.native_contains(container, item)? {
                return Ok(r);
            }
        }
        if let Some(f) = t.lookup(self.n.__contains__) {
            let r = self.call(f, &[container, item], &[])?;
            return self.truthy(r);
        }
        if !self.has_iter_protocol(container) {
            let n = t.name();
            return Err(self.type_error(&format!("argument of type '{n}' is not iterable")));
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.iter_next(it)? {
            if x == item || self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Membership for builtin containers by payload layout (None: no builtin rule applies).
    pub fn native_contains(&mut self, container: Value, item: Value) -> PyResult<Option<bool>> {
        let t = self.type_of(container);
        match t.layout {
            Layout::Str => {
                let Some(s) = Vm::wtf8_of(item) else {
                    let n = self.type_name(item);
                    return Err(self.type_error(&format!("'in <string>' requires string as left operand, not {n}")));
                };
                // Substrings of stored text are byte substrings (text::wtf8).
                let hay = Vm::wtf8_of(container).unwrap_or_default();
                return Ok(Some(memchr::memmem::find(hay, s).is_some()));
            }
            Layout::Bytes => return crate::builtins::bytes_type::contains(self, container, item).map(Some),
            Layout::Dict => return Ok(Some(self.dict_lookup(container.downcast::<DictObj>().unwrap(), item)?.is_some())),
            Layout::Set => return self.set_member(container.downcast::<DictObj>().unwrap(), item).map(Some),
            Layout::List | Layout::Tuple => {
                // Live reads: `__eq__` may resize the list.
                let mut i = 0;
                while let Some(x) = Vm::seq_item_at(container, i) {
                    if x == item || self.eq(x, item)? {
                        return Ok(Some(true));
                    }
                    i += 1;
                }
                return Ok(Some(false));
            }
            Layout::DictView => {
                let dv = container.downcast::<crate::object::misc::DictViewObj>().unwrap();
                let d = dv.dict.downcast::<DictObj>().unwrap();
                match dv.kind {
                    0 | 3 => return Ok(Some(self.dict_lookup(d, item)?.is_some())),
                    2 => {
                        let Some(t) = item.downcast::<TupleObj>().filter(|t| t.len() == 2) else { return Ok(Some(false)) };
                        let (k, v) = (t.items[0], t.items[1]);
                        return match self.dict_lookup(d, k)? {
                            Some(x) => Ok(Some(x == v || self.eq(x, v)?)),
                            None => Ok(Some(false)),
                        };
                    }
                    _ => {}
                }
            }
            Layout::Range => {
                let r = container.downcast::<crate::object::misc::RangeObj>().unwrap();
                if let Some(b) = &r.big {
                    if let Some(x) = self.as_bigint(item).filter(|_| item.as_f64().is_none()) {
                        return Ok(Some(b.position(&x).is_some()));
                    }
                } else if let Some(i) = self.as_i64(item) {
                    if item.as_f64().is_none() {
                        let (s, e, st) = (r.start, r.stop, r.step);
                        let inr = if st > 0 { i >= s && i < e } else { i <= s && i > e };
                        return Ok(Some(inr && (i - s) % st == 0));
                    }
                }
            }
            _ => {}
        }
        Ok(None)
    }

    /// Whether `name` on a heap type resolves to a builtin base's slot wrapper,
    /// so the builtin behaviour can run without a call.
    #[inline]
    pub fn has_native_slot(&self, t: crate::object::Gc<TypeObj>, name: Value) -> bool {
        t.lookup(name).map(|f| f.layout() == Some(Layout::BuiltinFunction)).unwrap_or(false)
    }

    /// `a op b` for two lists or two tuples.
    fn seq_compare(&mut self, a: Value, b: Value, op: CmpOp) -> PyResult<Option<bool>> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && Vm::seq_len(a) != Vm::seq_len(b) {
            return Ok(Some(op == CmpOp::Ne));
        }
        // Items are read live, one pair at a time (held in locals while
        // `__eq__` runs, which may resize either list).
        let mut i = 0;
        while let (Some(x), Some(y)) = (Vm::seq_item_at(a, i), Vm::seq_item_at(b, i)) {
            i += 1;
            if x == y {
                continue;
            }
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(Some(false)),
                    CmpOp::Ne => Ok(Some(true)),
                    _ => {
                        let r = self.compare(x, y, op)?;
                        Ok(Some(self.truthy(r)?))
                    }
                };
            }
        }
        Ok(Some(cmp_result(Vm::seq_len(a).cmp(&Vm::seq_len(b)), op)))
    }

    /// Item `i` of a list or tuple, read live: `__eq__` may resize a list
    /// between two reads (CPython indexes the live list too).
    fn seq_item_at(v: Value, i: usize) -> Option<Value> {
        if let Some(l) = v.downcast::<ListObj>() {
            l.items.get(i)
        } else {
            v.downcast::<TupleObj>().and_then(|t| t.items.get(i).copied())
        }
    }

    fn seq_len(v: Value) -> usize {
        if let Some(l) = v.downcast::<ListObj>() {
            l.items.len()
        } else {
            v.downcast::<TupleObj>().map_or(0, |t| t.items.len())
        }
    }
}

/// Address-based hash for objects without `__hash__`.
pub fn identity_hash(v: Value) -> i64 {
    let h = (v.bits() >> 4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn cmp_result(o: std::cmp::Ordering, op: CmpOp) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
    }
}

/// Exact comparison of numbers (ints compared exactly with floats).
fn num_cmp(x: &Num, y: &Num) -> Option<std::cmp::Ordering> {
    use num_bigint::BigInt;
    match (x, y) {
        (Num::Small(a), Num::Small(b)) => Some(a.cmp(b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Float(a), other) => num_cmp(other, &Num::Float(*a)).map(|o| o.reverse()),
        (Num::Small(a), Num::Float(b)) => {
            if b.is_nan() {
                return None;
            }
            if a.unsigned_abs() < (1 << 53) {
                return (*a as f64).partial_cmp(b);
            }
            num_cmp(&Num::Int(BigInt::from(*a)), &Num::Float(*b))
        }
        (Num::Int(a), Num::Float(b)) => {
            if b.is_nan() {
                return None;
            }
            if b.is_infinite() {
                return Some(if *b > 0.0 { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater });
            }
            let bf = b.floor();
            let bi = BigInt::from(bf as i128);
            let bi = if bf.abs() < 1e38 { bi } else { num_traits::FromPrimitive::from_f64(bf).unwrap_or_default() };
            match a.cmp(&bi) {
                std::cmp::Ordering::Equal => {
                    if *b > bf {
                        Some(std::cmp::Ordering::Less)
                    } else {
                        Some(std::cmp::Ordering::Equal)
                    }
                }
                o => Some(o),
            }
        }
        (a, b) => {
            let to_big = |n: &Num| match n {
                Num::Small(i) => BigInt::from(*i),
                Num::Int(b) => b.clone(),
                Num::Float(f) => BigInt::from(f.to_i64().unwrap_or(0)),
            };
            Some(to_big(a).cmp(&to_big(b)))
        }
    }
}
