//! Reading and writing the private attributes that hold the state of
//! pattern, match and scanner instances.

use crate::object::attrs::attrs_of;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Attribute `name` stored on the instance itself (no class lookup).
pub fn get(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Value> {
    let key = vm.intern(name);
    match attrs_of(obj).and_then(|a| a.get(key)) {
        Some(v) => Ok(v),
        None => {
            let t = vm.type_name(obj);
            Err(vm.type_error(&format!("'{t}' object is not initialised")))
        }
    }
}

/// Store attribute `name` on the instance.
pub fn set(vm: &mut Vm, obj: Value, name: &str, v: Value) -> PyResult<()> {
    let key = vm.intern(name);
    if vm.store_instance_attr(obj, key, v)? {
        Ok(())
    } else {
        Err(vm.type_error("object has no attribute storage"))
    }
}
