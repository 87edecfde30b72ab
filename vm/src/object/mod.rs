//! Heap objects: the common header, typed GC pointers and downcasting.
//!
//! Every heap object is a `#[repr(C)]` struct whose first field is an
//! [`ObjHeader`] holding its Python class. The class's [`Layout`] says which
//! Rust struct the object is, so `Value -> Gc<T>` is one compare. Objects
//! never move (the gc is non-moving), so `Gc<T>` is a plain pointer that is
//! `Copy` and derefs to `&T`; mutable state inside objects lives in `Cell`s
//! or [`VCell`]s, because Python code aliases objects freely.

pub mod attrs;
pub mod code;
pub mod coro;
pub mod dict;
pub mod exception;
pub mod ext;
pub mod function;
pub mod int;
pub mod io;
pub mod misc;
pub mod module;
pub mod seq;
pub mod str;
pub mod tools;
pub mod typeobj;
pub mod weakref;

use crate::value::Value;
use std::cell::{Cell, UnsafeCell};
use std::marker::PhantomData;
use std::ptr::NonNull;
use taipan_gc::{Trace, Tracer};

pub use typeobj::TypeObj;

/// The Rust representation of an object, stored on its class.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Layout {
    Object,
    Type,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    Function,
    BuiltinFunction,
    BoundMethod,
    Code,
    Cell,
    Module,
    Exception,
    Range,
    Slice,
    Iterator,
    Generator,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    Traceback,
    Shape,
    Frame,
    Complex,
    DictView,
    /// `coroutine` and `async_generator` (a `GeneratorObj`).
    Coroutine,
    /// `coroutine_wrapper`, `async_generator_asend`, `async_generator_athrow`.
    AwaitOp,
    /// `weakref.ref` and subclasses.
    WeakRef,
    /// `weakref.ProxyType`, `weakref.CallableProxyType`.
    WeakProxy,
    /// `collections.deque` (`ext::DequeObj`).
    Deque,
    /// Small objects of native-module classes (`ext::NativeObj`).
    Native,
    /// The `_io` classes (`object/io.rs`).
    FileIO,
    Buffered,
    BytesIO,
    StringIO,
    TextIO,
}

/// First field of every heap object.
#[repr(C)]
pub struct ObjHeader {
    class: Cell<Gc<TypeObj>>,
}

impl ObjHeader {
    /// A header for an instance of `class`.
    pub fn new(class: Gc<TypeObj>) -> ObjHeader {
        ObjHeader { class: Cell::new(class) }
    }
    #[inline(always)]
    pub fn class(&self) -> Gc<TypeObj> {
        self.class.get()
    }
    /// `obj.__class__ = cls` (the caller checked layout compatibility).
    pub fn set_class(&self, c: Gc<TypeObj>) {
        self.class.set(c)
    }
}

/// A Rust struct that is a Python heap object.
///
/// # Safety
/// The implementing type must be `#[repr(C)]` with an `ObjHeader` first, and
/// objects whose class has layout `LAYOUT` must be exactly this type (or a
/// `#[repr(C)]` extension of it with this type first).
pub unsafe trait PyPayload: Trace + Sized {
    const LAYOUT: Layout;
    /// Layouts whose objects are this type (sets share the dict table struct).
    #[inline(always)]
    fn layout_ok(l: Layout) -> bool {
        l == Self::LAYOUT
    }
}

/// A pointer to a live heap object of type `T`.
#[repr(transparent)]
pub struct Gc<T> {
    ptr: NonNull<T>,
    _m: PhantomData<*const T>,
}

impl<T> Copy for Gc<T> {}
impl<T> Clone for Gc<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> PartialEq for Gc<T> {
    fn eq(&self, o: &Self) -> bool {
        self.ptr == o.ptr
    }
}
impl<T> Eq for Gc<T> {}
impl<T> std::hash::Hash for Gc<T> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.ptr.hash(h)
    }
}

impl<T> std::ops::Deref for Gc<T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: a Gc is only created for a live heap object (from the
        // allocator or a checked downcast). Objects never move, and anything
        // reachable from a Rust local is kept alive by the conservative stack
        // scan, so the pointee outlives the borrow.
        unsafe { self.ptr.as_ref() }
    }
}

impl<T> Gc<T> {
    /// Wrap a pointer returned by the heap.
    ///
    /// # Safety
    /// `p` must point to a live object of type `T` allocated by the heap.
    #[inline(always)]
    pub unsafe fn from_raw(p: *mut T) -> Gc<T> {
        Gc { ptr: NonNull::new_unchecked(p), _m: PhantomData }
    }
    #[inline(always)]
    pub fn as_ptr(self) -> *const T {
        self.ptr.as_ptr()
    }
    #[inline(always)]
    pub fn value(self) -> Value {
        Value::from_ptr(self.ptr.as_ptr())
    }
    /// The object's header (every payload starts with one).
    #[inline(always)]
    pub fn header(self) -> &'static ObjHeader {
        // SAFETY: every heap object starts with an ObjHeader (PyPayload
        // contract); the 'static lifetime is sound for the same reason as
        // Deref: objects are not freed while reachable from Rust locals.
        unsafe { &*(self.ptr.as_ptr() as *const ObjHeader) }
    }
    #[inline(always)]
    pub fn class(self) -> Gc<TypeObj> {
        self.header().class()
    }
    /// Report this pointer to the collector.
    #[inline(always)]
    pub fn trace(self, t: &mut Tracer) {
        t.mark(self.ptr.as_ptr() as *const u8)
    }
}

impl<T> std::fmt::Debug for Gc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Gc({:p})", self.ptr)
    }
}

impl Value {
    /// The header of a heap object (caller checked `is_ptr`).
    #[inline(always)]
    pub fn header_unchecked(self) -> &'static ObjHeader {
        // SAFETY: is_ptr values are addresses of live heap objects, all of
        // which start with an ObjHeader.
        unsafe { &*(self.ptr_unchecked() as *const ObjHeader) }
    }
    /// The layout of a heap object, or None for immediates.
    #[inline(always)]
    pub fn layout(self) -> Option<Layout> {
        if self.is_ptr() {
            Some(self.header_unchecked().class().layout)
        } else {
            None
        }
    }
    /// Downcast to a payload type by checking the class layout.
    #[inline(always)]
    pub fn downcast<T: PyPayload>(self) -> Option<Gc<T>> {
        if self.is_ptr() && T::layout_ok(self.header_unchecked().class().layout) {
            // SAFETY: the layout tag guarantees the object is a T (PyPayload contract).
            Some(unsafe { Gc::from_raw(self.ptr_unchecked() as *mut T) })
        } else {
            None
        }
    }
    /// Downcast without checking (caller verified the layout).
    ///
    /// # Safety
    /// `self` must be a heap object whose layout is `T::LAYOUT`.
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: PyPayload>(self) -> Gc<T> {
        Gc::from_raw(self.ptr_unchecked() as *mut T)
    }
    /// Report this value to the collector if it is a pointer.
    #[inline(always)]
    pub fn trace(self, t: &mut Tracer) {
        if self.is_ptr() {
            t.mark(self.ptr_unchecked())
        }
    }
}

/// Interior-mutable storage for object fields that are not `Copy`
/// (vectors, tables). Access goes through closures that must not call back
/// into Python code, so no reference into the cell outlives a mutation.
pub struct VCell<T>(UnsafeCell<T>);

impl<T> VCell<T> {
    pub fn new(v: T) -> VCell<T> {
        VCell(UnsafeCell::new(v))
    }
    /// Borrow immutably for the duration of `f`.
    #[inline(always)]
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        // SAFETY: single-threaded interpreter; `f` must not re-enter Python
        // (it receives no `Vm`), so no mutable borrow of this cell can be
        // created while `f` runs.
        f(unsafe { &*self.0.get() })
    }
    /// Borrow mutably for the duration of `f`.
    #[inline(always)]
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: as for `with`: `f` cannot reach this cell through another
        // path because it cannot run Python code.
        f(unsafe { &mut *self.0.get() })
    }
}

impl VCell<Vec<Value>> {
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.with(|v| v.len())
    }
    #[inline(always)]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.with(|v| v.get(i).copied())
    }
    #[inline(always)]
    pub fn set(&self, i: usize, x: Value) {
        self.with_mut(|v| v[i] = x)
    }
    #[inline(always)]
    pub fn push(&self, x: Value) {
        self.with_mut(|v| v.push(x))
    }
    /// A copy of the contents (for iteration that may run Python code).
    pub fn snapshot(&self) -> Vec<Value> {
        self.with(|v| v.clone())
    }
    pub fn trace(&self, t: &mut Tracer) {
        self.with(|v| v.iter().for_each(|x| x.trace(t)))
    }
}

/// Trace helper for `Cell<Value>` fields.
#[inline(always)]
pub fn trace_cell(c: &Cell<Value>, t: &mut Tracer) {
    c.get().trace(t)
}
