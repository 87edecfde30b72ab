//! The Python methods of `TextIOWrapper` (algorithms in `textio.rs`).

use super::newlines;
use super::textcodec::{Decoder, Encoder};
use super::textio::{self, buf_of, st, TextState};
use super::{call, getattr, getset, method, opt_str, unsupported};
use crate::builtins::args::{Arity, Sig};
use crate::object::attrs::Attrs;
use crate::object::io::TextIOObj;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader};
use crate::text::codecs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub fn this(vm: &mut Vm, v: Value) -> PyResult<Gc<TextIOObj>> {
    match v.downcast::<TextIOObj>() {
        Some(t) => Ok(t),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor requires a '_io.TextIOWrapper' object but received a '{n}'")))
        }
    }
}

/// A new, uninitialised TextIOWrapper of class `cls`.
pub fn alloc(vm: &mut Vm, cls: Gc<TypeObj>) -> Gc<TextIOObj> {
    let attrs = Attrs::new(vm.root_shape);
    let h = ObjHeader::new(cls);
    vm.alloc(TextIOObj { header: h, attrs, buffer: Cell::new(Value::NULL), st: Rc::new(RefCell::new(TextState::new())) })
}

fn lookup_codec(vm: &mut Vm, enc: &str) -> PyResult<codecs::Codec> {
    match codecs::lookup(enc) {
        Some(c) => Ok(c),
        None => Err(vm.new_error(vm.t.lookup_error, &format!("unknown encoding: {enc}"))),
    }
}

fn check_newline(vm: &mut Vm, nl: Option<&str>) -> PyResult<Option<&'static str>> {
    newlines::parse_newline(nl).ok_or_else(|| vm.value_error(&format!("illegal newline value: {}", nl.unwrap_or(""))))
}

/// The settings of a new text wrapper.
pub struct TextConfig<'a> {
    pub encoding: Option<&'a str>,
    pub errors: Option<&'a str>,
    pub newline: Option<&'a str>,
    pub line_buffering: bool,
    pub write_through: bool,
}

/// Initialise `t` over `buffer` (`__init__`, `open()`, the std streams).
pub fn setup(vm: &mut Vm, t: Gc<TextIOObj>, buffer: Value, cfg: &TextConfig) -> PyResult<()> {
    let encoding = match cfg.encoding {
        None | Some("locale") => textio::locale_encoding(),
        Some(e) => e,
    };
    let newline = check_newline(vm, cfg.newline)?;
    let codec = lookup_codec(vm, encoding)?;
    let readable = super::call_bool(vm, buffer, "readable")?;
    let writable = super::call_bool(vm, buffer, "writable")?;
    let seekable = super::call_bool(vm, buffer, "seekable")?;
    let k = vm.intern("read1");
    let has_read1 = vm.getattr_opt(buffer, k)?.is_some();
    let mut started = false;
    if seekable && writable {
        let p = call(vm, buffer, "tell", &[])?;
        started = super::int_arg(vm, p)? != 0;
    }
    let native = textio::native_buffer(vm, buffer).map(|b| b.st.clone());
    let is_native = native.is_some();
    t.buffer.set(buffer);
    {
        let mut x = st(vm, &t)?;
        x.flush_native_quiet();
        let mut fresh = TextState::new();
        fresh.ok = true;
        fresh.encoding = encoding.to_string();
        fresh.errors = cfg.errors.unwrap_or("strict").to_string();
        fresh.codec = codec;
        fresh.line_buffering = cfg.line_buffering;
        fresh.write_through = cfg.write_through;
        fresh.readable = readable;
        fresh.writable = writable;
        fresh.seekable = seekable;
        fresh.telling = seekable;
        fresh.has_read1 = has_read1;
        fresh.encoder = Encoder { codec, started };
        fresh.decoder = Decoder::new(codec);
        fresh.native_buf = native;
        *x = fresh;
        x.set_newline(newline);
    }
    if is_native {
        vm.io.texts.push(Rc::downgrade(&t.st));
    }
    Ok(())
}

static INIT: Sig = Sig {
    name: "TextIOWrapper",
    params: &["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
    posonly: 0,
    required: 1,
    kwonly: &[],
};

fn init(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = crate::builtins::split_args(a, k);
    let t = this(vm, pos[0])?;
    let [buffer, encoding, errors, newline, lb, wt] = INIT.parse(vm, &pos[1..], k, kw)?;
    let encoding = opt_str(vm, "TextIOWrapper", "encoding", encoding)?;
    let errors = opt_str(vm, "TextIOWrapper", "errors", errors)?;
    let newline = opt_str(vm, "TextIOWrapper", "newline", newline)?;
    let line_buffering = match lb {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let write_through = match wt {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let cfg = TextConfig { encoding, errors, newline, line_buffering, write_through };
    setup(vm, t, buffer.unwrap_or(Value::NONE), &cfg)?;
    Ok(Value::NONE)
}

fn write(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let t = this(vm, a[0])?;
    let Some(s) = Vm::wtf8_of(a[1]) else {
        let n = vm.type_name(a[1]);
        return Err(vm.type_error(&format!("write() argument must be str, not {n}")));
    };
    textio::write_str(vm, &t, s, a[1])?;
    Ok(vm.new_int(crate::text::wtf8::char_count(s) as i64))
}

fn read(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let t = this(vm, a[0])?;
    let n = super::size_arg(vm, a.get(1).copied())?;
    let s = textio::read(vm, &t, n)?;
    Ok(vm.new_string(s))
}

fn readline(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let t = this(vm, a[0])?;
    let n = match a.get(1).copied() {
        Some(v) if !v.is_none() => super::int_arg(vm, v)?,
        _ => -1,
    };
    let s = textio::readline(vm, &t, n)?;
    Ok(vm.new_string(s))
}

fn next(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let t = this(vm, a[0])?;
    st(vm, &t)?.telling = false;
    let s = textio::readline(vm, &t, -1)?;
    if s.is_empty() {
        let mut x = st(vm, &t)?;
        x.telling = x.seekable;
        drop(x);
        return Err(vm.new_exception_err(vm.t.stop_iteration, vec![]));
    }
    Ok(vm.new_string(s))
}

fn seek(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let t = this(vm, a[0])?;
    let cookie = super::int_arg(vm, a[1])?;
    let whence = match a.get(2) {
        Some(w) => super::int_arg(vm, *w)?,
        None => 0,
    };
    let p = textio::seek(vm, &t, cookie, whence)?;
    Ok(vm.new_int(p))
}

fn truncate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let t = this(vm, a[0])?;
    textio::flush(vm, &t)?;
    let b = buf_of(vm, &t)?;
    let pos = a.get(1).copied().unwrap_or(Value::NONE);
    call(vm, b.value(), "truncate", &[pos])
}

fn close(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let t = this(vm, a[0])?;
    let b = buf_of(vm, &t)?;
    if b.closed(vm)? {
        return Ok(Value::NONE);
    }
    let flushed = if vm.type_of(a[0]) == vm.t.text_io_wrapper { textio::flush(vm, &t) } else { call(vm, a[0], "flush", &[]).map(|_| ()) };
    let closed = call(vm, b.value(), "close", &[]);
    flushed?;
    closed.map(|_| Value::NONE)
}

fn detach(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let t = this(vm, a[0])?;
    let b = buf_of(vm, &t)?;
    textio::flush(vm, &t)?;
    st(vm, &t)?.native_buf = None;
    t.buffer.set(Value::NONE);
    Ok(b.value())
}

/// `buffer.<name>()` after the attached check.
fn delegate(vm: &mut Vm, a: &[Value], name: &str) -> PyResult {
    let t = this(vm, a[0])?;
    let b = buf_of(vm, &t)?;
    call(vm, b.value(), name, &[])
}

fn repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let t = this(vm, a[0])?;
    let ty = vm.type_of(a[0]);
    let mut s = if ty.has_flag(crate::object::typeobj::tflags::HEAPTYPE) { format!("<{}", ty.name()) } else { "<_io.TextIOWrapper".to_string() };
    if let Some(n) = super::repr_name(vm, a[0], "name")? {
        s.push_str(&format!(" name={n}"));
    }
    let k = vm.intern("mode");
    if let Some(m) = crate::object::attrs::attrs_of(a[0]).and_then(|x| x.get(k)) {
        let m = vm.repr_string(m)?;
        s.push_str(&format!(" mode={m}"));
    }
    let enc = st(vm, &t)?.encoding.clone();
    let e = vm.new_string(enc);
    let e = vm.repr_string(e)?;
    s.push_str(&format!(" encoding={e}>"));
    Ok(vm.new_string(s))
}

static RECONFIGURE: Sig = Sig {
    name: "reconfigure",
    params: &[],
    posonly: 0,
    required: 0,
    kwonly: &["encoding", "errors", "newline", "line_buffering", "write_through"],
};

fn reconfigure(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = crate::builtins::split_args(a, k);
    let t = this(vm, pos[0])?;
    let [encoding, errors, newline, lb, wt] = RECONFIGURE.parse(vm, &pos[1..], k, kw)?;
    let encoding = opt_str(vm, "reconfigure", "encoding", encoding)?;
    let errors = opt_str(vm, "reconfigure", "errors", errors)?;
    let newline = match newline {
        Some(v) if v == Value::ELLIPSIS => None,
        Some(v) => Some(opt_str(vm, "reconfigure", "newline", Some(v))?),
        None => None,
    };
    let changes_codec = encoding.is_some() || errors.is_some() || newline.is_some();
    if changes_codec && st(vm, &t)?.read_started {
        return Err(unsupported(vm, "It is not possible to set the encoding or newline of stream after the first read"));
    }
    let newline = match newline {
        Some(n) => Some(check_newline(vm, n)?),
        None => None,
    };
    let codec = match encoding {
        Some(e) => {
            let e = if e == "locale" { textio::locale_encoding() } else { e };
            Some((e, lookup_codec(vm, e)?))
        }
        None => None,
    };
    let lb = match lb.filter(|v| !v.is_none()) {
        Some(v) => Some(vm.truthy(v)?),
        None => None,
    };
    let wt = match wt.filter(|v| !v.is_none()) {
        Some(v) => Some(vm.truthy(v)?),
        None => None,
    };
    textio::flush(vm, &t)?;
    let mut x = st(vm, &t)?;
    if let Some((name, c)) = codec {
        x.encoding = name.to_string();
        x.codec = c;
        x.errors = errors.unwrap_or("strict").to_string();
        let started = x.encoder.started;
        x.encoder = Encoder { codec: c, started };
        x.decoder = Decoder::new(c);
    } else if let Some(e) = errors {
        x.errors = e.to_string();
    }
    if let Some(n) = newline {
        x.set_newline(n);
    }
    if let Some(b) = lb {
        x.line_buffering = b;
    }
    if let Some(b) = wt {
        x.write_through = b;
    }
    Ok(Value::NONE)
}

/// A getter reading one field of the state (attached check first).
macro_rules! field {
    ($vm:ident, $a:ident, |$x:ident| $e:expr) => {{
        let t = this($vm, $a[0])?;
        buf_of($vm, &t)?;
        let $x = st($vm, &t)?;
        $e
    }};
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.text_io_wrapper;
    method(vm, t, "__new__", Arity::Any, |vm, a, _| {
        let Some(cls) = a.first().and_then(|c| c.downcast::<TypeObj>()) else {
            return Err(vm.type_error("TextIOWrapper.__new__(X): X is not a type object"));
        };
        Ok(alloc(vm, cls).value())
    });
    method(vm, t, "__init__", Arity::Kw, init);
    method(vm, t, "write", Arity::One, write);
    method(vm, t, "read", Arity::Pos(0, 1), read);
    method(vm, t, "readline", Arity::Pos(0, 1), readline);
    method(vm, t, "__next__", Arity::NoArgs, next);
    method(vm, t, "flush", Arity::NoArgs, |vm, a, _| {
        let t = this(vm, a[0])?;
        textio::flush(vm, &t)?;
        Ok(Value::NONE)
    });
    method(vm, t, "close", Arity::NoArgs, close);
    method(vm, t, "detach", Arity::NoArgs, detach);
    method(vm, t, "seek", Arity::Pos(1, 2), seek);
    method(vm, t, "tell", Arity::NoArgs, |vm, a, _| {
        let t = this(vm, a[0])?;
        let p = textio::tell(vm, &t)?;
        Ok(vm.new_int(p))
    });
    method(vm, t, "truncate", Arity::Pos(0, 1), truncate);
    method(vm, t, "reconfigure", Arity::Kw, reconfigure);
    method(vm, t, "__repr__", Arity::NoArgs, repr);
    method(vm, t, "fileno", Arity::NoArgs, |vm, a, _| delegate(vm, a, "fileno"));
    method(vm, t, "isatty", Arity::NoArgs, |vm, a, _| delegate(vm, a, "isatty"));
    method(vm, t, "readable", Arity::NoArgs, |vm, a, _| delegate(vm, a, "readable"));
    method(vm, t, "writable", Arity::NoArgs, |vm, a, _| delegate(vm, a, "writable"));
    method(vm, t, "seekable", Arity::NoArgs, |vm, a, _| delegate(vm, a, "seekable"));
    getset(vm, t, "closed", |vm, a, _| {
        let t = this(vm, a[0])?;
        let b = buf_of(vm, &t)?;
        Ok(Value::from_bool(b.closed(vm)?))
    }, None);
    getset(vm, t, "name", |vm, a, _| {
        let t = this(vm, a[0])?;
        let b = buf_of(vm, &t)?;
        getattr(vm, b.value(), "name")
    }, None);
    getset(vm, t, "buffer", |vm, a, _| {
        let t = this(vm, a[0])?;
        let b = t.buffer.get();
        Ok(if b.is_null() { Value::NONE } else { b })
    }, None);
    getset(vm, t, "encoding", |vm, a, _| {
        let e = field!(vm, a, |x| x.encoding.clone());
        Ok(vm.new_string(e))
    }, None);
    getset(vm, t, "errors", |vm, a, _| {
        let e = field!(vm, a, |x| x.errors.clone());
        Ok(vm.new_string(e))
    }, None);
    getset(vm, t, "line_buffering", |vm, a, _| Ok(Value::from_bool(field!(vm, a, |x| x.line_buffering))), None);
    getset(vm, t, "write_through", |vm, a, _| Ok(Value::from_bool(field!(vm, a, |x| x.write_through))), None);
    getset(vm, t, "newlines", |vm, a, _| {
        let (seen, universal) = field!(vm, a, |x| (x.seen, x.newline.is_none() || x.newline == Some("")));
        if !universal {
            return Ok(Value::NONE);
        }
        textio::newlines_value(vm, seen)
    }, None);
    getset(vm, t, "_CHUNK_SIZE", |vm, a, _| {
        let n = field!(vm, a, |x| x.chunk_size);
        Ok(vm.new_int(n as i64))
    }, Some(|vm, a, _| {
        let t = this(vm, a[0])?;
        let n = super::int_arg(vm, a[1])?;
        if n <= 0 {
            return Err(vm.value_error("a strictly positive integer is required"));
        }
        st(vm, &t)?.chunk_size = n as usize;
        Ok(Value::NONE)
    }));
    getset(vm, t, "_finalizing", |_vm, _a, _| Ok(Value::FALSE), None);
}
