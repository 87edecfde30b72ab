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
//! `str` cannot hold lone surrogates (strings are UTF-8), so
//! `surrogateescape` and `surrogatepass` can never produce their output:
//! * encoding: they only repair lone surrogates, which a `str` cannot
//!   contain, so CPython re-raises the original error for every other
//!   character: acting as `strict` is exact;
//! * decoding: where CPython re-raises (surrogateescape on bytes below 0x80,
//!   surrogatepass on anything but an encoded surrogate, or on ASCII /
//!   Latin-1) the result is CPython's; where CPython would produce a lone
//!   surrogate a `UnicodeDecodeError` with CPython's encoding, object and
//!   positions but the reason [`UNREPRESENTABLE`] is raised instead.
//! `namereplace` needs the Unicode name table, which Taipan does not have:
//! encoding with it raises `LookupError` saying so (decoding raises
//! CPython's `TypeError`, as it does not apply to decoding).

/// The reason of the `UnicodeDecodeError` raised where CPython's
/// `surrogateescape`/`surrogatepass` would decode to lone surrogates.
pub const UNREPRESENTABLE: &str = "lone surrogates are not representable in Taipan strings";

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

/// `s.encode(codec, errors)`.
pub fn encode(s: &str, codec: Codec, errors: &str) -> CodecResult<Vec<u8>> {
    use Codec::*;
    Ok(match codec {
        Utf8 => s.as_bytes().to_vec(),
        Utf8Sig => [&[0xEF, 0xBB, 0xBF][..], s.as_bytes()].concat(),
        Ascii => return encode_limited(s, 0x80, "ascii", errors),
        Latin1 => return encode_limited(s, 0x100, "latin-1", errors),
        Utf16 => utf16(s, LITTLE, true),
        Utf16Le => utf16(s, true, false),
        Utf16Be => utf16(s, false, false),
        Utf32 => utf32(s, LITTLE, true),
        Utf32Le => utf32(s, true, false),
        Utf32Be => utf32(s, false, false),
    })
}

fn put16(out: &mut Vec<u8>, u: u16, le: bool) {
    out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
}

fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 2 + 2);
    if bom {
        put16(&mut out, 0xFEFF, le);
    }
    s.encode_utf16().for_each(|u| put16(&mut out, u, le));
    out
}

fn utf32(s: &str, le: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 4 + 4);
    let mut put = |c: u32| out.extend_from_slice(&if le { c.to_le_bytes() } else { c.to_be_bytes() });
    if bom {
        put(0xFEFF);
    }
    s.chars().for_each(|c| put(c as u32));
    out
}

/// ASCII and Latin-1: code points below `limit` map to one byte.
fn encode_limited(s: &str, limit: u32, encoding: &'static str, errors: &str) -> CodecResult<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // CPython hands the whole run of unencodable characters to the handler.
        let start = i;
        while i < chars.len() && chars[i] as u32 >= limit {
            i += 1;
        }
        let run = &chars[start..i];
        match handler(errors) {
            // These two only repair lone surrogates, which a str cannot hold.
            Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                let reason = format!("ordinal not in range({limit})");
                return Err(CodecError::Encode { encoding, start, end: i, reason });
            }
            Handler::Unknown => return Err(CodecError::UnknownHandler(errors.to_string())),
            Handler::NameReplace => return Err(CodecError::UnsupportedHandler("namereplace")),
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', run.len())),
            Handler::Backslash => run.iter().for_each(|c| out.extend_from_slice(char_escape(*c).as_bytes())),
            Handler::XmlRef => run.iter().for_each(|c| out.extend_from_slice(format!("&#{};", *c as u32).as_bytes())),
        }
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as `backslashreplace` and the
/// `UnicodeEncodeError` message write a code point.
pub fn char_escape(c: char) -> String {
    let n = c as u32;
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
    out: String,
    errors: &'a str,
    data: &'a [u8],
    encoding: &'static str,
    from: usize,
}

impl Sink<'_> {
    /// Bytes `start..end` (absolute) could not be decoded.
    fn error(&mut self, start: usize, end: usize, reason: &str) -> CodecResult<()> {
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
            Handler::SurrogateEscape if self.data[start..end].iter().all(|b| *b >= 0x80) => fail(self, UNREPRESENTABLE),
            Handler::SurrogatePass if self.encoded_surrogate_at(start) => fail(self, UNREPRESENTABLE),
            Handler::SurrogateEscape | Handler::SurrogatePass => fail(self, reason),
            Handler::Unknown => Err(CodecError::UnknownHandler(self.errors.to_string())),
            Handler::XmlRef | Handler::NameReplace => Err(CodecError::WrongHandler("UnicodeDecodeError")),
            Handler::Ignore => Ok(()),
            Handler::Replace => {
                self.out.push('\u{FFFD}');
                Ok(())
            }
            Handler::Backslash => {
                for b in &self.data[start..end] {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
        }
    }
}

impl Sink<'_> {
    /// Does an encoded surrogate (what `surrogatepass` decodes) start at `i`?
    fn encoded_surrogate_at(&self, i: usize) -> bool {
        let d = &self.data[i..];
        match self.encoding {
            "utf-8" => matches!(d, [0xED, 0xA0..=0xBF, 0x80..=0xBF, ..]),
            "utf-16-le" => matches!(d, [_, 0xD8..=0xDF, ..]),
            "utf-16-be" => matches!(d, [0xD8..=0xDF, _, ..]),
            "utf-32-le" => matches!(d, [_, 0xD8..=0xDF, 0, 0, ..]),
            "utf-32-be" => matches!(d, [0, 0, 0xD8..=0xDF, _, ..]),
            _ => false,
        }
    }
}

/// `data.decode(codec, errors)`.
pub fn decode(data: &[u8], codec: Codec, errors: &str) -> CodecResult<String> {
    use Codec::*;
    let mut sink = Sink { out: String::with_capacity(data.len()), errors, data, encoding: "utf-8", from: 0 };
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
                    sink.out.push(b as char);
                } else {
                    sink.error(i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Latin1 => sink.out.extend(data.iter().map(|&b| b as char)),
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
                sink.out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(&data[i..i + good]) {
                    sink.out.push_str(s);
                }
                let start = i + good;
                // std reports the same maximal invalid prefix that CPython replaces.
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) if matches!(data[start], 0x80..=0xC1 | 0xF5..=0xFF) => (start + n, "invalid start byte"),
                    Some(n) => (start + n, "invalid continuation byte"),
                };
                sink.error(start, end, reason)?;
                i = end;
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
                    sink.error(i, data.len(), "unexpected end of data")?;
                    break;
                }
                let u2 = unit(i + 2);
                if (0xDC00..=0xDFFF).contains(&u2) {
                    let c = 0x10000 + (((u as u32) - 0xD800) << 10) + ((u2 as u32) - 0xDC00);
                    sink.out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                    i += 4;
                } else {
                    sink.error(i, i + 2, "illegal UTF-16 surrogate")?;
                    i += 2;
                }
            }
            0xDC00..=0xDFFF => {
                sink.error(i, i + 2, "illegal encoding")?;
                i += 2;
            }
            _ => {
                sink.out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
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
        match char::from_u32(c) {
            Some(ch) => sink.out.push(ch),
            None if c > 0x10FFFF => sink.error(i, i + 4, "code point not in range(0x110000)")?,
            None => sink.error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")?,
        }
        i += 4;
    }
    Ok(())
}

// ----- messages ------------------------------------------------------------

/// `str(UnicodeEncodeError)`: `chars` is the object, positions in code
/// points (signed: Python code may store any int in `start`/`end`).
pub fn encode_error_message(encoding: &str, chars: &str, start: i64, end: i64, reason: &str) -> String {
    let one = if start >= 0 && end == start + 1 { chars.chars().nth(start as usize) } else { None };
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
