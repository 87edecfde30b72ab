//! The named methods of `array.array`: growing and shrinking, searching,
//! conversions to and from bytes, lists and str, copying and pickling
//! (`__reduce_ex__` with CPython's machine format codes).

use super::items::{self, Machine};
use super::seq::find;
use super::{arr, as_arr, init_data, new_array, Arr};
use crate::builtins::args::Arity;
use crate::builtins::bytes_args::{index_i64, need_bytes};
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The native bytes of a `'u'` array holding `s`.
pub fn unicode_bytes(s: &str) -> Vec<u8> {
    s.chars().flat_map(|c| (c as u32).to_le_bytes()).collect()
}

/// The str of a `'u'` array.
pub fn unicode_of(vm: &mut Vm, x: Arr) -> PyResult {
    let data = x.buf.data.with(|d| d.clone());
    let mut s = String::with_capacity(data.len() / 4);
    for c in data.chunks_exact(4) {
        let u = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        match char::from_u32(u) {
            Some(ch) => s.push(ch),
            None => return Err(vm.value_error(&format!("character U+{u:x} is not in range [U+0000; U+10ffff]"))),
        }
    }
    Ok(vm.new_string(s))
}

fn index_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match index_i64(vm, v)? {
        Ok(i) => Ok(i),
        Err(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// Append every item of an iterable (items already converted stay when a
/// later one fails, as in CPython).
fn extend_iter(vm: &mut Vm, x: Arr, src: Value) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    while let Some(v) = vm.iter_next(it)? {
        let raw = items::pack_one(vm, x.code, v)?;
        x.buf.data.with_mut(|d| d.extend(raw));
    }
    Ok(())
}

fn extend(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    match as_arr(vm, a[1]) {
        Some(o) if o.code == x.code => {
            let more = o.buf.data.with(|d| d.clone());
            x.buf.data.with_mut(|d| d.extend(more));
        }
        Some(_) => return Err(vm.type_error("can only extend with array of same kind")),
        None => extend_iter(vm, x, a[1])?,
    }
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    let i = index_arg(vm, a[1])?;
    let raw = items::pack_one(vm, x.code, a[2])?;
    let n = x.len() as i64;
    let p = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize * x.itemsize();
    x.buf.data.with_mut(|d| drop(d.splice(p.min(d.len())..p.min(d.len()), raw)));
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    let i = match a.get(1) {
        Some(v) => index_arg(vm, *v)?,
        None => -1,
    };
    let n = x.len();
    if n == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("pop index out of range"));
    }
    let j = j as usize;
    let v = x.get(vm, j)?;
    let sz = x.itemsize();
    x.buf.data.with_mut(|d| drop(d.drain(j * sz..(j + 1) * sz)));
    Ok(v)
}

fn index(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    let len = x.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let start = match a.get(2) {
        Some(v) => clamp(vm.slice_index_arg(*v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => clamp(vm.slice_index_arg(*v)?),
        None => len as usize,
    };
    match find(vm, x, a[1], start, stop)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    let (mut i, mut n) = (0, 0);
    while i < x.len() {
        let item = x.get(vm, i)?;
        if vm.eq(item, a[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

fn remove(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    match find(vm, x, a[1], 0, usize::MAX)? {
        Some(i) => {
            let sz = x.itemsize();
            x.buf.data.with_mut(|d| {
                if (i + 1) * sz <= d.len() {
                    drop(d.drain(i * sz..(i + 1) * sz));
                }
            });
            Ok(Value::NONE)
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn frombytes(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    let more = need_bytes(vm, a[1])?;
    if more.len() % x.itemsize() != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    x.buf.data.with_mut(|d| d.extend(more));
    Ok(Value::NONE)
}

fn fromlist(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    if !vm.is_instance(a[1], vm.t.list) {
        return Err(vm.type_error("arg must be list"));
    }
    // All or nothing: convert everything before appending.
    let more = init_data(vm, x.code, a[1])?;
    x.buf.data.with_mut(|d| d.extend(more));
    Ok(Value::NONE)
}

fn fromunicode(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    let Some(s) = Vm::str_of(a[1]) else {
        let n = vm.type_name(a[1]);
        return Err(vm.type_error(&format!("fromunicode() argument must be str, not {n}")));
    };
    if x.code != b'u' {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let more = unicode_bytes(s);
    x.buf.data.with_mut(|d| d.extend(more));
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    let d = x.buf.data.with(|d| d.clone());
    let cls = vm.mt.array;
    Ok(new_array(vm, cls, x.code, d))
}

/// `__reduce_ex__(protocol)`: `(cls, (typecode, list), dict)` before
/// protocol 3, else `(_array_reconstructor, (cls, typecode, mformat, bytes), dict)`.
fn reduce_ex(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = arr(vm, a[0])?;
    let Some(proto) = vm.as_i64(a[1]).filter(|_| a[1].as_f64().is_none()) else {
        return Err(vm.type_error("__reduce_ex__ argument should be an integer"));
    };
    let k = vm.intern("__dict__");
    let dict = match vm.getattr(a[0], k) {
        Ok(d) => d,
        Err(e) if vm.is_instance(e.0, vm.t.attribute_error) => Value::NONE,
        Err(e) => return Err(e),
    };
    let cls = vm.type_of(a[0]).value();
    let tc = vm.new_string((x.code as char).to_string());
    if proto < 3 {
        let items = x.values(vm)?;
        let l = vm.new_list(items);
        let args = vm.new_tuple(vec![tc, l]);
        return Ok(vm.new_tuple(vec![cls, args, dict]));
    }
    let rec = crate::modules::module_attr(vm, "array", "_array_reconstructor")?;
    let mf = Value::from_small_int(items::machine_format(x.code));
    let data = x.buf.data.with(|d| d.clone());
    let b = vm.new_bytes_of(data, false);
    let args = vm.new_tuple(vec![cls, tc, mf, b]);
    Ok(vm.new_tuple(vec![rec, args, dict]))
}

/// Items stored in a foreign machine format, as an initializer for an
/// array of the returned typecode (`_array_reconstructor`).
pub fn from_machine(vm: &mut Vm, code: u8, m: &Machine, data: &[u8]) -> PyResult<(u8, Value)> {
    let order = |c: &[u8], big: bool| -> [u8; 8] {
        let mut b = [0u8; 8];
        for (i, x) in c.iter().enumerate() {
            b[if big { c.len() - 1 - i } else { i }] = *x;
        }
        b
    };
    match *m {
        Machine::Int { size, signed, big } => {
            let mut out = Vec::new();
            for c in data.chunks_exact(size) {
                let u = u64::from_le_bytes(order(c, big));
                let v = if signed {
                    let shift = 64 - 8 * size as u32;
                    vm.new_int(((u << shift) as i64) >> shift)
                } else {
                    match i64::try_from(u) {
                        Ok(i) => vm.new_int(i),
                        Err(_) => vm.new_bigint(num_bigint::BigInt::from(u)),
                    }
                };
                out.push(v);
            }
            Ok((items::int_typecode(size, signed), vm.new_list(out)))
        }
        Machine::Float { size, big } => {
            let out = data
                .chunks_exact(size)
                .map(|c| {
                    let b = order(c, big);
                    Value::from_f64(if size == 4 { f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64 } else { f64::from_le_bytes(b) })
                })
                .collect();
            Ok((code, vm.new_list(out)))
        }
        Machine::Utf { size, big } => {
            let words = data.chunks_exact(size).map(|c| u64::from_le_bytes(order(c, big)) as u32);
            let s: Option<String> = if size == 2 {
                char::decode_utf16(words.map(|w| w as u16)).map(|r| r.ok()).collect()
            } else {
                words.map(char::from_u32).collect()
            };
            let Some(s) = s else {
                let enc = if size == 2 { "utf-16" } else { "utf-32" };
                return Err(vm.new_error(vm.t.unicode_decode_error, &format!("'{enc}' codec can't decode bytes: invalid data")));
            };
            Ok((code, vm.new_string(s)))
        }
    }
}

fn getter(vm: &mut Vm, t: Gc<TypeObj>, name: &'static str, f: crate::object::function::NativeFn) {
    crate::builtins::descr::install(vm, t, name, false, f, None);
}

pub fn install(vm: &mut Vm, t: Gc<TypeObj>) {
    getter(vm, t, "typecode", |vm, a, _| {
        let x = arr(vm, a[0])?;
        Ok(vm.new_string((x.code as char).to_string()))
    });
    getter(vm, t, "itemsize", |vm, a, _| Ok(Value::from_small_int(arr(vm, a[0])?.itemsize() as i64)));
    vm.add_method_a(t, "append", Arity::One, |vm, a, _| {
        let x = arr(vm, a[0])?;
        let raw = items::pack_one(vm, x.code, a[1])?;
        x.buf.data.with_mut(|d| d.extend(raw));
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "extend", Arity::One, extend);
    vm.add_method_a(t, "insert", Arity::Pos(2, 2), insert);
    vm.add_method_a(t, "pop", Arity::Pos(0, 1), pop);
    vm.add_method_a(t, "remove", Arity::One, remove);
    vm.add_method_a(t, "index", Arity::Pos(1, 3), index);
    vm.add_method_a(t, "count", Arity::One, count);
    vm.add_method_a(t, "reverse", Arity::NoArgs, |vm, a, _| {
        let x = arr(vm, a[0])?;
        let sz = x.itemsize();
        x.buf.data.with_mut(|d| *d = d.chunks_exact(sz).rev().flatten().copied().collect());
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "byteswap", Arity::NoArgs, |vm, a, _| {
        let x = arr(vm, a[0])?;
        let sz = x.itemsize();
        x.buf.data.with_mut(|d| d.chunks_exact_mut(sz).for_each(|c| c.reverse()));
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "buffer_info", Arity::NoArgs, |vm, a, _| {
        let x = arr(vm, a[0])?;
        let addr = x.buf.data.with(|d| d.as_ptr() as usize) as i64;
        let (p, n) = (vm.new_int(addr), vm.new_int(x.len() as i64));
        Ok(vm.new_tuple(vec![p, n]))
    });
    vm.add_method_a(t, "tobytes", Arity::NoArgs, |vm, a, _| {
        let d = arr(vm, a[0])?.buf.data.with(|d| d.clone());
        Ok(vm.new_bytes_of(d, false))
    });
    vm.add_method_a(t, "frombytes", Arity::One, frombytes);
    vm.add_method_a(t, "tolist", Arity::NoArgs, |vm, a, _| {
        let items = arr(vm, a[0])?.values(vm)?;
        Ok(vm.new_list(items))
    });
    vm.add_method_a(t, "fromlist", Arity::One, fromlist);
    vm.add_method_a(t, "tounicode", Arity::NoArgs, |vm, a, _| {
        let x = arr(vm, a[0])?;
        if x.code != b'u' {
            return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
        }
        unicode_of(vm, x)
    });
    vm.add_method_a(t, "fromunicode", Arity::One, fromunicode);
    vm.add_method_a(t, "__copy__", Arity::NoArgs, copy);
    vm.add_method_a(t, "__deepcopy__", Arity::One, copy);
    vm.add_method_a(t, "__reduce_ex__", Arity::One, reduce_ex);
    vm.add_method_a(t, "__sizeof__", Arity::NoArgs, |vm, a, _| {
        let n = arr(vm, a[0])?.buf.data.with(|d| d.capacity());
        Ok(vm.new_int(64 + n as i64))
    });
}
