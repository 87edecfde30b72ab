//! `open()` (the builtin and `io.open`), `io.open_code`, `io.text_encoding`.

use super::textio_methods::TextConfig;
use super::{buffered_methods, call, fileio, opt_str, textio_methods};
use crate::builtins::args::{Arity, Sig};
use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The mode characters of `open()`.
#[derive(Default)]
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str, mode_v: Value) -> PyResult<Mode> {
    let mut m = Mode::default();
    let mut seen = String::new();
    for c in mode.chars() {
        if !"xrwa+tb".contains(c) || seen.contains(c) {
            let r = vm.repr_string(mode_v)?;
            return Err(vm.value_error(&format!("invalid mode: {r}")));
        }
        seen.push(c);
        match c {
            'x' => m.creating = true,
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            '+' => m.updating = true,
            't' => m.text = true,
            _ => m.binary = true,
        }
    }
    if m.text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if [m.creating, m.reading, m.writing, m.appending].iter().filter(|b| **b).count() > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    Ok(m)
}

static OPEN: Sig = Sig {
    name: "open",
    params: &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
    posonly: 0,
    required: 1,
    kwonly: &[],
};

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
pub fn open(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = crate::builtins::split_args(a, k);
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] = OPEN.parse(vm, pos, k, kw)?;
    let file = file.unwrap_or(Value::NONE);
    let (mode_s, mode_v) = match mode {
        None => ("r", Value::NULL),
        Some(v) => match Vm::str_of(v) {
            Some(s) => (s, v),
            None => {
                let n = vm.type_name(v);
                return Err(vm.type_error(&format!("open() argument 'mode' must be str, not {n}")));
            }
        },
    };
    let mut buffering = match buffering {
        Some(b) => super::int_arg(vm, b)?,
        None => -1,
    };
    let encoding = opt_str(vm, "open", "encoding", encoding)?;
    let errors = opt_str(vm, "open", "errors", errors)?;
    let newline = opt_str(vm, "open", "newline", newline)?;
    let closefd = match closefd {
        Some(c) => vm.truthy(c)?,
        None => true,
    };
    let opener = opener.filter(|o| !o.is_none());
    let mode_v = if mode_v.is_null() { vm.new_str("r") } else { mode_v };
    let m = parse_mode(vm, mode_s, mode_v)?;
    if m.binary {
        for (v, what) in [(encoding.is_some(), "an encoding"), (errors.is_some(), "an errors"), (newline.is_some(), "a newline")] {
            if v {
                return Err(vm.value_error(&format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    if !vm.is_int_like(file) || file.as_f64().is_some() {
        fileio::fspath(vm, file)?;
    }
    let mut rawmode = String::new();
    for (on, c) in [(m.creating, 'x'), (m.reading, 'r'), (m.writing, 'w'), (m.appending, 'a'), (m.updating, '+')] {
        if on {
            rawmode.push(c);
        }
    }
    let raw = fileio::alloc(vm, vm.t.file_io);
    fileio::open_into(vm, raw, file, &rawmode, closefd, opener)?;
    let rawv = raw.value();
    let result = (|| -> PyResult {
        let mut line_buffering = false;
        if buffering == 1 || buffering < 0 && call(vm, rawv, "isatty", &[]).and_then(|r| vm.truthy(r))? {
            buffering = -1;
            line_buffering = true;
        }
        if buffering < 0 {
            let b = raw.raw.try_borrow().map(|r| r.blksize).unwrap_or(super::DEFAULT_BUFFER_SIZE);
            buffering = if b > 1 { b as i64 } else { super::DEFAULT_BUFFER_SIZE as i64 };
        }
        if buffering == 0 {
            if m.binary {
                return Ok(rawv);
            }
            return Err(vm.value_error("can't have unbuffered text I/O"));
        }
        let cls = if m.updating {
            vm.t.buffered_random
        } else if m.creating || m.writing || m.appending {
            vm.t.buffered_writer
        } else if m.reading {
            vm.t.buffered_reader
        } else {
            return Err(vm.value_error(&format!("unknown mode: '{mode_s}'")));
        };
        let b = buffered_methods::alloc(vm, cls);
        buffered_methods::setup(vm, b, rawv, buffering as usize)?;
        if m.binary {
            return Ok(b.value());
        }
        let t = textio_methods::alloc(vm, vm.t.text_io_wrapper);
        let cfg = TextConfig { encoding, errors, newline, line_buffering, write_through: false };
        if let Err(e) = textio_methods::setup(vm, t, b.value(), &cfg) {
            let _ = call(vm, b.value(), "close", &[]);
            return Err(e);
        }
        let k = vm.intern("mode");
        vm.generic_setattr(t.value(), k, mode_v)?;
        Ok(t.value())
    })();
    if result.is_err() {
        if let Ok(mut r) = raw.raw.try_borrow_mut() {
            r.close();
        }
    }
    result
}

/// Register `open` as a builtin.
pub fn install_builtin(vm: &mut Vm) {
    let f = vm.new_builtin_a("open", Arity::Any, open);
    let k = vm.intern("open");
    vm.builtins.set_str_key(k, f);
}

/// `open_code` and `text_encoding` in `_io`.
pub fn add_functions(vm: &mut Vm, m: Gc<ModuleObj>) {
    super::super::add_fn(vm, m, "open_code", |vm, a, k| {
        static SIG: Sig = Sig { name: "open_code", params: &["path"], posonly: 0, required: 1, kwonly: &[] };
        let (pos, kw) = crate::builtins::split_args(a, k);
        let [path] = SIG.parse(vm, pos, k, kw)?;
        let path = path.unwrap_or(Value::NONE);
        if Vm::str_of(path).is_none() {
            let n = vm.type_name(path);
            return Err(vm.type_error(&format!("open_code() argument 'path' must be str, not {n}")));
        }
        let rb = vm.new_str("rb");
        open(vm, &[path, rb], &[])
    });
    super::super::add_fn(vm, m, "text_encoding", |vm, a, k| {
        static SIG: Sig = Sig { name: "text_encoding", params: &["encoding", "stacklevel"], posonly: 2, required: 1, kwonly: &[] };
        let (pos, kw) = crate::builtins::split_args(a, k);
        let [enc, _level] = SIG.parse(vm, pos, k, kw)?;
        match enc {
            Some(e) if !e.is_none() => Ok(e),
            _ => Ok(vm.new_str("locale")),
        }
    });
}
