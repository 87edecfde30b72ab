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
    /// `__del__` is defined somewhere in the MRO (instances are registered
    /// for finalization when created); kept current like the attribute hooks.
    pub const HAS_DEL: u32 = 1024;
    /// `__abstractmethods__` was set to a non-empty collection on this
    /// class (by `abc.ABCMeta`): instantiating it raises TypeError.
    pub const ABSTRACT: u32 = 2048;
    /// The flags a class inherits from its base for pattern matching.
    pub const MATCH_FLAGS: u32 = SEQUENCE | MAPPING | MATCH_SELF;
    /// Instances have no `__dict__` (`__slots__` all along the MRO).
    pub const NO_DICT: u32 = 4096;
    /// A builtin class defined by a native module (`itertools.chain`,
    /// `collections.deque`): its dunder methods live in its dict and the
    /// protocol functions (`repr`, comparisons, `hash`) look them up there,
    /// as for heap types, instead of handling its layout inline.
    pub const EXTENSION: u32 = 8192;
    /// Instances export a buffer (`array.array`): they are `NativeObj`s whose
    /// slot 0 is a private bytearray holding the data, which `bytes(x)`,
    /// `memoryview(x)` and every bytes-like argument read
    /// (`builtins::bytes_args::buffer_of`). Inherited like the match flags.
    pub const BUFFER: u32 = 16384;
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
    /// Direct subclasses; weak references (not traced).
    pub subclasses: VCell<Vec<Gc<TypeObj>>>,
    /// `__slots__` names when defined (descriptor slots are stored in attrs).
    pub slot_names: VCell<Option<Vec<Value>>>,
    /// For a builtin type that CPython defines in a module (its `tp_name`
    /// is dotted, `weakref.ReferenceType`): that module, which messages
    /// include in the type's name.
    pub static_module: Cell<Option<&'static str>>,
    /// Results of `lookup` for this class's current `version`.
    pub attr_cache: VCell<AttrCache>,
    /// (version, load mask, store mask) for the shape-guarded attribute
    /// forms of the specializer: bit `h % 64` is set when a name hashing
    /// to `h` may not be read (load) or written (store) straight from an
    /// instance's attribute slots (a data descriptor along the MRO; all
    /// bits for classes that override attribute access). Valid while the
    /// version matches (interp/specialize.rs computes it).
    pub shadow_masks: Cell<(u32, u64, u64)>,
}

const ATTR_CACHE_SIZE: usize = 32;

/// A direct-mapped cache of MRO lookups (interned name -> value or absent),
/// valid for one version of the class: any change to the class or a base
/// bumps the version, and a stale cache is cleared before use. The values
/// stay reachable through the class dicts while the version holds, so the
/// cache needs no tracing.
pub struct AttrCache {
    version: u32,
    /// (name, value); name NULL = empty slot, value NULL = "not found".
    slots: [(Value, Value); ATTR_CACHE_SIZE],
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache { version: u32::MAX, slots: [(Value::NULL, Value::NULL); ATTR_CACHE_SIZE] }
    }
}

unsafe impl PyPayload for TypeObj {
    const LAYOUT: Layout = Layout::Type;
}

unsafe impl Trace for TypeObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.bases.with(|v| v.iter().for_each(|b| b.trace(t)));
        self.mro.with(|v| v.iter().for_each(|b| b.trace(t)));
        // `subclasses` is weak (as CPython's `__subclasses__`): the
        // collector prunes dead classes from it (`collect::Registry`).
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
    /// The name messages use (CPython's `tp_name`): `__name__`, prefixed by
    /// the module for builtin types defined in one.
    pub fn tp_name(&self) -> String {
        match self.static_module.get() {
            Some(m) => format!("{m}.{}", self.name()),
            None => self.name(),
        }
    }
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
    /// Is `self` `other` or a subclass of it?
    pub fn is_subtype(&self, other: Gc<TypeObj>) -> bool {
        self.mro.with(|m| m.iter().any(|c| *c == other))
    }
    /// Find `name` along the MRO (no descriptors applied). Cached per class version.
    #[inline]
    pub fn lookup(&self, name: Value) -> Option<Value> {
        let version = self.version.get();
        let slot = (name.bits() as usize >> 4) % ATTR_CACHE_SIZE;
        let hit = self.attr_cache.with(|c| {
            let (n, v) = c.slots[slot];
            (c.version == version && n == name).then_some(v)
        });
        if let Some(v) = hit {
            return (!v.is_null()).then_some(v);
        }
        let found = self.lookup_uncached(name);
        self.attr_cache.with_mut(|c| {
            if c.version != version {
                *c = AttrCache { version, ..AttrCache::default() };
            }
            c.slots[slot] = (name, found.unwrap_or(Value::NULL));
        });
        found
    }

    /// The MRO walk behind `lookup`.
    pub fn lookup_uncached(&self, name: Value) -> Option<Value> {
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
        self.version.set(next_type_version());
        self.subclasses.with(|s| s.iter().for_each(|c| c.bump_version()));
    }
}

/// A fresh class version. Versions are unique across all classes of the
/// process (as CPython's `tp_version_tag`), so an inline cache that
/// matches a version has also matched the class itself. Past 2^32 - 1
/// versions, 0 is returned forever: version 0 is never specialized on.
pub fn next_type_version() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let v = NEXT.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |v| if v == 0 { None } else { Some(v.wrapping_add(1)) });
    v.unwrap_or(0)
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
