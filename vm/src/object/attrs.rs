//! Instance attribute storage with shapes (hidden classes).
//!
//! An object's attributes are a value vector laid out by its `Shape`: the
//! ordered list of attribute names. Adding an attribute moves the object to
//! a child shape (transitions are cached on the parent, so objects built the
//! same way share shapes and an attribute site can cache "shape S -> slot
//! k"). Deleting an attribute or asking for `__dict__` switches the object
//! to a real dict, which is then the storage.

use super::dict::DictObj;
use super::{Gc, Layout, ObjHeader, PyPayload, VCell};
use crate::value::Value;
use std::cell::Cell;
use taipan_gc::{Trace, Tracer};

/// A hidden class: attribute names in slot order (interned strs).
#[repr(C)]
pub struct Shape {
    pub header: ObjHeader,
    pub keys: Vec<Value>,
    pub transitions: VCell<Vec<(Value, Gc<Shape>)>>,
    /// Process-unique number for inline caches (0 = never cache on it).
    pub id: u32,
    /// Bit `hash % 64` of every key: a clear bit proves a name absent
    /// without scanning `keys` (the specializer's method guards).
    pub key_mask: u64,
}
unsafe impl PyPayload for Shape {
    const LAYOUT: Layout = Layout::Shape;
}
unsafe impl Trace for Shape {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.keys.iter().for_each(|k| k.trace(t));
        self.transitions.with(|v| {
            v.iter().for_each(|(k, s)| {
                k.trace(t);
                s.trace(t)
            })
        });
    }
}

impl Shape {
    /// A shape with these keys and a fresh id.
    pub fn new(header: ObjHeader, keys: Vec<Value>) -> Shape {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(1);
        let id = NEXT.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |v| if v == 0 { None } else { Some(v.wrapping_add(1)) }).unwrap_or(0);
        let key_mask = keys.iter().map(|k| k.downcast::<super::str::StrObj>().map(|s| 1u64 << (s.hash() as u64 % 64)).unwrap_or(u64::MAX)).fold(0, |a, b| a | b);
        Shape { header, keys, transitions: VCell::new(Vec::new()), id, key_mask }
    }
    /// Slot of an interned name.
    #[inline]
    pub fn index_of(&self, name: Value) -> Option<usize> {
        self.keys.iter().position(|k| *k == name)
    }
    /// Might `name` (whose mask bit is `bit`) be a key?
    #[inline(always)]
    pub fn may_hold(&self, name: Value, bit: u32) -> bool {
        self.key_mask >> bit & 1 != 0 && self.keys.contains(&name)
    }
    /// Cached child shape for adding `name`.
    pub fn child(&self, name: Value) -> Option<Gc<Shape>> {
        self.transitions.with(|v| v.iter().find(|(k, _)| *k == name).map(|(_, s)| *s))
    }
}

/// Attribute values in slot order: up to three live inline (an instance
/// with few attributes needs no allocation besides its own cell).
pub type AttrValues = smallvec::SmallVec<[Value; 3]>;

impl VCell<AttrValues> {
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.with(|v| v.get(i).copied())
    }
    #[inline(always)]
    pub fn set(&self, i: usize, x: Value) {
        self.with_mut(|v| v[i] = x)
    }
}

/// Attribute store embedded in instances.
pub struct Attrs {
    pub shape: Cell<Gc<Shape>>,
    pub values: VCell<AttrValues>,
    /// Set once the object is in dict mode.
    pub dict: Cell<Option<Gc<DictObj>>>,
}

impl Attrs {
    pub fn new(root: Gc<Shape>) -> Attrs {
        Attrs { shape: Cell::new(root), values: VCell::new(AttrValues::new()), dict: Cell::new(None) }
    }
    /// Read an attribute by interned name (no Python code).
    #[inline]
    pub fn get(&self, name: Value) -> Option<Value> {
        if let Some(d) = self.dict.get() {
            return d.get_str_key(name);
        }
        let i = self.shape.get().index_of(name)?;
        self.values.get(i)
    }
    pub fn trace(&self, t: &mut Tracer) {
        self.shape.get().trace(t);
        self.values.with(|v| {
            v.iter().for_each(|x| x.trace(t));
            if v.spilled() {
                t.note_external(v.capacity() * 8);
            }
        });
        if let Some(d) = self.dict.get() {
            d.trace(t)
        }
    }
}

/// An instance of a plain user class (layout `Object`).
#[repr(C)]
pub struct InstanceObj {
    pub header: ObjHeader,
    pub attrs: Attrs,
}
unsafe impl PyPayload for InstanceObj {
    const LAYOUT: Layout = Layout::Object;
}
unsafe impl Trace for InstanceObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.attrs.trace(t);
    }
}

/// An instance of a user subclass of a builtin type: the builtin's struct
/// followed by an attribute store (its offset is the class's `attrs_offset`).
#[repr(C)]
pub struct WithAttrs<T> {
    pub base: T,
    pub attrs: Attrs,
}
unsafe impl<T: PyPayload> PyPayload for WithAttrs<T> {
    const LAYOUT: Layout = T::LAYOUT;
}
unsafe impl<T: Trace> Trace for WithAttrs<T> {
    fn trace(&self, t: &mut Tracer) {
        self.base.trace(t);
        self.attrs.trace(t);
    }
}

/// The attribute store of an object, if its class has one.
#[inline]
pub fn attrs_of(v: Value) -> Option<&'static Attrs> {
    if !v.is_ptr() {
        return None;
    }
    let off = v.header_unchecked().class().attrs_offset.get();
    if off == 0 {
        return None;
    }
    // SAFETY: a class's attrs_offset is set only when every instance of it
    // was allocated with an `Attrs` at that byte offset (InstanceObj,
    // WithAttrs<T>, or a payload with an embedded Attrs); objects are not
    // freed while reachable from Rust locals.
    Some(unsafe { &*(v.ptr_unchecked().add(off) as *const Attrs) })
}
