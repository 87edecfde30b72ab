//! The built-in text encodings behind `str.encode` and `bytes.decode`:
//! UTF-8 (and `utf-8-sig`), ASCII, Latin-1, UTF-16 and UTF-32 (with and
//! without byte-order mark), and the standard error handlers.
//!
//! Names are looked up the way CPython's `encodings` package does (lower
//! case, runs of punctuation collapsed to `_`, then the alias table), and
//! every failure carries what CPython puts into `UnicodeEncodeError` /
//! `UnicodeDecodeError` (encoding, start, end, reason), so the interpreter
//! only builds the exception. Positions are code points for encoding and
//! bytes for decoding.
//!
//! A `str` may hold lone surrogates (see `text::wtf8`): encoding takes the
//! stored text and decoding returns it, so `surrogateescape` (bytes
//! 0x80..0xFF <-> U+DC80..U+DCFF) and `surrogatepass` (encoded surrogates
//! in UTF-8/16/32) work as in CPython, including which ranges CPython hands
//! to the handler (whole runs for UTF-8/ASCII/Latin-1, single characters for
//! UTF-16/32) and so the positions its errors report.
//! `namereplace` needs the Unicode name table, which Taipan does not have:
//! encoding with it raises `LookupError` saying so (decoding raises
//! CPython's `TypeError`, as it does not apply to decoding).

use super::wtf8;

/// One built-in codec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

/// Why an encode or decode failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// `UnicodeEncodeError(encoding, s, start, end, reason)`; positions in code points.
    Encode { encoding: &'static str, start: usize, end: usize, reason: String },
    /// `UnicodeDecodeError(encoding, data[from..], start, end, reason)`;
    /// positions are relative to `data[from..]` (the BOM of `utf-8-sig` is
    /// not part of the object CPython reports).
    Decode { encoding: &'static str, from: usize, start: usize, end: usize, reason: String },
    /// `LookupError: unknown error handler name '...'`.
    UnknownHandler(String),
    /// A handler that cannot repair this kind of error: `TypeError`.
    WrongHandler(&'static str),
    /// A handler Taipan cannot run (`namereplace`): `LookupError`.
    UnsupportedHandler(&'static str),
}

pub type CodecResult<T> = Result<T, CodecError>;

/// CPython's `encodings.normalize_encoding` after lower-casing: runs of
/// characters other than alphanumerics and '.' become one '_', and leading
/// or trailing ones are dropped.
pub fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec called `name`, or `None` for `LookupError: unknown encoding`.
pub fn lookup(name: &str) -> Option<Codec> {
    use Codec::*;
    // Fast path for the spellings programs actually use.
    match name {
        "utf-8" | "utf8" => return Some(Utf8),
        "ascii" => return Some(Ascii),
        "latin-1" | "latin1" => return Some(Latin1),
        _ => {}
    }
    Some(match normalize_encoding(name).as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Utf8,
        "utf_8_sig" => Utf8Sig,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii"
        | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1" | "iso_8859_1"
        | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => Latin1,
        "utf_16" | "u16" | "utf16" => Utf16,
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Utf16Le,
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Utf16Be,
        "utf_32" | "u32" | "utf32" => Utf32,
        "utf_32_le" | "utf_32le" => Utf32Le,
        "utf_32_be" | "utf_32be" => Utf32Be,
        _ => return None,
    })
}

/// An error handler, parsed from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    Backslash,
    XmlRef,
    SurrogateEscape,
    SurrogatePass,
    NameReplace,
    Unknown,
}

fn handler(name: &str) -> Handler {
    match name {
        "strict" => Handler::Strict,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        "namereplace" => Handler::NameReplace,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::Backslash,
        "xmlcharrefreplace" => Handler::XmlRef,
        _ => Handler::Unknown,
    }
}

const LITTLE: bool = cfg!(target_endian = "little");

// ----- encoding ------------------------------------------------------------

/// `s.encode(codec, errors)`; `s` is stored str text (see `text::wtf8`),
/// which may hold lone surrogates.
pub fn encode(s: &[u8], codec: Codec, errors: &str) -> CodecResult<Vec<u8>> {
    use Codec::*;
    if let (Utf8 | Utf8Sig, Some(t)) = (codec, wtf8::as_str(s)) {
        let bom: &[u8] = if codec == Utf8Sig { &[0xEF, 0xBB, 0xBF] } else { &[] };
        return Ok([bom, t.as_bytes()].concat());
    }
    let cps: Vec<u32> = wtf8::code_points(s).collect();
    let mut e = Encoder { cps: &cps, out: Vec::with_capacity(s.len() + 4), errors, codec, encoding: "utf-8" };
    match codec {
        Utf8 => e.run(|c| !wtf8::is_surrogate(c), true)?,
        Utf8Sig => {
            e.out.extend_from_slice(&[0xEF, 0xBB, 0xBF]);
            e.run(|c| !wtf8::is_surrogate(c), true)?
        }
        Ascii => {
            e.encoding = "ascii";
            e.run(|c| c < 0x80, true)?
        }
        Latin1 => {
            e.encoding = "latin-1";
            e.run(|c| c < 0x100, true)?
        }
        Utf16 | Utf16Le | Utf16Be | Utf32 | Utf32Le | Utf32Be => {
            e.encoding = match codec {
                Utf16 => "utf-16",
                Utf16Le => "utf-16-le",
                Utf16Be => "utf-16-be",
                Utf32 => "utf-32",
                Utf32Le => "utf-32-le",
                _ => "utf-32-be",
            };
            if matches!(codec, Utf16 | Utf32) {
                e.put_cp(0xFEFF);
            }
            // CPython's UTF-16/32 encoders call the handler one character at a time.
            e.run(|c| !wtf8::is_surrogate(c), false)?
        }
    }
    Ok(e.out)
}

struct Encoder<'a> {
    cps: &'a [u32],
    out: Vec<u8>,
    errors: &'a str,
    codec: Codec,
    encoding: &'static str,
}

impl Encoder<'_> {
    fn le(&self) -> bool {
        match self.codec {
            Codec::Utf16Le | Codec::Utf32Le => true,
            Codec::Utf16Be | Codec::Utf32Be => false,
            _ => LITTLE,
        }
    }
    /// Bytes per code unit: 1 for the byte codecs, 2 or 4 for UTF-16/32.
    fn unit(&self) -> usize {
        match self.codec {
            Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => 2,
            Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => 4,
            _ => 1,
        }
    }
    /// Append an encodable code point (or a surrogate for `surrogatepass`).
    fn put_cp(&mut self, c: u32) {
        let le = self.le();
        match self.unit() {
            1 if matches!(self.codec, Codec::Ascii | Codec::Latin1) => self.out.push(c as u8),
            1 => wtf8::push_cp(&mut self.out, c),
            2 if c >= 0x10000 => {
                let c = c - 0x10000;
                put16(&mut self.out, 0xD800 | (c >> 10) as u16, le);
                put16(&mut self.out, 0xDC00 | (c & 0x3FF) as u16, le);
            }
            2 => put16(&mut self.out, c as u16, le),
            _ => self.out.extend_from_slice(&if le { c.to_le_bytes() } else { c.to_be_bytes() }),
        }
    }
    /// Append replacement text produced by a handler (always ASCII).
    fn put_ascii(&mut self, t: &str) {
        t.bytes().for_each(|b| self.put_cp(b as u32));
    }
    fn reason(&self) -> String {
        match self.codec {
            Codec::Ascii => "ordinal not in range(128)".into(),
            Codec::Latin1 => "ordinal not in range(256)".into(),
            _ => "surrogates not allowed".into(),
        }
    }
    fn fail(&self, start: usize, end: usize) -> CodecResult<()> {
        Err(CodecError::Encode { encoding: self.encoding, start, end, reason: self.reason() })
    }
    /// Encode everything; `ok` says which code points the codec takes;
    /// `runs`: whether a run of unencodable characters goes to the handler
    /// at once (UTF-8, ASCII, Latin-1) or one by one (UTF-16/32).
    fn run(&mut self, ok: impl Fn(u32) -> bool, runs: bool) -> CodecResult<()> {
        let mut i = 0;
        let cps = self.cps;
        while i < cps.len() {
            let c = cps[i];
            if ok(c) {
                self.put_cp(c);
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            while runs && i < cps.len() && !ok(cps[i]) {
                i += 1;
            }
            self.handle(start, i)?;
        }
        Ok(())
    }
    fn handle(&mut self, start: usize, end: usize) -> CodecResult<()> {
        let run = &self.cps[start..end];
        match handler(self.errors) {
            Handler::Strict => self.fail(start, end),
            Handler::Unknown => Err(CodecError::UnknownHandler(self.errors.to_string())),
            Handler::NameReplace => Err(CodecError::UnsupportedHandler("namereplace")),
            Handler::Ignore => Ok(()),
            Handler::Replace => {
                run.iter().for_each(|_| self.put_ascii("?"));
                Ok(())
            }
            Handler::Backslash => {
                run.iter().for_each(|c| self.put_ascii(&char_escape(*c)));
                Ok(())
            }
            Handler::XmlRef => {
                run.iter().for_each(|c| self.put_ascii(&format!("&#{c};")));
                Ok(())
            }
            Handler::SurrogateEscape => {
                // U+DC80..U+DCFF become the bytes 0x80..0xFF; one byte cannot
                // be a UTF-16/32 code unit, so those codecs raise.
                let bad = run.iter().position(|c| !(0xDC80..=0xDCFF).contains(c));
                match (self.unit(), bad) {
                    (1, None) => {
                        self.out.extend(run.iter().map(|c| (c - 0xDC00) as u8));
                        Ok(())
                    }
                    // UTF-8 writes the good prefix and reports from the first bad one.
                    (1, Some(k)) if self.codec == Codec::Utf8 || self.codec == Codec::Utf8Sig => {
                        self.out.extend(run[..k].iter().map(|c| (c - 0xDC00) as u8));
                        self.fail(start + k, end)
                    }
                    _ => self.fail(start, end),
                }
            }
            Handler::SurrogatePass => {
                let ascii_like = matches!(self.codec, Codec::Ascii | Codec::Latin1);
                if ascii_like || run.iter().any(|c| !wtf8::is_surrogate(*c)) {
                    return self.fail(start, end);
                }
                run.iter().for_each(|c| self.put_cp(*c));
                Ok(())
            }
        }
    }
}

fn put16(out: &mut Vec<u8>, u: u16, le: bool) {
    out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as `backslashreplace` and the
/// `UnicodeEncodeError` message write a code point.
pub fn char_escape(c: u32) -> String {
    let n = c;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

// ----- decoding ------------------------------------------------------------

/// Decoded text plus the error policy while decoding.
struct Sink<'a> {
    /// Generalised UTF-8 (see `text::wtf8`).
    out: Vec<u8>,
    errors: &'a str,
    data: &'a [u8],
    encoding: &'static str,
    from: usize,
}

impl Sink<'_> {
    /// Bytes `start..end` (absolute) could not be decoded; returns where
    /// decoding resumes (`end`, or past the surrogate `surrogatepass` took).
    fn error(&mut self, start: usize, end: usize, reason: &str) -> CodecResult<usize> {
        let fail = |sink: &Self, reason: &str| {
            Err(CodecError::Decode {
                encoding: sink.encoding,
                from: sink.from,
                start: start - sink.from,
                end: end - sink.from,
                reason: reason.to_string(),
            })
        };
        match handler(self.errors) {
            Handler::Strict => fail(self, reason),
            Handler::SurrogateEscape if self.data[start..end].iter().all(|b| *b >= 0x80) => {
                self.data[start..end].iter().for_each(|b| wtf8::push_cp(&mut self.out, 0xDC00 + *b as u32));
                Ok(end)
            }
            Handler::SurrogatePass => match self.encoded_surrogate_at(start) {
                Some((c, n)) => {
                    wtf8::push_cp(&mut self.out, c);
                    Ok(start + n)
                }
                None => fail(self, reason),
            },
            Handler::SurrogateEscape => fail(self, reason),
            Handler::Unknown => Err(CodecError::UnknownHandler(self.errors.to_string())),
            Handler::XmlRef | Handler::NameReplace => Err(CodecError::WrongHandler("UnicodeDecodeError")),
            Handler::Ignore => Ok(end),
            Handler::Replace => {
                self.out.extend_from_slice("\u{FFFD}".as_bytes());
                Ok(end)
            }
            Handler::Backslash => {
                for b in &self.data[start..end] {
                    self.out.extend_from_slice(format!("\\x{b:02x}").as_bytes());
                }
                Ok(end)
            }
        }
    }
}

impl Sink<'_> {
    /// The encoded surrogate (what `surrogatepass` decodes) starting at
    /// `i`, and its length in bytes.
    fn encoded_surrogate_at(&self, i: usize) -> Option<(u32, usize)> {
        let d = &self.data[i..];
        let (c, n) = match (self.encoding, d) {
            ("utf-8", [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ..]) => (0xD000 | ((*b1 as u32 & 0x3F) << 6) | (*b2 as u32 & 0x3F), 3),
            ("utf-16-le", [b0, b1, ..]) => (u16::from_le_bytes([*b0, *b1]) as u32, 2),
            ("utf-16-be", [b0, b1, ..]) => (u16::from_be_bytes([*b0, *b1]) as u32, 2),
            ("utf-32-le", [b0, b1, b2, b3, ..]) => (u32::from_le_bytes([*b0, *b1, *b2, *b3]), 4),
            ("utf-32-be", [b0, b1, b2, b3, ..]) => (u32::from_be_bytes([*b0, *b1, *b2, *b3]), 4),
            _ => return None,
        };
        wtf8::is_surrogate(c).then_some((c, n))
    }
}

/// `data.decode(codec, errors)`.
/// Returns generalised UTF-8 (lone surrogates from `surrogateescape` and
/// `surrogatepass` included).
pub fn decode(data: &[u8], codec: Codec, errors: &str) -> CodecResult<Vec<u8>> {
    use Codec::*;
    let mut sink = Sink { out: Vec::with_capacity(data.len()), errors, data, encoding: "utf-8", from: 0 };
    match codec {
        Utf8 => utf8_decode(&mut sink, 0)?,
        Utf8Sig => {
            let from = if data.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };
            sink.from = from;
            utf8_decode(&mut sink, from)?
        }
        Ascii => {
            sink.encoding = "ascii";
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    sink.out.push(b);
                } else {
                    sink.error(i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Latin1 => data.iter().for_each(|&b| wtf8::push_cp(&mut sink.out, b as u32)),
        Utf16 | Utf16Le | Utf16Be => {
            let (le, start) = match (codec, data) {
                (Utf16Le, _) => (true, 0),
                (Utf16Be, _) => (false, 0),
                (_, [0xFF, 0xFE, ..]) => (true, 2),
                (_, [0xFE, 0xFF, ..]) => (false, 2),
                _ => (LITTLE, 0),
            };
            sink.encoding = if le { "utf-16-le" } else { "utf-16-be" };
            utf16_decode(&mut sink, start, le)?
        }
        Utf32 | Utf32Le | Utf32Be => {
            let (le, start) = match (codec, data) {
                (Utf32Le, _) => (true, 0),
                (Utf32Be, _) => (false, 0),
                (_, [0xFF, 0xFE, 0, 0, ..]) => (true, 4),
                (_, [0, 0, 0xFE, 0xFF, ..]) => (false, 4),
                _ => (LITTLE, 0),
            };
            sink.encoding = if le { "utf-32-le" } else { "utf-32-be" };
            utf32_decode(&mut sink, start, le)?
        }
    }
    Ok(sink.out)
}

fn utf8_decode(sink: &mut Sink, mut i: usize) -> CodecResult<()> {
    let data = sink.data;
    while i < data.len() {
        match std::str::from_utf8(&data[i..]) {
            Ok(s) => {
                sink.out.extend_from_slice(s.as_bytes());
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                sink.out.extend_from_slice(&data[i..i + good]);
                let start = i + good;
                // std reports the same maximal invalid prefix that CPython replaces.
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) if matches!(data[start], 0x80..=0xC1 | 0xF5..=0xFF) => (start + n, "invalid start byte"),
                    Some(n) => (start + n, "invalid continuation byte"),
                };
                i = sink.error(start, end, reason)?;
            }
        }
    }
    Ok(())
}

fn utf16_decode(sink: &mut Sink, mut i: usize, le: bool) -> CodecResult<()> {
    let data = sink.data;
    let unit = |j: usize| {
        let b = [data[j], data[j + 1]];
        if le { u16::from_le_bytes(b) } else { u16::from_be_bytes(b) }
    };
    while i < data.len() {
        let n = data.len() - i;
        if n < 2 {
            sink.error(i, data.len(), "truncated data")?;
            break;
        }
        let u = unit(i);
        match u {
            0xD800..=0xDBFF => {
                if n < 4 {
                    i = sink.error(i, data.len(), "unexpected end of data")?;
                    continue;
                }
                let u2 = unit(i + 2);
                if (0xDC00..=0xDFFF).contains(&u2) {
                    let c = 0x10000 + (((u as u32) - 0xD800) << 10) + ((u2 as u32) - 0xDC00);
                    wtf8::push_cp(&mut sink.out, c);
                    i += 4;
                } else {
                    i = sink.error(i, i + 2, "illegal UTF-16 surrogate")?;
                }
            }
            0xDC00..=0xDFFF => i = sink.error(i, i + 2, "illegal encoding")?,
            _ => {
                wtf8::push_cp(&mut sink.out, u as u32);
                i += 2;
            }
        }
    }
    Ok(())
}

fn utf32_decode(sink: &mut Sink, mut i: usize, le: bool) -> CodecResult<()> {
    let data = sink.data;
    while i < data.len() {
        if data.len() - i < 4 {
            sink.error(i, data.len(), "truncated data")?;
            break;
        }
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let c = if le { u32::from_le_bytes(b) } else { u32::from_be_bytes(b) };
        i = match char::from_u32(c) {
            Some(_) => {
                wtf8::push_cp(&mut sink.out, c);
                i + 4
            }
            None if c > 0x10FFFF => sink.error(i, i + 4, "code point not in range(0x110000)")?,
            None => sink.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")?,
        };
    }
    Ok(())
}

// ----- messages ------------------------------------------------------------

/// `str(UnicodeEncodeError)`: `chars` is the object, positions in code
/// points (signed: Python code may store any int in `start`/`end`).
pub fn encode_error_message(encoding: &str, chars: &[u8], start: i64, end: i64, reason: &str) -> String {
    let one = if start >= 0 && end == start + 1 { wtf8::code_points(chars).nth(start as usize) } else { None };
    match one {
        Some(c) => format!("'{encoding}' codec can't encode character '{}' in position {start}: {reason}", char_escape(c)),
        None => format!("'{encoding}' codec can't encode characters in position {start}-{}: {reason}", end.saturating_sub(1)),
    }
}

/// `str(UnicodeDecodeError)`: `data` is the object, positions in bytes.
pub fn decode_error_message(encoding: &str, data: &[u8], start: i64, end: i64, reason: &str) -> String {
    let one = if start >= 0 && end == start + 1 { data.get(start as usize) } else { None };
    match one {
        Some(b) => format!("'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"),
        None => format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end.saturating_sub(1)),
    }
}
