//! Entry points for the CLI and embedders: run a program, report exits.

use crate::bytecode::Mode;
use crate::object::module::ModuleObj;
use crate::object::ObjHeader;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// Create the `__main__` module and return its globals.
    pub fn main_module(&mut self, filename: Option<&str>) -> Value {
        let d = self.new_dict();
        let m = self.alloc(ModuleObj { header: ObjHeader::new(self.t.module), dict: d });
        let name = self.n.__main__;
        d.set_str_key(self.n.__name__, name);
        d.set_str_key(self.n.__builtins__, self.builtins_module.value());
        d.set_str_key(self.n.__doc__, Value::NONE);
        if let Some(f) = filename {
            let fv = self.new_str(f);
            d.set_str_key(self.n.__file__, fv);
        }
        self.modules.set_str_key(name, m.value());
        d.value()
    }

    /// Run application-level Python (the parts of builtin types and native
    /// modules written in Python) with `ns` as globals; `name` becomes its
    /// `__name__` when given.
    pub fn run_app_level(&mut self, src: &str, filename: &str, ns: crate::object::Gc<crate::object::dict::DictObj>, name: Option<&str>) -> PyResult<()> {
        ns.set_str_key(self.n.__builtins__, self.builtins_module.value());
        if let Some(n) = name {
            let v = self.intern(n);
            ns.set_str_key(self.n.__name__, v);
        }
        let code = self.compile_source(src, filename, Mode::Exec)?;
        self.run_code(code, ns.value(), ns.value(), Value::NULL)?;
        Ok(())
    }

    /// Compile and run `src` as the main program.
    pub fn run_source(&mut self, src: &str, filename: &str, main_file: Option<&str>) -> PyResult<Value> {
        let marker = 0u8;
        self.heap.set_stack_base(&marker as *const u8);
        let code = self.compile_source(src, filename, Mode::Exec)?;
        let g = self.main_module(main_file);
        self.run_code(code, g, g, Value::NULL)
    }

    /// Report an uncaught exception as CPython does; returns the exit status.
    pub fn handle_uncaught(&mut self, e: PyErr) -> i32 {
        let exc = e.0;
        if self.is_instance(exc, self.t.system_exit) {
            let k = self.n.code;
            let code = crate::object::attrs::attrs_of(exc).and_then(|a| a.get(k)).unwrap_or(Value::NONE);
            if code.is_none() {
                return 0;
            }
            if let Some(i) = self.as_i64(code).filter(|_| code.as_f64().is_none()) {
                return i as i32;
            }
            let s = self.to_string(code).unwrap_or_default();
            crate::modules::io::stdio::report(self, &format!("{s}\n"));
            return 1;
        }
        let text = self.format_exception(exc);
        // CPython flushes sys.stdout before printing the traceback.
        crate::modules::io::stdio::flush_stream(self, "stdout");
        crate::modules::io::stdio::report(self, &text);
        1
    }

    /// `taipan -m NAME`: run a module's source as `__main__` (`sys.argv[0]`
    /// becomes its file); returns the exit status.
    pub fn run_module_main(&mut self, name: &str) -> i32 {
        let marker = 0u8;
        self.heap.set_stack_base(&marker as *const u8);
        let (file, package) = match self.locate_main_module(name) {
            Ok(found) => found,
            Err(Ok(msg)) => {
                eprintln!("taipan: {msg}");
                return 1;
            }
            Err(Err(e)) => return self.handle_uncaught(e),
        };
        let filename = file.to_string_lossy().into_owned();
        let src = match std::fs::read(&file) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                eprintln!("taipan: can't open file '{filename}': {e}");
                return 2;
            }
        };
        let argv0 = self.new_str(&filename);
        if let Some(argv) = self.sys_module_attr("argv").and_then(|a| a.downcast::<crate::object::seq::ListObj>()) {
            if argv.items.len() > 0 {
                argv.items.set(0, argv0);
            }
        }
        let status = match self.compile_source(&src, &filename, Mode::Exec) {
            Ok(code) => {
                let g = self.main_module(Some(&filename));
                if let Some(d) = g.downcast::<crate::object::dict::DictObj>() {
                    let k = self.intern("__package__");
                    let p = self.new_str(&package);
                    d.set_str_key(k, p);
                }
                match self.run_code(code, g, g, Value::NULL) {
                    Ok(_) => 0,
                    Err(e) => self.handle_uncaught(e),
                }
            }
            Err(e) => self.handle_uncaught(e),
        };
        self.run_exit_handlers();
        crate::modules::io::stdio::flush_all(self);
        status
    }

    fn sys_module_attr(&mut self, name: &str) -> Option<Value> {
        let sys = self.intern("sys");
        let m = self.modules.get_str_key(sys)?.downcast::<ModuleObj>()?;
        let k = self.intern(name);
        m.dict.get_str_key(k)
    }

    /// Run a program to completion and return the process exit status.
    /// Afterwards, as at CPython's exit, the `atexit` functions run and
    /// objects still waiting for their `__del__` are finalized
    /// (`Vm::run_exit_handlers`).
    pub fn run_main(&mut self, src: &str, filename: &str, main_file: Option<&str>) -> i32 {
        let status = match self.run_source(src, filename, main_file) {
            Ok(_) => 0,
            Err(e) => self.handle_uncaught(e),
        };
        self.run_exit_handlers();
        crate::modules::io::stdio::flush_all(self);
        status
    }
}
