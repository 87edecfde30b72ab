//! The iteration protocol and unpacking.

use crate::object::dict::DictObj;
use crate::object::misc::{DictViewObj, GeneratorObj, IterObj, IterState, RangeObj};
use crate::object::seq::{BytesObj, ListObj, TupleObj};
use crate::object::str::StrObj;
use crate::object::typeobj::{tflags, TypeObj};
use crate::object::{Gc, Layout, ObjHeader, VCell};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn new_iter(&mut self, cls: Gc<TypeObj>, state: IterState) -> Value {
        let h = ObjHeader::new(cls);
        let base = IterObj { header: h, state: VCell::new(state) };
        if cls.attrs_offset.get() != 0 {
            // A user subclass (of `enumerate`, `itertools.chain`, ...).
            let attrs = crate::object::attrs::Attrs::new(self.root_shape);
            return self.alloc(crate::object::attrs::WithAttrs { base, attrs }).value();
        }
        self.alloc(base).value()
    }

    /// `iter(v)` for builtin iterables by payload layout (None: no builtin rule).
    pub fn native_iter(&mut self, v: Value) -> Option<Value> {
        let t = self.type_of(v);
        let st = match t.layout {
            Layout::List => Some((self.t.list_iterator, IterState::Seq { seq: v, idx: 0 })),
            Layout::Tuple => Some((self.t.tuple_iterator, IterState::Seq { seq: v, idx: 0 })),
            Layout::Str => Some((self.t.str_iterator, IterState::Seq { seq: v, idx: 0 })),
            Layout::Bytes => Some((self.t.seq_iterator, IterState::Seq { seq: v, idx: 0 })),
            Layout::Range => {
                let r = v.downcast::<RangeObj>().unwrap();
                if r.big.is_some() {
                    // Arbitrary-precision bounds: iterate by index.
                    Some((self.t.range_iterator, IterState::GetItem { obj: v, idx: 0 }))
                } else {
                    Some((self.t.range_iterator, IterState::Range { cur: r.start, stop: r.stop, step: r.step }))
                }
            }
            Layout::Dict => {
                let d = v.downcast::<DictObj>().unwrap();
                Some((self.t.dict_keyiterator, IterState::Dict { dict: v, pos: 0, kind: 0, len_at_start: d.len(), left: d.len() }))
            }
            Layout::Set => {
                let d = v.downcast::<DictObj>().unwrap();
                Some((self.t.set_iterator, IterState::Dict { dict: v, pos: 0, kind: 0, len_at_start: d.len(), left: d.len() }))
            }
            Layout::DictView => {
                let dv = v.downcast::<DictViewObj>().unwrap();
                let d = dv.dict.downcast::<DictObj>().unwrap();
                let cls = [self.t.dict_keyiterator, self.t.dict_valueiterator, self.t.dict_itemiterator][dv.kind as usize % 3];
                Some((cls, IterState::Dict { dict: dv.dict, pos: 0, kind: dv.kind % 3, len_at_start: d.len(), left: d.len() }))
            }
            Layout::Iterator | Layout::Generator => return Some(v),
            _ => None,
        };
        let (cls, st) = st?;
        Some(self.new_iter(cls, st))
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> PyResult {
        let t = self.type_of(v);
        if !t.has_flag(tflags::HEAPTYPE) || self.has_native_slot(t, self.n.__iter__) {
            if let Some(it) = self.native_iter(v) {
                return Ok(it);
            }
        }
        if let Some(f) = t.lookup(self.n.__iter__) {
            if f.is_none() {
                let n = t.name();
                return Err(self.type_error(&format!("'{n}' object is not iterable")));
            }
            let it = self.call(f, &[v], &[])?;
            let it_t = self.type_of(it);
            if it_t.lookup(self.n.__next__).is_none() && !matches!(it_t.layout, Layout::Iterator | Layout::Generator) {
                let n = it_t.name();
                return Err(self.type_error(&format!("iter() returned non-iterator of type '{n}'")));
            }
            return Ok(it);
        }
        if t.lookup(self.n.__getitem__).is_some() {
            return Ok(self.new_iter(self.t.seq_iterator, IterState::GetItem { obj: v, idx: 0 }));
        }
        let n = t.name();
        Err(self.type_error(&format!("'{n}' object is not iterable")))
    }

    /// `next(it)`; Ok(None) when exhausted (the StopIteration value, if any,
    /// is left in `last_stop_value`).
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        // Each item counts toward the step budget, so that native loops
        // (`sum(range(10**15))`, `list(itertools.count())`) end too.
        self.steps_left = self.steps_left.wrapping_sub(1);
        if self.steps_left == 0 {
            self.step_budget_check()?;
        }
        if let Some(i) = it.downcast::<IterObj>() {
            if self.type_of(it).has_flag(tflags::HEAPTYPE) {
                if let Some(f) = self.type_of(it).lookup(self.n.__next__) {
                    if f.downcast::<crate::object::function::FunctionObj>().is_some() {
                        return self.next_via_dunder(f, it);
                    }
                }
            }
            return self.builtin_iter_next(i);
        }
        if let Some(g) = it.downcast::<GeneratorObj>().filter(|g| g.kind == crate::object::misc::GenKind::Generator) {
            if g.state.with(|s| s.finished) {
                return Ok(None);
            }
            return match self.gen_resume(g, Value::NONE, None)? {
                super::run::Exit::Yield(v) => Ok(Some(v)),
                super::run::Exit::Return(r) => {
                    self.last_stop_value = r;
                    Ok(None)
                }
            };
        }
        let t = self.type_of(it);
        match t.lookup(self.n.__next__) {
            Some(f) => self.next_via_dunder(f, it),
            None => {
                let n = t.name();
                Err(self.type_error(&format!("'{n}' object is not an iterator")))
            }
        }
    }

    /// `next()` of a builtin iterator's own `__next__` (what `super().__next__()`
    /// reaches from a subclass): never dispatches to an override.
    pub fn native_iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        match it.downcast::<IterObj>() {
            Some(i) => self.builtin_iter_next(i),
            None => self.iter_next(it),
        }
    }

    fn next_via_dunder(&mut self, f: Value, it: Value) -> PyResult<Option<Value>> {
        match self.call(f, &[it], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance(e.0, self.t.stop_iteration) => {
                self.last_stop_value = self.stop_iteration_value(e.0);
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn builtin_iter_next(&mut self, i: Gc<IterObj>) -> PyResult<Option<Value>> {
        enum Step {
            Done(Option<Value>),
            /// A range item outside the immediate-int range.
            Int(i64),
            Tool,
            Other,
        }
        let step = i.state.with_mut(|s| match s {
            IterState::Range { cur, stop, step } => {
                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                    let v = *cur;
                    // Saturate: past the last item, `cur` only has to compare beyond `stop`.
                    *cur = cur.saturating_add(*step);
                    match Value::try_small_int(v) {
                        Some(x) => Step::Done(Some(x)),
                        None => Step::Int(v),
                    }
                } else {
                    Step::Done(None)
                }
            }
            IterState::Seq { seq, idx } => {
                if let Some(l) = seq.downcast::<ListObj>() {
                    match l.items.get(*idx) {
                        Some(v) => {
                            *idx += 1;
                            Step::Done(Some(v))
                        }
                        None => {
                            *s = IterState::Exhausted;
                            Step::Done(None)
                        }
                    }
                } else if let Some(t) = seq.downcast::<TupleObj>() {
                    match t.items.get(*idx) {
                        Some(v) => {
                            *idx += 1;
                            Step::Done(Some(*v))
                        }
                        None => Step::Done(None),
                    }
                } else {
                    Step::Other
                }
            }
            IterState::Exhausted => Step::Done(None),
            IterState::Tool(_) => Step::Tool,
            _ => Step::Other,
        });
        match step {
            Step::Int(v) => Ok(Some(self.new_int(v))),
            Step::Done(r) => Ok(r),
            // Iterators wrapping iterators recurse natively, without frames.
            Step::Tool => {
                self.check_native_stack()?;
                crate::modules::itertools::next(self, i)
            }
            Step::Other => {
                self.check_native_stack()?;
                self.iter_next_slow(i)
            }
        }
    }

    fn iter_next_slow(&mut self, i: Gc<IterObj>) -> PyResult<Option<Value>> {
        // Take a copy of what is needed, then run code that may re-enter.
        enum K {
            Str(Value, usize),
            Bytes(Value, usize),
            Reversed(Value, isize),
            Dict(Value, usize, u8, usize, usize),
            Enumerate(Value, Value),
            Zip(Vec<Value>, bool),
            Map(Value, Vec<Value>),
            Filter(Value, Value),
            GetItem(Value, i64),
            Callable(Value, Value),
            None,
        }
        let k = i.state.with(|s| match s {
            IterState::Seq { seq, idx } if seq.layout() == Some(Layout::Str) => K::Str(*seq, *idx),
            IterState::Seq { seq, idx } => K::Bytes(*seq, *idx),
            IterState::Reversed { seq, next } => K::Reversed(*seq, *next),
            IterState::Dict { dict, pos, kind, len_at_start, left } => K::Dict(*dict, *pos, *kind, *len_at_start, *left),
            IterState::Enumerate { it, count } => K::Enumerate(*it, *count),
            IterState::Zip { its, strict } => K::Zip(its.clone(), *strict),
            IterState::Map { func, its } => K::Map(*func, its.clone()),
            IterState::Filter { func, it } => K::Filter(*func, *it),
            IterState::GetItem { obj, idx } => K::GetItem(*obj, *idx),
            IterState::Callable { func, sentinel } => K::Callable(*func, *sentinel),
            _ => K::None,
        });
        let set = |st: IterState| i.state.with_mut(|s| *s = st);
        match k {
            K::Str(seq, idx) => {
                // For a str, `idx` is the byte offset of the next character
                // (strs are immutable), so non-ASCII iteration is linear.
                let s = seq.downcast::<StrObj>().unwrap();
                let text = s.as_wtf8();
                if idx >= text.len() {
                    set(IterState::Exhausted);
                    return Ok(None);
                }
                let (c, n) = crate::text::wtf8::decode_at(text, idx);
                set(IterState::Seq { seq, idx: idx + n });
                Ok(Some(self.new_code_point(c)))
            }
            K::Bytes(seq, idx) => {
                let b = seq.downcast::<BytesObj>().map(|b| b.data.with(|d| d.get(idx).copied())).flatten();
                match b {
                    Some(x) => {
                        set(IterState::Seq { seq, idx: idx + 1 });
                        Ok(Some(Value::from_small_int(x as i64)))
                    }
                    None => {
                        set(IterState::Exhausted);
                        Ok(None)
                    }
                }
            }
            K::Reversed(seq, next) => {
                if next < 0 {
                    set(IterState::Exhausted);
                    return Ok(None);
                }
                let n = self.len(seq)? as isize;
                if next >= n {
                    set(IterState::Exhausted);
                    return Ok(None);
                }
                set(IterState::Reversed { seq, next: next - 1 });
                let idx = Value::from_small_int(next as i64);
                self.getitem(seq, idx).map(Some)
            }
            K::Dict(dict, mut pos, kind, len0, left) => {
                let d = dict.downcast::<DictObj>().unwrap();
                if d.len() != len0 {
                    set(IterState::Exhausted);
                    // CPython capitalises only the set message.
                    let what = if dict.layout() == Some(Layout::Set) { "Set" } else { "dictionary" };
                    return Err(self.new_error(self.t.runtime_error, &format!("{what} changed size during iteration")));
                }
                loop {
                    match d.entry_at(pos) {
                        None => {
                            set(IterState::Exhausted);
                            return Ok(None);
                        }
                        Some(None) => pos += 1,
                        Some(Some(e)) => {
                            let is_set = dict.layout() == Some(Layout::Set);
                            if left == 0 && !is_set {
                                // Same size, but an entry beyond those it started with.
                                set(IterState::Exhausted);
                                return Err(self.new_error(self.t.runtime_error, "dictionary keys changed during iteration"));
                            }
                            set(IterState::Dict { dict, pos: pos + 1, kind, len_at_start: len0, left: left.saturating_sub(1) });
                            return Ok(Some(match kind {
                                0 => e.key,
                                1 => e.value,
                                _ => self.new_tuple(vec![e.key, e.value]),
                            }));
                        }
                    }
                }
            }
            K::Enumerate(it, count) => match self.iter_next(it)? {
                Some(v) => {
                    let one = Value::from_small_int(1);
                    let next = self.binary_op(count, one, crate::bytecode::BinOp::Add, false)?;
                    set(IterState::Enumerate { it, count: next });
                    Ok(Some(self.new_tuple(vec![count, v])))
                }
                None => Ok(None),
            },
            K::Zip(its, strict) => {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (n, it) in its.iter().enumerate() {
                    match self.iter_next(*it)? {
                        Some(v) => out.push(v),
                        None => {
                            set(IterState::Exhausted);
                            if strict {
                                if n > 0 {
                                    let msg = format!("zip() argument {} is shorter than argument{} 1{}", n + 1, if n > 1 { "s" } else { "" }, if n > 1 { format!("-{n}") } else { String::new() });
                                    return Err(self.value_error(&msg));
                                }
                                for (m, other) in its.iter().enumerate().skip(1) {
                                    if self.iter_next(*other)?.is_some() {
                                        let msg = format!("zip() argument {} is longer than argument{} 1{}", m + 1, if m > 1 { "s" } else { "" }, if m > 1 { format!("-{m}") } else { String::new() });
                                        return Err(self.value_error(&msg));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(self.new_tuple(out)))
            }
            K::Map(func, its) => {
                let mut args = Vec::with_capacity(its.len());
                for it in its {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(func, &args, &[]).map(Some)
            }
            K::Filter(func, it) => loop {
                let Some(v) = self.iter_next(it)? else { return Ok(None) };
                let keep = if func.is_none() {
                    self.truthy(v)?
                } else {
                    let r = self.call(func, &[v], &[])?;
                    self.truthy(r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            K::GetItem(obj, idx) => {
                let key = self.new_int(idx);
                match self.getitem(obj, key) {
                    Ok(v) => {
                        set(IterState::GetItem { obj, idx: idx + 1 });
                        Ok(Some(v))
                    }
                    Err(e) if self.is_instance(e.0, self.t.index_error) || self.is_instance(e.0, self.t.stop_iteration) => {
                        set(IterState::Exhausted);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            K::Callable(func, sentinel) => {
                let v = self.call(func, &[], &[])?;
                if v == sentinel || self.eq(v, sentinel)? {
                    set(IterState::Exhausted);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            K::None => Ok(None),
        }
    }

    /// All items of an iterable.
    pub fn collect_iter(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Some(l) = v.downcast::<ListObj>() {
            if !self.type_of(v).has_flag(tflags::HEAPTYPE) {
                // The list may be emptied while the caller runs Python code
                // with this snapshot: root it like the items of any iterator.
                let items = l.items.snapshot();
                self.extra_roots.extend_from_slice(&items);
                return Ok(items);
            }
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            if !self.type_of(v).has_flag(tflags::HEAPTYPE) {
                return Ok(t.items.to_vec());
            }
        }
        let it = self.get_iter(v)?;
        // Items are parked in extra_roots while the iterator may run Python
        // code (a safepoint), and stay there for the caller's root scope.
        let mark = self.extra_roots.len();
        let mut n = 0;
        while let Some(x) = self.iter_next(it)? {
            // Drop what the iterator's own code parked after our items.
            self.extra_roots.truncate(mark + n);
            self.extra_roots.push(x);
            n += 1;
            if n % 65536 == 0 {
                // The items are outside the gc heap: check the limit as they grow.
                self.check_alloc(n * std::mem::size_of::<Value>())?;
            }
        }
        self.extra_roots.truncate(mark + n);
        Ok(self.extra_roots[mark..].to_vec())
    }

    /// UnpackSequence / UnpackEx: returns items in source order.
    pub fn unpack(&mut self, seq: Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        let t = self.type_of(seq);
        if !matches!(t.layout, Layout::List | Layout::Tuple | Layout::Str | Layout::Dict | Layout::Set) && t.lookup(self.n.__iter__).is_none() && t.lookup(self.n.__getitem__).is_none() && !matches!(t.layout, Layout::Iterator | Layout::Generator | Layout::Range | Layout::DictView | Layout::Bytes) {
            let n = t.name();
            return Err(self.type_error(&format!("cannot unpack non-iterable {n} object")));
        }
        let items = self.collect_iter(seq)?;
        match after {
            None => {
                if items.len() < before {
                    return Err(self.value_error(&format!("not enough values to unpack (expected {before}, got {})", items.len())));
                }
                if items.len() > before {
                    return Err(self.value_error(&format!("too many values to unpack (expected {before})")));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(&format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut out = items[..before].to_vec();
                let mid = items[before..items.len() - after].to_vec();
                let l = self.new_list(mid);
                out.push(l);
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }
}
