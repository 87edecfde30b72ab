//! Smaller builtin objects: range, slice, iterators, descriptors, super, generators.

use super::{trace_cell, Layout, ObjHeader, PyPayload, VCell};
use crate::value::Value;
use std::cell::Cell;
use taipan_gc::{Trace, Tracer};

macro_rules! simple_trace {
    ($t:ty, $layout:ident, [$($cellf:ident),*], [$($valf:ident),*]) => {
        unsafe impl PyPayload for $t {
            const LAYOUT: Layout = Layout::$layout;
        }
        unsafe impl Trace for $t {
            fn trace(&self, t: &mut Tracer) {
                self.header.class().trace(t);
                $(trace_cell(&self.$cellf, t);)*
                $(self.$valf.trace(t);)*
            }
        }
    };
}

/// `range(start, stop, step)`: machine ints, or arbitrary-precision bounds in
/// `big` when a bound or the length does not fit an i64 (then the i64 fields
/// are unused).
#[repr(C)]
pub struct RangeObj {
    pub header: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<BigRange>>,
}
simple_trace!(RangeObj, Range, [], []);

pub struct BigRange {
    pub start: num_bigint::BigInt,
    pub stop: num_bigint::BigInt,
    pub step: num_bigint::BigInt,
    pub len: num_bigint::BigInt,
}

impl BigRange {
    pub fn new(start: num_bigint::BigInt, stop: num_bigint::BigInt, step: num_bigint::BigInt) -> BigRange {
        use num_traits::{Signed, Zero};
        let len = if step.is_positive() && start < stop {
            (&stop - &start - 1u32) / &step + 1u32
        } else if step.is_negative() && start > stop {
            (&start - &stop - 1u32) / (-&step) + 1u32
        } else {
            num_bigint::BigInt::zero()
        };
        BigRange { start, stop, step, len }
    }
    /// The value at position `i` (0 <= i < len).
    pub fn at(&self, i: &num_bigint::BigInt) -> num_bigint::BigInt {
        &self.start + i * &self.step
    }
    /// Position of `x` if it is a member.
    pub fn position(&self, x: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
        use num_integer::Integer;
        use num_traits::{Signed, Zero};
        let inside = if self.step.is_positive() { *x >= self.start && *x < self.stop } else { *x <= self.start && *x > self.stop };
        let (q, r) = (x - &self.start).div_mod_floor(&self.step);
        (inside && r.is_zero()).then_some(q)
    }
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        range_len(self.start, self.stop, self.step)
    }
    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(b) => num_traits::Zero::is_zero(&b.len),
            None => self.len() == 0,
        }
    }
    /// (start, stop, step, len) as big ints, whichever representation is used.
    pub fn big_parts(&self) -> BigRange {
        match &self.big {
            Some(b) => BigRange { start: b.start.clone(), stop: b.stop.clone(), step: b.step.clone(), len: b.len.clone() },
            None => BigRange { start: self.start.into(), stop: self.stop.into(), step: self.step.into(), len: self.len().into() },
        }
    }
}

/// Number of elements of a range.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    // The common cases in 64-bit arithmetic (a 128-bit division is a libcall).
    if let (Some(d), Some(m)) = (stop.checked_sub(start), step.checked_neg()) {
        if step == 1 {
            return d.max(0);
        }
        if step > 0 && d > 0 {
            return (d - 1) / step + 1;
        }
        if step < 0 && d < 0 {
            return (-1 - d) / m + 1;
        }
    }
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

#[repr(C)]
pub struct SliceObj {
    pub header: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
simple_trace!(SliceObj, Slice, [], [start, stop, step]);

/// State of the builtin iterator kinds (one layout, many Python classes).
pub enum IterState {
    Range { cur: i64, stop: i64, step: i64 },
    /// list / tuple / str / bytes by index.
    Seq { seq: Value, idx: usize },
    /// Reversed list / tuple / sequence by index, counting down.
    Reversed { seq: Value, next: isize },
    /// dict/set iteration by raw entry position: 0 keys, 1 values, 2 items.
    /// `left`: entries still expected (an extra one means keys changed).
    Dict { dict: Value, pos: usize, kind: u8, len_at_start: usize, left: usize },
    Enumerate { it: Value, count: Value },
    Zip { its: Vec<Value>, strict: bool },
    Map { func: Value, its: Vec<Value> },
    Filter { func: Value, it: Value },
    /// The `__getitem__` protocol.
    GetItem { obj: Value, idx: i64 },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// Iterators of native modules (`itertools`, deque iterators).
    Tool(Box<super::tools::Tool>),
    Exhausted,
}

#[repr(C)]
pub struct IterObj {
    pub header: ObjHeader,
    pub state: VCell<IterState>,
}
unsafe impl PyPayload for IterObj {
    const LAYOUT: Layout = Layout::Iterator;
}
unsafe impl Trace for IterObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.state.with(|s| match s {
            IterState::Range { .. } | IterState::Exhausted => {}
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => seq.trace(t),
            IterState::Dict { dict, .. } => dict.trace(t),
            IterState::Enumerate { it, count } => {
                it.trace(t);
                count.trace(t)
            }
            IterState::Zip { its, .. } => its.iter().for_each(|v| v.trace(t)),
            IterState::Map { func, its } => {
                func.trace(t);
                its.iter().for_each(|v| v.trace(t))
            }
            IterState::Filter { func, it } => {
                func.trace(t);
                it.trace(t)
            }
            IterState::GetItem { obj, .. } => obj.trace(t),
            IterState::Callable { func, sentinel } => {
                func.trace(t);
                sentinel.trace(t)
            }
            IterState::Tool(tool) => tool.trace(t),
        });
    }
}

#[repr(C)]
pub struct PropertyObj {
    pub header: ObjHeader,
    pub fget: Cell<Value>,
    pub fset: Cell<Value>,
    pub fdel: Cell<Value>,
    pub doc: Cell<Value>,
    /// What `__set_name__` gave (None until then): CPython's `prop_name`,
    /// used by the messages of a direct `__set__`/`__delete__` call.
    pub name: Cell<Value>,
    /// The class a `getset_descriptor`/`member_descriptor` belongs to
    /// (`__objclass__`); None for a property.
    pub objclass: Cell<Value>,
}
simple_trace!(PropertyObj, Property, [fget, fset, fdel, doc, name, objclass], []);

#[repr(C)]
pub struct ClassMethodObj {
    pub header: ObjHeader,
    pub func: Cell<Value>,
}
simple_trace!(ClassMethodObj, ClassMethod, [func], []);

#[repr(C)]
pub struct StaticMethodObj {
    pub header: ObjHeader,
    pub func: Cell<Value>,
}
simple_trace!(StaticMethodObj, StaticMethod, [func], []);

#[repr(C)]
pub struct SuperObj {
    pub header: ObjHeader,
    /// The class whose MRO successor is searched.
    pub this_class: Value,
    /// The bound object (or class), NULL if unbound.
    pub obj: Value,
    /// type(obj), or obj itself when obj is a class.
    pub obj_type: Value,
}
simple_trace!(SuperObj, Super, [], [this_class, obj, obj_type]);

/// Generator state: its own copy of a frame while suspended.
pub struct GenState {
    /// Frame slots (header + locals + stack) saved at the last yield.
    pub frame: Vec<Value>,
    /// Stack depth (slots above the frame base) at the suspension point.
    pub sp: usize,
    pub started: bool,
    pub running: bool,
    pub finished: bool,
    /// Async generators: an `asend`/`athrow` is in progress (`ag_running`).
    pub running_async: bool,
    /// Async generators: exhausted or closed (new `athrow`s stop at once).
    pub closed: bool,
    /// The exception being handled inside the frame (CPython's
    /// `gi_exc_state`), NULL when none; swapped with `Vm::handled` on resume.
    pub handled: Value,
    /// While running: the caller's `Vm::handled`, for `sys.exc_info()` and
    /// exception context inside a frame that handles nothing itself.
    pub outer_handled: Value,
}

/// What a `GeneratorObj` is: they share the frame-suspension machinery.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

#[repr(C)]
pub struct GeneratorObj {
    pub header: ObjHeader,
    pub code: Value,
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    pub kind: GenKind,
    pub state: VCell<GenState>,
}
unsafe impl PyPayload for GeneratorObj {
    const LAYOUT: Layout = Layout::Generator;
    // Coroutines get their own layout so that code treating generator
    // layouts as iterators does not see them.
    #[inline(always)]
    fn layout_ok(l: Layout) -> bool {
        l == Layout::Generator || l == Layout::Coroutine
    }
}
unsafe impl Trace for GeneratorObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.code.trace(t);
        trace_cell(&self.name, t);
        trace_cell(&self.qualname, t);
        self.state.with(|s| {
            s.frame.iter().for_each(|v| v.trace(t));
            s.handled.trace(t);
            s.outer_handled.trace(t);
        });
    }
}

/// `dict.keys()` / `values()` / `items()` views: kind 0, 1, 2.
#[repr(C)]
pub struct DictViewObj {
    pub header: ObjHeader,
    pub dict: Value,
    pub kind: u8,
}
unsafe impl PyPayload for DictViewObj {
    const LAYOUT: Layout = Layout::DictView;
}
unsafe impl Trace for DictViewObj {
    fn trace(&self, t: &mut Tracer) {
        self.header.class().trace(t);
        self.dict.trace(t);
    }
}
