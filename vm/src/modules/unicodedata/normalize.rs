//! Normalization forms NFD, NFKD, NFC and NFKC (UAX #15): full
//! decomposition (canonical, or compatibility too), canonical ordering by
//! combining class, then canonical composition from the generated table of
//! primary composites; Hangul syllables are decomposed and composed
//! arithmetically.

use super::data::{ucd, Ucd, LBASE, LCOUNT, NCOUNT, SBASE, SCOUNT, TBASE, TCOUNT, VBASE, VCOUNT};

fn decompose_into(u: &Ucd, cp: u32, compat: bool, out: &mut Vec<u32>) {
    if (SBASE..SBASE + SCOUNT).contains(&cp) {
        let s = cp - SBASE;
        out.push(LBASE + s / NCOUNT);
        out.push(VBASE + (s % NCOUNT) / TCOUNT);
        if s % TCOUNT != 0 {
            out.push(TBASE + s % TCOUNT);
        }
        return;
    }
    match u.decomp.get(&cp) {
        Some((tag, m)) if *tag == 0 || compat => {
            for &c in m {
                decompose_into(u, c, compat, out);
            }
        }
        _ => out.push(cp),
    }
}

/// Stable sort of each run of non-starters by combining class.
fn reorder(u: &Ucd, cps: &mut [u32]) {
    let mut i = 0;
    while i < cps.len() {
        if u.record(cps[i]).combining == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < cps.len() && u.record(cps[i]).combining != 0 {
            i += 1;
        }
        cps[start..i].sort_by_key(|c| u.record(*c).combining);
    }
}

fn compose(u: &Ucd, cps: &[u32]) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(cps.len());
    // Index in `out` of the last starter, and the class of the last
    // character appended after it (for the blocking rule).
    let mut starter: Option<usize> = None;
    let mut last_class: i32 = -1;
    for &c in cps {
        let class = u.record(c).combining as i32;
        if let Some(si) = starter {
            let s = out[si];
            let blocked = last_class != -1 && (last_class == 0 || last_class >= class);
            if !blocked {
                if let Some(comp) = pair(u, s, c) {
                    out[si] = comp;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
            last_class = -1;
        } else {
            last_class = class;
        }
        out.push(c);
    }
    out
}

/// The primary composite of `a` followed by `b`, if any.
fn pair(u: &Ucd, a: u32, b: u32) -> Option<u32> {
    if (LBASE..LBASE + LCOUNT).contains(&a) && (VBASE..VBASE + VCOUNT).contains(&b) {
        return Some(SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT);
    }
    if (SBASE..SBASE + SCOUNT).contains(&a) && (a - SBASE) % TCOUNT == 0 && (TBASE + 1..TBASE + TCOUNT).contains(&b) {
        return Some(a + (b - TBASE));
    }
    u.compose.get(&(a, b)).copied()
}

/// `s` in normalization form `form` (one of NFC, NFD, NFKC, NFKD).
pub fn normalize(form: &str, s: &str) -> String {
    let u = ucd();
    let compat = form.contains('K');
    let mut cps = Vec::with_capacity(s.len());
    for ch in s.chars() {
        decompose_into(u, ch as u32, compat, &mut cps);
    }
    reorder(u, &mut cps);
    if form.ends_with('C') {
        cps = compose(u, &cps);
    }
    cps.into_iter().filter_map(char::from_u32).collect()
}
