//! SHA-3 and SHAKE (FIPS 202): Keccak-f[1600] sponge over a byte state:
//! 200 bytes of lanes (little-endian, lane x + 5y), then the pending
//! partial block. `rate` is the block size in bytes.

const RC: [u64; 24] = [
    0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B, 0x0000000080000001,
    0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
    0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003, 0x8000000000008002, 0x8000000000000080,
    0x000000000000800A, 0x800000008000000A, 0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
];
const ROT: [u32; 25] = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
const LANES: usize = 200;

fn keccak_f(a: &mut [u64; 25]) {
    for rc in RC {
        let mut c = [0u64; 5];
        for x in 0..5 {
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                a[x + 5 * y] ^= d;
            }
        }
        let mut b = [0u64; 25];
        for x in 0..5 {
            for y in 0..5 {
                b[y + 5 * ((2 * x + 3 * y) % 5)] = a[x + 5 * y].rotate_left(ROT[x + 5 * y]);
            }
        }
        for x in 0..5 {
            for y in 0..5 {
                a[x + 5 * y] = b[x + 5 * y] ^ (!b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
            }
        }
        a[0] ^= rc;
    }
}

fn lanes(st: &[u8]) -> [u64; 25] {
    let mut a = [0u64; 25];
    for (i, l) in a.iter_mut().enumerate() {
        if let Some(s) = st.get(8 * i..8 * i + 8) {
            *l = u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]);
        }
    }
    a
}

fn absorb(a: &mut [u64; 25], block: &[u8]) {
    for (i, chunk) in block.chunks(8).enumerate() {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        a[i] ^= u64::from_le_bytes(w);
    }
    keccak_f(a);
}

pub fn init() -> Vec<u8> {
    vec![0u8; LANES]
}

pub fn update(rate: usize, st: &mut Vec<u8>, data: &[u8]) {
    if st.len() < LANES {
        *st = init();
    }
    let mut a = lanes(st);
    let mut pending = st.split_off(LANES);
    pending.extend_from_slice(data);
    let mut chunks = pending.chunks_exact(rate);
    for block in &mut chunks {
        absorb(&mut a, block);
    }
    let rest = chunks.remainder().to_vec();
    st.clear();
    for l in a {
        st.extend_from_slice(&l.to_le_bytes());
    }
    st.extend_from_slice(&rest);
}

/// `n` bytes of output after padding with the domain `suffix` (0x06 SHA-3, 0x1F SHAKE).
pub fn digest(rate: usize, suffix: u8, st: &[u8], n: usize) -> Vec<u8> {
    let mut a = lanes(st);
    let pending = st.get(LANES..).unwrap_or_default();
    let mut block = vec![0u8; rate];
    let k = pending.len().min(rate - 1);
    block[..k].copy_from_slice(&pending[..k]);
    block[k] ^= suffix;
    block[rate - 1] ^= 0x80;
    absorb(&mut a, &block);
    let mut out = Vec::with_capacity(n + rate);
    loop {
        for l in a.iter().take(rate / 8) {
            out.extend_from_slice(&l.to_le_bytes());
        }
        if out.len() >= n {
            break;
        }
        keccak_f(&mut a);
    }
    out.truncate(n);
    out
}
