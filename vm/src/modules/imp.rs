//! `_imp` and `_warnings`, as far as `importlib` needs them to import:
//! `importlib._bootstrap._setup` asks `_imp` which modules are built in
//! and fetches `_thread`, `_warnings` and `_weakref` through it. Taipan's
//! import system is native (`interp/import.rs`), so the lock, frozen-module
//! and extension functions are stand-ins. `_warnings` is empty: `warnings`
//! falls back to its pure-Python implementation.

use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::vm::{PyResult, Vm};

const IMP: &str = r#"
import sys as _sys

check_hash_based_pycs = "never"

def is_builtin(name, /):
    return 1 if name in _sys.builtin_module_names else 0

def create_builtin(spec, /):
    name = spec.name
    if name in _sys.modules:
        return _sys.modules[name]
    if name not in _sys.builtin_module_names:
        raise ImportError("no built-in module named " + name)
    return __import__(name)

def exec_builtin(mod, /):
    return 0

def is_frozen(name, /):
    return False

def is_frozen_package(name, /):
    raise ImportError("No such frozen object named " + repr(name), name=name)

def find_frozen(name, /, *, withdata=False):
    return None

def get_frozen_object(name, data=None, /):
    raise ImportError("No such frozen object named " + repr(name), name=name)

def init_frozen(name, /):
    return None

# Taipan has no frozen modules, so there is nothing for tests to switch
# (test.support.import_helper.frozen_modules calls this).
def _override_frozen_modules_for_tests(override, /):
    return None

def acquire_lock():
    pass

def release_lock():
    pass

def lock_held():
    return False

def extension_suffixes():
    return []

def _fix_co_filename(code, path, /):
    pass

_frozen_override = 0

def _override_frozen_modules_for_tests(override, /):
    # test.support's import helpers; Taipan has no frozen modules, so the
    # setting is only remembered.
    global _frozen_override
    _frozen_override = override

def source_hash(key, source):
    raise NotImplementedError("_imp.source_hash is not supported by taipan")


class TaipanImporter:
    """The finder and loader on sys.meta_path for Python-level importlib
    (importlib.import_module, importlib.util.find_spec): it finds modules
    where Taipan's native import system would, and loads them with it."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        found = _taipan_locate(name, path)
        if found is None:
            return None
        from importlib._bootstrap import ModuleSpec
        origin, locations = found
        if origin is None:
            spec = ModuleSpec(name, TaipanImporter, is_package=True)
            spec.submodule_search_locations = locations
            return spec
        spec = ModuleSpec(name, TaipanImporter, origin=origin, is_package=locations is not None)
        if locations is not None:
            spec.submodule_search_locations = locations
        spec.has_location = origin != "built-in"
        return spec

    @staticmethod
    def create_module(spec):
        __import__(spec.name)
        return _sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass


_sys.meta_path.append(TaipanImporter)

"#;

pub fn init_imp(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    super::add_fn(vm, m, "_taipan_locate", |vm, a, k| {
        crate::builtins::no_kwargs(vm, "_taipan_locate", k)?;
        let (Some(name), Some(&path)) = (a.first().copied().and_then(Vm::str_of).map(str::to_string), a.get(1)) else {
            return Err(vm.type_error("_taipan_locate(name, path)"));
        };
        vm.locate_module(&name, path)
    });
    vm.run_app_level(IMP, "<_imp>", m.dict, None)
}

pub fn init_warnings(_vm: &mut Vm, _m: Gc<ModuleObj>) -> PyResult<()> {
    Ok(())
}

const MARSHAL: &str = r#"
version = 4

def dumps(value, version=version, /):
    raise NotImplementedError("marshal.dumps is not supported by taipan")

def loads(bytes, /):
    raise NotImplementedError("marshal.loads is not supported by taipan")

def dump(value, file, version=version, /):
    raise NotImplementedError("marshal.dump is not supported by taipan")

def load(file, /):
    raise NotImplementedError("marshal.load is not supported by taipan")
"#;

/// `marshal`: only `version`; `importlib._bootstrap_external` imports it but
/// Taipan never loads CPython bytecode, so the functions raise.
pub fn init_marshal(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    vm.run_app_level(MARSHAL, "<marshal>", m.dict, None)
}
