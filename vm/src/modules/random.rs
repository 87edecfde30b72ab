//! `_random`: the Mersenne Twister (MT19937) behind `random.Random`, with
//! CPython's seeding (`init_by_array` over the 32-bit words of `abs(n)`, or
//! of the unsigned hash for other objects), `random()` from two words (53
//! bits), `getrandbits`, and the 625-entry state tuple of
//! `getstate`/`setstate`, so seeded sequences equal CPython's.
//!
//! An instance is a `NativeObj` whose slot 0 is a private `bytearray` of
//! 625 little-endian 32-bit words: the 624 state words, then the index.

use super::{cls_arg, export_type, new_native};
use crate::builtins::args::Arity;
use crate::object::ext::NativeObj;
use crate::object::module::ModuleObj;
use crate::object::seq::BytesObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER: u32 = 0x8000_0000;
const LOWER: u32 = 0x7fff_ffff;

fn rd(d: &[u8], i: usize) -> u32 {
    d.get(4 * i..4 * i + 4).map_or(0, |s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn wr(d: &mut [u8], i: usize, v: u32) {
    if let Some(s) = d.get_mut(4 * i..4 * i + 4) {
        s.copy_from_slice(&v.to_le_bytes());
    }
}

fn load(d: &[u8]) -> [u32; N] {
    let mut mt = [0u32; N];
    for (i, w) in mt.iter_mut().enumerate() {
        *w = rd(d, i);
    }
    mt
}

fn store(d: &mut [u8], mt: &[u32; N], index: u32) {
    for (i, w) in mt.iter().enumerate() {
        wr(d, i, *w);
    }
    wr(d, N, index);
}

fn twist(mt: &mut [u32; N]) {
    let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
    for kk in 0..N - M {
        let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
        mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
    }
    for kk in N - M..N - 1 {
        let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
        mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
    }
    let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
}

/// The next tempered 32-bit output.
fn genrand(d: &mut [u8]) -> u32 {
    let mut idx = rd(d, N) as usize;
    if idx >= N {
        let mut mt = load(d);
        twist(&mut mt);
        store(d, &mt, 0);
        idx = 0;
    }
    let mut y = rd(d, idx);
    wr(d, N, idx as u32 + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

fn init_genrand(mt: &mut [u32; N], s: u32) {
    mt[0] = s;
    for i in 1..N {
        mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
    }
}

fn init_by_array(key: &[u32]) -> [u32; N] {
    let mut mt = [0u32; N];
    init_genrand(&mut mt, 19_650_218);
    let (mut i, mut j) = (1usize, 0usize);
    let len = key.len().max(1);
    for _ in 0..N.max(len) {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        let kj = key.get(j).copied().unwrap_or(0);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525)).wrapping_add(kj).wrapping_add(j as u32);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if j >= len {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x8000_0000;
    mt
}

/// The state buffer of a Random instance (TypeError for anything else).
fn state(vm: &mut Vm, v: Value) -> PyResult<Gc<BytesObj>> {
    let ok = vm.is_instance(v, vm.mt.random);
    match v.downcast::<NativeObj>().filter(|_| ok).and_then(|o| o.slot(0).downcast::<BytesObj>()) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(&format!("descriptor requires a '_random.Random' object but received '{t}'")))
        }
    }
}

fn set_key(b: Gc<BytesObj>, key: &[u32]) {
    let mt = init_by_array(key);
    b.data.with_mut(|d| {
        d.resize(4 * (N + 1), 0);
        store(d, &mt, N as u32);
    });
}

fn urandom_key() -> Vec<u32> {
    let mut buf = vec![0u8; 4 * N];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf)).is_ok();
    if !ok {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        return vec![t as u32, (t >> 32) as u32, std::process::id()];
    }
    buf.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

/// CPython's `random_seed`: None -> urandom; int -> abs(n); else the hash as unsigned.
fn seed_with(vm: &mut Vm, b: Gc<BytesObj>, arg: Value) -> PyResult<()> {
    let n: BigInt = if arg.is_null() || arg.is_none() {
        set_key(b, &urandom_key());
        return Ok(());
    } else if let Some(i) = vm.as_bigint(arg).filter(|_| arg.as_f64().is_none()) {
        i.abs()
    } else {
        BigInt::from(vm.hash(arg)? as u64)
    };
    let (_, mut key) = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    set_key(b, &key);
    Ok(())
}

fn random_new(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let cls = cls_arg(vm, a)?;
    let exact = cls == vm.mt.random;
    if exact && !k.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    let npos = a.len() - 1 - k.len();
    if exact && npos > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    let buf = vm.new_bytes_of(vec![0u8; 4 * (N + 1)], true);
    let obj = new_native(vm, cls, &[buf]);
    let b = state(vm, obj)?;
    let arg = if npos == 1 { a[1] } else { Value::NONE };
    seed_with(vm, b, arg)?;
    Ok(obj)
}

fn seed(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = state(vm, a[0])?;
    seed_with(vm, b, a.get(1).copied().unwrap_or(Value::NONE))?;
    Ok(Value::NONE)
}

fn random(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = state(vm, a[0])?;
    let (x, y) = b.data.with_mut(|d| (genrand(d) >> 5, genrand(d) >> 6));
    Ok(Value::from_f64((x as f64 * 67_108_864.0 + y as f64) * (1.0 / 9_007_199_254_740_992.0)))
}

fn getrandbits(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = state(vm, a[0])?;
    let k = match vm.as_i64(a[1]).filter(|_| a[1].as_f64().is_none()) {
        Some(k) if k > i32::MAX as i64 => return Err(vm.overflow_error("Python int too large to convert to C int")),
        Some(k) => k,
        None if vm.as_bigint(a[1]).is_some() => return Err(vm.overflow_error("Python int too large to convert to C int")),
        None => {
            let t = vm.type_name(a[1]);
            return Err(vm.type_error(&format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::from_small_int(0));
    }
    if k <= 32 {
        let r = b.data.with_mut(|d| genrand(d)) >> (32 - k);
        return Ok(vm.new_int(r as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    b.data.with_mut(|d| {
        for _ in 0..words {
            let mut r = genrand(d);
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left -= 32;
        }
    });
    Ok(vm.new_bigint(BigInt::from_slice(Sign::Plus, &out)))
}

fn getstate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = state(vm, a[0])?;
    let words: Vec<u32> = b.data.with(|d| (0..=N).map(|i| rd(d, i)).collect());
    let items = words.into_iter().map(|w| Value::from_small_int(w as i64)).collect();
    Ok(vm.new_tuple(items))
}

fn setstate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    let b = state(vm, a[0])?;
    let Some(t) = a[1].downcast::<crate::object::seq::TupleObj>().filter(|_| vm.is_instance(a[1], vm.t.tuple)) else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    let items: Vec<Value> = t.items.to_vec();
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (w, v) in mt.iter_mut().zip(&items) {
        *w = unsigned_long(vm, *v)? as u32;
    }
    let index = match vm.as_i64(items[N]).filter(|_| items[N].as_f64().is_none()) {
        Some(i) => i,
        None if vm.as_bigint(items[N]).is_some() => return Err(vm.overflow_error("Python int too large to convert to C long")),
        None => return Err(vm.type_error("an integer is required")),
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    b.data.with_mut(|d| {
        d.resize(4 * (N + 1), 0);
        store(d, &mt, index as u32);
    });
    Ok(Value::NONE)
}

/// `PyLong_AsUnsignedLong`.
fn unsigned_long(vm: &mut Vm, v: Value) -> PyResult<u64> {
    match vm.as_bigint(v).filter(|_| v.as_f64().is_none()) {
        Some(i) if i.sign() == Sign::Minus => Err(vm.overflow_error("can't convert negative value to unsigned int")),
        Some(i) => match u64::try_from(&i) {
            Ok(u) => Ok(u),
            Err(_) => Err(vm.overflow_error("Python int too large to convert to C unsigned long")),
        },
        None => Err(vm.type_error("an integer is required")),
    }
}

pub fn init(vm: &mut Vm, m: Gc<ModuleObj>) -> PyResult<()> {
    let t = vm.mt.random;
    export_type(vm, m, t, "_random", true);
    vm.add_method(t, "__new__", random_new);
    vm.add_method_a(t, "seed", Arity::Pos(0, 1), seed);
    vm.add_method_a(t, "random", Arity::NoArgs, random);
    vm.add_method_a(t, "getrandbits", Arity::One, getrandbits);
    vm.add_method_a(t, "getstate", Arity::NoArgs, getstate);
    vm.add_method_a(t, "setstate", Arity::One, setstate);
    Ok(())
}
