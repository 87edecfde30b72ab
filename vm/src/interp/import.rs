//! The import system: `sys.modules` caching, native (Rust) modules, and a
//! `sys.path` search for source modules, regular packages and namespace
//! packages; relative imports; `from package import submodule`.
//!
//! This is a native implementation of what CPython's importlib does for
//! source files (importlib's bootstrap is not run). Finders and loaders on
//! `sys.meta_path`/`sys.path_hooks` are not consulted; importing `importlib`
//! puts one finder on `sys.meta_path` that hands its imports back to this
//! system (`modules/imp.rs`).

use crate::object::dict::DictObj;
use crate::object::module::ModuleObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::path::{Path, PathBuf};

/// Where a module was found.
enum Found {
    Source { file: PathBuf, package_dir: Option<PathBuf> },
    Namespace(Vec<PathBuf>),
}

impl Vm {
    /// The `IMPORT_NAME` instruction and `__import__`.
    pub fn import_name(&mut self, name: Value, fromlist: Value, level: Value, globals: Value) -> PyResult {
        let n = Vm::str_of(name).unwrap_or("").to_string();
        let level = level.as_small_int().unwrap_or(0);
        if level < 0 {
            return Err(self.value_error("level must be >= 0"));
        }
        let abs = if level > 0 { self.resolve_relative(&n, level as usize, globals)? } else { n.clone() };
        if abs.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let module = self.import_dotted(&abs)?;
        let from: Vec<Value> = if fromlist.is_none() || fromlist.is_null() { Vec::new() } else { self.collect_iter(fromlist)? };
        if from.is_empty() {
            // `import a.b.c` binds `a`; relative forms return the top of the named part.
            let top_len = if level == 0 {
                abs.find('.').unwrap_or(abs.len())
            } else {
                abs.len() - (n.len() - n.find('.').unwrap_or(n.len()))
            };
            return self.sys_module(&abs[..top_len]).map(Ok).unwrap_or(Ok(module));
        }
        self.handle_fromlist(module, &abs, &from)?;
        Ok(module)
    }

    /// `from package import name`: names that are not attributes yet may be submodules.
    fn handle_fromlist(&mut self, module: Value, abs: &str, from: &[Value]) -> PyResult<()> {
        if self.module_attr(module, "__path__").is_none() {
            return Ok(());
        }
        for &x in from {
            let Some(s) = Vm::str_of(x).map(|s| s.to_string()) else { continue };
            if s == "*" {
                if let Some(all) = self.module_attr(module, "__all__") {
                    let names = self.collect_iter(all)?;
                    self.handle_fromlist(module, abs, &names)?;
                }
                continue;
            }
            let key = self.intern(&s);
            if self.getattr_opt(module, key)?.is_some() {
                continue;
            }
            let sub = format!("{abs}.{s}");
            if let Err(e) = self.import_dotted(&sub) {
                // A missing submodule is left for IMPORT_FROM to report.
                if !(self.is_instance(e.0, self.t.module_not_found_error) && self.exc_name_is(e.0, &sub)) {
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    fn exc_name_is(&mut self, e: Value, name: &str) -> bool {
        let k = self.intern("name");
        let v = self.getattr_opt(e, k).ok().flatten();
        v.and_then(Vm::str_of) == Some(name)
    }

    /// The absolute name for a relative import of `name` at `level` from `globals`.
    fn resolve_relative(&mut self, name: &str, level: usize, globals: Value) -> PyResult<String> {
        let g = globals.downcast::<DictObj>();
        let get = |vm: &mut Vm, k: &str| {
            let key = vm.intern(k);
            g.and_then(|d| d.get_str_key(key)).filter(|v| !v.is_none())
        };
        let package = match get(self, "__package__").and_then(Vm::str_of) {
            Some(p) => p.to_string(),
            None => {
                let modname = get(self, "__name__").and_then(Vm::str_of).unwrap_or("").to_string();
                if get(self, "__path__").is_some() {
                    modname
                } else {
                    modname.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_error(self.t.import_error, "attempted relative import with no known parent package"));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(self.new_error(self.t.import_error, "attempted relative import beyond top-level package"));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
    }

    fn sys_module(&mut self, name: &str) -> Option<Value> {
        let key = self.intern(name);
        self.modules.get_str_key(key)
    }

    fn module_attr(&mut self, m: Value, name: &str) -> Option<Value> {
        let key = self.intern(name);
        m.downcast::<ModuleObj>().and_then(|md| md.dict.get_str_key(key))
    }

    /// Import `a.b.c` (parents first) and return the module `a.b.c`.
    pub fn import_dotted(&mut self, name: &str) -> PyResult {
        if let Some(m) = self.sys_module(name) {
            if m.is_none() {
                return Err(self.module_not_found(name, &format!("import of {name} halted; None in sys.modules")));
            }
            return Ok(m);
        }
        let (search, parent) = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let pm = self.import_dotted(parent)?;
                // The parent's initialisation may have imported us.
                if let Some(m) = self.sys_module(name) {
                    return Ok(m);
                }
                let Some(path) = self.module_attr(pm, "__path__") else {
                    return Err(self.module_not_found(name, &format!("No module named '{name}'; '{parent}' is not a package")));
                };
                (self.collect_iter(path)?, Some(pm))
            }
            None => {
                if let Some(init) = crate::builtins::native_module(name) {
                    return self.init_native_module(name, init);
                }
                let path = self.sys_attr("path");
                let path = match path {
                    Some(p) => self.collect_iter(p)?,
                    None => Vec::new(),
                };
                (path, None)
            }
        };
        let leaf = name.rsplit('.').next().unwrap_or(name);
        let dirs = search_dirs(&search);
        let m = match find_module(leaf, &dirs) {
            Some(found) => self.load_found(name, found)?,
            None => return Err(self.module_not_found(name, &format!("No module named '{name}'"))),
        };
        if let Some(pm) = parent {
            let k = self.intern(leaf);
            if let Some(pmod) = pm.downcast::<ModuleObj>() {
                pmod.dict.set_str_key(k, m);
            }
        }
        Ok(m)
    }

    /// Where this import system would find `name` (searched on `path`, or
    /// `sys.path` and the native modules when `path` is None), for the
    /// `sys.meta_path` finder that `importlib` uses (`modules/imp.rs`):
    /// None, or `(origin, search_locations)` — `("built-in", None)`,
    /// `(file, None)`, `(init_file, [dir])`, `(None, [dirs])` (namespace).
    pub fn locate_module(&mut self, name: &str, path: Value) -> PyResult {
        let leaf = name.rsplit('.').next().unwrap_or(name);
        let search = if path.is_none() {
            if !name.contains('.') && (crate::builtins::native_module(name).is_some() || crate::modules::BUILTIN_NAMES.contains(&name)) {
                let o = self.new_str("built-in");
                return Ok(self.new_tuple(vec![o, Value::NONE]));
            }
            match self.sys_attr("path") {
                Some(p) => self.collect_iter(p)?,
                None => Vec::new(),
            }
        } else {
            self.collect_iter(path)?
        };
        let dirs = search_dirs(&search);
        let str_of = |vm: &mut Vm, p: &Path| vm.new_str(&p.to_string_lossy());
        Ok(match find_module(leaf, &dirs) {
            None => Value::NONE,
            Some(Found::Source { file, package_dir }) => {
                let f = str_of(self, &file);
                let locs = match package_dir {
                    Some(d) => {
                        let d = str_of(self, &d);
                        self.new_list(vec![d])
                    }
                    None => Value::NONE,
                };
                self.new_tuple(vec![f, locs])
            }
            Some(Found::Namespace(ds)) => {
                let ds: Vec<Value> = ds.iter().map(|d| str_of(self, d)).collect();
                let l = self.new_list(ds);
                self.new_tuple(vec![Value::NONE, l])
            }
        })
    }

    fn sys_attr(&mut self, name: &str) -> Option<Value> {
        let sys = self.sys_module("sys")?;
        self.module_attr(sys, name)
    }

    pub fn module_not_found(&mut self, name: &str, msg: &str) -> crate::vm::PyErr {
        let m = self.new_str(msg);
        let e = self.new_exception_err(self.t.module_not_found_error, vec![m]);
        let k = self.intern("name");
        let v = self.new_str(name);
        self.set_exc_attr(e.0, k, v);
        let k = self.intern("msg");
        self.set_exc_attr(e.0, k, m);
        e
    }

    /// A fresh module object with the standard dunder attributes.
    pub fn new_module(&mut self, name: &str) -> Gc<ModuleObj> {
        let d = self.new_dict();
        let m = self.alloc(ModuleObj { header: ObjHeader::new(self.t.module), dict: d });
        let n = self.intern(name);
        d.set_str_key(self.n.__name__, n);
        d.set_str_key(self.n.__doc__, Value::NONE);
        for k in ["__package__", "__loader__", "__spec__"] {
            let k = self.intern(k);
            d.set_str_key(k, Value::NONE);
        }
        m
    }

    fn init_native_module(&mut self, name: &str, init: crate::builtins::NativeModuleInit) -> PyResult {
        let m = self.new_module(name);
        let key = self.intern(name);
        self.modules.set_str_key(key, m.value());
        if let Err(e) = init(self, m) {
            self.modules.del_str_key(key);
            return Err(e);
        }
        Ok(self.modules.get_str_key(key).unwrap_or(m.value()))
    }

    fn load_found(&mut self, name: &str, found: Found) -> PyResult {
        let m = self.new_module(name);
        let d = m.dict;
        let set = |vm: &mut Vm, k: &str, v: Value| {
            let k = vm.intern(k);
            d.set_str_key(k, v);
        };
        let key = self.intern(name);
        let parent = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        match found {
            Found::Namespace(dirs) => {
                let dirs: Vec<Value> = dirs.iter().map(|p| self.new_str(&p.to_string_lossy())).collect();
                let path = self.new_list(dirs);
                set(self, "__path__", path);
                set(self, "__file__", Value::NONE);
                let p = self.new_str(name);
                set(self, "__package__", p);
                self.modules.set_str_key(key, m.value());
                Ok(m.value())
            }
            Found::Source { file, package_dir } => {
                let filename = file.to_string_lossy().into_owned();
                let fv = self.new_str(&filename);
                set(self, "__file__", fv);
                d.set_str_key(self.n.__builtins__, self.builtins_module.value());
                let package = match &package_dir {
                    Some(dir) => {
                        let dv = self.new_str(&dir.to_string_lossy());
                        let path = self.new_list(vec![dv]);
                        set(self, "__path__", path);
                        name
                    }
                    None => parent,
                };
                let pv = self.new_str(package);
                set(self, "__package__", pv);
                // From the compile cache when possible (`import_cache.rs`).
                let code = self.import_source_code(&file, &filename)?;
                // Registered before running, so circular imports see the partial module.
                self.modules.set_str_key(key, m.value());
                if let Err(e) = self.run_code(code, d.value(), d.value(), Value::NULL) {
                    self.modules.del_str_key(key);
                    return Err(e);
                }
                Ok(self.modules.get_str_key(key).unwrap_or(m.value()))
            }
        }
    }

    /// `-m NAME`: the source file to run as `__main__` and its package
    /// (`pkg.__main__` for a package). Parent packages are imported first.
    /// Err(message) for what CPython reports as `No module named ...`.
    pub fn locate_main_module(&mut self, name: &str) -> Result<(PathBuf, String), PyResult<String>> {
        let (dirs, package) = match name.rsplit_once('.') {
            Some((parent, _)) => {
                let pm = self.import_dotted(parent).map_err(Err)?;
                let Some(path) = self.module_attr(pm, "__path__") else {
                    return Err(Ok(format!("Error while finding module specification for '{name}' (ModuleNotFoundError: __path__ attribute not found on '{parent}' while trying to find '{name}')")));
                };
                let path = self.collect_iter(path).map_err(Err)?;
                (path, parent.to_string())
            }
            None => {
                if crate::builtins::native_module(name).is_some() {
                    return Err(Ok(format!("No code object available for {name}")));
                }
                let path = match self.sys_attr("path") {
                    Some(p) => self.collect_iter(p).map_err(Err)?,
                    None => Vec::new(),
                };
                (path, String::new())
            }
        };
        let leaf = name.rsplit('.').next().unwrap_or(name);
        let dirs = search_dirs(&dirs);
        match find_module(leaf, &dirs) {
            Some(Found::Source { file, package_dir: None }) => Ok((file, package)),
            Some(Found::Source { package_dir: Some(_), .. }) | Some(Found::Namespace(_)) => {
                // A package runs its `__main__` submodule (importing the package first).
                self.import_dotted(name).map_err(Err)?;
                match self.locate_main_module(&format!("{name}.__main__")) {
                    Ok(r) => Ok(r),
                    Err(Ok(_)) => Err(Ok(format!("No module named {name}.__main__; '{name}' is a package and cannot be directly executed"))),
                    Err(e) => Err(e),
                }
            }
            None => Err(Ok(format!("No module named {name}"))),
        }
    }

    /// `sys.path` at start-up: the script's directory (or '' for -c and stdin),
    /// `PYTHONPATH`, then the host CPython 3.11's pure-Python stdlib.
    pub fn init_sys_path(&mut self, script_dir: Option<&str>) {
        let mut entries: Vec<String> = vec![script_dir.unwrap_or("").to_string()];
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            entries.extend(pp.split(':').filter(|s| !s.is_empty()).map(|s| s.to_string()));
        }
        if let Some(lib) = find_stdlib() {
            let l = lib.to_string_lossy().into_owned();
            entries.push(format!("{l}/site-packages"));
            entries.insert(entries.len() - 1, l);
        }
        let vals: Vec<Value> = entries.iter().map(|s| self.new_str(s)).collect();
        let list = self.new_list(vals);
        if let Some(sys) = self.sys_module("sys").and_then(|m| m.downcast::<ModuleObj>()) {
            let k = self.intern("path");
            sys.dict.set_str_key(k, list);
        }
    }
}

/// The directories of a `sys.path`/`__path__` list ('' is the current directory).
fn search_dirs(entries: &[Value]) -> Vec<PathBuf> {
    entries.iter().filter_map(|v| Vm::str_of(*v)).map(|s| PathBuf::from(if s.is_empty() { "." } else { s })).collect()
}

/// Search `dirs` for `name`: a regular package or a module wins over a
/// namespace package portion found earlier on the path.
fn find_module(name: &str, dirs: &[PathBuf]) -> Option<Found> {
    let mut portions = Vec::new();
    for dir in dirs {
        let pkg = dir.join(name);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some(Found::Source { file: absolute(&init), package_dir: Some(absolute(&pkg)) });
        }
        let file = dir.join(format!("{name}.py"));
        if file.is_file() {
            return Some(Found::Source { file: absolute(&file), package_dir: None });
        }
        if pkg.is_dir() {
            portions.push(absolute(&pkg));
        }
    }
    (!portions.is_empty()).then_some(Found::Namespace(portions))
}

fn absolute(p: &Path) -> PathBuf {
    std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf())
}

/// The host CPython 3.11 standard library directory: `TAIPAN_STDLIB`, else
/// next to a `python3` on `PATH`, else pyenv's versions, else system paths.
pub fn find_stdlib() -> Option<PathBuf> {
    let is_stdlib = |p: &Path| p.join("os.py").is_file();
    if let Ok(s) = std::env::var("TAIPAN_STDLIB") {
        return Some(PathBuf::from(s));
    }
    let home = std::env::var("HOME").unwrap_or_default();
    let pyenv = std::env::var("PYENV_ROOT").unwrap_or_else(|_| format!("{home}/.pyenv"));
    // pyenv's `python3` is a shim script: its 3.11 installations stand in for it.
    let pyenv_versions = || -> Vec<PathBuf> {
        let Ok(rd) = std::fs::read_dir(format!("{pyenv}/versions")) else { return Vec::new() };
        let mut vs: Vec<PathBuf> = rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.file_name().and_then(|n| n.to_str()).map(|n| n.starts_with("3.11")).unwrap_or(false)).collect();
        vs.sort();
        vs.into_iter().rev().map(|v| v.join("lib/python3.11")).collect()
    };
    let mut candidates = Vec::new();
    if let Ok(path) = std::env::var("PATH") {
        for dir in path.split(':') {
            let p = Path::new(dir).join("python3");
            let Ok(real) = std::fs::canonicalize(&p) else { continue };
            if real.parent().map(|d| d.ends_with("shims")).unwrap_or(false) {
                candidates.extend(pyenv_versions());
            } else if let Some(prefix) = real.parent().and_then(|b| b.parent()) {
                candidates.push(prefix.join("lib/python3.11"));
            }
            break;
        }
    }
    candidates.extend(pyenv_versions());
    candidates.push(PathBuf::from("/usr/local/lib/python3.11"));
    candidates.push(PathBuf::from("/usr/lib/python3.11"));
    candidates.into_iter().find(|c| is_stdlib(c))
}
