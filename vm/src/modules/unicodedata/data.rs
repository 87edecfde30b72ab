//! The Unicode 14.0.0 database behind `unicodedata`, decoded once per
//! process from the generated `ucd.bin` (layout in `gen_tables.py`) into
//! read-only tables shared by every interpreter.

use super::tables::{DATA, HEX_NAMED, JAMO_L, JAMO_T, JAMO_V};
use std::collections::HashMap;
use std::sync::OnceLock;

pub const SBASE: u32 = 0xAC00;
pub const LBASE: u32 = 0x1100;
pub const VBASE: u32 = 0x1161;
pub const TBASE: u32 = 0x11A7;
pub const LCOUNT: u32 = 19;
pub const VCOUNT: u32 = 21;
pub const TCOUNT: u32 = 28;
pub const NCOUNT: u32 = VCOUNT * TCOUNT;
pub const SCOUNT: u32 = LCOUNT * NCOUNT;
const BLOCK: usize = 128;

/// The per-code-point properties (indices into the string tables).
#[derive(Clone, Copy, Default)]
pub struct Record {
    pub category: u8,
    pub bidi: u8,
    pub combining: u8,
    pub eaw: u8,
    pub mirrored: u8,
}

pub struct Numeric {
    pub decimal: Option<u8>,
    pub digit: Option<u8>,
    pub value: f64,
}

pub struct Ucd {
    records: Vec<Record>,
    index: Vec<u16>,
    blocks: Vec<u8>,
    /// cp -> (tag index, mapping).
    pub decomp: HashMap<u32, (u8, Vec<u32>)>,
    pub numeric: HashMap<u32, Numeric>,
    pub compose: HashMap<(u32, u32), u32>,
    words: Vec<String>,
    /// (cp, offset of its word numbers in `name_data`, word count), by cp.
    names: Vec<(u32, u32, u8)>,
    name_data: Vec<u8>,
    aliases: Vec<(u32, String)>,
}

/// A cursor over the blob (reads past the end give zeros: the blob is
/// generated, so that never happens, but nothing here can panic).
struct Reader<'a> {
    d: &'a [u8],
    p: usize,
}

impl Reader<'_> {
    fn u8(&mut self) -> u8 {
        let b = self.d.get(self.p).copied().unwrap_or(0);
        self.p += 1;
        b
    }
    fn uint(&mut self, n: usize) -> u32 {
        (0..n).fold(0u32, |acc, i| acc | (self.u8() as u32) << (8 * i))
    }
    fn varint(&mut self) -> u32 {
        let (mut v, mut shift) = (0u32, 0);
        loop {
            let b = self.u8();
            v |= ((b & 0x7F) as u32) << shift;
            if b & 0x80 == 0 || shift > 28 {
                return v;
            }
            shift += 7;
        }
    }
    fn bytes(&mut self, n: usize) -> &[u8] {
        let s = self.d.get(self.p..self.p + n).unwrap_or_default();
        self.p += n;
        s
    }
    fn text(&mut self, n: usize) -> String {
        String::from_utf8_lossy(self.bytes(n)).into_owned()
    }
}

fn parse() -> Ucd {
    let mut r = Reader { d: DATA, p: 4 };
    let records = (0..r.uint(2)).map(|_| Record { category: r.u8(), bidi: r.u8(), combining: r.u8(), eaw: r.u8(), mirrored: r.u8() }).collect();
    let index = (0..0x110000 / BLOCK).map(|_| r.uint(2) as u16).collect();
    let nblocks = r.uint(2) as usize;
    let blocks = r.bytes(nblocks * BLOCK).to_vec();
    let mut decomp = HashMap::new();
    for _ in 0..r.uint(4) {
        let (cp, tag, n) = (r.uint(3), r.u8(), r.u8());
        let m = (0..n).map(|_| r.uint(3)).collect();
        decomp.insert(cp, (tag, m));
    }
    let mut numeric = HashMap::new();
    for _ in 0..r.uint(4) {
        let (cp, flags, dig, n) = (r.uint(3), r.u8(), r.u8(), r.u8());
        let text = r.text(n as usize);
        let value = match text.split_once('/') {
            Some((a, b)) => a.parse::<f64>().unwrap_or(0.0) / b.parse::<f64>().unwrap_or(1.0),
            None => text.parse().unwrap_or(0.0),
        };
        let decimal = (flags & 1 != 0).then_some(dig);
        let digit = (flags & 2 != 0).then_some(dig);
        numeric.insert(cp, Numeric { decimal, digit, value });
    }
    let mut compose = HashMap::new();
    for _ in 0..r.uint(4) {
        let (a, b, c) = (r.uint(3), r.uint(3), r.uint(3));
        compose.insert((a, b), c);
    }
    let words = (0..r.uint(2))
        .map(|_| {
            let n = r.u8() as usize;
            r.text(n)
        })
        .collect();
    let count = r.uint(4) as usize;
    let mut names = Vec::with_capacity(count);
    let mut name_data = Vec::new();
    let mut cp = 0u32;
    for _ in 0..count {
        cp += r.varint();
        let n = r.u8();
        names.push((cp, name_data.len() as u32, n));
        for _ in 0..n {
            let b = r.u8();
            name_data.push(b);
            if b & 0x80 != 0 {
                name_data.push(r.u8());
            }
        }
    }
    let aliases = (0..r.uint(4))
        .map(|_| {
            let cp = r.uint(3);
            let n = r.u8() as usize;
            (cp, r.text(n))
        })
        .collect();
    Ucd { records, index, blocks, decomp, numeric, compose, words, names, name_data, aliases }
}

/// The database (decoded on first use).
pub fn ucd() -> &'static Ucd {
    static UCD: OnceLock<Ucd> = OnceLock::new();
    UCD.get_or_init(parse)
}

impl Ucd {
    pub fn record(&self, cp: u32) -> Record {
        let block = self.index.get(cp as usize / BLOCK).copied().unwrap_or(0) as usize;
        let r = self.blocks.get(block * BLOCK + cp as usize % BLOCK).copied().unwrap_or(0);
        self.records.get(r as usize).copied().unwrap_or_default()
    }

    /// The name of `cp` (algorithmic ones included), or None.
    pub fn name(&self, cp: u32) -> Option<String> {
        if (SBASE..SBASE + SCOUNT).contains(&cp) {
            let s = cp - SBASE;
            let (l, v, t) = (s / NCOUNT, (s % NCOUNT) / TCOUNT, s % TCOUNT);
            return Some(format!("HANGUL SYLLABLE {}{}{}", JAMO_L[l as usize], JAMO_V[v as usize], JAMO_T[t as usize]));
        }
        if let Some((_, _, prefix)) = HEX_NAMED.iter().find(|(a, b, _)| (*a..=*b).contains(&cp)) {
            return Some(format!("{prefix}{cp:04X}"));
        }
        let i = self.names.binary_search_by_key(&cp, |e| e.0).ok()?;
        let (_, off, n) = self.names[i];
        let mut p = off as usize;
        let mut out = String::new();
        for k in 0..n {
            let b = self.name_data.get(p).copied().unwrap_or(0) as usize;
            let w = if b & 0x80 != 0 {
                p += 1;
                ((b & 0x7F) << 8) | self.name_data.get(p).copied().unwrap_or(0) as usize
            } else {
                b
            };
            p += 1;
            if k > 0 {
                out.push(' ');
            }
            out.push_str(self.words.get(w).map_or("", |s| s.as_str()));
        }
        Some(out)
    }

    /// The code point named `name` (case-insensitive, as CPython's
    /// `lookup`; the Hangul and CJK unified forms are matched exactly),
    /// including aliases when `aliases` is set.
    pub fn lookup(&self, name: &str, aliases: bool) -> Option<u32> {
        if let Some(rest) = name.strip_prefix("HANGUL SYLLABLE ") {
            return hangul_lookup(rest);
        }
        let upper = name.to_ascii_uppercase();
        for (a, b, prefix) in HEX_NAMED.iter() {
            let probe = if prefix.starts_with("CJK UNIFIED") { name } else { upper.as_str() };
            if let Some(hex) = probe.strip_prefix(prefix) {
                let ok = (4..=5).contains(&hex.len()) && hex.bytes().all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase());
                if let Some(cp) = u32::from_str_radix(hex, 16).ok().filter(|c| ok && (*a..=*b).contains(c)) {
                    return Some(cp);
                }
            }
        }
        if let Some(cp) = name_index().get(&upper) {
            return Some(*cp);
        }
        if aliases {
            return self.aliases.iter().find(|(_, a)| *a == upper).map(|(cp, _)| *cp);
        }
        None
    }
}

/// "GAG" -> the syllable, by longest match of the lead, vowel and trail.
fn hangul_lookup(rest: &str) -> Option<u32> {
    let longest = |s: &str, table: &[&str]| -> (usize, usize) {
        let mut best = (usize::MAX, 0);
        for (i, j) in table.iter().enumerate() {
            if s.starts_with(j) && (best.0 == usize::MAX || j.len() > best.1) {
                best = (i, j.len());
            }
        }
        best
    };
    let (l, n) = longest(rest, &JAMO_L);
    if l == usize::MAX {
        return None;
    }
    let rest = &rest[n..];
    let (v, n) = longest(rest, &JAMO_V);
    if v == usize::MAX {
        return None;
    }
    let rest = &rest[n..];
    let (t, n) = longest(rest, &JAMO_T);
    if t == usize::MAX || n != rest.len() {
        return None;
    }
    Some(SBASE + (l as u32 * VCOUNT + v as u32) * TCOUNT + t as u32)
}

/// Upper-case name -> code point, for the table names (built on first `lookup`).
fn name_index() -> &'static HashMap<String, u32> {
    static INDEX: OnceLock<HashMap<String, u32>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let u = ucd();
        u.names.iter().filter_map(|(cp, _, _)| u.name(*cp).map(|n| (n, *cp))).collect()
    })
}
