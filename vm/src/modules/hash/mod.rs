//! `_md5`, `_sha1`, `_sha256` (sha224, sha256) and `_sha512` (sha384,
//! sha512): the hash constructors `hashlib` falls back to without OpenSSL
//! (`random` imports `_sha512` to seed from str and bytes). The hash
//! objects are small application-level classes (`app.py`) over native
//! compression functions (`algo.rs`) that keep their state in a private
//! `bytearray`.

pub mod algo;

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
