//! The parts of `sys` beyond the start-up core (`builtins/functions.rs`
//! creates the module): interpreter facts, struct sequences
//! (`version_info`, `flags`, `float_info`, ...) and `implementation`.
//!
//! The struct sequences and `types.SimpleNamespace` are written as a short
//! application-level Python snippet run at start-up: they are plain classes
//! (a tuple subclass with one property per field), and Python states them
//! more clearly than hand-built type objects would.

use super::add_fn;
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const APP_LEVEL: &str = r#"
def _structseq(name, fields, values, module="sys"):
    ns = {"__slots__": (), "n_fields": len(fields), "n_sequence_fields": len(fields), "n_unnamed_fields": 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    def __repr__(self):
        return module + "." + name + "(" + ", ".join(f + "=" + repr(v) for f, v in zip(fields, self)) + ")"
    def __reduce__(self):
        return (type(self), (tuple(self),))
    ns["__repr__"] = __repr__
    ns["__reduce__"] = __reduce__
    cls = type(name, (tuple,), ns)
    cls.__module__ = module
    return cls(values)

class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)
    def __repr__(self):
        return "namespace(" + ", ".join(k + "=" + repr(v) for k, v in self.__dict__.items()) + ")"
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
SimpleNamespace.__module__ = "types"

version_info = _structseq("version_info", ("major", "minor", "micro", "releaselevel", "serial"), (3, 11, 7, "final", 0))
implementation = SimpleNamespace(name="taipan", cache_tag=None, version=version_info, hexversion=0x030B07F0, _multiarch="x86_64-linux-gnu")
flags = _structseq("flags", ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
    "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"),
    (0, 0, 0, 0, __dont_write_bytecode__, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))
float_info = _structseq("float_info", ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
    "mant_dig", "epsilon", "radix", "rounds"),
    (1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
int_info = _structseq("int_info", ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"), (30, 4, 4300, 640))
hash_info = _structseq("hash_info", ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"),
    (64, 2305843009213693951, 314159, 0, 1000003, "fnv", 64, 0, 0))
thread_info = _structseq("thread_info", ("name", "lock", "version"), ("pthread", "semaphore", None))
def __asyncgen_hooks():
    # Recorded for asyncio's event loop; the interpreter does not call them
    # yet (async generators are not finalized through the hooks).
    hooks = [None, None]
    cls = type(_structseq("asyncgen_hooks", ("firstiter", "finalizer"), (None, None)))
    missing = object()
    def get_asyncgen_hooks():
        return cls((hooks[0], hooks[1]))
    def set_asyncgen_hooks(firstiter=missing, finalizer=missing):
        if finalizer is not missing and finalizer is not None and not callable(finalizer):
            raise TypeError("callable finalizer expected, got " + type(finalizer).__name__)
        if firstiter is not missing and firstiter is not None and not callable(firstiter):
            raise TypeError("callable firstiter expected, got " + type(firstiter).__name__)
        if finalizer is not missing:
            hooks[1] = finalizer
        if firstiter is not missing:
            hooks[0] = firstiter
    return get_asyncgen_hooks, set_asyncgen_hooks
get_asyncgen_hooks, set_asyncgen_hooks = __asyncgen_hooks()
__UnraisableHookArgs = type(_structseq("UnraisableHookArgs", ("exc_type", "exc_value", "exc_traceback", "err_msg", "object"), (None,) * 5))
del _structseq

def unraisablehook(unraisable, /):
    # CPython's default hook: the lead-in, the traceback, the exception.
    import traceback
    err = stderr
    if err is None:
        return
    msg = unraisable.err_msg or "Exception ignored in"
    if unraisable.object is not None:
        try:
            r = repr(unraisable.object)
        except BaseException:
            r = "<object repr() failed>"
        err.write(f"{msg}: {r}\n")
    elif unraisable.err_msg is not None:
        err.write(f"{msg}:\n")
    if unraisable.exc_traceback is not None:
        err.write("Traceback (most recent call last):\n")
        err.write("".join(traceback.format_tb(unraisable.exc_traceback)))
    t = unraisable.exc_type
    if t is None:
        return
    mod = getattr(t, "__module__", None)
    name = getattr(t, "__qualname__", None) or getattr(t, "__name__", "<unknown>")
    if mod not in (None, "builtins", "__main__"):
        name = f"{mod}.{name}"
    v = unraisable.exc_value
    try:
        text = "" if v is None else str(v)
    except BaseException:
        text = "<exception str() failed>"
    err.write(f"{name}: {text}\n" if text else f"{name}\n")
    err.flush()
__unraisablehook__ = unraisablehook

def breakpointhook(*args, **kws):
    import os
    hookname = os.environ.get("PYTHONBREAKPOINT")
    if hookname == "0":
        return None
    if not hookname or hookname == "pdb.set_trace":
        # pdb needs sys.settrace, which Taipan does not provide.
        import sys
        print("taipan: breakpoint(): no debugger is available (pdb needs sys.settrace)", file=sys.stderr)
        return None
    modname, dot, funcname = hookname.rpartition(".")
    if dot == "":
        modname = "builtins"
    try:
        module = __import__(modname, fromlist=[funcname])
        hook = getattr(module, funcname)
    except Exception:
        import warnings
        warnings.warn('Ignoring unimportable $PYTHONBREAKPOINT: "{}"'.format(hookname), RuntimeWarning)
        return None
    return hook(*args, **kws)
__breakpointhook__ = breakpointhook

def breakpoint(*args, **kws):
    import sys
    try:
        hook = sys.breakpointhook
    except AttributeError:
        raise RuntimeError("lost sys.breakpointhook") from None
    return hook(*args, **kws)
breakpoint.__module__ = "builtins"
"#;

fn set(vm: &mut Vm, m: Gc<ModuleObj>, name: &str, v: Value) {
    super::add_value(vm, m, name, v);
}

/// Fill in the rest of `sys` (called once the core module exists).
pub fn extend(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let ns = vm.new_dict();
    // `-B` (Options::dont_write_bytecode) for `flags.dont_write_bytecode`.
    let k = vm.intern("__dont_write_bytecode__");
    ns.set_str_key(k, Value::from_small_int(vm.opts.dont_write_bytecode as i64));
    vm.run_app_level(APP_LEVEL, "<sys>", ns, Some("sys"))?;
    let bp = vm.intern("breakpoint");
    for (k, v) in ns.items() {
        if k == bp {
            vm.builtins.set_str_key(k, v);
        } else if Vm::str_of(k).map(|s| !s.starts_with("__")).unwrap_or(false) && Vm::str_of(k) != Some("SimpleNamespace") {
            m.dict.set_str_key(k, v);
        }
    }
    for name in ["__breakpointhook__", "__unraisablehook__"] {
        let hook = vm.intern(name);
        if let Some(v) = ns.get_str_key(hook) {
            m.dict.set_str_key(hook, v);
        }
    }
    let k = vm.intern("__UnraisableHookArgs");
    vm.unraisable_args_type = ns.get_str_key(k).unwrap_or(Value::NULL);
    let v = vm.new_str("little");
    set(vm, m, "byteorder", v);
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let v = vm.new_str(&exe);
    set(vm, m, "executable", v);
    let v = vm.new_str(&exe);
    set(vm, m, "_base_executable", v);
    let prefix = crate::interp::import::find_stdlib()
        .and_then(|p| p.parent().and_then(|l| l.parent()).map(|p| p.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "/usr".to_string());
    for k in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let v = vm.new_str(&prefix);
        set(vm, m, k, v);
    }
    let v = vm.new_str("lib");
    set(vm, m, "platlibdir", v);
    set(vm, m, "hexversion", Value::from_small_int(0x030B07F0));
    set(vm, m, "api_version", Value::from_small_int(1013));
    set(vm, m, "maxunicode", Value::from_small_int(0x10FFFF));
    let v = vm.new_str("short");
    set(vm, m, "float_repr_style", v);
    let v = vm.new_str("");
    set(vm, m, "abiflags", v);
    let dont_write = if vm.opts.dont_write_bytecode { Value::TRUE } else { Value::FALSE };
    set(vm, m, "dont_write_bytecode", dont_write);
    for k in ["warnoptions", "meta_path", "path_hooks"] {
        let v = vm.new_list(Vec::new());
        set(vm, m, k, v);
    }
    for k in ["_xoptions", "path_importer_cache"] {
        let v = vm.new_dict().value();
        set(vm, m, k, v);
    }
    let names: Vec<Value> = super::BUILTIN_NAMES.iter().map(|n| vm.new_str(n)).collect();
    let v = vm.new_tuple(names);
    set(vm, m, "builtin_module_names", v);
    let argv: Vec<Value> = vm.opts.argv.clone().iter().map(|s| vm.new_str(s)).collect();
    let v = vm.new_list(argv);
    set(vm, m, "orig_argv", v);
    for k in ["stdout", "stderr"] {
        let key = vm.intern(k);
        if let Some(v) = m.dict.get_str_key(key) {
            set(vm, m, &format!("__{k}__"), v);
        }
    }
    add_fn(vm, m, "_getframe", |vm, a, _| {
        crate::builtins::check_count(vm, "_getframe", a.len(), 0, 1)?;
        let depth = match a.first() {
            Some(&d) => vm.index_value(d, "int")?,
            None => 0,
        };
        vm.getframe(depth)
    });
    add_fn(vm, m, "getdefaultencoding", |vm, _, _| Ok(vm.new_str("utf-8")));
    add_fn(vm, m, "getfilesystemencoding", |vm, _, _| Ok(vm.new_str("utf-8")));
    add_fn(vm, m, "getfilesystemencodeerrors", |vm, _, _| Ok(vm.new_str("surrogateescape")));
    // No reference counts: report the value CPython gives a fresh temporary.
    add_fn(vm, m, "getrefcount", |_, _, _| Ok(Value::from_small_int(2)));
    add_fn(vm, m, "is_finalizing", |_, _, _| Ok(Value::FALSE));
    // Audit hooks are never called (os.walk, open, ... call sys.audit).
    add_fn(vm, m, "audit", |vm, a, _| {
        if a.is_empty() {
            return Err(vm.type_error("audit() missing 1 required positional argument: 'event'"));
        }
        Ok(Value::NONE)
    });
    add_fn(vm, m, "addaudithook", |_, _, _| Ok(Value::NONE));
    // excepthook(type, value, traceback): print the exception as uncaught ones are.
    add_fn(vm, m, "excepthook", |vm, a, _| {
        crate::builtins::args::expect_count(vm, "excepthook", a.len(), 3, 3)?;
        crate::modules::io::stdio::flush_all(vm);
        let text = vm.format_exception(a[1]);
        // A replaced sys.stderr receives the text, as in CPython.
        let (k, k0) = (vm.intern("stderr"), vm.intern("__stderr__"));
        let ks = vm.intern("sys");
        let sysd = vm.modules.get_str_key(ks).and_then(|m| m.downcast::<crate::object::module::ModuleObj>()).map(|m| m.dict);
        let (err, err0) = match sysd {
            Some(d) => (d.get_str_key(k), d.get_str_key(k0)),
            None => (None, None),
        };
        if let Some(f) = err.filter(|f| Some(*f) != err0 && !f.is_none()) {
            let t = vm.new_string(text);
            let w = vm.intern("write");
            vm.call_method(f, w, &[t])?;
            return Ok(Value::NONE);
        }
        if !vm.opts.quiet {
            eprint!("{text}");
        }
        Ok(Value::NONE)
    });
    let k = vm.intern("excepthook");
    if let Some(h) = m.dict.get_str_key(k) {
        set(vm, m, "__excepthook__", h);
    }
    add_fn(vm, m, "get_int_max_str_digits", |vm, _, _| Ok(Value::from_small_int(vm.int_max_str_digits as i64)));
    add_fn(vm, m, "set_int_max_str_digits", crate::builtins::int_digits::set_limit);
    add_fn(vm, m, "getsizeof", crate::builtins::sizeof::getsizeof);
    super::add_fn_a(vm, m, "displayhook", crate::builtins::args::Arity::One, displayhook);
    let k = vm.intern("displayhook");
    if let Some(h) = m.dict.get_str_key(k) {
        set(vm, m, "__displayhook__", h);
    }
    add_fn(vm, m, "gettrace", |_, _, _| Ok(Value::NONE));
    add_fn(vm, m, "getprofile", |_, _, _| Ok(Value::NONE));
    add_fn(vm, m, "settrace", |vm, a, _| {
        if a.first().map(|v| v.is_none()).unwrap_or(true) {
            return Ok(Value::NONE);
        }
        Err(vm.new_error(vm.t.not_implemented_error, "sys.settrace is not supported by Taipan"))
    });
    add_fn(vm, m, "setprofile", |vm, a, _| {
        if a.first().map(|v| v.is_none()).unwrap_or(true) {
            return Ok(Value::NONE);
        }
        Err(vm.new_error(vm.t.not_implemented_error, "sys.setprofile is not supported by Taipan"))
    });
    Ok(())
}

/// `sys.displayhook(value)` (also `sys.__displayhook__`).
fn displayhook(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    vm.display_value(a[0])?;
    Ok(Value::NONE)
}

/// Is `h` the native `sys.displayhook` (PRINT_EXPR then skips the call)?
pub fn is_native_displayhook(h: Value) -> bool {
    h.downcast::<crate::object::function::BuiltinFnObj>().is_some_and(|b| std::ptr::fn_addr_eq(b.func, displayhook as crate::object::function::NativeFn))
}
