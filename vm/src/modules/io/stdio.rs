//! `sys.stdin`, `sys.stdout`, `sys.stderr`: `TextIOWrapper`s over
//! `BufferedReader`/`BufferedWriter` over `FileIO` 0, 1 and 2, set up as
//! CPython does (UTF-8; stdout line-buffered on a terminal and
//! block-buffered otherwise, stderr always line-buffered; error handler
//! `surrogateescape`, `backslashreplace` for stderr).
//!
//! `print()` writes through whatever `sys.stdout` is; when that is a
//! `TextIOWrapper` the text goes straight into its pending buffer without
//! a method call. At exit, `flush_all` flushes the standard streams and
//! then every native text and buffered writer still alive.

use super::rawfile::{RawFile, RawMode};
use super::textio_methods::TextConfig;
use super::{buffered_methods, call, fileio, textio, textio_methods};
use crate::object::io::TextIOObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// One standard stream, or None when its descriptor is not open.
fn make_std(vm: &mut Vm, fd: i32, write: bool) -> PyResult<Value> {
    let m = RawMode { readable: !write, writable: write, ..RawMode::default() };
    // Quiet interpreters (`Options::quiet`) get /dev/null instead.
    let file = if vm.opts.quiet { RawFile::open(std::path::Path::new("/dev/null"), &m) } else { RawFile::from_fd(fd, &m) };
    let file = match file {
        Ok(f) => f,
        Err(_) => return Ok(Value::NONE),
    };
    // A descriptor that is not open is not worth a stream (CPython: None).
    if file.metadata().is_err() {
        return Ok(Value::NONE);
    }
    let raw = fileio::alloc(vm, vm.t.file_io);
    let tty;
    {
        let Ok(mut r) = raw.raw.try_borrow_mut() else { return Ok(Value::NONE) };
        r.set_file(file, fd, &m, false);
        tty = r.isatty();
    }
    let name = ["<stdin>", "<stdout>", "<stderr>"][fd as usize];
    let k = vm.intern("name");
    let n = vm.new_str(name);
    vm.generic_setattr(raw.value(), k, n)?;
    let cls = if write { vm.t.buffered_writer } else { vm.t.buffered_reader };
    let b = buffered_methods::alloc(vm, cls);
    buffered_methods::setup(vm, b, raw.value(), super::DEFAULT_BUFFER_SIZE)?;
    let t = textio_methods::alloc(vm, vm.t.text_io_wrapper);
    let cfg = TextConfig {
        encoding: Some("utf-8"),
        errors: Some(if fd == 2 { "backslashreplace" } else { "surrogateescape" }),
        newline: if write { Some("\n") } else { None },
        line_buffering: write && (tty || fd == 2),
        write_through: false,
    };
    textio_methods::setup(vm, t, b.value(), &cfg)?;
    let k = vm.intern("mode");
    let mode = vm.new_str(if write { "w" } else { "r" });
    vm.generic_setattr(t.value(), k, mode)?;
    Ok(t.value())
}

/// Create the standard streams and publish them in `sys`.
pub fn install(vm: &mut Vm) -> PyResult<()> {
    let sys = vm.intern("sys");
    let Some(m) = vm.modules.get_str_key(sys).and_then(|m| m.downcast::<crate::object::module::ModuleObj>()) else {
        return Ok(());
    };
    let streams = [make_std(vm, 0, false)?, make_std(vm, 1, true)?, make_std(vm, 2, true)?];
    vm.io.stdin = streams[0];
    vm.io.stdout = streams[1];
    vm.io.stderr = streams[2];
    vm.io.sysdict = Some(m.dict);
    vm.io.k_stdout = vm.intern("stdout");
    for (name, v) in ["stdin", "stdout", "stderr"].iter().zip(streams) {
        super::super::add_value(vm, m, name, v);
        super::super::add_value(vm, m, &format!("__{name}__"), v);
    }
    super::open::install_builtin(vm);
    Ok(())
}

/// `sys.<name>` (None when missing).
pub fn sys_attr(vm: &mut Vm, name: &str) -> Value {
    let k = vm.intern(name);
    vm.io.sysdict.and_then(|d| d.get_str_key(k)).unwrap_or(Value::NONE)
}

/// Write `s` to `file` as `print` does: natively to a text wrapper or
/// StringIO, else through its `write` method (one call per piece).
/// Pieces are stored str text (lone surrogates allowed, see `text::wtf8`).
pub fn write_text(vm: &mut Vm, file: Value, pieces: &[&[u8]], flush: bool) -> PyResult<()> {
    let ty = vm.type_of(file);
    if ty == vm.t.text_io_wrapper {
        if let Some(t) = file.downcast::<TextIOObj>() {
            let s = pieces.concat();
            write_native(vm, &t, &s)?;
            if flush {
                textio::flush(vm, &t)?;
            }
            return Ok(());
        }
    }
    if ty == vm.t.string_io {
        // Flushing a StringIO only checks that it is open.
        let text = pieces.concat();
        return match String::from_utf8(text) {
            Ok(s) => super::stringio::write_str(vm, file, &s),
            Err(_) => Err(super::stringio::surrogates_unsupported(vm)),
        };
    }
    let w = vm.intern("write");
    for p in pieces {
        let sv = vm.new_wtf8(p.to_vec());
        vm.call_method(file, w, &[sv])?;
    }
    if flush {
        call(vm, file, "flush", &[])?;
    }
    Ok(())
}

fn write_native(vm: &mut Vm, t: &TextIOObj, s: &[u8]) -> PyResult<()> {
    // The str object is only needed for an encoding error's message.
    match textio::write_str(vm, t, s, Value::NONE) {
        Err(e) if vm.is_instance(e.0, vm.t.unicode_encode_error) => {
            let sv = vm.new_wtf8(s.to_vec());
            textio::write_str(vm, t, s, sv)
        }
        r => r,
    }
}

/// `sys.stdout` for `print()`: None means "print nothing".
pub fn stdout(vm: &mut Vm) -> PyResult<Value> {
    let k = vm.io.k_stdout;
    match vm.io.sysdict.and_then(|d| d.get_str_key(k)) {
        Some(v) => Ok(v),
        None => Err(vm.new_error(vm.t.runtime_error, "lost sys.stdout")),
    }
}

/// Flush `sys.<name>` unless it is None or closed, ignoring errors.
pub fn flush_stream(vm: &mut Vm, name: &str) {
    let f = sys_attr(vm, name);
    if f.is_none() {
        return;
    }
    if let Some(t) = f.downcast::<TextIOObj>().filter(|_| vm.type_of(f) == vm.t.text_io_wrapper) {
        if !textio::buf_of(vm, &t).and_then(|b| b.closed(vm)).unwrap_or(true) {
            let _ = textio::flush(vm, &t);
        }
        return;
    }
    if !super::is_closed(vm, f).unwrap_or(true) {
        let _ = call(vm, f, "flush", &[]);
    }
}

/// Flush `sys.stdout` and `sys.stderr` (CPython's `flush_std_files`).
pub fn flush_std(vm: &mut Vm) {
    flush_stream(vm, "stdout");
    flush_stream(vm, "stderr");
}

/// Write an uncaught exception's report to `sys.stderr` (after what is
/// pending there; stdout is flushed later, at exit, as in CPython). A
/// replaced `sys.stderr` gets the text through its `write`; the real one,
/// or a failing replacement, the process's stderr directly.
pub fn report(vm: &mut Vm, text: &str) {
    if vm.opts.quiet {
        return;
    }
    let err = sys_attr(vm, "stderr");
    if !err.is_none() && err != vm.io.stderr && write_text(vm, err, &[text.as_bytes()], true).is_ok() {
        return;
    }
    flush_stream(vm, "stderr");
    eprint!("{text}");
}

/// At exit: the standard streams, then every native text and buffered
/// writer still alive (their bytes would be lost otherwise).
pub fn flush_all(vm: &mut Vm) {
    flush_std(vm);
    let texts = std::mem::take(&mut vm.io.texts);
    for w in &texts {
        if let Some(s) = w.upgrade() {
            if let Ok(mut s) = s.try_borrow_mut() {
                s.flush_native_quiet();
            }
        }
    }
    let bufs = std::mem::take(&mut vm.io.bufs);
    for w in &bufs {
        if let Some(s) = w.upgrade() {
            if let Ok(mut s) = s.try_borrow_mut() {
                s.flush_native_quiet();
            }
        }
    }
}

/// `input(prompt)`: prompt to `sys.stdout`, one line from `sys.stdin`.
pub fn input(vm: &mut Vm, prompt: Option<Value>) -> PyResult {
    let fin = sys_attr(vm, "stdin");
    let fout = sys_attr(vm, "stdout");
    let ferr = sys_attr(vm, "stderr");
    if fin.is_none() {
        return Err(vm.new_error(vm.t.runtime_error, "input(): lost sys.stdin"));
    }
    if fout.is_none() {
        return Err(vm.new_error(vm.t.runtime_error, "input(): lost sys.stdout"));
    }
    if !ferr.is_none() {
        let _ = call(vm, ferr, "flush", &[]);
    }
    if let Some(p) = prompt {
        let s = vm.to_str(p)?;
        let w = vm.intern("write");
        vm.call_method(fout, w, &[s])?;
    }
    call(vm, fout, "flush", &[])?;
    let line = call(vm, fin, "readline", &[])?;
    let Some(s) = Vm::str_of(line) else {
        return Err(vm.type_error("object.readline() returned non-string"));
    };
    if s.is_empty() {
        return Err(vm.new_error(vm.t.eof_error, "EOF when reading a line"));
    }
    let s = s.strip_suffix('\n').unwrap_or(s).to_string();
    Ok(vm.new_string(s))
}
