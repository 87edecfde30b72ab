//! The string a pattern runs over, as the engine sees it. ASCII `str`s are
//! matched on their UTF-8 bytes in place and exact `bytes` objects in
//! place; a non-ASCII `str` is decoded once per call into a private bytes
//! object of native-endian `u32` code points (kept by the scanner and by
//! the match objects, which slice groups out of it), so such a subject
//! costs one O(n) pass per `match`/`search` call; a `bytearray` is copied
//! once per call (a replacement callback could resize it).

use super::state::Char;
use crate::object::seq::BytesObj;
use crate::object::str::StrObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Char for [u8; 4] {
    #[inline(always)]
    fn code(self) -> u32 {
        u32::from_ne_bytes(self)
    }
    #[inline]
    fn find(hay: &[[u8; 4]], c: u32) -> Option<usize> {
        let c = c.to_ne_bytes();
        hay.iter().position(|&x| x == c)
    }
}

/// Characters of a subject.
#[derive(Clone, Copy)]
pub enum Text {
    /// An ASCII `str`, by its bytes.
    Ascii(&'static [u8]),
    /// A `bytes` object holding the characters: one byte each, or four
    /// (native-endian code points) when `wide`.
    Buf { data: Value, wide: bool },
}

#[derive(Clone, Copy)]
pub struct Subject {
    /// The object passed in (what `Match.string` returns).
    pub obj: Value,
    pub text: Text,
    pub len: usize,
    pub is_bytes: bool,
}

/// Run `$body` with `$t` bound to the subject's characters as a slice of
/// `u8` or `[u8; 4]`; the body is compiled once per character type. The
/// body runs inside a borrow of a bytes object and must not run Python code.
macro_rules! with_text {
    ($subj:expr, |$t:ident| $body:expr) => {
        match $subj.text {
            $crate::modules::sre::subject::Text::Ascii(b) => {
                let $t: &[u8] = b;
                $body
            }
            $crate::modules::sre::subject::Text::Buf { data, wide } => {
                match data.downcast::<$crate::object::seq::BytesObj>() {
                    Some(bo) if wide => bo.data.with(|d| {
                        let $t: &[[u8; 4]] = d.as_chunks::<4>().0;
                        $body
                    }),
                    Some(bo) => bo.data.with(|d| {
                        let $t: &[u8] = &d[..];
                        $body
                    }),
                    None => {
                        let $t: &[u8] = &[];
                        $body
                    }
                }
            }
        }
    };
}
pub(crate) use with_text;

/// The code points of `s` as a private bytes object (native-endian `u32`s).
pub fn decode_wide(vm: &mut Vm, s: &[u8]) -> Value {
    let mut buf = Vec::with_capacity(s.len() * 4);
    // Generalised UTF-8: lone surrogates decode to their code points too.
    for c in crate::text::wtf8::code_points(s) {
        buf.extend_from_slice(&c.to_ne_bytes());
    }
    vm.heap.note_external_alloc(buf.len());
    vm.new_bytes_of(buf, false)
}

impl Subject {
    /// The subject for a pattern of kind `isbytes` (1 bytes, 0 str, -1
    /// either), with CPython's errors for the wrong kind. `wide` reuses an
    /// earlier decoding of the same str (the scanner's).
    pub fn new(vm: &mut Vm, obj: Value, isbytes: i64, wide: Option<Value>) -> PyResult<Subject> {
        if let Some(s) = obj.downcast::<StrObj>() {
            if isbytes > 0 {
                return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
            }
            let t = Vm::wtf8_of(obj).unwrap_or_default();
            let text = if s.is_ascii() {
                Text::Ascii(t)
            } else {
                let data = match wide {
                    Some(w) => w,
                    None => decode_wide(vm, t),
                };
                Text::Buf { data, wide: true }
            };
            return Ok(Subject { obj, text, len: s.char_len, is_bytes: false });
        }
        if let Some(b) = obj.downcast::<BytesObj>() {
            if isbytes == 0 {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
            }
            let data = if vm.type_of(obj) == vm.t.bytes {
                obj
            } else {
                match wide {
                    Some(w) => w,
                    None => {
                        let copy = b.data.with(|d| d.clone());
                        vm.new_bytes_of(copy, false)
                    }
                }
            };
            let len = b.data.with(|d| d.len());
            return Ok(Subject { obj, text: Text::Buf { data, wide: false }, len, is_bytes: true });
        }
        if let Some(copy) = crate::builtins::bytes_args::buffer_bytes(vm, obj)? {
            // Other buffer exporters (memoryview, array): matched over a copy.
            if isbytes == 0 {
                return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
            }
            let len = copy.len();
            let data = vm.new_bytes_of(copy, false);
            return Ok(Subject { obj, text: Text::Buf { data, wide: false }, len, is_bytes: true });
        }
        let n = vm.type_name(obj);
        Err(vm.type_error(&format!("expected string or bytes-like object, got '{n}'")))
    }

    /// The decoded characters to keep with a match or scanner (None when the
    /// subject can be sliced directly).
    pub fn kept(&self) -> Value {
        match self.text {
            Text::Buf { data, .. } if data != self.obj => data,
            _ => Value::NONE,
        }
    }

    /// `string[a:b]` as a new `str` or `bytes` (the subject itself when it
    /// is an exact `str`/`bytes` and the slice is all of it).
    pub fn slice(&self, vm: &mut Vm, a: usize, b: usize) -> Value {
        let b = b.min(self.len);
        let a = a.min(b);
        if a == 0 && b == self.len {
            let t = vm.type_of(self.obj);
            if t == vm.t.str_ || t == vm.t.bytes {
                return self.obj;
            }
        }
        slice_text(vm, self.text, self.is_bytes, a, b)
    }

    /// The empty `str` or `bytes`.
    pub fn empty(&self, vm: &mut Vm) -> Value {
        if self.is_bytes {
            vm.new_bytes_of(Vec::new(), false)
        } else {
            vm.new_str("")
        }
    }
}

/// Characters `a..b` (clamped) of a text as a `str` or `bytes`.
pub fn slice_text(vm: &mut Vm, text: Text, is_bytes: bool, a: usize, b: usize) -> Value {
    match text {
        Text::Ascii(t) => {
            let b = b.min(t.len());
            let a = a.min(b);
            // ASCII bytes are valid UTF-8 at every boundary.
            vm.new_str(std::str::from_utf8(&t[a..b]).unwrap_or(""))
        }
        Text::Buf { data, wide } => {
            let Some(bo) = data.downcast::<BytesObj>() else { return Value::NONE };
            if wide {
                // Generalised UTF-8, so lone surrogates come back as they were.
                let s = bo.data.with(|d| {
                    let cs = d.as_chunks::<4>().0;
                    let b = b.min(cs.len());
                    let a = a.min(b);
                    crate::text::wtf8::from_code_points(cs[a..b].iter().map(|&c| u32::from_ne_bytes(c)))
                });
                vm.new_wtf8(s)
            } else {
                let v = bo.data.with(|d| {
                    let b = b.min(d.len());
                    let a = a.min(b);
                    d[a..b].to_vec()
                });
                if is_bytes {
                    vm.new_bytes_of(v, false)
                } else {
                    vm.new_string(String::from_utf8_lossy(&v).into_owned())
                }
            }
        }
    }
}
