//! The compact, insertion-ordered hash table behind `dict`, `set`, class
//! namespaces and module globals (CPython 3.6+ layout: a sparse index array
//! over a dense entry vector).
//!
//! The table never calls Python code itself. Lookups take an equality
//! callback that runs *outside* any borrow of the table; if the callback
//! mutates the table, the lookup restarts (CPython does the same).

use super::str::StrObj;
use super::{Layout, ObjHeader, PyPayload, VCell};
use crate::value::Value;
use std::cell::Cell;
use taipan_gc::{Trace, Tracer};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

/// One key/value pair; a NULL key marks a deleted entry.
#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The raw table.
pub struct Table {
    indices: Vec<i32>,
    pub entries: Vec<Entry>,
    pub used: usize,
    /// Identifies the current key layout (which key sits at which entry
    /// index) for inline caches: 0 = not yet numbered. Reset to 0 whenever
    /// an entry is added, removed or moved; numbers come from a process-wide
    /// counter, so equal nonzero versions mean equal layouts.
    keys_version: u32,
}

impl Clone for Table {
    fn clone(&self) -> Table {
        Table { indices: self.indices.clone(), entries: self.entries.clone(), used: self.used, keys_version: 0 }
    }
}

impl Default for Table {
    fn default() -> Self {
        Table::new()
    }
}

/// Result of probing for a key.
pub enum Probe {
    /// Entry index of the key.
    Found(usize),
    /// Not present.
    Missing,
}

impl Table {
    pub fn new() -> Table {
        Table { indices: Vec::new(), entries: Vec::new(), used: 0, keys_version: 0 }
    }
    pub fn with_capacity(n: usize) -> Table {
        let mut t = Table::new();
        t.entries.reserve(n);
        if n > 0 {
            t.indices = vec![EMPTY; (n * 3 / 2).next_power_of_two().max(8)];
        }
        t
    }
    #[inline]
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// Probe for `key`, skipping candidates listed in `rejected` (already
    /// compared unequal by Python code). `fast_eq` decides equality without
    /// Python code (`Some(answer)`) or defers (`None`): the candidate is then
    /// returned as `Err((entry index, key))` for the caller to compare.
    #[inline]
    pub fn probe(&self, hash: i64, key: Value, rejected: &[usize], fast_eq: impl Fn(Value, Value) -> Option<bool>) -> Result<Probe, (usize, Value)> {
        if self.indices.is_empty() {
            return Ok(Probe::Missing);
        }
        let mask = self.mask();
        let (mut i, mut perturb) = first_slot(hash, mask);
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Ok(Probe::Missing);
            }
            if ix >= 0 && !rejected.contains(&(ix as usize)) {
                let e = &self.entries[ix as usize];
                if e.key == key {
                    return Ok(Probe::Found(ix as usize));
                }
                if e.hash == hash {
                    match fast_eq(e.key, key) {
                        Some(true) => return Ok(Probe::Found(ix as usize)),
                        Some(false) => {}
                        None => return Err((ix as usize, e.key)),
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    /// Index slot holding entry `ix` (or the first free slot when `ix` is None).
    fn find_slot(&self, hash: i64, ix: Option<i32>) -> usize {
        let mask = self.mask();
        let (mut i, mut perturb) = first_slot(hash, mask);
        loop {
            let here = self.indices[i];
            match ix {
                Some(want) if here == want => return i,
                None if here < 0 => return i,
                _ => i = next_slot(i, &mut perturb, mask),
            }
        }
    }

    /// The keys version, numbering the layout now if it has none (0 when
    /// the process ran out of numbers: never cache on it).
    pub fn keys_version(&mut self) -> u32 {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(1);
        if self.keys_version == 0 {
            let v = NEXT.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |v| if v == 0 { None } else { Some(v.wrapping_add(1)) });
            self.keys_version = v.unwrap_or(0);
        }
        self.keys_version
    }
    /// The keys version without numbering (0 = none: matches no cache).
    #[inline(always)]
    pub fn current_keys_version(&self) -> u32 {
        self.keys_version
    }

    /// Append a new entry (the caller checked the key is absent).
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.keys_version = 0;
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.grow();
        }
        let idx = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        let i = self.find_slot(hash, None);
        self.indices[i] = idx;
    }

    /// Delete entry `ix`.
    pub fn remove_at(&mut self, ix: usize) -> Entry {
        self.keys_version = 0;
        let e = self.entries[ix];
        let i = self.find_slot(e.hash, Some(ix as i32));
        self.indices[i] = DUMMY;
        self.entries[ix].key = Value::NULL;
        self.entries[ix].value = Value::NULL;
        self.used -= 1;
        e
    }

    fn grow(&mut self) {
        self.keys_version = 0;
        // Compact deleted entries and rebuild the index at >= 3x used.
        self.entries.retain(|e| !e.key.is_null());
        let size = ((self.used + 1) * 3).next_power_of_two().max(8);
        self.indices = vec![EMPTY; size];
        for idx in 0..self.entries.len() {
            let i = self.find_slot(self.entries[idx].hash, None);
            self.indices[i] = idx as i32;
        }
    }

    pub fn clear(&mut self) {
        *self = Table::new();
    }
    pub fn trace(&self, t: &mut Tracer) {
        t.note_external(self.indices.capacity() * 4 + self.entries.capacity() * std::mem::size_of::<Entry>());
        for e in &self.entries {
            e.key.trace(t);
            e.value.trace(t);
        }
    }
}

/// Start of the probe sequence for `hash` (CPython's perturbation scheme).
#[inline(always)]
fn first_slot(hash: i64, mask: usize) -> (usize, u64) {
    ((hash as u64 as usize) & mask, hash as u64)
}

#[inline(always)]
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5).wrapping_add(*perturb as usize).wrapping_add(1)) & mask
}

/// Equality that needs no Python code: identity, or two strs.
#[inline]
pub fn native_key_eq(a: Value, b: Value) -> Option<bool> {
    if let (Some(x), Some(y)) = (a.downcast::<StrObj>(), b.downcast::<StrObj>()) {
        return Some(x.as_str() == y.as_str());
    }
    if a.is_small_int() && b.is_small_int() {
        return Some(false); // identical ints were caught by the identity test
    }
    None
}

/// A `dict` (also used for `set`/`frozenset` with NULL values ignored).
#[repr(C)]
pub struct DictObj {
    pub header: ObjHeader,
    pub table: VCell<Table>,
    /// Bumped on every mutation (global-variable caches guard on it).
    pub version: Cell<u64>,
    /// Set by `exec`/`eval` on a globals dict whose `__builtins__` is not the
    /// builtins module: global lookups that miss then consult it, so the
    /// usual lookup pays one flag test instead of a second dict probe.
    pub own_builtins: Cell<bool>,
}

unsafe impl PyPayload for DictObj {
    const LAYOUT: Layout = Layout::Dict;
    #[inline(always)]
    fn layout_ok(l: Layout) -> bool {
        l == Layout::Dict || l == Layout::Set
    }
}
unsafe impl Trace for DictObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.table.with(|tb| tb.trace(t));
    }
}

impl DictObj {
    pub fn new(header: ObjHeader) -> DictObj {
        DictObj { header, table: VCell::new(Table::new()), version: Cell::new(0), own_builtins: Cell::new(false) }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.table.with(|t| t.used)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn touch(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }
    /// Lookup with a str key (names, attribute namespaces): never runs Python code.
    /// Non-str keys that could equal a str only via `__eq__` are not matched.
    #[inline]
    pub fn get_str_key(&self, key: Value) -> Option<Value> {
        let s = key.downcast::<StrObj>()?;
        let h = s.hash();
        self.table.with(|t| match t.probe(h, key, &[], |a, b| Some(native_key_eq(a, b).unwrap_or(false))) {
            Ok(Probe::Found(i)) => Some(t.entries[i].value),
            _ => None,
        })
    }
    /// Insert or replace with a str key (no Python code).
    pub fn set_str_key(&self, key: Value, value: Value) {
        let s = key.downcast::<StrObj>().expect("str key");
        let h = s.hash();
        self.touch();
        self.table.with_mut(|t| match t.probe(h, key, &[], |a, b| Some(native_key_eq(a, b).unwrap_or(false))) {
            Ok(Probe::Found(i)) => t.entries[i].value = value,
            _ => t.insert_new(h, key, value),
        })
    }
    /// Remove a str key; returns the old value.
    pub fn del_str_key(&self, key: Value) -> Option<Value> {
        let s = key.downcast::<StrObj>()?;
        let h = s.hash();
        self.touch();
        self.table.with_mut(|t| match t.probe(h, key, &[], |a, b| Some(native_key_eq(a, b).unwrap_or(false))) {
            Ok(Probe::Found(i)) => Some(t.remove_at(i).value),
            _ => None,
        })
    }
    /// Live (key, value) pairs, copied.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.with(|t| t.iter().map(|e| (e.key, e.value)).collect())
    }
    pub fn keys(&self) -> Vec<Value> {
        self.table.with(|t| t.iter().map(|e| e.key).collect())
    }
    /// Entry at raw position `i` (for iterators): None past the end, Some(None) for a hole.
    pub fn entry_at(&self, i: usize) -> Option<Option<Entry>> {
        self.table.with(|t| t.entries.get(i).map(|e| if e.key.is_null() { None } else { Some(*e) }))
    }
}
