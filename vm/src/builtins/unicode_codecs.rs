//! `str.encode`, `bytes.decode`, `str(b, encoding)` on top of
//! `text::codecs`, and the `UnicodeEncodeError` / `UnicodeDecodeError`
//! classes: their 5-argument constructor, their attributes (`encoding`,
//! `object`, `start`, `end`, `reason`) and the message `str()` builds
//! from those attributes, as CPython does.

use super::bytes_args::{bytes_like, parse_args, opt_str_arg, with_data};
use crate::object::attrs::attrs_of;
use crate::object::seq::BytesObj;
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::text::codecs::{self, CodecError};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

const FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

fn lookup(vm: &mut Vm, enc: &str) -> PyResult<codecs::Codec> {
    match codecs::lookup(enc) {
        Some(c) => Ok(c),
        None => Err(vm.new_error(vm.t.lookup_error, &format!("unknown encoding: {enc}"))),
    }
}

/// A Unicode{Encode,Decode}Error instance with its args and attributes set.
fn unicode_error(vm: &mut Vm, cls: Gc<TypeObj>, encoding: &str, object: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let enc = vm.new_str(encoding);
    let st = vm.new_int(start as i64);
    let en = vm.new_int(end as i64);
    let r = vm.new_str(reason);
    let vals = [enc, object, st, en, r];
    let e = vm.new_exception_obj(cls, vals.to_vec());
    for (name, v) in FIELDS.iter().zip(vals) {
        let k = vm.intern(name);
        vm.set_exc_attr(e, k, v);
    }
    PyErr(e)
}

/// Turn a codec failure into the Python exception; `obj` is the str or
/// bytes being converted.
pub(crate) fn codec_error(vm: &mut Vm, e: CodecError, obj: Value) -> PyErr {
    match e {
        CodecError::Encode { encoding, start, end, reason } => unicode_error(vm, vm.t.unicode_encode_error, encoding, obj, start, end, &reason),
        CodecError::Decode { encoding, from, start, end, reason } => {
            // The exception's object is bytes (a copy for bytearray or a BOM-less tail).
            let o = if from == 0 && vm.type_of(obj) == vm.t.bytes {
                obj
            } else {
                let d = with_data(obj, |d| d.get(from..).unwrap_or_default().to_vec());
                vm.new_bytes_of(d, false)
            };
            unicode_error(vm, vm.t.unicode_decode_error, encoding, o, start, end, &reason)
        }
        CodecError::UnknownHandler(n) => vm.new_error(vm.t.lookup_error, &format!("unknown error handler name '{n}'")),
        CodecError::UnsupportedHandler(n) => {
            vm.new_error(vm.t.lookup_error, &format!("error handler '{n}' is not supported by Taipan (no Unicode character names)"))
        }
        CodecError::WrongHandler(kind) => vm.type_error(&format!("don't know how to handle {kind} in error callback")),
    }
}

/// The error CPython raises where C code needs a str as UTF-8 and the str
/// holds lone surrogates (`PyUnicode_AsUTF8`): `UnicodeEncodeError: 'utf-8'
/// codec can't encode character '\udc80' in position 0: surrogates not allowed`.
pub fn surrogates_not_allowed(vm: &mut Vm, obj: Value) -> PyErr {
    let text = crate::object::str::wtf8_of(obj).unwrap_or_default();
    match codecs::encode(text, codecs::Codec::Utf8, "strict") {
        Err(e) => codec_error(vm, e, obj),
        Ok(_) => vm.type_error("expected str"),
    }
}

/// `s.encode(enc, errors)`; `obj` is the str value `s` (stored text) came from.
pub fn encode_str(vm: &mut Vm, obj: Value, s: &[u8], enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    if codecs::lookup(enc).is_none() {
        return registry_encode(vm, obj, enc, errors);
    }
    let c = lookup(vm, enc)?;
    codecs::encode(s, c, errors).map_err(|e| codec_error(vm, e, obj))
}

/// The `codecs` registry's text codec `enc` (`cp1252`, `koi8_r`, ...): the
/// `CodecInfo`, or CPython's LookupError for unknown and non-text codecs.
fn registry_codec(vm: &mut Vm, enc: &str, what: &str) -> PyResult<Value> {
    let lookup = crate::modules::module_attr(vm, "_codecs", "lookup")?;
    let name = vm.new_str(enc);
    let info = vm.call(lookup, &[name], &[])?;
    let k = vm.intern("_is_text_encoding");
    if let Some(flag) = vm.getattr_opt(info, k)? {
        if !vm.truthy(flag)? {
            let msg = format!("'{enc}' is not a text encoding; use codecs.{what}() to handle arbitrary codecs");
            return Err(vm.new_error(vm.t.lookup_error, &msg));
        }
    }
    Ok(info)
}

/// Run item `index` (0 encoder, 1 decoder) of the registry codec and check
/// that the first item of its result has type `want`.
fn registry_call(vm: &mut Vm, obj: Value, enc: &str, errors: &str, index: i64) -> PyResult {
    let what = if index == 0 { "encode" } else { "decode" };
    let info = registry_codec(vm, enc, what)?;
    let i = vm.new_int(index);
    let f = vm.getitem(info, i)?;
    let ev = vm.new_str(errors);
    let r = vm.call(f, &[obj, ev], &[])?;
    let zero = vm.new_int(0);
    let out = match r.downcast::<crate::object::seq::TupleObj>() {
        Some(t) if t.items.len() == 2 => vm.getitem(r, zero)?,
        _ => return Err(vm.type_error(&format!("{what}r must return a tuple (object, integer)"))),
    };
    let (want, wname) = if index == 0 { (vm.t.bytes, "bytes") } else { (vm.t.str_, "str") };
    if !vm.is_instance(out, want) {
        let t = vm.type_name(out);
        let msg = format!("'{enc}' {what}r returned '{t}' instead of '{wname}'; use codecs.{what}() to {what} to arbitrary types");
        return Err(vm.type_error(&msg));
    }
    Ok(out)
}

fn registry_encode(vm: &mut Vm, obj: Value, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let out = registry_call(vm, obj, enc, errors, 0)?;
    Ok(with_data(out, |d| d.to_vec()))
}

/// `b.decode(enc, errors)` for a bytes or bytearray value.
pub fn decode_bytes(vm: &mut Vm, obj: Value, enc: &str, errors: &str) -> PyResult {
    if codecs::lookup(enc).is_none() {
        return registry_call(vm, obj, enc, errors, 1);
    }
    let c = lookup(vm, enc)?;
    match with_data(obj, |d| codecs::decode(d, c, errors)) {
        Ok(s) => Ok(vm.new_wtf8(s)),
        Err(e) => Err(codec_error(vm, e, obj)),
    }
}

/// `str(obj, encoding, errors)` with at least one of the two given.
pub fn str_from_bytes(vm: &mut Vm, obj: Value, enc: Option<Value>, errors: Option<Value>) -> PyResult {
    let enc = opt_str_arg(vm, "str", "encoding", enc)?.unwrap_or("utf-8");
    let errors = opt_str_arg(vm, "str", "errors", errors)?.unwrap_or("strict");
    if crate::object::str::wtf8_of(obj).is_some() {
        return Err(vm.type_error("decoding str is not supported"));
    }
    if bytes_like(obj).is_none() {
        let t = vm.type_name(obj);
        return Err(vm.type_error(&format!("decoding to str: need a bytes-like object, {t} found")));
    }
    decode_bytes(vm, obj, enc, errors)
}

fn translate_error_class(vm: &mut Vm) -> Option<Gc<TypeObj>> {
    let k = vm.intern("UnicodeTranslateError");
    vm.builtins.get_str_key(k).and_then(|v| v.downcast::<TypeObj>())
}

/// `str(e)` for a Unicode{Encode,Decode,Translate}Error whose attributes are
/// intact (read from the attributes, so assigning `e.reason` changes the message).
pub fn unicode_error_str(vm: &mut Vm, e: Value) -> Option<String> {
    let encode = vm.is_instance(e, vm.t.unicode_encode_error);
    if !encode && !vm.is_instance(e, vm.t.unicode_decode_error) {
        return translate_error_str(vm, e);
    }
    let attrs = attrs_of(e)?;
    let mut vals = [Value::NULL; 5];
    for (slot, name) in vals.iter_mut().zip(FIELDS) {
        *slot = attrs.get(vm.intern(name))?;
    }
    let encoding = Vm::str_of(vals[0])?;
    let (start, end) = (vm.as_i64(vals[2])?, vm.as_i64(vals[3])?);
    let reason = Vm::str_of(vals[4])?;
    Some(if encode {
        codecs::encode_error_message(encoding, crate::object::str::wtf8_of(vals[1])?, start, end, reason)
    } else {
        let data = vals[1].downcast::<BytesObj>()?.data.with(|d| d.clone());
        codecs::decode_error_message(encoding, &data, start, end, reason)
    })
}

/// `str(UnicodeTranslateError)`: "can't translate character '\x61' in position 0: reason".
fn translate_error_str(vm: &mut Vm, e: Value) -> Option<String> {
    let cls = translate_error_class(vm)?;
    if !vm.is_instance(e, cls) {
        return None;
    }
    let attrs = attrs_of(e)?;
    let mut vals = [Value::NULL; 4];
    for (slot, name) in vals.iter_mut().zip(["object", "start", "end", "reason"]) {
        *slot = attrs.get(vm.intern(name))?;
    }
    let chars = crate::object::str::wtf8_of(vals[0])?;
    let (start, end) = (vm.as_i64(vals[1])?, vm.as_i64(vals[2])?);
    let reason = Vm::str_of(vals[3])?;
    let one = if start >= 0 && end == start + 1 { crate::text::wtf8::code_points(chars).nth(start as usize) } else { None };
    Some(match one {
        Some(c) => format!("can't translate character '{}' in position {start}: {reason}", codecs::char_escape(c)),
        None => format!("can't translate characters in position {start}-{}: {reason}", end.saturating_sub(1)),
    })
}

/// `UnicodeTranslateError(object, start, end, reason)`; `encoding` is None.
pub fn install_translate(vm: &mut Vm) {
    let Some(t) = translate_error_class(vm) else { return };
    vm.add_method(t, "__init__", |vm, a, k| {
        let args = &a[1..a.len() - k.len()];
        if args.len() != 4 || !k.is_empty() {
            return Err(vm.type_error(&format!("function takes exactly 4 arguments ({} given)", a.len() - 1)));
        }
        let mut vals = [args[0], args[1], args[2], args[3]];
        for i in [0, 3] {
            if vals[i].downcast::<crate::object::str::StrObj>().is_none() {
                let t = vm.type_name(vals[i]);
                return Err(vm.type_error(&format!("argument {} must be str, not {t}", i + 1)));
            }
        }
        for i in [1, 2] {
            let n = super::bytes_args::ssize_arg(vm, vals[i])?;
            vals[i] = vm.new_int(n);
        }
        if let Some(x) = a[0].downcast::<crate::object::exception::ExceptionObj>() {
            let t = vm.new_tuple(args.to_vec());
            x.args.set(t);
        }
        for (name, v) in ["object", "start", "end", "reason", "encoding"].iter().zip(vals.into_iter().chain([Value::NONE])) {
            let key = vm.intern(name);
            vm.store_instance_attr(a[0], key, v)?;
        }
        Ok(Value::NONE)
    });
}

/// `UnicodeEncodeError(encoding, object, start, end, reason)` and the
/// decode twin (whose object is any bytes-like, stored as bytes).
fn init_unicode_error(vm: &mut Vm, a: &[Value], k: &[Value], encode: bool) -> PyResult {
    let args = &a[1..a.len() - k.len()];
    if args.len() != 5 || !k.is_empty() {
        return Err(vm.type_error(&format!("function takes exactly 5 arguments ({} given)", a.len() - 1)));
    }
    let mut vals = [args[0], args[1], args[2], args[3], args[4]];
    for i in [0, 4] {
        if Vm::str_of(vals[i]).is_none() {
            let t = vm.type_name(vals[i]);
            return Err(vm.type_error(&format!("argument {} must be str, not {t}", i + 1)));
        }
    }
    if encode && vals[1].downcast::<crate::object::str::StrObj>().is_none() {
        let t = vm.type_name(vals[1]);
        return Err(vm.type_error(&format!("argument 2 must be str, not {t}")));
    }
    if !encode {
        let d = super::bytes_args::need_bytes(vm, vals[1])?;
        vals[1] = if vm.type_of(vals[1]) == vm.t.bytes { vals[1] } else { vm.new_bytes_of(d, false) };
    }
    for i in [2, 3] {
        let n = super::bytes_args::ssize_arg(vm, vals[i])?;
        vals[i] = vm.new_int(n);
    }
    for (name, v) in FIELDS.iter().zip(vals) {
        let key = vm.intern(name);
        vm.store_instance_attr(a[0], key, v)?;
    }
    Ok(Value::NONE)
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.str_;
    vm.add_method(t, "encode", |vm, a, k| {
        let [enc, errors] = parse_args(vm, "encode", a, k, ["encoding", "errors"], true)?;
        let enc = opt_str_arg(vm, "encode", "encoding", enc)?.unwrap_or("utf-8");
        let errors = opt_str_arg(vm, "encode", "errors", errors)?.unwrap_or("strict");
        let s = crate::object::str::wtf8_of(a[0]).unwrap_or_default();
        let data = encode_str(vm, a[0], s, enc, errors)?;
        Ok(vm.new_bytes_of(data, false))
    });
    for t in [vm.t.bytes, vm.t.bytearray] {
        vm.add_method(t, "decode", |vm, a, k| {
            let [enc, errors] = parse_args(vm, "decode", a, k, ["encoding", "errors"], true)?;
            let enc = opt_str_arg(vm, "decode", "encoding", enc)?.unwrap_or("utf-8");
            let errors = opt_str_arg(vm, "decode", "errors", errors)?.unwrap_or("strict");
            decode_bytes(vm, a[0], enc, errors)
        });
    }
    let t = vm.t.unicode_encode_error;
    vm.add_method(t, "__init__", |vm, a, k| init_unicode_error(vm, a, k, true));
    let t = vm.t.unicode_decode_error;
    vm.add_method(t, "__init__", |vm, a, k| init_unicode_error(vm, a, k, false));
}
