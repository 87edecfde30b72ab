//! `Trace` for common std types.

use crate::{Trace, Tracer};
use std::cell::{Cell, RefCell};

macro_rules! leaf {
    ($($t:ty),* $(,)?) => {$(
        // SAFETY: holds no gc pointers.
        unsafe impl Trace for $t {
            #[inline]
            fn trace(&self, _t: &mut Tracer) {}
        }
    )*};
}

leaf!(
    (),
    bool,
    char,
    u8,
    u16,
    u32,
    u64,
    u128,
    usize,
    i8,
    i16,
    i32,
    i64,
    i128,
    isize,
    f32,
    f64
);
leaf!(String, str, std::sync::atomic::AtomicUsize);

// SAFETY: traces every element.
unsafe impl<T: Trace> Trace for [T] {
    fn trace(&self, t: &mut Tracer) {
        for x in self {
            x.trace(t);
        }
    }
}

// SAFETY: traces every element.
unsafe impl<T: Trace, const N: usize> Trace for [T; N] {
    fn trace(&self, t: &mut Tracer) {
        self.as_slice().trace(t);
    }
}

// SAFETY: traces every element.
unsafe impl<T: Trace> Trace for Vec<T> {
    fn trace(&self, t: &mut Tracer) {
        self.as_slice().trace(t);
    }
}

// SAFETY: traces the boxed value.
unsafe impl<T: Trace + ?Sized> Trace for Box<T> {
    fn trace(&self, t: &mut Tracer) {
        (**self).trace(t);
    }
}

// SAFETY: traces the value if present.
unsafe impl<T: Trace> Trace for Option<T> {
    fn trace(&self, t: &mut Tracer) {
        if let Some(x) = self {
            x.trace(t);
        }
    }
}

// SAFETY: traces the current value (copied out).
unsafe impl<T: Trace + Copy> Trace for Cell<T> {
    fn trace(&self, t: &mut Tracer) {
        self.get().trace(t);
    }
}

// SAFETY: traces the contents. Panics if mutably borrowed during a
// collection, which would be a bug in the owner anyway.
unsafe impl<T: Trace> Trace for RefCell<T> {
    fn trace(&self, t: &mut Tracer) {
        self.borrow().trace(t);
    }
}

macro_rules! tuple {
    ($($n:ident),*) => {
        // SAFETY: traces every component.
        unsafe impl<$($n: Trace),*> Trace for ($($n,)*) {
            #[allow(non_snake_case)]
            fn trace(&self, t: &mut Tracer) {
                let ($($n,)*) = self;
                $($n.trace(t);)*
            }
        }
    };
}

tuple!(A);
tuple!(A, B);
tuple!(A, B, C);
tuple!(A, B, C, D);
