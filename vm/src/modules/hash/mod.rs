//! `_md5`, `_sha1`, `_sha256` (sha224, sha256), `_sha512` (sha384,
//! sha512), `_sha3` (sha3_*, shake_*) and `_blake2` (blake2b, blake2s):
//! the hash constructors `hashlib` falls back to without OpenSSL (`random`
//! imports `_sha512` to seed from str and bytes). The hash
//! objects are small application-level classes (`app.py`) over native
//! compression functions (`algo.rs`) that keep their state in a private
//! `bytearray`.

pub mod algo;
mod blake2;
mod sha3;

use super::add_fn;
use crate::builtins::bytes_args::with_data;
use crate::object::module::ModuleObj;
use crate::object::seq::BytesObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use algo::Algo;

const APP_LEVEL: &str = include_str!("app.py");

fn algo_arg(vm: &mut Vm, a: &[Value]) -> PyResult<Algo> {
    match a.first().and_then(|v| vm.as_i64(*v)).and_then(Algo::from_id) {
        Some(x) => Ok(x),
        None => Err(vm.type_error("bad hash algorithm id")),
    }
}

fn state_arg(vm: &mut Vm, a: &[Value]) -> PyResult<Gc<BytesObj>> {
    match a.get(1).and_then(|v| v.downcast::<BytesObj>()) {
        Some(b) => Ok(b),
        None => Err(vm.type_error("bad hash state")),
    }
}

fn h_init(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = algo_arg(vm, a)?;
    Ok(vm.new_bytes_of(algo::init(x), true))
}

fn h_update(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = algo_arg(vm, a)?;
    let st = state_arg(vm, a)?;
    let data = a.get(2).copied().unwrap_or(Value::NONE);
    if data.downcast::<BytesObj>().is_none() {
        return Err(vm.type_error("object supporting the buffer API required"));
    }
    // Copy first: `h.update(h._state)` must not alias the state.
    let d = with_data(data, |d| d.to_vec());
    st.data.with_mut(|s| algo::update(x, s, &d));
    Ok(Value::NONE)
}

fn h_digest(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let x = algo_arg(vm, a)?;
    let st = state_arg(vm, a)?;
    let d = st.data.with(|s| algo::digest(x, s));
    Ok(vm.new_bytes_of(d, false))
}

fn install(vm: &mut Vm, m: Gc<ModuleObj>, ctors: &[(&str, Algo)]) -> PyResult<()> {
    add_fn(vm, m, "_init", h_init);
    add_fn(vm, m, "_update", h_update);
    add_fn(vm, m, "_digest", h_digest);
    vm.run_app_level(APP_LEVEL, "<hash>", m.dict, None)?;
    let k = vm.intern("_make");
    let make = m.dict.get_str_key(k).unwrap_or(Value::NONE);
    for (name, x) in ctors {
        let args = vec![
            vm.new_str(name),
            Value::from_small_int(*x as i64),
            Value::from_small_int(x.digest_size() as i64),
            Value::from_small_int(x.block_size() as i64),
        ];
        let f = vm.call(make, &args, &[])?;
        super::add_value(vm, m, name, f);
    }
    Ok(())
}

pub fn init_md5(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    install(vm, m, &[("md5", Algo::Md5)])
}
pub fn init_sha1(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    install(vm, m, &[("sha1", Algo::Sha1)])
}
pub fn init_sha256(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    install(vm, m, &[("sha224", Algo::Sha224), ("sha256", Algo::Sha256)])
}
pub fn init_sha512(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    install(vm, m, &[("sha384", Algo::Sha384), ("sha512", Algo::Sha512)])
}

// ----- SHA-3 and BLAKE2 ----------------------------------------------------------

fn int_at(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<i64> {
    match a.get(i).and_then(|v| vm.as_i64(*v)) {
        Some(n) => Ok(n),
        None => Err(vm.type_error("bad hash argument")),
    }
}

fn bytes_at(a: &[Value], i: usize) -> Vec<u8> {
    a.get(i).map(|v| with_data(*v, |d| d.to_vec())).unwrap_or_default()
}

fn data_at(vm: &mut Vm, a: &[Value], i: usize) -> PyResult<Vec<u8>> {
    match a.get(i).filter(|v| v.downcast::<BytesObj>().is_some()) {
        Some(v) => Ok(with_data(*v, |d| d.to_vec())),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

fn sha3_init(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult {
    Ok(vm.new_bytes_of(sha3::init(), true))
}

fn sha3_update(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let rate = int_at(vm, a, 0)?.clamp(8, 168) as usize;
    let st = state_arg(vm, a)?;
    let d = data_at(vm, a, 2)?;
    st.data.with_mut(|s| sha3::update(rate, s, &d));
    Ok(Value::NONE)
}

fn sha3_digest(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let rate = int_at(vm, a, 0)?.clamp(8, 168) as usize;
    let suffix = int_at(vm, a, 1)? as u8;
    let n = int_at(vm, a, 3)?.max(0) as usize;
    if n > isize::MAX as usize / 2 || Vec::<u8>::new().try_reserve_exact(n).is_err() {
        return Err(vm.new_error(vm.t.memory_error, ""));
    }
    let st = match a.get(2).and_then(|v| v.downcast::<BytesObj>()) {
        Some(b) => b,
        None => return Err(vm.type_error("bad hash state")),
    };
    let d = st.data.with(|s| sha3::digest(rate, suffix, s, n));
    Ok(vm.new_bytes_of(d, false))
}

fn blake2_init(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let big = a.first().is_some_and(|v| *v == Value::TRUE);
    let (key, salt, person) = (bytes_at(a, 2), bytes_at(a, 3), bytes_at(a, 4));
    let p = blake2::Params {
        big,
        digest_size: int_at(vm, a, 1)?.clamp(1, 64) as usize,
        key: &key[..key.len().min(64)],
        salt: &salt,
        person: &person,
        fanout: int_at(vm, a, 5)? as u8,
        depth: int_at(vm, a, 6)? as u8,
        leaf_size: int_at(vm, a, 7)? as u32,
        node_offset: match a.get(8).and_then(|v| vm.as_bigint(*v)).and_then(|b| u64::try_from(b).ok()) {
            Some(n) => n,
            None => return Err(vm.type_error("bad hash argument")),
        },
        node_depth: int_at(vm, a, 9)? as u8,
        inner_size: int_at(vm, a, 10)? as u8,
        last_node: a.get(11).is_some_and(|v| *v == Value::TRUE),
    };
    Ok(vm.new_bytes_of(blake2::init(&p), true))
}

fn blake2_update(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let big = a.first().is_some_and(|v| *v == Value::TRUE);
    let st = state_arg(vm, a)?;
    let d = data_at(vm, a, 2)?;
    st.data.with_mut(|s| blake2::update(big, s, &d));
    Ok(Value::NONE)
}

fn blake2_digest(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let big = a.first().is_some_and(|v| *v == Value::TRUE);
    let st = state_arg(vm, a)?;
    let n = int_at(vm, a, 2)?.clamp(0, 64) as usize;
    let d = st.data.with(|s| blake2::digest(big, s, n));
    Ok(vm.new_bytes_of(d, false))
}

fn install_classes(vm: &mut Vm, m: Gc<ModuleObj>, maker: &str, classes: &[(&str, &[Value])]) -> PyResult<()> {
    install(vm, m, &[])?;
    for (name, f) in [
        ("_sha3_init", sha3_init as crate::object::function::NativeFn),
        ("_sha3_update", sha3_update),
        ("_sha3_digest", sha3_digest),
        ("_blake2_init", blake2_init),
        ("_blake2_update", blake2_update),
        ("_blake2_digest", blake2_digest),
    ] {
        add_fn(vm, m, name, f);
    }
    let k = vm.intern(maker);
    let make = m.dict.get_str_key(k).unwrap_or(Value::NONE);
    for (name, extra) in classes {
        let mut args = vec![vm.new_str(name)];
        args.extend_from_slice(extra);
        let c = vm.call(make, &args, &[])?;
        super::add_value(vm, m, name, c);
    }
    Ok(())
}

pub fn init_sha3(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let i = Value::from_small_int;
    install_classes(vm, m, "_make_sha3", &[
        ("sha3_224", &[i(144), i(28), Value::FALSE]),
        ("sha3_256", &[i(136), i(32), Value::FALSE]),
        ("sha3_384", &[i(104), i(48), Value::FALSE]),
        ("sha3_512", &[i(72), i(64), Value::FALSE]),
        ("shake_128", &[i(168), i(0), Value::TRUE]),
        ("shake_256", &[i(136), i(0), Value::TRUE]),
    ])?;
    let v = vm.new_str("tiny_sha3");
    super::add_value(vm, m, "implementation", v);
    Ok(())
}

pub fn init_blake2(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    install_classes(vm, m, "_make_blake2", &[("blake2b", &[Value::TRUE]), ("blake2s", &[Value::FALSE])])?;
    for (k, v) in [("BLAKE2B_SALT_SIZE", 16), ("BLAKE2B_PERSON_SIZE", 16), ("BLAKE2B_MAX_KEY_SIZE", 64), ("BLAKE2B_MAX_DIGEST_SIZE", 64),
                   ("BLAKE2S_SALT_SIZE", 8), ("BLAKE2S_PERSON_SIZE", 8), ("BLAKE2S_MAX_KEY_SIZE", 32), ("BLAKE2S_MAX_DIGEST_SIZE", 32)] {
        super::add_value(vm, m, k, Value::from_small_int(v));
    }
    Ok(())
}
