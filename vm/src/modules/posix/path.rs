//! Path arguments (CPython's `path_converter`): str, bytes or an
//! `os.PathLike`, optionally an int file descriptor or None; `fspath`;
//! and turning OS names back into str or bytes values.
//!
//! str and OS names convert as CPython's filesystem encoding does (UTF-8
//! with `surrogateescape`): undecodable bytes become U+DC80..U+DCFF and
//! back.

use crate::builtins::bytes_args::bytes_like;
use crate::text::codecs;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

/// A converted path argument.
pub struct PathArg {
    /// The path (empty when `fd` is set).
    pub path: PathBuf,
    /// An int argument, where file descriptors are accepted.
    pub fd: Option<i32>,
    /// The argument as given, for error messages (`OSError.filename`).
    pub obj: Value,
    /// Whether results derived from it (names) should be bytes.
    pub bytes: bool,
}

/// What a path parameter accepts besides str, bytes and os.PathLike.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Accept {
    Path,
    PathOrFd,
    PathFdOrNone,
}

/// `os.fspath(v)` without the TypeError for other types: `Ok(None)` when
/// `v` is neither str, bytes nor os.PathLike.
pub fn fspath_opt(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    if Vm::wtf8_of(v).is_some() || vm.is_instance(v, vm.t.bytes) {
        return Ok(Some(v));
    }
    let t = vm.type_of(v);
    let k = vm.intern("__fspath__");
    let Some(f) = t.lookup(k) else { return Ok(None) };
    if f.is_none() {
        return Ok(None);
    }
    let r = vm.call(f, &[v], &[])?;
    if Vm::wtf8_of(r).is_some() || vm.is_instance(r, vm.t.bytes) {
        return Ok(Some(r));
    }
    let (tn, rn) = (t.name(), vm.type_name(r));
    Err(vm.type_error(&format!("expected {tn}.__fspath__() to return str or bytes, not {rn}")))
}

/// `os.fspath(path)`.
pub fn fspath(vm: &mut Vm, v: Value) -> PyResult {
    match fspath_opt(vm, v)? {
        Some(p) => Ok(p),
        None => {
            let n = vm.type_name(v);
            Err(vm.type_error(&format!("expected str, bytes or os.PathLike object, not {n}")))
        }
    }
}

/// Convert argument `arg` (named `argname`) of function `fname`.
pub fn path_arg(vm: &mut Vm, fname: &str, argname: &str, v: Value, accept: Accept) -> PyResult<PathArg> {
    let allow_fd = accept != Accept::Path;
    if accept == Accept::PathFdOrNone && v.is_none() {
        return Ok(PathArg { path: PathBuf::from("."), fd: None, obj: v, bytes: false });
    }
    if allow_fd && vm.is_int_like(v) {
        let fd = vm.as_i64(v).and_then(|x| i32::try_from(x).ok());
        let Some(fd) = fd else {
            let msg = if vm.as_i64(v).is_some_and(|x| x < 0) {
                "fd is less than minimum"
            } else {
                "fd is greater than maximum"
            };
            return Err(vm.overflow_error(msg));
        };
        return Ok(PathArg { path: PathBuf::new(), fd: Some(fd), obj: v, bytes: false });
    }
    let p = match fspath_opt(vm, v)? {
        Some(p) => Some(p),
        None if vm.is_instance(v, vm.t.bytearray) => Some(v),
        None => None,
    };
    let Some(p) = p else {
        let what = match accept {
            Accept::Path => "string, bytes or os.PathLike",
            Accept::PathOrFd => "string, bytes, os.PathLike or integer",
            Accept::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
        };
        let n = vm.type_name(v);
        return Err(vm.type_error(&format!("{fname}: {argname} should be {what}, not {n}")));
    };
    if Vm::wtf8_of(p).is_some() {
        let s = fs_encode(vm, p)?;
        if s.contains(&0) {
            return Err(vm.value_error("embedded null byte"));
        }
        return Ok(PathArg { path: PathBuf::from(OsString::from_vec(s)), fd: None, obj: v, bytes: false });
    }
    let data = bytes_like(p).unwrap_or_default();
    if data.contains(&0) {
        return Err(vm.value_error(&format!("{fname}: embedded null character in path")));
    }
    Ok(PathArg { path: PathBuf::from(OsString::from_vec(data)), fd: None, obj: v, bytes: true })
}

/// A name from the OS as str, or as bytes when `bytes`.
pub fn name_value(vm: &mut Vm, name: &OsStr, bytes: bool) -> Value {
    if bytes {
        return vm.new_bytes_of(name.as_bytes().to_vec(), false);
    }
    match name.to_str() {
        Some(s) => vm.new_str(s),
        None => {
            let text = codecs::decode(name.as_bytes(), codecs::Codec::Utf8, "surrogateescape").unwrap_or_default();
            vm.new_wtf8(text)
        }
    }
}

/// A str as OS bytes: UTF-8 with `surrogateescape`, raising CPython's
/// `UnicodeEncodeError` for other surrogates.
pub fn fs_encode(vm: &mut Vm, s: Value) -> PyResult<Vec<u8>> {
    let text = Vm::wtf8_of(s).unwrap_or_default();
    if let Some(t) = Vm::str_of(s) {
        return Ok(t.as_bytes().to_vec());
    }
    codecs::encode(text, codecs::Codec::Utf8, "surrogateescape").map_err(|e| crate::builtins::unicode_codecs::codec_error(vm, e, s))
}

/// The OS text of a str or bytes value (environment names and values).
pub fn os_bytes(vm: &mut Vm, fname: &str, v: Value) -> PyResult<Vec<u8>> {
    let p = fspath_opt(vm, v)?;
    if let Some(s) = p.filter(|x| Vm::wtf8_of(*x).is_some()) {
        return fs_encode(vm, s);
    }
    if let Some(d) = p.and_then(bytes_like) {
        return Ok(d);
    }
    let n = vm.type_name(v);
    Err(vm.type_error(&format!("{fname}: expected str, bytes or os.PathLike object, not {n}")))
}
