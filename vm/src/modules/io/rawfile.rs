//! The OS file behind `FileIO`: a `std::fs::File` plus the mode flags,
//! with the system-call level operations (no Python objects here).
//!
//! File descriptors 0, 1 and 2 are duplicates of the process's standard
//! streams (`try_clone_to_owned`), so closing one never closes the real
//! stream; `fileno()` still reports the original number. Any other
//! integer is reopened through `/proc/self/fd/N` (a new open file
//! description: it has its own offset), since safe Rust cannot adopt a raw
//! descriptor.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};

/// An open (or closed) OS file and how it was opened.
pub struct RawFile {
    /// `None` once closed (or before `__init__`).
    pub file: Option<File>,
    /// What `fileno()` reports (-1 when closed).
    pub fd: i32,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub closefd: bool,
    /// Cached answer of `seekable()`.
    pub seekable: Option<bool>,
    /// `st_blksize` of the file (the default buffer size of `open()`).
    pub blksize: usize,
}

/// The mode characters of `FileIO` parsed into flags.
#[derive(Default, Clone, Copy, Debug)]
pub struct RawMode {
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub truncate: bool,
}

impl Default for RawFile {
    fn default() -> Self {
        RawFile::closed()
    }
}

fn einval() -> io::Error {
    io::Error::from_raw_os_error(22)
}

impl RawFile {
    /// A file object that is not open.
    pub fn closed() -> RawFile {
        RawFile {
            file: None,
            fd: -1,
            readable: false,
            writable: false,
            appending: false,
            created: false,
            closefd: true,
            seekable: None,
            blksize: 8192,
        }
    }

    fn open_options(m: &RawMode) -> std::fs::OpenOptions {
        let mut o = std::fs::OpenOptions::new();
        o.read(m.readable);
        if m.created {
            o.write(true).create_new(true);
        } else if m.appending {
            o.append(true).create(true);
        } else if m.truncate {
            o.write(true).create(true).truncate(true);
        } else if m.writable {
            o.write(true);
        }
        o
    }

    /// Open `path` (CPython's `open(2)` flags for the mode). Opening a
    /// directory fails with EISDIR, as CPython checks after opening.
    pub fn open(path: &std::path::Path, m: &RawMode) -> io::Result<File> {
        let f = Self::open_options(m).open(path)?;
        if f.metadata().map(|md| md.is_dir()).unwrap_or(false) {
            return Err(io::Error::from_raw_os_error(21));
        }
        Ok(f)
    }

    /// A `File` for descriptor `fd` (see the module comment).
    pub fn from_fd(fd: i32, m: &RawMode) -> io::Result<File> {
        use std::os::fd::AsFd;
        let owned = match fd {
            0 => std::io::stdin().as_fd().try_clone_to_owned(),
            1 => std::io::stdout().as_fd().try_clone_to_owned(),
            2 => std::io::stderr().as_fd().try_clone_to_owned(),
            _ => {
                let mut o = std::fs::OpenOptions::new();
                o.read(m.readable).write(m.writable && !m.appending).append(m.appending);
                return o.open(format!("/proc/self/fd/{fd}")).map_err(|_| io::Error::from_raw_os_error(9));
            }
        };
        Ok(File::from(owned?))
    }

    /// Adopt an opened file.
    pub fn set_file(&mut self, f: File, fd: i32, m: &RawMode, closefd: bool) {
        use std::os::unix::fs::MetadataExt;
        self.blksize = f.metadata().map(|md| md.blksize() as usize).unwrap_or(8192);
        if self.blksize <= 1 {
            self.blksize = 8192;
        }
        self.file = Some(f);
        self.fd = fd;
        self.readable = m.readable;
        self.writable = m.writable;
        self.appending = m.appending;
        self.created = m.created;
        self.closefd = closefd;
        self.seekable = None;
    }

    pub fn is_closed(&self) -> bool {
        self.file.is_none()
    }

    fn f(&mut self) -> io::Result<&mut File> {
        self.file.as_mut().ok_or_else(|| io::Error::from_raw_os_error(9))
    }

    /// One `read(2)` (retried on EINTR).
    pub fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let f = self.f()?;
        loop {
            match f.read(buf) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                r => return r,
            }
        }
    }

    /// The buffer size for one `read(n)`: all of `n` for a regular file
    /// (up to its end), at most a large chunk for other files.
    pub fn read_size(&mut self, n: u64) -> usize {
        let cap = match self.file.as_mut() {
            Some(f) => match (f.metadata(), f.stream_position()) {
                (Ok(md), Ok(pos)) if md.is_file() => md.len().saturating_sub(pos).saturating_add(1),
                _ => super::MAX_RAW_READ as u64,
            },
            None => 0,
        };
        n.min(cap).min(i32::MAX as u64) as usize
    }

    /// Read to end of file.
    pub fn read_all(&mut self) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        let f = self.f()?;
        // A size hint from the file length and position saves regrowth.
        if let (Ok(md), Ok(pos)) = (f.metadata(), f.stream_position()) {
            if md.is_file() && md.len() > pos {
                out.reserve((md.len() - pos) as usize);
            }
        }
        loop {
            match f.read_to_end(&mut out) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
                Ok(_) => return Ok(out),
            }
        }
    }

    /// One `write(2)`: the number of bytes written.
    pub fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let f = self.f()?;
        loop {
            match f.write(data) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                r => return r,
            }
        }
    }

    /// Write everything (used when flushing on drop and at exit).
    pub fn write_all(&mut self, data: &[u8]) -> io::Result<()> {
        self.f()?.write_all(data)
    }

    /// `lseek(2)` with whence 0, 1 or 2.
    pub fn seek(&mut self, pos: i64, whence: i64) -> io::Result<u64> {
        let to = match whence {
            0 if pos < 0 => return Err(einval()),
            0 => SeekFrom::Start(pos as u64),
            1 => SeekFrom::Current(pos),
            2 => SeekFrom::End(pos),
            _ => return Err(einval()),
        };
        self.f()?.seek(to)
    }

    pub fn tell(&mut self) -> io::Result<u64> {
        self.f()?.stream_position()
    }

    /// `ftruncate(2)`.
    pub fn truncate(&mut self, size: u64) -> io::Result<()> {
        self.f()?.set_len(size)
    }

    pub fn is_seekable(&mut self) -> bool {
        if let Some(s) = self.seekable {
            return s;
        }
        let s = self.f().map(|f| f.stream_position().is_ok()).unwrap_or(false);
        self.seekable = Some(s);
        s
    }

    pub fn isatty(&self) -> bool {
        use std::io::IsTerminal;
        self.file.as_ref().is_some_and(|f| f.is_terminal())
    }

    /// Close the file (a no-op when closed).
    pub fn close(&mut self) {
        self.file = None;
        self.fd = -1;
    }

    /// `FileIO.mode`.
    pub fn mode_string(&self) -> &'static str {
        if self.created {
            if self.readable { "xb+" } else { "xb" }
        } else if self.appending {
            if self.readable { "ab+" } else { "ab" }
        } else if self.readable {
            if self.writable { "rb+" } else { "rb" }
        } else {
            "wb"
        }
    }
}

/// Parse `FileIO`'s mode string (`None` = invalid character or repeat;
/// `Some(Err(msg))` = a bad combination with CPython's message).
pub fn parse_mode(mode: &str) -> Result<RawMode, String> {
    let mut m = RawMode::default();
    let (mut rwa, mut plus) = (false, false);
    let bad = "Must have exactly one of create/read/write/append mode and at most one plus";
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(bad.to_string());
                }
                rwa = true;
                match c {
                    'x' => {
                        m.created = true;
                        m.writable = true;
                    }
                    'r' => m.readable = true,
                    'w' => {
                        m.writable = true;
                        m.truncate = true;
                    }
                    _ => {
                        m.writable = true;
                        m.appending = true;
                    }
                }
            }
            'b' => {}
            '+' => {
                if plus {
                    return Err(bad.to_string());
                }
                m.readable = true;
                m.writable = true;
                plus = true;
            }
            _ => return Err(format!("invalid mode: {mode}")),
        }
    }
    if !rwa {
        return Err(bad.to_string());
    }
    Ok(m)
}
