//! BLAKE2b and BLAKE2s (RFC 7693) with the parameter block `hashlib`
//! exposes (digest size, key, salt, person, tree parameters). The state is
//! bytes: 8 chaining words (u64 little-endian each), the byte counter
//! (16 bytes), the last-node flag, then the pending data; the last block is
//! kept pending until the digest, which compresses it with the final flag.

const IV_B: [u64; 8] = [
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
];
const IV_S: [u64; 8] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
const HEADER: usize = 64 + 16 + 1;

/// Parameters of one hash object.
pub struct Params<'a> {
    pub big: bool,
    pub digest_size: usize,
    pub key: &'a [u8],
    pub salt: &'a [u8],
    pub person: &'a [u8],
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

fn block_size(big: bool) -> usize {
    if big { 128 } else { 64 }
}

pub fn init(p: &Params) -> Vec<u8> {
    let big = p.big;
    let mut pb = vec![0u8; if big { 64 } else { 32 }];
    pb[0] = p.digest_size as u8;
    pb[1] = p.key.len() as u8;
    pb[2] = p.fanout;
    pb[3] = p.depth;
    pb[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
    if big {
        pb[8..16].copy_from_slice(&p.node_offset.to_le_bytes());
        pb[16] = p.node_depth;
        pb[17] = p.inner_size;
        pb[32..32 + p.salt.len().min(16)].copy_from_slice(&p.salt[..p.salt.len().min(16)]);
        pb[48..48 + p.person.len().min(16)].copy_from_slice(&p.person[..p.person.len().min(16)]);
    } else {
        pb[8..14].copy_from_slice(&p.node_offset.to_le_bytes()[..6]);
        pb[14] = p.node_depth;
        pb[15] = p.inner_size;
        pb[16..16 + p.salt.len().min(8)].copy_from_slice(&p.salt[..p.salt.len().min(8)]);
        pb[24..24 + p.person.len().min(8)].copy_from_slice(&p.person[..p.person.len().min(8)]);
    }
    let mut st = Vec::with_capacity(HEADER + 128);
    for i in 0..8 {
        let w = if big {
            let mut b = [0u8; 8];
            b.copy_from_slice(&pb[8 * i..8 * i + 8]);
            IV_B[i] ^ u64::from_le_bytes(b)
        } else {
            IV_S[i] ^ u32::from_le_bytes([pb[4 * i], pb[4 * i + 1], pb[4 * i + 2], pb[4 * i + 3]]) as u64
        };
        st.extend_from_slice(&w.to_le_bytes());
    }
    st.extend_from_slice(&[0u8; 16]);
    st.push(p.last_node as u8);
    if !p.key.is_empty() {
        let mut k = p.key.to_vec();
        k.resize(block_size(big), 0);
        st.extend_from_slice(&k);
    }
    st
}

fn word(st: &[u8], i: usize) -> u64 {
    st.get(8 * i..8 * i + 8).map_or(0, |s| u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]))
}

fn compress(big: bool, h: &mut [u64; 8], block: &[u8], t: u128, last: bool, last_node: bool) {
    let (iv, rounds, rot, mask): (&[u64; 8], usize, [u32; 4], u64) =
        if big { (&IV_B, 12, [32, 24, 16, 63], u64::MAX) } else { (&IV_S, 10, [16, 12, 8, 7], 0xffff_ffff) };
    let ws = if big { 8 } else { 4 };
    let mut m = [0u64; 16];
    for (i, w) in m.iter_mut().enumerate() {
        let mut b = [0u8; 8];
        if let Some(s) = block.get(ws * i..ws * i + ws) {
            b[..ws].copy_from_slice(s);
        }
        *w = u64::from_le_bytes(b);
    }
    let mut v = [0u64; 16];
    v[..8].copy_from_slice(h);
    v[8..].copy_from_slice(iv);
    let bits = if big { 64 } else { 32 };
    v[12] ^= (t as u64) & mask;
    v[13] ^= ((t >> bits) as u64) & mask;
    if last {
        v[14] ^= mask;
        if last_node {
            v[15] ^= mask;
        }
    }
    let rotr = |x: u64, n: u32| if big { x.rotate_right(n) } else { (x as u32).rotate_right(n) as u64 };
    let add = |a: u64, b: u64| a.wrapping_add(b) & mask;
    for r in 0..rounds {
        let s = &SIGMA[r % 10];
        for (i, (a, b, c, d)) in [(0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15), (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14)]
            .into_iter()
            .enumerate()
        {
            v[a] = add(add(v[a], v[b]), m[s[2 * i]]);
            v[d] = rotr(v[d] ^ v[a], rot[0]);
            v[c] = add(v[c], v[d]);
            v[b] = rotr(v[b] ^ v[c], rot[1]);
            v[a] = add(add(v[a], v[b]), m[s[2 * i + 1]]);
            v[d] = rotr(v[d] ^ v[a], rot[2]);
            v[c] = add(v[c], v[d]);
            v[b] = rotr(v[b] ^ v[c], rot[3]);
        }
    }
    for i in 0..8 {
        h[i] ^= v[i] ^ v[i + 8];
    }
}

fn header(st: &[u8]) -> ([u64; 8], u128, bool) {
    let mut h = [0u64; 8];
    for (i, w) in h.iter_mut().enumerate() {
        *w = word(st, i);
    }
    let t = (word(st, 8) as u128) | ((word(st, 9) as u128) << 64);
    (h, t, st.get(80).is_some_and(|b| *b != 0))
}

fn store(st: &mut Vec<u8>, h: &[u64; 8], t: u128, last_node: bool, pending: &[u8]) {
    st.clear();
    for w in h {
        st.extend_from_slice(&w.to_le_bytes());
    }
    st.extend_from_slice(&(t as u64).to_le_bytes());
    st.extend_from_slice(&((t >> 64) as u64).to_le_bytes());
    st.push(last_node as u8);
    st.extend_from_slice(pending);
}

pub fn update(big: bool, st: &mut Vec<u8>, data: &[u8]) {
    if st.len() < HEADER || data.is_empty() {
        return;
    }
    let bs = block_size(big);
    let (mut h, mut t, last_node) = header(st);
    let mut pending = st.split_off(HEADER);
    pending.extend_from_slice(data);
    // Keep at least one byte pending: the last block is compressed as final.
    let full = if pending.is_empty() { 0 } else { (pending.len() - 1) / bs };
    for block in pending[..full * bs].chunks_exact(bs) {
        t = t.wrapping_add(bs as u128);
        compress(big, &mut h, block, t, false, last_node);
    }
    let rest = pending[full * bs..].to_vec();
    store(st, &h, t, last_node, &rest);
}

pub fn digest(big: bool, st: &[u8], n: usize) -> Vec<u8> {
    let (mut h, t, last_node) = header(st);
    let pending = st.get(HEADER..).unwrap_or_default();
    let t = t.wrapping_add(pending.len() as u128);
    let mut block = pending.to_vec();
    block.resize(block_size(big), 0);
    compress(big, &mut h, &block, t, true, last_node);
    let mut out = Vec::with_capacity(64);
    for w in h {
        if big {
            out.extend_from_slice(&w.to_le_bytes());
        } else {
            out.extend_from_slice(&(w as u32).to_le_bytes());
        }
    }
    out.truncate(n);
    out
}
