//! `_io.StringIO`: an in-memory text stream. Positions count code points;
//! the text is kept as UTF-8 with its length in characters, so an ASCII
//! buffer maps positions to byte offsets directly.
//!
//! Newlines as CPython's StringIO: with `newline=None` written text has
//! `\r\n`/`\r` translated to `\n`; with `''` nothing is translated but line
//! splitting is universal; `'\r'`/`'\r\n'` translate `\n` on write.

use super::newlines::{self, LineMode};
use super::{getset, method};
use crate::builtins::args::{Arity, Sig};
use crate::object::attrs::Attrs;
use crate::object::io::StringIOObj;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{RefCell, RefMut};

/// Rust-side state of a StringIO.
#[derive(Default)]
pub struct StringState {
    pub text: String,
    /// Characters in `text`.
    pub nchars: usize,
    /// Position in characters (may be past the end).
    pub pos: usize,
    pub closed: bool,
    pub ok: bool,
    /// Line splitting on read.
    pub mode: Option<LineMode>,
    /// Newline handling on write: `Some(translate)` when newline is None or ''.
    pub decoder: Option<bool>,
    /// `\n` becomes this on write (`'\r'` or `'\r\n'`).
    pub writenl: Option<&'static str>,
    pub seen: u8,
}

impl StringState {
    /// Byte offset of character position `c` (clamped to the end).
    fn byte_at(&self, c: usize) -> usize {
        if c >= self.nchars {
            return self.text.len();
        }
        if self.text.len() == self.nchars {
            return c;
        }
        self.text.char_indices().nth(c).map(|(i, _)| i).unwrap_or(self.text.len())
    }

    /// Write `s` (already translated) at the position; false when the
    /// text cannot grow to the position (MemoryError).
    fn write_at(&mut self, s: &str) -> bool {
        let n = s.chars().count();
        if self.pos > self.nchars {
            let pad = self.pos - self.nchars;
            if self.text.try_reserve(pad.saturating_add(s.len())).is_err() {
                return false;
            }
            self.text.extend(std::iter::repeat_n('\0', pad));
            self.nchars += pad;
        }
        if self.pos == self.nchars {
            self.text.push_str(s);
            self.nchars += n;
        } else {
            let start = self.byte_at(self.pos);
            let end = self.byte_at(self.pos + n);
            let replaced = self.text[start..end].chars().count();
            self.text.replace_range(start..end, s);
            self.nchars = self.nchars - replaced + n;
        }
        self.pos += n;
        true
    }

    /// The text handling of one `write` call.
    pub fn write(&mut self, s: &str) -> bool {
        let translated;
        let mut s = s;
        if let Some(translate) = self.decoder {
            let mut pendingcr = false;
            newlines::note_newlines(s, &mut pendingcr, &mut self.seen, true);
            if translate && s.contains('\r') {
                translated = newlines::translate(s, true);
                s = &translated;
            }
        }
        match self.writenl {
            Some(nl) if s.contains('\n') => {
                let r = s.replace('\n', nl);
                self.write_at(&r)
            }
            _ => self.write_at(s),
        }
    }

    /// Up to `n` characters from the position (`n < 0`: the rest).
    fn read(&mut self, n: i64) -> String {
        if self.pos >= self.nchars {
            return String::new();
        }
        let start = self.byte_at(self.pos);
        let end = if n < 0 { self.text.len() } else { self.byte_at(self.pos.saturating_add(n as usize)) };
        let out = self.text[start..end].to_string();
        self.pos += if n < 0 { self.nchars - self.pos } else { out.chars().count() };
        out
    }

    /// One line from the position, at most `limit` characters.
    fn readline(&mut self, limit: i64) -> String {
        if self.pos >= self.nchars {
            return String::new();
        }
        let start = self.byte_at(self.pos);
        let rest = &self.text[start..];
        let mode = self.mode.unwrap_or(LineMode::Fixed("\n"));
        let mut end = match newlines::scan_line(rest, mode, true) {
            Some((_, e)) => e,
            None => rest.len(),
        };
        if limit >= 0 {
            if let Some((i, _)) = rest[..end].char_indices().nth(limit as usize) {
                end = i;
            }
        }
        let out = rest[..end].to_string();
        self.pos += out.chars().count();
        out
    }
}

fn state<'a>(vm: &mut Vm, v: Value, s: &'a StringIOObj) -> PyResult<RefMut<'a, StringState>> {
    let _ = v;
    match s.st.try_borrow_mut() {
        Ok(st) => Ok(st),
        Err(_) => Err(vm.new_error(vm.t.runtime_error, "reentrant call inside StringIO")),
    }
}

fn this(vm: &mut Vm, v: Value) -> PyResult<Gc<StringIOObj>> {
    match v.downcast::<StringIOObj>() {
        Some(s) => Ok(s),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor requires a '_io.StringIO' object but received a '{n}'")))
        }
    }
}

/// Run `f` on the state of an initialised, open StringIO.
fn with_open<R>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut StringState) -> R) -> PyResult<R> {
    let s = this(vm, v)?;
    let mut st = state(vm, v, &s)?;
    if !st.ok {
        drop(st);
        return Err(vm.value_error("I/O operation on uninitialized object"));
    }
    if st.closed {
        drop(st);
        return Err(super::closed_raw(vm));
    }
    Ok(f(&mut st))
}

static INIT: Sig = Sig { name: "StringIO", params: &["initial_value", "newline"], posonly: 0, required: 0, kwonly: &[] };

fn init(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = crate::builtins::split_args(a, k);
    let s = this(vm, pos[0])?;
    let [initial, newline] = INIT.parse(vm, &pos[1..], k, kw)?;
    let nl = match newline {
        None => Some("\n"),
        Some(v) if v.is_none() => None,
        Some(v) => match Vm::str_of(v) {
            Some(t) => Some(t),
            None => {
                let n = vm.type_name(v);
                return Err(vm.type_error(&format!("newline must be str or None, not {n}")));
            }
        },
    };
    let nl = match newlines::parse_newline(nl) {
        Some(n) => n,
        None => {
            let r = vm.repr_string(newline.unwrap_or(Value::NONE))?;
            return Err(vm.value_error(&format!("illegal newline value: {r}")));
        }
    };
    let init_text = match initial.filter(|v| !v.is_none()) {
        None => "",
        Some(v) => match Vm::str_of(v) {
            Some(t) => t,
            None => {
                let n = vm.type_name(v);
                return Err(vm.type_error(&format!("initial_value must be str or None, not {n}")));
            }
        },
    };
    let mut st = state(vm, pos[0], &s)?;
    *st = StringState {
        ok: true,
        mode: Some(match nl {
            None => LineMode::Fixed("\n"),
            Some("") => LineMode::Universal,
            Some(n) => LineMode::Fixed(n),
        }),
        decoder: match nl {
            None => Some(true),
            Some("") => Some(false),
            _ => None,
        },
        writenl: nl.filter(|n| n.starts_with('\r')),
        ..StringState::default()
    };
    if !init_text.is_empty() {
        if !st.write(init_text) {
            drop(st);
            return Err(vm.new_exception_err(vm.t.memory_error, vec![]));
        }
        st.pos = 0;
    }
    Ok(Value::NONE)
}

fn seek(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let pos = super::int_arg(vm, a[1])?;
    let whence = match a.get(2) {
        Some(w) => super::int_arg(vm, *w)?,
        None => 0,
    };
    with_open(vm, a[0], |_| ())?;
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(&format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if pos < 0 && whence == 0 {
        return Err(vm.value_error(&format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        // (CPython 3.11 says "cur-relative" for whence 2 too.)
        return Err(vm.new_error(vm.t.os_error, "Can't do nonzero cur-relative seeks"));
    }
    let p = with_open(vm, a[0], |st| {
        st.pos = match whence {
            0 => pos as usize,
            1 => st.pos,
            _ => st.nchars,
        };
        st.pos
    })?;
    Ok(vm.new_int(p as i64))
}

fn truncate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let size = match a.get(1).copied().filter(|v| !v.is_none()) {
        Some(v) => Some(super::int_arg(vm, v)?),
        None => None,
    };
    let size = match size {
        Some(s) => s,
        None => with_open(vm, a[0], |st| st.pos as i64)?,
    };
    if size < 0 {
        return Err(vm.value_error(&format!("Negative size value {size}")));
    }
    with_open(vm, a[0], |st| {
        if (size as usize) < st.nchars {
            let b = st.byte_at(size as usize);
            st.text.truncate(b);
            st.nchars = size as usize;
        }
    })?;
    Ok(vm.new_int(size))
}

/// `write(s)` on an open StringIO (print's direct path).
pub fn write_str(vm: &mut Vm, obj: Value, s: &str) -> PyResult<()> {
    if !with_open(vm, obj, |st| st.write(s))? {
        return Err(vm.new_exception_err(vm.t.memory_error, vec![]));
    }
    Ok(())
}

/// StringIO keeps its text as a Rust `String`, which cannot hold lone
/// surrogates: writing one raises this rather than changing the text.
pub fn surrogates_unsupported(vm: &mut Vm) -> crate::vm::PyErr {
    vm.new_error(vm.t.not_implemented_error, "taipan: io.StringIO cannot hold lone surrogates yet")
}

fn str_arg(vm: &mut Vm, v: Value) -> PyResult<&'static str> {
    match Vm::str_of(v) {
        Some(s) => Ok(s),
        None if Vm::wtf8_of(v).is_some() => Err(surrogates_unsupported(vm)),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("string argument expected, got '{n}'")))
        }
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.string_io;
    method(vm, t, "__new__", Arity::Any, |vm, a, _| {
        let Some(cls) = a.first().and_then(|c| c.downcast::<TypeObj>()) else {
            return Err(vm.type_error("StringIO.__new__(X): X is not a type object"));
        };
        let attrs = Attrs::new(vm.root_shape);
        let st = RefCell::new(StringState { ok: true, mode: Some(LineMode::Fixed("\n")), ..StringState::default() });
        Ok(vm.alloc(StringIOObj { header: ObjHeader::new(cls), attrs, st }).value())
    });
    method(vm, t, "__init__", Arity::Kw, init);
    method(vm, t, "getvalue", Arity::NoArgs, |vm, a, _| {
        let s = with_open(vm, a[0], |st| st.text.clone())?;
        Ok(vm.new_string(s))
    });
    method(vm, t, "write", Arity::One, |vm, a, _| {
        let s = str_arg(vm, a[1])?;
        write_str(vm, a[0], s)?;
        Ok(vm.new_int(s.chars().count() as i64))
    });
    method(vm, t, "read", Arity::Pos(0, 1), |vm, a, _| {
        let n = super::size_arg(vm, a.get(1).copied())?;
        let s = with_open(vm, a[0], |st| st.read(n))?;
        Ok(vm.new_string(s))
    });
    method(vm, t, "readline", Arity::Pos(0, 1), |vm, a, _| {
        let n = super::size_arg(vm, a.get(1).copied())?;
        let s = with_open(vm, a[0], |st| st.readline(n))?;
        Ok(vm.new_string(s))
    });
    method(vm, t, "__next__", Arity::NoArgs, |vm, a, _| {
        let s = with_open(vm, a[0], |st| st.readline(-1))?;
        if s.is_empty() {
            return Err(vm.new_exception_err(vm.t.stop_iteration, vec![]));
        }
        Ok(vm.new_string(s))
    });
    method(vm, t, "seek", Arity::Pos(1, 2), seek);
    method(vm, t, "tell", Arity::NoArgs, |vm, a, _| {
        let p = with_open(vm, a[0], |st| st.pos)?;
        Ok(vm.new_int(p as i64))
    });
    method(vm, t, "truncate", Arity::Pos(0, 1), truncate);
    method(vm, t, "close", Arity::NoArgs, |vm, a, _| {
        let s = this(vm, a[0])?;
        let mut st = state(vm, a[0], &s)?;
        st.closed = true;
        st.text = String::new();
        st.nchars = 0;
        Ok(Value::NONE)
    });
    getset(vm, t, "closed", |vm, a, _| {
        let s = this(vm, a[0])?;
        let c = state(vm, a[0], &s)?.closed;
        Ok(Value::from_bool(c))
    }, None);
    for name in ["readable", "writable", "seekable"] {
        method(vm, t, name, Arity::NoArgs, |vm, a, _| {
            with_open(vm, a[0], |_| ())?;
            Ok(Value::TRUE)
        });
    }
    getset(vm, t, "line_buffering", |vm, a, _| {
        with_open(vm, a[0], |_| ())?;
        Ok(Value::FALSE)
    }, None);
    getset(vm, t, "newlines", |vm, a, _| {
        let (seen, has) = with_open(vm, a[0], |st| (st.seen, st.decoder.is_some()))?;
        if !has {
            return Ok(Value::NONE);
        }
        super::textio::newlines_value(vm, seen)
    }, None);
    method(vm, t, "__getstate__", Arity::NoArgs, |vm, a, _| {
        let (text, pos) = with_open(vm, a[0], |st| (st.text.clone(), st.pos))?;
        let t = vm.new_string(text);
        let p = vm.new_int(pos as i64);
        let k = vm.n.__dict__;
        let d = vm.getattr(a[0], k).unwrap_or(Value::NONE);
        Ok(vm.new_tuple(vec![t, Value::NONE, p, d]))
    });
}
