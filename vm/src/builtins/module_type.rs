//! `module.__new__` / `module.__init__`: `types.ModuleType(name, doc=None)`
//! and subclasses of it, as CPython's moduleobject.c: `__new__` makes a
//! module with an empty namespace, `__init__` fills in the standard names.

use super::args::Sig;
use super::split_args;
use crate::object::module::ModuleObj;
use crate::object::typeobj::TypeObj;
use crate::object::ObjHeader;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

static MODULE_INIT: Sig = Sig { name: "module", params: &["name", "doc"], posonly: 0, required: 1, kwonly: &[] };

pub fn install(vm: &mut Vm) {
    let t = vm.t.module;
    vm.add_method(t, "__new__", |vm, a, _| {
        let Some(cls) = a.first().and_then(|c| c.downcast::<TypeObj>()) else {
            return Err(vm.type_error("module.__new__(X): X is not a type object"));
        };
        if !cls.is_subtype(vm.t.module) {
            let n = cls.name();
            return Err(vm.type_error(&format!("module.__new__({n}): {n} is not a subtype of module")));
        }
        let d = vm.new_dict();
        Ok(vm.alloc(ModuleObj { header: ObjHeader::new(cls), dict: d }).value())
    });
    vm.add_method(t, "__init__", |vm, a, k| {
        let (pos, kw) = split_args(a, k);
        let Some(m) = pos.first().and_then(|m| m.downcast::<ModuleObj>()) else {
            return Err(vm.type_error("descriptor '__init__' requires a 'module' object"));
        };
        let [name, doc] = MODULE_INIT.parse(vm, &pos[1..], k, kw)?;
        let name = name.unwrap_or(Value::NONE);
        if Vm::str_of(name).is_none() {
            let n = vm.type_name(name);
            return Err(vm.type_error(&format!("module() argument 'name' must be str, not {n}")));
        }
        let d = m.dict;
        d.set_str_key(vm.n.__name__, name);
        d.set_str_key(vm.n.__doc__, doc.unwrap_or(Value::NONE));
        for key in ["__package__", "__loader__", "__spec__"] {
            let key = vm.intern(key);
            d.set_str_key(key, Value::NONE);
        }
        Ok(Value::NONE)
    });
}

fn attr(vm: &mut Vm, obj: Value, name: &str) -> PyResult<Option<Value>> {
    let k = vm.intern(name);
    vm.getattr_opt(obj, k)
}

/// `repr(module)`: CPython's `importlib._bootstrap._module_repr` — from the
/// spec when there is one, else from `__name__`, `__file__`, `__loader__`.
pub fn module_repr(vm: &mut Vm, m: Value) -> PyResult<String> {
    let loader = attr(vm, m, "__loader__")?.unwrap_or(Value::NONE);
    if let Some(spec) = attr(vm, m, "__spec__")?.filter(|s| !s.is_none()) {
        if vm.truthy(spec)? {
            return spec_repr(vm, spec);
        }
    }
    let name_v = attr(vm, m, "__name__")?;
    let name = match name_v {
        Some(n) => vm.repr_string(n)?,
        None => "'?'".to_string(),
    };
    // Taipan's native modules carry no spec or loader; CPython shows its
    // BuiltinImporter-loaded modules as "(built-in)".
    if let Some(n) = name_v.and_then(Vm::str_of).filter(|n| crate::modules::BUILTIN_NAMES.contains(n)) {
        let key = vm.intern(n);
        if loader.is_none() && vm.modules.get_str_key(key) == Some(m) {
            return Ok(format!("<module {name} (built-in)>"));
        }
    }
    match attr(vm, m, "__file__")? {
        Some(f) => {
            let f = vm.repr_string(f)?;
            Ok(format!("<module {name} from {f}>"))
        }
        None if loader.is_none() => Ok(format!("<module {name}>")),
        None => {
            let l = vm.repr_string(loader)?;
            Ok(format!("<module {name} ({l})>"))
        }
    }
}

fn spec_repr(vm: &mut Vm, spec: Value) -> PyResult<String> {
    let name = attr(vm, spec, "name")?.unwrap_or(Value::NONE);
    let name = if name.is_none() { "'?'".to_string() } else { vm.repr_string(name)? };
    let origin = attr(vm, spec, "origin")?.unwrap_or(Value::NONE);
    if origin.is_none() {
        let loader = attr(vm, spec, "loader")?.unwrap_or(Value::NONE);
        if loader.is_none() {
            return Ok(format!("<module {name}>"));
        }
        let l = vm.repr_string(loader)?;
        return Ok(format!("<module {name} ({l})>"));
    }
    let has_location = match attr(vm, spec, "has_location")? {
        Some(h) => vm.truthy(h)?,
        None => false,
    };
    if has_location {
        let o = vm.repr_string(origin)?;
        Ok(format!("<module {name} from {o}>"))
    } else {
        let o = vm.to_string(origin)?;
        Ok(format!("<module {name} ({o})>"))
    }
}
