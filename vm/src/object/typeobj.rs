//! Type objects: name, bases, MRO, namespace, layout and version tag.

use super::dict::DictObj;
use super::{Gc, Layout, ObjHeader, PyPayload, VCell};
use crate::value::Value;
use std::cell::Cell;
use taipan_gc::{Trace, Tracer};

/// Type flags.
pub mod tflags {
    /// Created by a class statement or `type(...)` (attributes settable).
    pub const HEAPTYPE: u32 = 1;
    /// May be subclassed.
    pub const BASETYPE: u32 = 2;
    /// Instances of this class have an attribute store (`attrs_offset`).
    pub const HAS_ATTRS: u32 = 4;
    /// The class defines `__getattr__` somewhere in its MRO.
    pub const HAS_GETATTR: u32 = 8;
    /// `__getattribute__` / `__setattr__` / `__delattr__` is a Python function
    /// somewhere in the MRO (kept current by `Vm::refresh_attr_hooks`), so
    /// ordinary attribute access never walks the MRO to find out.
    pub const CUSTOM_GETATTRIBUTE: u32 = 16;
    pub const CUSTOM_SETATTR: u32 = 32;
    pub const CUSTOM_DELATTR: u32 = 64;
    /// Instances match sequence patterns (`case [a, b]`); CPython's
    /// `Py_TPFLAGS_SEQUENCE`. Inherited from the base class.
    pub const SEQUENCE: u32 = 128;
    /// Instances match mapping patterns (`case {"k": v}`); `Py_TPFLAGS_MAPPING`.
    pub const MAPPING: u32 = 256;
    /// A class pattern with one positional sub-pattern matches the subject
    /// itself (`case int(x)`) when the class has no `__match_args__`.
    pub const MATCH_SELF: u32 = 512;
    /// The flags a class inherits from its base for pattern matching.
    pub const MATCH_FLAGS: u32 = SEQUENCE | MAPPING | MATCH_SELF;
    /// Instances have no `__dict__` (`__slots__` all along the MRO).
    pub const NO_DICT: u32 = 1024;
    /// A builtin class defined by a native module (`itertools.chain`,
    /// `collections.deque`): its dunder methods live in its dict and the
    /// protocol functions (`repr`, comparisons, `hash`) look them up there,
    /// as for heap types, instead of handling its layout inline.
    pub const EXTENSION: u32 = 2048;
}

/// A Python class.
#[repr(C)]
pub struct TypeObj {
    pub header: ObjHeader,
    pub name: VCell<String>,
    pub qualname: VCell<String>,
    pub layout: Layout,
    /// Byte offset of the instance `Attrs` inside instances (0 = none).
    pub attrs_offset: Cell<usize>,
    pub flags: Cell<u32>,
    pub bases: VCell<Vec<Gc<TypeObj>>>,
    pub mro: VCell<Vec<Gc<TypeObj>>>,
    /// The class namespace (`__dict__`).
    pub dict: Gc<DictObj>,
    /// Changes whenever this class or a base is mutated (specialisation guards).
    pub version: Cell<u32>,
    pub subclasses: VCell<Vec<Gc<TypeObj>>>,
    /// `__slots__` names when defined (descriptor slots are stored in attrs).
    pub slot_names: VCell<Option<Vec<Value>>>,
}

unsafe impl PyPayload for TypeObj {
    const LAYOUT: Layout = Layout::Type;
}

unsafe impl Trace for TypeObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.bases.with(|v| v.iter().for_each(|b| b.trace(t)));
        self.mro.with(|v| v.iter().for_each(|b| b.trace(t)));
        self.subclasses.with(|v| v.iter().for_each(|b| b.trace(t)));
        self.slot_names.with(|v| {
            if let Some(v) = v {
                v.iter().for_each(|b| b.trace(t))
            }
        });
        self.dict.trace(t);
    }
}

impl TypeObj {
    /// A class pointer for the few objects created before `type` and `dict`
    /// exist; bootstrap overwrites it before anything reads it.
    pub(crate) fn bootstrap_placeholder() -> Gc<TypeObj> {
        // SAFETY: the dangling (aligned, non-null) pointer is never
        // dereferenced: `builtins::types::bootstrap` replaces every
        // placeholder class with the real one before any other code runs.
        unsafe { Gc::from_raw(std::ptr::NonNull::<TypeObj>::dangling().as_ptr()) }
    }

    pub fn name(&self) -> String {
        self.name.with(|s| s.clone())
    }
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
    /// Is `self` `other` or a subclass of it?
    pub fn is_subtype(&self, other: Gc<TypeObj>) -> bool {
        self.mro.with(|m| m.iter().any(|c| *c == other))
    }
    /// Find `name` along the MRO (no descriptors applied).
    pub fn lookup(&self, name: Value) -> Option<Value> {
        self.mro.with(|m| {
            for c in m {
                if let Some(v) = c.dict.get_str_key(name) {
                    return Some(v);
                }
            }
            None
        })
    }
    /// Invalidate caches that depend on this class and its subclasses.
    pub fn bump_version(&self) {
        self.version.set(self.version.get().wrapping_add(1));
        self.subclasses.with(|s| s.iter().for_each(|c| c.bump_version()));
    }
}

/// C3 linearisation. When no consistent order exists, the error holds the
/// distinct heads of the sequences left to merge (CPython names them).
pub fn c3_mro(this: Gc<TypeObj>, bases: &[Gc<TypeObj>]) -> Result<Vec<Gc<TypeObj>>, Vec<Gc<TypeObj>>> {
    let mut seqs: Vec<Vec<Gc<TypeObj>>> = bases.iter().map(|b| b.mro.with(|m| m.clone())).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![this];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut cand = None;
        for s in &seqs {
            let h = s[0];
            if !seqs.iter().any(|o| o[1..].contains(&h)) {
                cand = Some(h);
                break;
            }
        }
        let Some(c) = cand else {
            let mut heads: Vec<Gc<TypeObj>> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            return Err(heads);
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}
