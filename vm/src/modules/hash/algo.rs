//! MD5 (RFC 1321), SHA-1 and SHA-2 (FIPS 180-4) as streaming hashers over
//! a flat byte state, so a Python hash object can keep it in a `bytearray`:
//! `STATE` bytes of chaining words (little-endian u64 each), 8 bytes of
//! message length, then the pending partial block.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Algo {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

const STATE: usize = 64;
const HEADER: usize = STATE + 8;

impl Algo {
    pub fn from_id(i: i64) -> Option<Algo> {
        use Algo::*;
        [Md5, Sha1, Sha224, Sha256, Sha384, Sha512].get(usize::try_from(i).ok()?).copied()
    }
    pub fn block_size(self) -> usize {
        match self {
            Algo::Sha384 | Algo::Sha512 => 128,
            _ => 64,
        }
    }
    pub fn digest_size(self) -> usize {
        match self {
            Algo::Md5 => 16,
            Algo::Sha1 => 20,
            Algo::Sha224 => 28,
            Algo::Sha256 => 32,
            Algo::Sha384 => 48,
            Algo::Sha512 => 64,
        }
    }
    fn iv(self) -> Vec<u64> {
        match self {
            Algo::Md5 => vec![0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476],
            Algo::Sha1 => vec![0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0],
            Algo::Sha224 => vec![0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4],
            Algo::Sha256 => vec![0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19],
            Algo::Sha384 => vec![
                0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
                0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
            ],
            Algo::Sha512 => vec![
                0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
            ],
        }
    }
}

fn word(st: &[u8], i: usize) -> u64 {
    st.get(8 * i..8 * i + 8).map_or(0, |s| u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]))
}

fn set_word(st: &mut [u8], i: usize, v: u64) {
    if let Some(s) = st.get_mut(8 * i..8 * i + 8) {
        s.copy_from_slice(&v.to_le_bytes());
    }
}

/// A fresh state.
pub fn init(a: Algo) -> Vec<u8> {
    let mut st = vec![0u8; HEADER];
    for (i, w) in a.iv().into_iter().enumerate() {
        set_word(&mut st, i, w);
    }
    st
}

/// Feed `data` into `st`.
pub fn update(a: Algo, st: &mut Vec<u8>, data: &[u8]) {
    if st.len() < HEADER {
        *st = init(a);
    }
    let len = word(st, 8).wrapping_add(data.len() as u64);
    set_word(st, 8, len);
    let bs = a.block_size();
    let mut h: Vec<u64> = (0..8).map(|i| word(st, i)).collect();
    let mut pending: Vec<u8> = st.split_off(HEADER);
    let mut rest = data;
    if !pending.is_empty() {
        let take = bs.saturating_sub(pending.len()).min(rest.len());
        pending.extend_from_slice(&rest[..take]);
        rest = &rest[take..];
        if pending.len() == bs {
            compress(a, &mut h, &pending);
            pending.clear();
        }
    }
    let mut chunks = rest.chunks_exact(bs);
    for block in &mut chunks {
        compress(a, &mut h, block);
    }
    pending.extend_from_slice(chunks.remainder());
    for (i, w) in h.iter().enumerate() {
        set_word(st, i, *w);
    }
    st.extend_from_slice(&pending);
}

/// The digest of everything fed so far (the state is not changed).
pub fn digest(a: Algo, st: &[u8]) -> Vec<u8> {
    let mut st = if st.len() < HEADER { init(a) } else { st.to_vec() };
    let bits = word(&st, 8).wrapping_mul(8);
    let bs = a.block_size();
    let lenbytes = if bs == 128 { 16 } else { 8 };
    let pending = st.len() - HEADER;
    let mut pad = vec![0x80u8];
    let zeros = (bs + bs - lenbytes - 1 - pending % bs) % bs;
    pad.extend(std::iter::repeat(0).take(zeros));
    if a == Algo::Md5 {
        pad.extend_from_slice(&bits.to_le_bytes());
    } else {
        if lenbytes == 16 {
            pad.extend_from_slice(&[0u8; 8]);
        }
        pad.extend_from_slice(&bits.to_be_bytes());
    }
    update(a, &mut st, &pad);
    let h: Vec<u64> = (0..8).map(|i| word(&st, i)).collect();
    let mut out = Vec::with_capacity(64);
    match a {
        Algo::Md5 => h[..4].iter().for_each(|w| out.extend_from_slice(&(*w as u32).to_le_bytes())),
        Algo::Sha1 | Algo::Sha224 | Algo::Sha256 => h.iter().for_each(|w| out.extend_from_slice(&(*w as u32).to_be_bytes())),
        Algo::Sha384 | Algo::Sha512 => h.iter().for_each(|w| out.extend_from_slice(&w.to_be_bytes())),
    }
    out.truncate(a.digest_size());
    out
}

fn compress(a: Algo, h: &mut [u64], block: &[u8]) {
    match a {
        Algo::Md5 => md5_block(h, block),
        Algo::Sha1 => sha1_block(h, block),
        Algo::Sha224 | Algo::Sha256 => sha256_block(h, block),
        Algo::Sha384 | Algo::Sha512 => sha512_block(h, block),
    }
}

fn be32(b: &[u8], i: usize) -> u32 {
    b.get(4 * i..4 * i + 4).map_or(0, |s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

fn md5_block(h: &mut [u64], b: &[u8]) {
    const S: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
    let m: Vec<u32> = (0..16).map(|i| b.get(4 * i..4 * i + 4).map_or(0, |s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))).collect();
    let (mut a0, mut b0, mut c0, mut d0) = (h[0] as u32, h[1] as u32, h[2] as u32, h[3] as u32);
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b0 & c0) | (!b0 & d0), i),
            1 => ((d0 & b0) | (!d0 & c0), (5 * i + 1) % 16),
            2 => (b0 ^ c0 ^ d0, (3 * i + 5) % 16),
            _ => (c0 ^ (b0 | !d0), (7 * i) % 16),
        };
        let k = ((i as f64 + 1.0).sin().abs() * 4_294_967_296.0) as u32;
        let s = S[(i / 16) * 4 + i % 4];
        let f = f.wrapping_add(a0).wrapping_add(k).wrapping_add(m[g]);
        a0 = d0;
        d0 = c0;
        c0 = b0;
        b0 = b0.wrapping_add(f.rotate_left(s));
    }
    for (x, v) in h.iter_mut().zip([a0, b0, c0, d0]) {
        *x = (*x as u32).wrapping_add(v) as u64;
    }
}

fn sha1_block(h: &mut [u64], b: &[u8]) {
    let mut w = [0u32; 80];
    for i in 0..16 {
        w[i] = be32(b, i);
    }
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let mut v: Vec<u32> = h[..5].iter().map(|x| *x as u32).collect();
    for (i, wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((v[1] & v[2]) | (!v[1] & v[3]), 0x5A827999),
            1 => (v[1] ^ v[2] ^ v[3], 0x6ED9EBA1),
            2 => ((v[1] & v[2]) | (v[1] & v[3]) | (v[2] & v[3]), 0x8F1BBCDC),
            _ => (v[1] ^ v[2] ^ v[3], 0xCA62C1D6u32),
        };
        let t = v[0].rotate_left(5).wrapping_add(f).wrapping_add(v[4]).wrapping_add(k).wrapping_add(*wi);
        v[4] = v[3];
        v[3] = v[2];
        v[2] = v[1].rotate_left(30);
        v[1] = v[0];
        v[0] = t;
    }
    for (x, y) in h.iter_mut().zip(v) {
        *x = (*x as u32).wrapping_add(y) as u64;
    }
}

const K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
    0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
    0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

fn sha256_block(h: &mut [u64], b: &[u8]) {
    let mut w = [0u32; 64];
    for i in 0..16 {
        w[i] = be32(b, i);
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
    }
    let mut v: Vec<u32> = h[..8].iter().map(|x| *x as u32).collect();
    for i in 0..64 {
        let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
        let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
        let t1 = v[7].wrapping_add(s1).wrapping_add(ch).wrapping_add(K256[i]).wrapping_add(w[i]);
        let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
        let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        let t2 = s0.wrapping_add(maj);
        v.rotate_right(1);
        v[4] = v[4].wrapping_add(t1);
        v[0] = t1.wrapping_add(t2);
    }
    for (x, y) in h.iter_mut().zip(v) {
        *x = (*x as u32).wrapping_add(y) as u64;
    }
}

const K512: [u64; 80] = [
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538, 0x59f111f1b605d019,
    0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65, 0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b, 0xa2bfe8a14cf10364, 0xa81a664bbc423001,
    0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c, 0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
];

fn sha512_block(h: &mut [u64], b: &[u8]) {
    let mut w = [0u64; 80];
    for (i, wi) in w.iter_mut().enumerate().take(16) {
        *wi = (be32(b, 2 * i) as u64) << 32 | be32(b, 2 * i + 1) as u64;
    }
    for i in 16..80 {
        let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
        let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
    }
    let mut v: Vec<u64> = h[..8].to_vec();
    for i in 0..80 {
        let s1 = v[4].rotate_right(14) ^ v[4].rotate_right(18) ^ v[4].rotate_right(41);
        let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
        let t1 = v[7].wrapping_add(s1).wrapping_add(ch).wrapping_add(K512[i]).wrapping_add(w[i]);
        let s0 = v[0].rotate_right(28) ^ v[0].rotate_right(34) ^ v[0].rotate_right(39);
        let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        let t2 = s0.wrapping_add(maj);
        v.rotate_right(1);
        v[4] = v[4].wrapping_add(t1);
        v[0] = t1.wrapping_add(t2);
    }
    for (x, y) in h.iter_mut().zip(v) {
        *x = x.wrapping_add(y);
    }
}
