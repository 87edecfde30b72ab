//! Struct format strings: byte order / size / alignment prefix, repeat
//! counts, and the size and offset of each item (CPython's `_struct` rules
//! for an x86-64 Linux host: native `l`, `q`, `n`, `P` are 8 bytes).

#[derive(Clone, Copy, Debug)]
pub struct Item {
    pub code: u8,
    /// Repeat count (for `s`/`p`, the field length).
    pub count: usize,
    pub offset: usize,
    /// Size of one element (of the whole field for `s`/`p`).
    pub size: usize,
}

#[derive(Clone, Debug)]
pub struct Format {
    pub items: Vec<Item>,
    pub size: usize,
    pub little: bool,
}

impl Format {
    /// Number of values `pack` takes / `unpack` returns.
    pub fn arity(&self) -> usize {
        self.items.iter().map(|i| match i.code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => i.count,
        }).sum()
    }
}

fn native_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

fn std_size(c: u8) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'l' | b'L' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

/// Parse `fmt`; the error is `struct.error`'s message.
pub fn parse(fmt: &[u8]) -> Result<Format, &'static str> {
    let (little, native, align, body) = match fmt.first() {
        Some(b'@') => (true, true, true, &fmt[1..]),
        Some(b'=') | Some(b'<') => (true, false, false, &fmt[1..]),
        Some(b'>') | Some(b'!') => (false, false, false, &fmt[1..]),
        _ => (true, true, true, fmt),
    };
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count: Option<usize> = None;
        while c.is_ascii_digit() {
            let d = (c - b'0') as usize;
            count = Some(count.unwrap_or(0).checked_mul(10).and_then(|n| n.checked_add(d)).ok_or("total struct size too long")?);
            i += 1;
            c = *body.get(i).ok_or("repeat count given without format specifier")?;
        }
        i += 1;
        let count = count.unwrap_or(1);
        let sz = if native { native_size(c) } else { std_size(c) }.ok_or("bad char in struct format")?;
        if align && sz > 1 && !matches!(c, b's' | b'p') {
            size = size.checked_add(sz - 1).ok_or("total struct size too long")? / sz * sz;
        }
        let (elem, total) = match c {
            b's' | b'p' => (count, count),
            _ => (sz, sz.checked_mul(count).ok_or("total struct size too long")?),
        };
        items.push(Item { code: c, count, offset: size, size: elem });
        size = size.checked_add(total).filter(|s| *s <= isize::MAX as usize).ok_or("total struct size too long")?;
    }
    Ok(Format { items, size, little })
}

/// IEEE half precision from a double, rounding to nearest even; None when too large.
pub fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a < 2f64.powi(-25) || a == 0.0 {
        return Some(sign);
    }
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let quantum = 2f64.powi(e.max(-14) - 10);
    let q = a / quantum;
    let fl = q.floor();
    let r = if q - fl > 0.5 || (q - fl == 0.5 && fl % 2.0 == 1.0) { fl + 1.0 } else { fl };
    let v = r * quantum;
    if v < 2f64.powi(-14) {
        return Some(sign | (v / 2f64.powi(-24)) as u16);
    }
    let e2 = ((v.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    if e2 + 15 >= 31 {
        return None;
    }
    let mant = (v / 2f64.powi(e2 - 10)) as u16 - 1024;
    Some(sign | (((e2 + 15) as u16) << 10) | mant)
}

pub fn f16_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + m) * 2f64.powi(e - 25),
    }
}
