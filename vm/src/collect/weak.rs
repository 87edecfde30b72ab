//! The weak table: every live weak reference, grouped by referent.
//!
//! Weak references do not trace their referent, so the table is how a
//! collection finds the references of objects it is about to free. It is
//! itself weak: it neither keeps referents nor weak reference objects alive.
//! Referents are kept in the order their first weak reference was made
//! (CPython clears them in the order the collector finds the objects, which
//! is roughly their age), and each referent's references in CPython's list
//! order: the basic `ref` (no callback), the basic proxy, then the others,
//! newest first.

use crate::object::weakref::WeakRefObj;
use crate::object::Gc;
use crate::value::Value;
use std::collections::HashMap;
use taipan_gc::Tracer;

struct Entry {
    referent: Value,
    refs: Vec<Gc<WeakRefObj>>,
}

/// Where a new weak reference goes in its referent's list.
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Slot {
    /// At the head (the basic `ref`).
    Head,
    /// After the basic ref if there is one, else at the head (the basic proxy).
    AfterRef,
    /// After the basic ref and proxy (everything else).
    AfterBasic,
}

#[derive(Default)]
pub struct WeakTable {
    entries: Vec<Entry>,
    /// Referent bits -> index in `entries`.
    index: HashMap<u64, usize>,
}

impl WeakTable {
    /// The weak references to `referent`, in list order.
    pub fn refs_of(&self, referent: Value) -> &[Gc<WeakRefObj>] {
        match self.index.get(&referent.bits()) {
            Some(&i) => &self.entries[i].refs,
            None => &[],
        }
    }

    /// Records a new weak reference `w` to `referent` at `slot`; `is_basic_ref`
    /// / `is_basic_proxy` say which existing references are the basic ones.
    pub fn insert(&mut self, referent: Value, w: Gc<WeakRefObj>, slot: Slot, is_basic_ref: impl Fn(Gc<WeakRefObj>) -> bool, is_basic_proxy: impl Fn(Gc<WeakRefObj>) -> bool) {
        let i = match self.index.get(&referent.bits()) {
            Some(&i) => i,
            None => {
                self.entries.push(Entry { referent, refs: Vec::new() });
                self.index.insert(referent.bits(), self.entries.len() - 1);
                self.entries.len() - 1
            }
        };
        let refs = &mut self.entries[i].refs;
        let mut pos = 0;
        if slot != Slot::Head {
            if refs.first().is_some_and(|r| is_basic_ref(*r)) {
                pos = 1;
            }
            if slot == Slot::AfterBasic && refs.get(pos).is_some_and(|r| is_basic_proxy(*r)) {
                pos += 1;
            }
        }
        refs.insert(pos, w);
    }

    /// Number of referents with weak references.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// During a collection, after marking: clears every weak reference to an
    /// unmarked referent and forgets those referents. Weak references that
    /// are themselves marked and have a callback are appended to `callbacks`
    /// (a reference that is garbage too never calls back, as in CPython).
    pub fn clear_dead(&mut self, t: &Tracer, callbacks: &mut Vec<Value>) {
        let mut cleared = false;
        for e in &mut self.entries {
            if t.is_marked(e.referent.ptr_unchecked()) {
                continue;
            }
            for w in e.refs.drain(..) {
                w.referent.set(Value::NULL);
                if t.is_marked(w.as_ptr() as *const u8) && !w.callback.get().is_null() {
                    callbacks.push(w.value());
                }
            }
            cleared = true;
        }
        if cleared {
            self.entries.retain(|e| !e.refs.is_empty());
        }
    }

    /// During a collection, once marking is final: forgets weak reference
    /// objects that are about to be freed, and rebuilds the index.
    pub fn prune(&mut self, t: &Tracer) {
        for e in &mut self.entries {
            e.refs.retain(|w| t.is_marked(w.as_ptr() as *const u8));
        }
        let before = self.entries.len();
        self.entries.retain(|e| !e.refs.is_empty());
        if self.entries.len() != before || self.index.len() != before {
            self.index.clear();
            for (i, e) in self.entries.iter().enumerate() {
                self.index.insert(e.referent.bits(), i);
            }
        }
    }
}
