//! dict/set operations that may run Python code (hash/eq), subscripting and `len`.

use crate::object::dict::{native_key_eq, DictObj, Probe};
use crate::object::misc::{DictViewObj, RangeObj, SliceObj};
use crate::object::seq::{BytesObj, ListObj, TupleObj};
use crate::object::str::StrObj;
use crate::object::typeobj::tflags;
use crate::object::{Gc, Layout, ObjHeader, VCell};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Entry index of `key` in `d`.
    pub fn dict_find(&mut self, d: Gc<DictObj>, key: Value, hash: i64) -> PyResult<Option<usize>> {
        let mut rejected: Vec<usize> = Vec::new();
        loop {
            let r = d.table.with(|t| t.probe(hash, key, &rejected, native_key_eq));
            match r {
                Ok(Probe::Found(i)) => return Ok(Some(i)),
                Ok(Probe::Missing) => return Ok(None),
                Err((ix, cand)) => {
                    let ver = d.version.get();
                    let eq = self.eq(cand, key)?;
                    if d.version.get() != ver {
                        rejected.clear();
                        continue;
                    }
                    if eq {
                        return Ok(Some(ix));
                    }
                    rejected.push(ix);
                }
            }
        }
    }

    pub fn dict_lookup(&mut self, d: Gc<DictObj>, key: Value) -> PyResult<Option<Value>> {
        if let Some(s) = key.downcast::<StrObj>() {
            let h = s.hash();
            let r = d.table.with(|t| t.probe(h, key, &[], native_key_eq));
            if let Ok(p) = r {
                return Ok(match p {
                    Probe::Found(i) => d.table.with(|t| Some(t.entries[i].value)),
                    Probe::Missing => None,
                });
            }
        }
        let h = self.hash(key)?;
        Ok(self.dict_find(d, key, h)?.map(|i| d.table.with(|t| t.entries[i].value)))
    }

    /// Out of line: inlined into the interpreter loop, its temporaries would
    /// linger in the loop's native frame, where the conservative stack scan
    /// finds them (keeping dropped keys and values alive).
    #[inline(never)]
    pub fn dict_set(&mut self, d: Gc<DictObj>, key: Value, value: Value) -> PyResult<()> {
        let h = self.hash(key)?;
        let found = self.dict_find(d, key, h)?;
        d.touch();
        d.table.with_mut(|t| match found {
            Some(i) => t.entries[i].value = value,
            None => t.insert_new(h, key, value),
        });
        Ok(())
    }

    /// Remove `key`; returns the old value (None when absent).
    pub fn dict_del(&mut self, d: Gc<DictObj>, key: Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.dict_find(d, key, h)? {
            Some(i) => {
                d.touch();
                Ok(Some(d.table.with_mut(|t| t.remove_at(i).value)))
            }
            None => Ok(None),
        }
    }

    /// `d.update(m)` (m a mapping with keys() or an iterable of pairs).
    pub fn dict_update_from(&mut self, d: Gc<DictObj>, m: Value, no_dups: bool) -> PyResult<()> {
        let mark = self.extra_roots.len();
        let r = self.dict_update_from_rooted(d, m, no_dups);
        self.extra_roots.truncate(mark);
        r
    }

    /// The snapshot of `m`'s items is parked in `extra_roots`: `__hash__`/
    /// `__eq__` of the keys may empty `m`.
    fn dict_update_from_rooted(&mut self, d: Gc<DictObj>, m: Value, no_dups: bool) -> PyResult<()> {
        if let Some(src) = m.downcast::<DictObj>() {
            if m.layout() == Some(Layout::Dict) && !self.type_of(m).has_flag(tflags::HEAPTYPE) {
                let items = src.items();
                for &(k, v) in &items {
                    self.extra_roots.push(k);
                    self.extra_roots.push(v);
                }
                for (k, v) in items {
                    if no_dups && self.dict_lookup(d, k)?.is_some() {
                        let r = self.repr(k)?;
                        let rs = Vm::str_of(r).unwrap_or("?");
                        return Err(self.type_error(&format!("func() got multiple values for keyword argument {rs}")));
                    }
                    self.dict_set(d, k, v)?;
                }
                return Ok(());
            }
        }
        let keys_name = self.n.keys;
        if self.getattr_opt(m, keys_name)?.is_some() {
            let ks = self.call_method(m, keys_name, &[])?;
            for k in self.collect_iter(ks)? {
                let v = self.getitem(m, k)?;
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        if no_dups {
            let n = self.type_name(m);
            return Err(self.type_error(&format!("argument after ** must be a mapping, not {n}")));
        }
        for (i, item) in self.collect_iter(m)?.into_iter().enumerate() {
            let kv = match self.collect_iter(item) {
                Ok(kv) => kv,
                Err(_) => return Err(self.type_error(&format!("cannot convert dictionary update sequence element #{i} to a sequence"))),
            };
            if kv.len() != 2 {
                return Err(self.value_error(&format!("dictionary update sequence element #{i} has length {}; 2 is required", kv.len())));
            }
            self.dict_set(d, kv[0], kv[1])?;
        }
        Ok(())
    }

    pub fn dict_eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let mark = self.extra_roots.len();
        let r = self.dict_eq_rooted(a, b);
        self.extra_roots.truncate(mark);
        r
    }

    /// `__eq__` may empty `a`: its snapshot of items is parked in `extra_roots`.
    fn dict_eq_rooted(&mut self, a: Value, b: Value) -> PyResult<bool> {
        let (da, db) = (a.downcast::<DictObj>().unwrap(), b.downcast::<DictObj>().unwrap());
        if da.len() != db.len() {
            return Ok(false);
        }
        let items = da.items();
        for &(k, v) in &items {
            self.extra_roots.push(k);
            self.extra_roots.push(v);
        }
        for (k, v) in items {
            match self.dict_lookup(db, k)? {
                Some(w) => {
                    if !(v == w || self.eq(v, w)?) {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    // ----- sets (a DictObj with class set/frozenset; values unused) -----

    pub fn new_set_empty(&mut self, frozen: bool) -> Gc<DictObj> {
        let cls = if frozen { self.t.frozenset } else { self.t.set };
        self.alloc(DictObj::new(ObjHeader::new(cls)))
    }

    /// An empty set of class `cls` (set, frozenset or a subclass). Instances
    /// of Python subclasses carry the attribute store their class's
    /// `attrs_offset` points at.
    pub fn new_set_of_class(&mut self, cls: Gc<crate::object::typeobj::TypeObj>) -> Gc<DictObj> {
        if cls == self.t.set || cls == self.t.frozenset || cls.attrs_offset.get() == 0 {
            return self.alloc(DictObj::new(ObjHeader::new(cls)));
        }
        let attrs = crate::object::attrs::Attrs::new(self.root_shape);
        let w = self.alloc(crate::object::attrs::WithAttrs { base: DictObj::new(ObjHeader::new(cls)), attrs });
        w.value().downcast::<DictObj>().expect("set layout")
    }

    pub fn new_set_from(&mut self, items: Vec<Value>, frozen: bool) -> PyResult {
        let cls = if frozen { self.t.frozenset } else { self.t.set };
        self.new_set_of_class_from(cls, items)
    }

    /// A set of class `cls` holding `items`.
    pub fn new_set_of_class_from(&mut self, cls: Gc<crate::object::typeobj::TypeObj>, items: Vec<Value>) -> PyResult {
        let s = self.new_set_of_class(cls);
        // `__hash__`/`__eq__` run while the items not yet added are only in
        // this buffer: keep them rooted until the set holds them.
        let mark = self.extra_roots.len();
        self.extra_roots.extend_from_slice(&items);
        self.extra_roots.push(s.value());
        let mut r = Ok(());
        for x in items {
            r = self.set_add(s.value(), x);
            if r.is_err() {
                break;
            }
        }
        self.extra_roots.truncate(mark);
        r.map(|_| s.value())
    }

    pub fn set_add(&mut self, s: Value, x: Value) -> PyResult<()> {
        let d = s.downcast::<DictObj>().expect("set");
        let h = self.hash(x)?;
        if self.dict_find(d, x, h)?.is_none() {
            d.touch();
            d.table.with_mut(|t| t.insert_new(h, x, Value::NONE));
        }
        Ok(())
    }

    pub fn set_replace_contents(&mut self, s: Value, from: Value) {
        let src = from.downcast::<DictObj>().unwrap().table.with(|t| t.clone());
        let d = s.downcast::<DictObj>().unwrap();
        d.touch();
        d.table.with_mut(|t| *t = src);
    }

    /// Elements of a set or dict view as a list of keys (items for items views).
    fn set_like_items(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Some(dv) = v.downcast::<DictViewObj>() {
            return self.collect_iter(if dv.kind == 0 { dv.dict } else { v });
        }
        Ok(v.downcast::<DictObj>().map(|d| d.keys()).unwrap_or_default())
    }

    pub fn set_contains(&mut self, s: Value, x: Value) -> PyResult<bool> {
        if let Some(d) = s.downcast::<DictObj>() {
            return self.set_member(d, x);
        }
        self.contains(s, x)
    }

    /// `x in s` for a set or frozenset: an unhashable set `x` is looked up
    /// as the equal frozenset (CPython's `set_contains`).
    pub fn set_member(&mut self, d: Gc<DictObj>, x: Value) -> PyResult<bool> {
        let key = self.set_key(x)?;
        Ok(self.dict_lookup(d, key)?.is_some())
    }

    /// The key a set looks `x` up by: `x`, or for an unhashable set the
    /// equal frozenset (CPython retries this way only when hashing `x`
    /// fails, so a set subclass with its own `__hash__` is itself the key).
    pub fn set_key(&mut self, x: Value) -> PyResult {
        if !self.is_instance(x, self.t.set) {
            return Ok(x);
        }
        match self.hash(x) {
            Ok(_) => Ok(x),
            Err(e) if self.is_instance(e.0, self.t.type_error) => {
                let items = x.downcast::<DictObj>().map(|s| s.keys()).unwrap_or_default();
                self.new_set_from(items, true)
            }
            Err(e) => Err(e),
        }
    }

    /// The items that are (`keep_members`) or are not members of the set `other`.
    /// `items` may be the only reference to its elements while `__eq__`
    /// runs, so they are parked in `extra_roots` (until the enclosing
    /// native call or root scope ends).
    pub fn set_filter(&mut self, items: Vec<Value>, other: Value, keep_members: bool) -> PyResult<Vec<Value>> {
        self.extra_roots.extend_from_slice(&items);
        self.extra_roots.push(other);
        let mut out = Vec::new();
        for x in items {
            if self.set_contains(other, x)? == keep_members {
                out.push(x);
            }
        }
        Ok(out)
    }

    pub fn set_binop(&mut self, a: Value, b: Value, op: crate::bytecode::BinOp) -> PyResult<Option<Value>> {
        let mark = self.extra_roots.len();
        let r = self.set_binop_rooted(a, b, op);
        self.extra_roots.truncate(mark);
        r
    }

    /// The element lists live in Rust buffers while `__eq__`/`__hash__`
    /// run (and may empty the sets): they are parked in `extra_roots`.
    fn set_binop_rooted(&mut self, a: Value, b: Value, op: crate::bytecode::BinOp) -> PyResult<Option<Value>> {
        use crate::bytecode::BinOp::*;
        let frozen = self.is_instance(a, self.t.frozenset);
        let xa = self.set_like_items(a)?;
        self.extra_roots.extend_from_slice(&xa);
        let xb = self.set_like_items(b)?;
        self.extra_roots.extend_from_slice(&xb);
        let sb = self.new_set_from(xb.clone(), false)?;
        let out = match op {
            Or => xa.into_iter().chain(xb).collect(),
            And => self.set_filter(xa, sb, true)?,
            Sub => self.set_filter(xa, sb, false)?,
            Xor => {
                let sa = self.new_set_from(xa.clone(), false)?;
                let mut v = self.set_filter(xa, sb, false)?;
                v.extend(self.set_filter(xb, sa, false)?);
                v
            }
            _ => return Ok(None),
        };
        self.new_set_from(out, frozen).map(Some)
    }

    pub fn set_compare(&mut self, a: Value, b: Value, op: crate::bytecode::CmpOp) -> PyResult<Option<bool>> {
        let mark = self.extra_roots.len();
        let r = self.set_compare_rooted(a, b, op);
        self.extra_roots.truncate(mark);
        r
    }

    /// As `set_binop_rooted`: the element lists are parked in `extra_roots`.
    fn set_compare_rooted(&mut self, a: Value, b: Value, op: crate::bytecode::CmpOp) -> PyResult<Option<bool>> {
        use crate::bytecode::CmpOp::*;
        let xa = self.set_like_items(a)?;
        self.extra_roots.extend_from_slice(&xa);
        let xb = self.set_like_items(b)?;
        self.extra_roots.extend_from_slice(&xb);
        let sa = self.new_set_from(xa.clone(), false)?;
        let sb = self.new_set_from(xb.clone(), false)?;
        let mut a_in_b = true;
        for x in &xa {
            if !self.set_contains(sb, *x)? {
                a_in_b = false;
                break;
            }
        }
        let mut b_in_a = true;
        for x in &xb {
            if !self.set_contains(sa, *x)? {
                b_in_a = false;
                break;
            }
        }
        let (la, lb) = (xa.len(), xb.len());
        Ok(Some(match op {
            Eq => la == lb && a_in_b,
            Ne => !(la == lb && a_in_b),
            Le => a_in_b,
            Lt => a_in_b && la < lb,
            Ge => b_in_a,
            Gt => b_in_a && la > lb,
        }))
    }

    // ----- subscripting ------------------------------------------------

    pub fn new_slice(&mut self, start: Value, stop: Value, step: Value) -> Value {
        let h = ObjHeader::new(self.t.slice);
        self.alloc(SliceObj { header: h, start, stop, step }).value()
    }

    /// Normalise an index for a sequence of length n.
    pub fn seq_index(&mut self, key: Value, n: usize, what: &str) -> PyResult<usize> {
        let i = self.index_value(key, what)?;
        let j = if i < 0 { i + n as i64 } else { i };
        if j < 0 || j >= n as i64 {
            return Err(self.index_error(&format!("{what} index out of range")));
        }
        Ok(j as usize)
    }

    /// `__index__` of a subscript.
    pub fn index_value(&mut self, key: Value, what: &str) -> PyResult<i64> {
        if let Some(i) = key.as_small_int() {
            return Ok(i);
        }
        if let Some(i) = self.as_i64(key) {
            if key.as_f64().is_none() {
                return Ok(i);
            }
        }
        if self.as_bigint(key).is_some() && key.as_f64().is_none() {
            return Err(self.index_error(&format!("cannot fit 'int' into an index-sized integer")));
        }
        let t = self.type_of(key);
        if let Some(f) = t.lookup(self.n.__index__) {
            let r = self.call(f, &[key], &[])?;
            if let Some(i) = self.as_i64(r) {
                return Ok(i);
            }
        }
        let n = t.name();
        // `what` also names the IndexError ("list assignment index out of range").
        let what = match what {
            "string" => return Err(self.type_error(&format!("string indices must be integers, not '{n}'"))),
            "list assignment" => "list",
            "range object" => "range",
            w => w,
        };
        Err(self.type_error(&format!("{what} indices must be integers or slices, not {n}")))
    }

    /// An integer argument via `__index__` (CPython's `PyNumber_AsSsize_t`):
    /// "'str' object cannot be interpreted as an integer".
    pub fn as_index(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(i);
        }
        if self.is_int_like(v) {
            return match self.as_i64(v) {
                Some(i) => Ok(i),
                None => {
                    let n = self.type_name(v);
                    Err(self.index_error(&format!("cannot fit '{n}' into an index-sized integer")))
                }
            };
        }
        let t = self.type_of(v);
        if let Some(f) = t.lookup(self.n.__index__) {
            let r = self.call(f, &[v], &[])?;
            if self.is_int_like(r) {
                return self.as_index(r);
            }
            let rn = self.type_name(r);
            return Err(self.type_error(&format!("__index__ returned non-int (type {rn})")));
        }
        let n = t.name();
        Err(self.type_error(&format!("'{n}' object cannot be interpreted as an integer")))
    }

    /// A `start`/`stop` argument of `index()`-like methods (None not allowed),
    /// clamped like CPython's `_PyEval_SliceIndexNotNone`.
    pub fn slice_index_arg(&mut self, v: Value) -> PyResult<i64> {
        if v.is_none() || (!self.is_int_like(v) && self.type_of(v).lookup(self.n.__index__).is_none()) {
            return Err(self.type_error("slice indices must be integers or have an __index__ method"));
        }
        self.slice_int(v)
    }

    /// (start, stop, step, length) of a slice applied to length n.
    pub fn slice_indices(&mut self, s: Gc<SliceObj>, n: usize) -> PyResult<(i64, i64, i64, usize)> {
        let n = n as i64;
        let step = if s.step.is_none() { 1 } else { self.slice_int(s.step)? };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lo, hi) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let fix = |v: i64| -> i64 {
            if v < 0 {
                (v + n).max(lo)
            } else {
                v.min(hi)
            }
        };
        let start = if s.start.is_none() { if step < 0 { hi } else { lo } } else { fix(self.slice_int(s.start)?) };
        let stop = if s.stop.is_none() { if step < 0 { lo } else { hi } } else { fix(self.slice_int(s.stop)?) };
        let len = crate::object::misc::range_len(start, stop, step).max(0) as usize;
        Ok((start, stop, step, len))
    }

    fn slice_int(&mut self, v: Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(i);
        }
        if let Some(b) = self.as_bigint(v) {
            if v.as_f64().is_none() {
                use num_traits::{Signed, ToPrimitive};
                return Ok(b.to_i64().unwrap_or(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }));
            }
        }
        let t = self.type_of(v);
        if let Some(f) = t.lookup(self.n.__index__) {
            let r = self.call(f, &[v], &[])?;
            if let Some(i) = self.as_i64(r) {
                return Ok(i);
            }
        }
        Err(self.type_error("slice indices must be integers or None or have an __index__ method"))
    }

    /// `obj[key]` for builtin containers by payload layout (None: no builtin rule).
    pub fn native_getitem(&mut self, obj: Value, key: Value) -> PyResult<Option<Value>> {
        let t = self.type_of(obj);
        match t.layout {
            Layout::List => {
                let l = obj.downcast::<ListObj>().unwrap();
                if let Some(s) = key.downcast::<SliceObj>() {
                    let n = l.items.len();
                    let (start, _, step, len) = self.slice_indices(s, n)?;
                    // `__index__` may have shrunk the list meanwhile, hence `get`.
                    let v: Vec<Value> = l.items.with(|items| {
                        if step == 1 && start as usize + len <= items.len() {
                            return items[start as usize..start as usize + len].to_vec();
                        }
                        (0..len).filter_map(|k| items.get((start + k as i64 * step) as usize).copied()).collect()
                    });
                    return Ok(Some(self.new_list(v)));
                }
                let i = self.seq_index(key, l.items.len(), "list")?;
                return Ok(Some(l.items.get(i).unwrap_or(Value::NONE)));
            }
            Layout::Tuple => {
                let tu = obj.downcast::<TupleObj>().unwrap();
                if let Some(s) = key.downcast::<SliceObj>() {
                    let (start, _, step, len) = self.slice_indices(s, tu.len())?;
                    if start == 0 && step == 1 && len == tu.len() && t == self.t.tuple {
                        return Ok(Some(obj));
                    }
                    let v: Vec<Value> = (0..len).map(|k| tu.items[(start + k as i64 * step) as usize]).collect();
                    return Ok(Some(self.new_tuple(v)));
                }
                let i = self.seq_index(key, tu.len(), "tuple")?;
                return Ok(Some(tu.items[i]));
            }
            Layout::Str => {
                let s = obj.downcast::<StrObj>().unwrap();
                if let Some(sl) = key.downcast::<SliceObj>() {
                    let (start, _, step, len) = self.slice_indices(sl, s.char_len)?;
                    if step == 1 {
                        let sub = s.slice_wtf8(start as usize, start as usize + len).to_vec();
                        return Ok(Some(self.new_wtf8(sub)));
                    }
                    let cps: Vec<u32> = crate::text::wtf8::code_points(s.as_wtf8()).collect();
                    let out = crate::text::wtf8::from_code_points((0..len).map(|k| cps[(start + k as i64 * step) as usize]));
                    return Ok(Some(self.new_wtf8(out)));
                }
                let i = self.seq_index(key, s.char_len, "string")?;
                let c = s.code_point_at(i);
                return Ok(Some(self.new_code_point(c)));
            }
            Layout::Dict => {
                let d = obj.downcast::<DictObj>().unwrap();
                if let Some(v) = self.dict_lookup(d, key)? {
                    return Ok(Some(v));
                }
                if t != self.t.dict {
                    if let Some(f) = t.lookup(self.n.__missing__) {
                        return self.call(f, &[obj, key], &[]).map(Some);
                    }
                }
                return Err(self.key_error(key));
            }
            Layout::DictView if obj.downcast::<DictViewObj>().map(|v| v.kind) == Some(3) => {
                // mappingproxy: read-only access to the underlying dict.
                let d = obj.downcast::<DictViewObj>().unwrap().dict.downcast::<DictObj>().unwrap();
                return match self.dict_lookup(d, key)? {
                    Some(v) => Ok(Some(v)),
                    None => Err(self.key_error(key)),
                };
            }
            Layout::Range => {
                let r = obj.downcast::<RangeObj>().unwrap();
                if r.big.is_none() && key.downcast::<SliceObj>().is_none() {
                    let i = self.seq_index(key, r.len() as usize, "range object")?;
                    return Ok(Some(self.new_int(r.start + i as i64 * r.step)));
                }
                return self.range_getitem_big(&r, key).map(Some);
            }
            Layout::Bytes => {
                let b = obj.downcast::<BytesObj>().unwrap();
                let ba = t.is_subtype(self.t.bytearray);
                if let Some(sl) = key.downcast::<SliceObj>() {
                    let n = b.data.with(|d| d.len());
                    let (start, _, step, len) = self.slice_indices(sl, n)?;
                    // `__index__` may have resized a bytearray meanwhile, hence `get`.
                    let out: Vec<u8> = b.data.with(|d| (0..len).filter_map(|k| d.get((start + k as i64 * step) as usize).copied()).collect());
                    return Ok(Some(self.new_bytes_of(out, ba)));
                }
                // bytes says "index out of range", bytearray "bytearray index out of range".
                let i = self.index_value(key, if ba { "bytearray" } else { "byte" })?;
                let byte = b.data.with(|d| {
                    let j = if i < 0 { i + d.len() as i64 } else { i };
                    usize::try_from(j).ok().and_then(|j| d.get(j).copied())
                });
                return match byte {
                    Some(x) => Ok(Some(Value::from_small_int(x as i64))),
                    None => Err(self.index_error(if ba { "bytearray index out of range" } else { "index out of range" })),
                };
            }
            _ => {}
        }
        Ok(None)
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: Value, key: Value) -> PyResult {
        let t = self.type_of(obj);
        if !t.has_flag(tflags::HEAPTYPE) || self.has_native_slot(t, self.n.__getitem__) {
            if let Some(r) = self.native_getitem(obj, key)? {
                return Ok(r);
            }
        }
        if let Some(f) = t.lookup(self.n.__getitem__) {
            return self.call(f, &[obj, key], &[]);
        }
        if let Some(cls) = obj.downcast::<crate::object::typeobj::TypeObj>() {
            let k = self.intern("__class_getitem__");
            if let Some(f) = cls.lookup(k) {
                let f = self.bind_descriptor(f, Value::NULL, obj)?;
                return self.call(f, &[key], &[]);
            }
            let n = cls.name();
            return Err(self.type_error(&format!("type '{n}' is not subscriptable")));
        }
        let n = t.name();
        Err(self.type_error(&format!("'{n}' object is not subscriptable")))
    }

    /// `obj[key] = v` for builtin containers by payload layout (None: no builtin rule).
    pub fn native_setitem(&mut self, obj: Value, key: Value, v: Value) -> PyResult<Option<()>> {
        let t = self.type_of(obj);
        match t.layout {
            Layout::List => {
                let l = obj.downcast::<ListObj>().unwrap();
                if let Some(s) = key.downcast::<SliceObj>() {
                    let exact_seq = self.is_exact(v, self.t.list) || self.is_exact(v, self.t.tuple);
                    let new = match if exact_seq { Ok(v) } else { self.get_iter(v) } {
                        Ok(it) => self.collect_iter(it)?,
                        Err(e) if self.is_instance(e.0, self.t.type_error) => return Err(self.type_error("can only assign an iterable")),
                        Err(e) => return Err(e),
                    };
                    let n = l.items.len();
                    let (start, stop, step, len) = self.slice_indices(s, n)?;
                    if step == 1 {
                        let stop = stop.max(start) as usize;
                        l.items.with_mut(|items| {
                            items.splice(start as usize..stop.min(items.len()), new);
                        });
                        return Ok(Some(()));
                    }
                    if new.len() != len {
                        return Err(self.value_error(&format!("attempt to assign sequence of size {} to extended slice of size {len}", new.len())));
                    }
                    l.items.with_mut(|items| {
                        for (k, x) in new.into_iter().enumerate() {
                            items[(start + k as i64 * step) as usize] = x;
                        }
                    });
                    return Ok(Some(()));
                }
                let i = self.seq_index(key, l.items.len(), "list assignment")?;
                l.items.set(i, v);
                return Ok(Some(()));
            }
            Layout::Dict => return self.dict_set(obj.downcast::<DictObj>().unwrap(), key, v).map(Some),
            Layout::Bytes if t.is_subtype(self.t.bytearray) => return crate::builtins::bytearray_type::setitem(self, obj, key, v).map(Some),
            _ => {}
        }
        Ok(None)
    }

    /// `obj[key] = v`.
    pub fn setitem(&mut self, obj: Value, key: Value, v: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if !t.has_flag(tflags::HEAPTYPE) || self.has_native_slot(t, self.n.__setitem__) {
            if let Some(r) = self.native_setitem(obj, key, v)? {
                return Ok(r);
            }
        }
        if let Some(f) = t.lookup(self.n.__setitem__) {
            self.call(f, &[obj, key, v], &[])?;
            return Ok(());
        }
        let n = t.name();
        Err(self.type_error(&format!("'{n}' object does not support item assignment")))
    }

    /// `del obj[key]` for builtin containers by payload layout (None: no builtin rule).
    pub fn native_delitem(&mut self, obj: Value, key: Value) -> PyResult<Option<()>> {
        let t = self.type_of(obj);
        match t.layout {
            Layout::List => {
                let l = obj.downcast::<ListObj>().unwrap();
                if let Some(s) = key.downcast::<SliceObj>() {
                    let (start, _, step, len) = self.slice_indices(s, l.items.len())?;
                    let mut idx: Vec<usize> = (0..len).map(|k| (start + k as i64 * step) as usize).collect();
                    idx.sort_unstable();
                    l.items.with_mut(|items| {
                        for i in idx.into_iter().rev() {
                            items.remove(i);
                        }
                    });
                    return Ok(Some(()));
                }
                let i = self.seq_index(key, l.items.len(), "list assignment")?;
                l.items.with_mut(|items| items.remove(i));
                return Ok(Some(()));
            }
            Layout::Bytes if t.is_subtype(self.t.bytearray) => return crate::builtins::bytearray_type::delitem(self, obj, key).map(Some),
            Layout::Dict => {
                if self.dict_del(obj.downcast::<DictObj>().unwrap(), key)?.is_none() {
                    return Err(self.key_error(key));
                }
                return Ok(Some(()));
            }
            _ => {}
        }
        Ok(None)
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: Value, key: Value) -> PyResult<()> {
        let t = self.type_of(obj);
        if !t.has_flag(tflags::HEAPTYPE) || self.has_native_slot(t, self.n.__delitem__) {
            if let Some(r) = self.native_delitem(obj, key)? {
                return Ok(r);
            }
        }
        if let Some(f) = t.lookup(self.n.__delitem__) {
            self.call(f, &[obj, key], &[])?;
            return Ok(());
        }
        let n = t.name();
        Err(self.type_error(&format!("'{n}' object doesn't support item deletion")))
    }

    /// Length of a builtin container by payload layout (None: not a builtin container).
    pub fn native_len(&self, v: Value) -> Option<usize> {
        Some(match v.layout()? {
            Layout::Str => v.downcast::<StrObj>().unwrap().char_len,
            Layout::List => v.downcast::<ListObj>().unwrap().items.len(),
            Layout::Tuple => v.downcast::<TupleObj>().unwrap().len(),
            Layout::Dict | Layout::Set => v.downcast::<DictObj>().unwrap().len(),
            Layout::Range => {
                let r = v.downcast::<RangeObj>().unwrap();
                if r.big.is_some() {
                    return None;
                }
                r.len() as usize
            }
            Layout::Bytes => v.downcast::<BytesObj>().unwrap().data.with(|d| d.len()),
            Layout::Deque => v.downcast::<crate::object::ext::DequeObj>()?.len(),
            Layout::DictView => {
                let d = v.downcast::<DictViewObj>().unwrap().dict;
                d.downcast::<DictObj>().map(|d| d.len()).unwrap_or(0)
            }
            _ => return None,
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: Value) -> PyResult<usize> {
        let t = self.type_of(v);
        if !t.has_flag(tflags::HEAPTYPE) || self.has_native_slot(t, self.n.__len__) {
            if let Some(n) = self.native_len(v) {
                return Ok(n);
            }
            if v.downcast::<RangeObj>().map(|r| r.big.is_some()) == Some(true) {
                return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
            }
        }
        if let Some(f) = t.lookup(self.n.__len__) {
            let r = self.call(f, &[v], &[])?;
            return match self.as_i64(r) {
                Some(n) if n >= 0 && r.as_f64().is_none() => Ok(n as usize),
                Some(_) if r.as_f64().is_none() => Err(self.value_error("__len__() should return >= 0")),
                None if r.as_f64().is_none() && self.as_bigint(r).is_some() => {
                    // An int beyond the machine range: negative or too large.
                    let neg = self.as_bigint(r).is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
                    if neg {
                        Err(self.value_error("__len__() should return >= 0"))
                    } else {
                        Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
                    }
                }
                _ => {
                    let n = self.type_name(r);
                    Err(self.type_error(&format!("'{n}' object cannot be interpreted as an integer")))
                }
            };
        }
        let n = t.name();
        Err(self.type_error(&format!("object of type '{n}' has no len()")))
    }

    pub fn new_range(&mut self, start: i64, stop: i64, step: i64) -> Value {
        let h = ObjHeader::new(self.t.range);
        self.alloc(RangeObj { header: h, start, stop, step, big: None }).value()
    }

    /// `range[key]` in arbitrary precision: big ranges, and all slicing.
    fn range_getitem_big(&mut self, r: &RangeObj, key: Value) -> PyResult {
        use num_traits::Signed;
        let b = r.big_parts();
        if let Some(sl) = key.downcast::<SliceObj>() {
            let (start, stop, step) = self.big_slice_indices(sl, &b.len)?;
            let nstep = &b.step * &step;
            return Ok(self.new_range_big(b.at(&start), b.at(&stop), nstep));
        }
        let Some(mut i) = self.as_bigint(key).filter(|_| key.as_f64().is_none()) else {
            self.index_value(key, "range object")?;
            return Err(self.index_error("range object index out of range"));
        };
        if i.is_negative() {
            i += &b.len;
        }
        if i.is_negative() || i >= b.len {
            return Err(self.index_error("range object index out of range"));
        }
        Ok(self.new_bigint(b.at(&i)))
    }

    /// A slice's (start, stop, step) clamped to a sequence of length `len`, in arbitrary precision.
    fn big_slice_indices(&mut self, sl: Gc<SliceObj>, len: &num_bigint::BigInt) -> PyResult<(num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt)> {
        use num_bigint::BigInt;
        use num_traits::{One, Signed, Zero};
        let part = |vm: &mut Vm, v: Value| -> PyResult<Option<BigInt>> {
            if v.is_none() {
                return Ok(None);
            }
            match vm.as_bigint(v).filter(|_| v.as_f64().is_none()) {
                Some(b) => Ok(Some(b)),
                None => {
                    let i = vm.slice_int(v)?;
                    Ok(Some(BigInt::from(i)))
                }
            }
        };
        let step = part(self, sl.step)?.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let neg = step.is_negative();
        let (lo, hi) = if neg { (-BigInt::one(), len - 1u32) } else { (BigInt::zero(), len.clone()) };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(mut x) => {
                    if x.is_negative() {
                        x += len;
                        if x < lo { lo.clone() } else { x }
                    } else if x > hi {
                        hi.clone()
                    } else {
                        x
                    }
                }
            }
        };
        let start = clamp(part(self, sl.start)?, if neg { &hi } else { &lo });
        let stop = clamp(part(self, sl.stop)?, if neg { &lo } else { &hi });
        Ok((start, stop, step))
    }

    /// A range over arbitrary ints, stored as machine ints when everything fits.
    pub fn new_range_big(&mut self, start: num_bigint::BigInt, stop: num_bigint::BigInt, step: num_bigint::BigInt) -> Value {
        use num_traits::ToPrimitive;
        let b = crate::object::misc::BigRange::new(start, stop, step);
        if let (Some(a), Some(o), Some(s), Some(_)) = (b.start.to_i64(), b.stop.to_i64(), b.step.to_i64(), b.len.to_i64()) {
            return self.new_range(a, o, s);
        }
        let h = ObjHeader::new(self.t.range);
        self.alloc(RangeObj { header: h, start: 0, stop: 0, step: 1, big: Some(Box::new(b)) }).value()
    }

    pub fn new_bytes_of(&mut self, data: Vec<u8>, mutable: bool) -> Value {
        let cls = if mutable { self.t.bytearray } else { self.t.bytes };
        self.heap.note_external_alloc(data.capacity());
        self.alloc(BytesObj { header: ObjHeader::new(cls), data: VCell::new(data) }).value()
    }
    pub fn bytes_data(&self, v: Value) -> Vec<u8> {
        crate::builtins::bytes_args::buffer_of(v).map(|b| b.data.with(|d| d.clone())).unwrap_or_default()
    }
    pub fn bytes_concat(&mut self, a: Value, b: Value) -> PyResult {
        let mut x = self.bytes_data(a);
        x.extend(self.bytes_data(b));
        let m = self.type_of(a) == self.t.bytearray;
        Ok(self.new_bytes_of(x, m))
    }
    pub fn bytes_repeat(&mut self, a: Value, n: usize) -> PyResult {
        let d = self.bytes_data(a);
        let n = if d.is_empty() { 0 } else { n };
        let total = d.len().checked_mul(n).filter(|x| *x <= isize::MAX as usize);
        self.check_alloc(total.unwrap_or(0))?;
        let Some(mut x) = total.and_then(|t| crate::text::bytes_methods::try_with_capacity(t).ok()) else {
            return Err(self.new_error(self.t.memory_error, ""));
        };
        for _ in 0..n {
            x.extend_from_slice(&d);
        }
        let m = self.type_of(a) == self.t.bytearray;
        Ok(self.new_bytes_of(x, m))
    }

    // ----- name-based scopes (module/class bodies) ----------------------

    pub fn mapping_lookup(&mut self, m: Value, name: Value) -> PyResult<Option<Value>> {
        if m.is_null() {
            return Ok(None);
        }
        if let Some(d) = m.downcast::<DictObj>() {
            if m.layout() == Some(Layout::Dict) && self.type_of(m) == self.t.dict {
                return Ok(d.get_str_key(name));
            }
        }
        match self.getitem(m, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_instance(e.0, self.t.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }
    pub fn mapping_store(&mut self, m: Value, name: Value, v: Value) -> PyResult<()> {
        if let Some(d) = m.downcast::<DictObj>() {
            if self.type_of(m) == self.t.dict {
                d.set_str_key(name, v);
                return Ok(());
            }
        }
        self.setitem(m, name, v)
    }
    pub fn mapping_delete(&mut self, m: Value, name: Value) -> PyResult<bool> {
        if let Some(d) = m.downcast::<DictObj>() {
            if self.type_of(m) == self.t.dict {
                return Ok(d.del_str_key(name).is_some());
            }
        }
        match self.delitem(m, name) {
            Ok(()) => Ok(true),
            Err(e) if self.is_instance(e.0, self.t.key_error) => Ok(false),
            Err(e) => Err(e),
        }
    }

    pub fn new_dict_view(&mut self, d: Value, kind: u8) -> Value {
        let cls = [self.t.dict_keys, self.t.dict_values, self.t.dict_items][kind as usize];
        self.alloc(DictViewObj { header: ObjHeader::new(cls), dict: d, kind }).value()
    }
}
