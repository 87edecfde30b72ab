//! Incremental encoding and decoding for `TextIOWrapper` on top of the
//! one-shot codecs in `text/codecs.rs` (pure Rust).
//!
//! The decoder keeps the bytes of an incomplete character from one chunk to
//! the next, and handles a byte-order mark once at the start of the stream
//! (`utf-16`, `utf-32`, `utf-8-sig`); afterwards it decodes with the
//! endian-specific codec. The encoder writes the BOM only at the start.

use crate::text::codecs::{self, Codec, CodecError, CodecResult};

/// Why incremental decoding failed.
#[derive(Debug)]
pub enum DecodeFail {
    /// A codec error and the bytes the codec was given (the
    /// `UnicodeDecodeError`'s object).
    Codec(CodecError, Vec<u8>),
    /// `UnicodeError`: a utf-16/utf-32 stream without a byte-order mark.
    NoBom(&'static str),
}

/// Decoding state of a text stream.
#[derive(Clone, Debug)]
pub struct Decoder {
    pub codec: Codec,
    /// Bytes of an incomplete character.
    pub pending: Vec<u8>,
    /// The BOM question is settled (always true for BOM-less codecs).
    pub started: bool,
}

impl Decoder {
    pub fn new(codec: Codec) -> Decoder {
        let mut d = Decoder { codec, pending: Vec::new(), started: false };
        d.reset();
        d
    }

    /// Back to the start of a stream (expect a BOM again).
    pub fn reset(&mut self) {
        self.pending.clear();
        self.started = !matches!(self.codec, Codec::Utf8Sig | Codec::Utf16 | Codec::Utf32);
    }

    /// Continue in the middle of a stream: no BOM is expected.
    pub fn skip_bom(&mut self) {
        self.pending.clear();
        if !self.started {
            self.codec = match self.codec {
                Codec::Utf8Sig => Codec::Utf8,
                Codec::Utf16 => native16(),
                Codec::Utf32 => native32(),
                c => c,
            };
            self.started = true;
        }
    }

    /// Decode `input` after the pending bytes. Without `last`, a trailing
    /// incomplete character is kept for the next call.
    /// A codec failure comes with the bytes the codec was given (the
    /// `UnicodeDecodeError`'s object).
    /// The text is stored str text (see `text::wtf8`).
    pub fn decode(&mut self, input: &[u8], errors: &str, last: bool) -> Result<Vec<u8>, DecodeFail> {
        let mut data = std::mem::take(&mut self.pending);
        data.extend_from_slice(input);
        let mut from = 0;
        if !self.started {
            let (bom_len, body): (usize, Option<Codec>) = match self.codec {
                Codec::Utf8Sig => {
                    if data.len() < 3 && [0xEF, 0xBB, 0xBF].starts_with(&data) && !last {
                        (usize::MAX, None)
                    } else if data.starts_with(&[0xEF, 0xBB, 0xBF]) {
                        (3, Some(Codec::Utf8))
                    } else {
                        (0, Some(Codec::Utf8))
                    }
                }
                // Python's incremental decoders insist on the BOM.
                Codec::Utf16 => match data.as_slice() {
                    [0xFF, 0xFE, ..] => (2, Some(Codec::Utf16Le)),
                    [0xFE, 0xFF, ..] => (2, Some(Codec::Utf16Be)),
                    d if d.len() < 2 && !last => (usize::MAX, None),
                    d if d.len() < 2 => (0, Some(native16())),
                    _ => return Err(DecodeFail::NoBom("UTF-16 stream does not start with BOM")),
                },
                Codec::Utf32 => match data.as_slice() {
                    [0xFF, 0xFE, 0, 0, ..] => (4, Some(Codec::Utf32Le)),
                    [0, 0, 0xFE, 0xFF, ..] => (4, Some(Codec::Utf32Be)),
                    d if d.len() < 4 && !last => (usize::MAX, None),
                    d if d.len() < 4 => (0, Some(native32())),
                    _ => return Err(DecodeFail::NoBom("UTF-32 stream does not start with BOM")),
                },
                _ => (0, Some(self.codec)),
            };
            match body {
                None => {
                    self.pending = data;
                    return Ok(Vec::new());
                }
                Some(c) => {
                    self.codec = c;
                    self.started = true;
                    from = bom_len;
                }
            }
        }
        let keep = if last { 0 } else { incomplete_tail(self.codec, &data[from..]) };
        let end = data.len() - keep;
        let out = codecs::decode(&data[from..end], self.codec, errors).map_err(|e| DecodeFail::Codec(e, data[from..end].to_vec()));
        self.pending = data[end..].to_vec();
        out
    }
}

fn native16() -> Codec {
    if cfg!(target_endian = "little") { Codec::Utf16Le } else { Codec::Utf16Be }
}

fn native32() -> Codec {
    if cfg!(target_endian = "little") { Codec::Utf32Le } else { Codec::Utf32Be }
}

/// How many bytes at the end of `data` may be the start of a character
/// that the next chunk completes.
pub fn incomplete_tail(codec: Codec, data: &[u8]) -> usize {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let n = data.len();
            for back in 1..=n.min(3) {
                let b = data[n - back];
                if b & 0xC0 == 0x80 {
                    continue; // a continuation byte: look further back
                }
                let need = match b {
                    0xC2..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    0xF0..=0xF4 => 4,
                    _ => return 0,
                };
                return if back < need { back } else { 0 };
            }
            0
        }
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let odd = data.len() % 2;
            let whole = &data[..data.len() - odd];
            if whole.len() >= 2 {
                let u = &whole[whole.len() - 2..];
                let le = codec != Codec::Utf16Be;
                let unit = if le { u16::from_le_bytes([u[0], u[1]]) } else { u16::from_be_bytes([u[0], u[1]]) };
                if (0xD800..=0xDBFF).contains(&unit) {
                    return odd + 2;
                }
            }
            odd
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => data.len() % 4,
        Codec::Ascii | Codec::Latin1 => 0,
    }
}

/// Encoding state of a text stream: whether the BOM has been written.
#[derive(Clone, Debug)]
pub struct Encoder {
    pub codec: Codec,
    pub started: bool,
}

impl Encoder {
    pub fn new(codec: Codec) -> Encoder {
        Encoder { codec, started: false }
    }

    pub fn encode(&mut self, s: &[u8], errors: &str) -> CodecResult<Vec<u8>> {
        let codec = if self.started {
            match self.codec {
                Codec::Utf8Sig => Codec::Utf8,
                Codec::Utf16 => native16(),
                Codec::Utf32 => native32(),
                c => c,
            }
        } else {
            self.codec
        };
        let out = codecs::encode(s, codec, errors)?;
        self.started = true;
        Ok(out)
    }
}

/// Bytes that `s` takes in `codec` (BOM excluded); exact when the text
/// round-trips, i.e. decoding needed no error handler.
pub fn encoded_len(codec: Codec, s: &str) -> usize {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => s.len(),
        Codec::Ascii | Codec::Latin1 => s.chars().count(),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => s.chars().map(|c| if (c as u32) > 0xFFFF { 4 } else { 2 }).sum(),
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => 4 * s.chars().count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_split_character() {
        let mut d = Decoder::new(Codec::Utf8);
        let bytes = "héllo".as_bytes();
        assert_eq!(d.decode(&bytes[..2], "strict", false).unwrap(), b"h");
        assert_eq!(d.decode(&bytes[2..], "strict", false).unwrap(), "éllo".as_bytes());
    }

    #[test]
    fn utf16_bom_once() {
        let mut e = Encoder::new(Codec::Utf16);
        let mut data = e.encode(b"ab", "strict").unwrap();
        data.extend(e.encode(b"c", "strict").unwrap());
        assert_eq!(data.len(), 8);
        let mut d = Decoder::new(Codec::Utf16);
        let mut s = d.decode(&data[..3], "strict", false).unwrap();
        s.extend(d.decode(&data[3..], "strict", true).unwrap());
        assert_eq!(s, b"abc");
    }

    #[test]
    fn sig_split_bom() {
        let mut d = Decoder::new(Codec::Utf8Sig);
        assert_eq!(d.decode(&[0xEF, 0xBB], "strict", false).unwrap(), b"");
        assert_eq!(d.decode(&[0xBF, b'a'], "strict", true).unwrap(), b"a");
    }
}
