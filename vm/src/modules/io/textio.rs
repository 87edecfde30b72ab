//! The text layer of `TextIOWrapper`: encoding of writes into a pending
//! byte buffer, incremental decoding of reads, newline translation, and
//! `tell`/`seek` cookies.
//!
//! Decoded text is kept untranslated (`decoded[dpos..]` is unread), and
//! newline translation happens as text is handed out; so the number of
//! bytes the unread text came from is its encoded length, and `tell()` is
//! the buffer's position minus that and the undecoded tail: a plain byte
//! position, exact whenever decoding needed no error handler. Cookies are
//! those byte positions.

pub use super::textbuf::{buf_of, native_buffer, Buf};
use super::buffered::BufState;
use super::newlines::{self, LineMode};
use super::textcodec::{encoded_len, DecodeFail, Decoder, Encoder};
use super::{closed_file, unsupported};
use crate::object::io::TextIOObj;
use crate::text::codecs::{Codec, CodecError};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::{RefCell, RefMut};
use std::rc::Rc;

/// Rust-side state of a TextIOWrapper.
pub struct TextState {
    pub ok: bool,
    pub encoding: String,
    pub errors: String,
    pub codec: Codec,
    /// The validated `newline` argument.
    pub newline: Option<&'static str>,
    pub mode: LineMode,
    /// `\n` becomes this on write (None: no translation).
    pub writenl: Option<&'static str>,
    pub line_buffering: bool,
    pub write_through: bool,
    pub readable: bool,
    pub writable: bool,
    pub seekable: bool,
    /// False while iterating with `next()` (tell() is refused then).
    pub telling: bool,
    pub has_read1: bool,
    pub chunk_size: usize,
    /// Encoded text not yet given to the buffer.
    pub pending: Vec<u8>,
    pub encoder: Encoder,
    pub decoder: Decoder,
    /// Decoded, untranslated text; `decoded[dpos..]` is unread.
    pub decoded: String,
    pub dpos: usize,
    /// The last read reached end of file.
    pub eof: bool,
    /// Text has been read since the last seek or write (reconfigure
    /// then refuses to change the codec).
    pub read_started: bool,
    pub seen: u8,
    pub pendingcr: bool,
    /// The buffer's state when it is a native buffered object (so pending
    /// bytes can be handed over when this object dies unflushed).
    pub native_buf: Option<Rc<RefCell<BufState>>>,
}

impl TextState {
    pub fn new() -> TextState {
        TextState {
            ok: false,
            encoding: "utf-8".to_string(),
            errors: "strict".to_string(),
            codec: Codec::Utf8,
            newline: None,
            mode: LineMode::Translate,
            writenl: None,
            line_buffering: false,
            write_through: false,
            readable: false,
            writable: false,
            seekable: false,
            telling: false,
            has_read1: false,
            chunk_size: 8192,
            pending: Vec::new(),
            encoder: Encoder::new(Codec::Utf8),
            decoder: Decoder::new(Codec::Utf8),
            decoded: String::new(),
            dpos: 0,
            eof: false,
            read_started: false,
            seen: 0,
            pendingcr: false,
            native_buf: None,
        }
    }

    /// Set the newline mode from a validated `newline` argument.
    pub fn set_newline(&mut self, nl: Option<&'static str>) {
        self.newline = nl;
        self.mode = newlines::line_mode(nl);
        self.writenl = match nl {
            Some("\r") | Some("\r\n") => nl,
            _ => None,
        };
    }

    /// Forget read-ahead (before a write or a seek).
    fn drop_read_state(&mut self) {
        self.decoded.clear();
        self.dpos = 0;
        self.eof = false;
        self.pendingcr = false;
        self.read_started = false;
    }

    /// Hand pending bytes to a native buffer without Python (drop, exit).
    pub fn flush_native_quiet(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        if let Some(b) = &self.native_buf {
            if let Ok(mut s) = b.try_borrow_mut() {
                s.wbuf.extend_from_slice(&self.pending);
            }
        }
        self.pending.clear();
    }
}

impl Default for TextState {
    fn default() -> Self {
        TextState::new()
    }
}

impl Drop for TextState {
    fn drop(&mut self) {
        self.flush_native_quiet();
    }
}

pub fn st<'a>(vm: &mut Vm, t: &'a TextIOObj) -> PyResult<RefMut<'a, TextState>> {
    match t.st.try_borrow_mut() {
        Ok(s) => Ok(s),
        Err(_) => Err(vm.new_error(vm.t.runtime_error, "reentrant call inside TextIOWrapper")),
    }
}

/// The exception for a codec failure (`obj` is the str being encoded, or
/// `None` to use the bytes handed to the decoder).
fn codec_err(vm: &mut Vm, e: CodecError, obj: Value, data: Option<Vec<u8>>) -> PyErr {
    let obj = match data {
        Some(d) => vm.new_bytes_of(d, false),
        None => obj,
    };
    crate::builtins::unicode_codecs::codec_error(vm, e, obj)
}

/// The open, attached buffer of `t` (`I/O operation on closed file.` otherwise).
pub fn open_buf(vm: &mut Vm, t: &TextIOObj) -> PyResult<Buf> {
    let b = buf_of(vm, t)?;
    if b.closed(vm)? {
        return Err(closed_file(vm));
    }
    Ok(b)
}

/// Give pending encoded bytes to the buffer.
fn flush_pending(vm: &mut Vm, t: &TextIOObj, b: Buf) -> PyResult<()> {
    let data = std::mem::take(&mut st(vm, t)?.pending);
    if data.is_empty() {
        return Ok(());
    }
    b.write(vm, data)
}

/// `write(s)` of a str: encode, translate newlines, buffer, flush as the
/// buffering mode says. `sv` is the str object (for encode errors).
/// Write stored str text `s` (which may hold lone surrogates, see
/// `text::wtf8`); `sv` is the str for an encoding error's message.
pub fn write_str(vm: &mut Vm, t: &TextIOObj, s: &[u8], sv: Value) -> PyResult<()> {
    let b = open_buf(vm, t)?;
    let (needflush, flush_now) = {
        let mut x = st(vm, t)?;
        if !x.writable {
            drop(x);
            return Err(unsupported(vm, "not writable"));
        }
        let translated: Vec<u8>;
        let text: &[u8] = match x.writenl {
            Some(nl) if s.contains(&b'\n') => {
                translated = replace_newlines(s, nl);
                &translated
            }
            _ => s,
        };
        let needflush = x.line_buffering && (text.contains(&b'\n') || text.contains(&b'\r'));
        let errors = std::mem::take(&mut x.errors);
        let plain_utf8 = x.codec == Codec::Utf8 && crate::text::wtf8::as_str(text).is_some();
        let enc = if plain_utf8 { Ok(None) } else { x.encoder.encode(text, &errors).map(Some) };
        x.errors = errors;
        match enc {
            Ok(Some(bytes)) => x.pending.extend_from_slice(&bytes),
            Ok(None) => {
                x.encoder.started = true;
                x.pending.extend_from_slice(text)
            }
            Err(e) => {
                drop(x);
                return Err(codec_err(vm, e, sv, None));
            }
        }
        if !x.decoded.is_empty() || !x.decoder.pending.is_empty() {
            x.drop_read_state();
            x.decoder.pending.clear();
        }
        let flush_now = needflush || x.write_through || x.pending.len() >= x.chunk_size;
        (needflush, flush_now)
    };
    if flush_now {
        flush_pending(vm, t, b)?;
    }
    if needflush {
        b.flush(vm)?;
    }
    Ok(())
}

/// `s` with each newline written as `nl`.
fn replace_newlines(s: &[u8], nl: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 8);
    for &c in s {
        if c == b'\n' {
            out.extend_from_slice(nl.as_bytes());
        } else {
            out.push(c);
        }
    }
    out
}

/// `flush()`: pending bytes to the buffer, then flush the buffer.
pub fn flush(vm: &mut Vm, t: &TextIOObj) -> PyResult<()> {
    let b = open_buf(vm, t)?;
    {
        let mut x = st(vm, t)?;
        x.telling = x.seekable;
    }
    flush_pending(vm, t, b)?;
    b.flush(vm)
}

fn check_readable(vm: &mut Vm, t: &TextIOObj) -> PyResult<Buf> {
    let b = open_buf(vm, t)?;
    if !st(vm, t)?.readable {
        return Err(unsupported(vm, "not readable"));
    }
    flush_pending(vm, t, b)?;
    Ok(b)
}

/// Decode `data` (the end of the stream when `last`) and append it to the
/// unread text.
fn absorb(vm: &mut Vm, t: &TextIOObj, data: &[u8], last: bool) -> PyResult<()> {
    let mut x = st(vm, t)?;
    let errors = std::mem::take(&mut x.errors);
    let r = x.decoder.decode(data, &errors, last);
    x.errors = errors;
    let text = match r.map(String::from_utf8) {
        Ok(Ok(s)) => s,
        Ok(Err(_)) => {
            drop(x);
            let msg = "taipan: text files cannot yet read text that decodes to lone surrogates (errors='surrogateescape'/'surrogatepass')";
            return Err(vm.new_error(vm.t.not_implemented_error, msg));
        }
        Err(DecodeFail::Codec(e, d)) => {
            drop(x);
            return Err(codec_err(vm, e, Value::NONE, Some(d)));
        }
        Err(DecodeFail::NoBom(msg)) => {
            drop(x);
            return Err(vm.new_error(vm.t.unicode_error, msg));
        }
    };
    if matches!(x.mode, LineMode::Translate | LineMode::Universal) {
        let (mut pcr, mut seen) = (x.pendingcr, x.seen);
        newlines::note_newlines(&text, &mut pcr, &mut seen, last);
        x.pendingcr = pcr;
        x.seen = seen;
    }
    if x.dpos > 0 {
        let d = x.dpos;
        x.decoded.drain(..d);
        x.dpos = 0;
    }
    x.decoded.push_str(&text);
    x.eof = last;
    x.read_started = true;
    Ok(())
}

/// Read and decode one chunk; false at end of file.
fn fill(vm: &mut Vm, t: &TextIOObj, b: Buf) -> PyResult<bool> {
    let (n, r1) = {
        let x = st(vm, t)?;
        (x.chunk_size, x.has_read1)
    };
    let data = b.read_chunk(vm, n, r1)?;
    let last = data.is_empty();
    absorb(vm, t, &data, last)?;
    Ok(!last)
}

/// `read(n)`; `n < 0` reads to end of file.
pub fn read(vm: &mut Vm, t: &TextIOObj, n: i64) -> PyResult<String> {
    let b = check_readable(vm, t)?;
    if n < 0 {
        let data = b.read_all(vm)?;
        absorb(vm, t, &data, true)?;
        let mut x = st(vm, t)?;
        let rest = &x.decoded[x.dpos..];
        let out = if x.mode == LineMode::Translate { newlines::translate(rest, true) } else { rest.to_string() };
        x.decoded.clear();
        x.dpos = 0;
        x.read_started = false;
        return Ok(out);
    }
    let n = n as usize;
    let mut out = String::new();
    let mut count = 0;
    loop {
        let done = {
            let mut x = st(vm, t)?;
            let (piece, used) = newlines::take_chars(&x.decoded[x.dpos..], n - count, x.mode, x.eof);
            x.dpos += used;
            count += piece.chars().count();
            out.push_str(&piece);
            count >= n || x.eof && x.dpos == x.decoded.len()
        };
        if done {
            return Ok(out);
        }
        fill(vm, t, b)?;
    }
}

/// `readline(limit)`; `limit < 0` means no limit.
pub fn readline(vm: &mut Vm, t: &TextIOObj, limit: i64) -> PyResult<String> {
    let b = check_readable(vm, t)?;
    loop {
        let line = {
            let mut x = st(vm, t)?;
            let avail = &x.decoded[x.dpos..];
            let (mode, eof) = (x.mode, x.eof);
            let found = newlines::scan_line(avail, mode, eof);
            let mut line: Option<(String, usize)> = match found {
                Some((body, end)) if mode == LineMode::Translate => Some((format!("{}\n", &avail[..body]), end)),
                Some((_, end)) => Some((avail[..end].to_string(), end)),
                None if eof => Some((if mode == LineMode::Translate { newlines::translate(avail, true) } else { avail.to_string() }, avail.len())),
                None => None,
            };
            if limit >= 0 {
                let lim = limit as usize;
                let enough = match &line {
                    Some((l, _)) => l.chars().count() > lim,
                    None => avail.chars().count() >= lim,
                };
                if enough {
                    line = Some(newlines::take_chars(avail, lim, mode, eof));
                }
            }
            if let Some((_, used)) = &line {
                x.dpos += used;
            }
            line
        };
        if let Some((l, _)) = line {
            return Ok(l);
        }
        fill(vm, t, b)?;
    }
}

/// `tell()`: the byte position of the next unread character.
pub fn tell(vm: &mut Vm, t: &TextIOObj) -> PyResult<i64> {
    let b = open_buf(vm, t)?;
    {
        let x = st(vm, t)?;
        if !x.seekable {
            drop(x);
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        if !x.telling {
            drop(x);
            return Err(vm.new_error(vm.t.os_error, "telling position disabled by next() call"));
        }
    }
    flush_pending(vm, t, b)?;
    b.flush(vm)?;
    let pos = b.tell(vm)?;
    let x = st(vm, t)?;
    let unread = encoded_len(x.decoder.codec, &x.decoded[x.dpos..]) + x.decoder.pending.len();
    Ok((pos - unread as i64).max(0))
}

/// `seek(cookie, whence)`.
pub fn seek(vm: &mut Vm, t: &TextIOObj, cookie: i64, whence: i64) -> PyResult<i64> {
    let b = open_buf(vm, t)?;
    if !st(vm, t)?.seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    let cookie = match whence {
        1 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        1 => tell(vm, t)?,
        2 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        2 => {
            flush(vm, t)?;
            let pos = b.seek(vm, 0, 2)?;
            let mut x = st(vm, t)?;
            x.drop_read_state();
            if pos == 0 { x.decoder.reset() } else { x.decoder.skip_bom() }
            x.encoder.started = pos != 0;
            return Ok(pos);
        }
        0 => cookie,
        _ => return Err(vm.value_error(&format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    if cookie < 0 {
        return Err(vm.value_error(&format!("negative seek position {cookie}")));
    }
    flush(vm, t)?;
    b.seek(vm, cookie, 0)?;
    let mut x = st(vm, t)?;
    x.drop_read_state();
    if cookie == 0 { x.decoder.reset() } else { x.decoder.skip_bom() }
    x.encoder.started = cookie != 0;
    Ok(cookie)
}

/// The `newlines` attribute for a set of seen kinds.
pub fn newlines_value(vm: &mut Vm, seen: u8) -> PyResult {
    let kinds = newlines::seen_kinds(seen);
    Ok(match kinds.len() {
        0 => Value::NONE,
        1 => vm.new_str(kinds[0]),
        _ => {
            let items = kinds.iter().map(|k| vm.new_str(k)).collect();
            vm.new_tuple(items)
        }
    })
}

/// The encoding `open()` and `TextIOWrapper` use when none is given
/// (CPython's `locale.getencoding()`; in UTF-8 mode, i.e. under the C or
/// POSIX locale, `utf-8`).
pub fn locale_encoding() -> &'static str {
    let var = ["LC_ALL", "LC_CTYPE", "LANG"].iter().find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()));
    match var.as_deref() {
        None | Some("C") | Some("POSIX") => "utf-8",
        _ => "UTF-8",
    }
}
