//! The compile cache for imported source modules (docs/imports.md).
//!
//! An imported `dir/NAME.py` is cached as `dir/__pycache__/NAME.taipan-010.tpc`
//! (the tag is Taipan's version; CPython's files are `NAME.cpython-311.pyc`,
//! so the two never collide). Modules of the host CPython's standard
//! library are cached under the user's cache directory instead
//! (`$XDG_CACHE_HOME/taipan/<hash of the directory>/`, else
//! `~/.cache/taipan/...`): that tree belongs to another installation, may be
//! read-only or shared. A file is used only if its header records the
//! source's current mtime (ns) and size and this build's hash; otherwise the
//! source is compiled and the file rewritten (temp file + rename). Any I/O
//! error skips caching silently. The main script is never cached.
//!
//! Opt-outs: `Options::bytecode_cache` false (`TAIPAN_NO_CACHE=1`, `-X
//! no-cache`) neither reads nor writes; `Options::dont_write_bytecode` (`-B`; not
//! `PYTHONDONTWRITEBYTECODE`, which is often set globally for CPython) or `sys.dont_write_bytecode = True` reads but
//! does not write. `TAIPAN_CACHE_DEBUG=1` reports each decision on stderr.

use crate::bytecode::cache;
use crate::bytecode::CompiledCode;
use crate::object::code::CodeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::OnceCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Per-interpreter cache settings, worked out on first use.
#[derive(Default)]
pub struct ImportCache {
    places: OnceCell<Places>,
}

struct Places {
    debug: bool,
    /// The host CPython's library directory (cached in the user directory).
    stdlib: Option<PathBuf>,
    /// `$XDG_CACHE_HOME/taipan` or `~/.cache/taipan`.
    user_root: Option<PathBuf>,
    /// `taipan-010` for version 0.1.0.
    tag: String,
}

impl Places {
    fn new() -> Places {
        let debug = std::env::var("TAIPAN_CACHE_DEBUG").map(|v| !v.is_empty() && v != "0").unwrap_or(false);
        let stdlib = super::import::find_stdlib().map(|p| std::path::absolute(&p).unwrap_or(p));
        let user_root = match std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()) {
            Some(x) => Some(PathBuf::from(x).join("taipan")),
            None => std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|h| PathBuf::from(h).join(".cache/taipan")),
        };
        let tag = format!("taipan-{}", env!("CARGO_PKG_VERSION").replace('.', ""));
        Places { debug, stdlib, user_root, tag }
    }

    /// The cache file for the source file `src` (an absolute path).
    fn cache_file(&self, src: &Path) -> Option<PathBuf> {
        let dir = src.parent()?;
        let stem = src.file_stem()?.to_str()?;
        let name = format!("{stem}.{}.tpc", self.tag);
        match &self.stdlib {
            Some(lib) if src.starts_with(lib) => {
                let d = dir.to_string_lossy();
                Some(self.user_root.as_ref()?.join(format!("{:016x}", fnv(d.as_bytes()))).join(name))
            }
            _ => Some(dir.join("__pycache__").join(name)),
        }
    }
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

/// Modification time in ns since the epoch (negative before it).
fn mtime_ns(meta: &std::fs::Metadata) -> Option<i64> {
    let t = meta.modified().ok()?;
    Some(match t.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_nanos()).ok()?,
        Err(e) => -i64::try_from(e.duration().as_nanos()).ok()?,
    })
}

/// Write `bytes` to `path` through a temporary file in the same directory
/// and a rename, so readers see the old file or the whole new one.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = path.parent().ok_or(std::io::ErrorKind::InvalidInput)?;
    std::fs::create_dir_all(dir)?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".{}.{n}.tmp", std::process::id()));
    let tmp = PathBuf::from(tmp);
    let r = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r
}

impl Vm {
    /// Read the source file `file` (found by an import) and return its code
    /// object, from the compile cache when a valid entry exists.
    pub(crate) fn import_source_code(&mut self, file: &Path, filename: &str) -> PyResult<Gc<CodeObj>> {
        let read = (|| {
            use std::io::Read;
            let mut f = std::fs::File::open(file)?;
            let meta = f.metadata()?;
            let mut buf = Vec::with_capacity(meta.len() as usize);
            f.read_to_end(&mut buf)?;
            Ok::<_, std::io::Error>((buf, meta))
        })();
        let (bytes, meta) = match read {
            Ok(r) => r,
            Err(e) => return Err(self.new_error(self.t.import_error, &format!("cannot read {filename}: {e}"))),
        };
        let src: Rc<str> = String::from_utf8_lossy(&bytes).into();
        self.sources.insert(filename.to_string(), src.clone());
        // The key: the source as read (size of the bytes read, mtime of the
        // open file), so a file replaced meanwhile is not cached under the
        // old key.
        let key = if self.opts.bytecode_cache { mtime_ns(&meta).map(|m| (m, bytes.len() as u64)) } else { None };
        let places = self.import_cache.places.get_or_init(Places::new);
        let debug = places.debug;
        let cfile = key.and_then(|_| places.cache_file(file));
        if let (Some((mtime, size)), Some(cf)) = (key, &cfile) {
            match std::fs::read(cf) {
                Ok(data) => match cache::deserialize(&data, mtime, size, filename) {
                    Some(code) => {
                        if debug {
                            eprintln!("taipan-cache: hit {} for {filename}", cf.display());
                        }
                        return Ok(self.load_code(&Rc::new(code)));
                    }
                    None if debug => eprintln!("taipan-cache: stale or invalid {} for {filename}", cf.display()),
                    None => {}
                },
                Err(_) if debug => eprintln!("taipan-cache: miss {} for {filename}", cf.display()),
                Err(_) => {}
            }
        }
        let code: CompiledCode = match crate::compiler::compile(&src, filename, crate::bytecode::Mode::Exec) {
            Ok(c) => c,
            Err(e) => return Err(self.syntax_error(&e)),
        };
        if let (Some((mtime, size)), Some(cf)) = (key, cfile) {
            if !self.opts.dont_write_bytecode && !self.sys_dont_write_bytecode() {
                // Serialized from the compiler's output, before the vm
                // quickens its copy of the units.
                let data = cache::serialize(&code, mtime, size);
                match write_atomic(&cf, &data) {
                    Ok(()) if debug => eprintln!("taipan-cache: wrote {} for {filename}", cf.display()),
                    Err(e) if debug => eprintln!("taipan-cache: cannot write {}: {e}", cf.display()),
                    _ => {}
                }
            }
        }
        Ok(self.load_code(&Rc::new(code)))
    }

    /// `sys.dont_write_bytecode` is true.
    fn sys_dont_write_bytecode(&mut self) -> bool {
        let k = self.intern("sys");
        let Some(sys) = self.modules.get_str_key(k) else { return false };
        let Some(m) = sys.downcast::<crate::object::module::ModuleObj>() else { return false };
        let k = self.intern("dont_write_bytecode");
        m.dict.get_str_key(k).is_some_and(|v| v == Value::TRUE)
    }
}
