//! Round trips of compiled code through the cache format, and corrupt input.

use super::*;
use crate::bytecode::dis::disassemble;
use crate::bytecode::Mode;

const SOURCES: &[&str] = &[
    "",
    "x = 1\n",
    "'''Module doc.'''\nimport os, sys as s\nfrom . import a\nfrom ..b import c as d, e\nfrom m import *\n",
    "def f(a, b=2, /, c=3, *args, d, e=5, **kw):\n    'doc'\n    return a + b * c - d // e % 7 ** 2 @ x\n",
    "def outer():\n    x = 1\n    def inner(y):\n        nonlocal x\n        x += y\n        return lambda z: x + y + z\n    return inner\n",
    "class C(B, metaclass=M):\n    '''Doc.'''\n    a: int = 3\n    def m(self):\n        return __class__, super().m()\n    @property\n    def p(self): return self._p\n",
    "r = [x * y for x in range(10) if x for y in 'ab']\ns = {x for x in r}\nd = {k: v for k, v in zip(r, s)}\ng = (x for x in r)\n",
    "async def f(x):\n    async with x as y:\n        async for z in y:\n            await z\n    return [a async for a in x]\nasync def g():\n    yield 1\n",
    "def gen():\n    x = yield 1\n    yield from range(x)\n",
    "match p:\n    case [1, *rest, 2] if rest:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) | Point(1, yy):\n        pass\n    case str() as s:\n        pass\n    case _:\n        pass\n",
    "try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* (TypeError, KeyError):\n    pass\nelse:\n    h()\nfinally:\n    i()\n",
    "try:\n    a()\nexcept E as e:\n    raise X from e\nfinally:\n    b()\nwith open(f) as g, open(h):\n    pass\n",
    "x = (1, 2.5, -3j, 1+2j, 'é', b'\\x00\\xff', None, True, False, ..., 10**40, -(2**70), ((1,), ()))\n",
    "f'{x!r:>{w}} {y!s} {z:.3f}'\nglobal q\ndel x\nassert x, 'm'\nwhile True:\n    if a: break\n    elif b: continue\n    else: pass\n",
    "def f():\n    global g\n    g = 1\n    def h(): return g\n    class K:\n        y = g\n        def m(self): return y\n    return h, K\n",
    "for i, (a, *b) in enumerate(x):\n    print(i, a, *b, sep='', **kw)\nelse:\n    x[1:2:3] = y[::2]\n",
];

fn roundtrip(src: &str) -> (CompiledCode, CompiledCode) {
    let c = crate::compiler::compile(src, "/tmp/m.py", Mode::Exec).expect("compiles");
    let bytes = serialize(&c, 1_700_000_000_123_456_789, src.len() as u64);
    let back = deserialize(&bytes, 1_700_000_000_123_456_789, src.len() as u64, "/tmp/m.py").expect("reads back");
    (c, back)
}

#[test]
fn round_trip_equal() {
    for src in SOURCES {
        let (c, back) = roundtrip(src);
        assert_eq!(c, back, "{src}");
        assert_eq!(disassemble(&c), disassemble(&back), "{src}");
        assert!(validate(&c), "{src}");
    }
}

#[test]
fn filename_is_the_given_path() {
    let c = crate::compiler::compile("def f():\n    def g(): pass\n", "/old/m.py", Mode::Exec).unwrap();
    let bytes = serialize(&c, 5, 7);
    let back = deserialize(&bytes, 5, 7, "/new/m.py").unwrap();
    assert_eq!(&*back.filename, "/new/m.py");
    let Some(Const::Code(f)) = back.consts.iter().find(|k| matches!(k, Const::Code(_))) else { panic!() };
    assert_eq!(&*f.filename, "/new/m.py");
    let Some(Const::Code(g)) = f.consts.iter().find(|k| matches!(k, Const::Code(_))) else { panic!() };
    assert_eq!(&*g.filename, "/new/m.py");
}

/// Every module of the host CPython's standard library that compiles
/// survives the round trip and passes `validate` (skipped without one).
#[test]
fn stdlib_round_trip() {
    let Some(lib) = crate::interp::import::find_stdlib() else { return };
    let mut files = Vec::new();
    for sub in ["", "re", "json", "email", "collections", "asyncio", "importlib", "concurrent/futures", "unittest"] {
        let Ok(rd) = std::fs::read_dir(lib.join(sub)) else { continue };
        files.extend(rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "py")));
    }
    let mut n = 0;
    for f in files {
        let Ok(src) = std::fs::read_to_string(&f) else { continue };
        let name = f.to_string_lossy().into_owned();
        let Ok(c) = crate::compiler::compile(&src, &name, Mode::Exec) else { continue };
        assert!(validate(&c), "{name}");
        let bytes = serialize(&c, 1, src.len() as u64);
        let back = deserialize(&bytes, 1, src.len() as u64, &name).unwrap_or_else(|| panic!("{name}"));
        assert!(c == back, "{name}");
        n += 1;
    }
    assert!(n > 100, "only {n} stdlib modules compiled");
}

fn sample() -> Vec<u8> {
    let src = SOURCES[3..].concat();
    let c = crate::compiler::compile(&src, "m.py", Mode::Exec).unwrap();
    serialize(&c, 42, 1000)
}

#[test]
fn stale_or_foreign_files_are_rejected() {
    let b = sample();
    assert!(deserialize(&b, 42, 1000, "m.py").is_some());
    assert!(deserialize(&b, 43, 1000, "m.py").is_none(), "mtime");
    assert!(deserialize(&b, 42, 1001, "m.py").is_none(), "size");
    let mut x = b.clone();
    x[0] = b'X';
    assert!(deserialize(&x, 42, 1000, "m.py").is_none(), "magic");
    let mut x = b.clone();
    x[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    assert!(deserialize(&x, 42, 1000, "m.py").is_none(), "format version");
    let mut x = b.clone();
    x[12] ^= 1;
    assert!(deserialize(&x, 42, 1000, "m.py").is_none(), "build hash");
    let mut x = b.clone();
    x.push(0);
    assert!(deserialize(&x, 42, 1000, "m.py").is_none(), "trailing byte");
    assert!(deserialize(b"", 42, 1000, "m.py").is_none());
}

#[test]
fn truncation_at_every_length() {
    let b = sample();
    for n in 0..b.len() {
        assert!(deserialize(&b[..n], 42, 1000, "m.py").is_none(), "length {n}");
    }
}

#[test]
fn every_flipped_byte_is_caught() {
    let b = sample();
    for i in 0..b.len() {
        for mask in [0x01u8, 0x80, 0xff] {
            let mut x = b.clone();
            x[i] ^= mask;
            assert!(deserialize(&x, 42, 1000, "m.py").is_none(), "byte {i} ^ {mask:#x}");
        }
    }
}

/// With the checksum recomputed, damage reaches the structural checks: the
/// reader must still never panic (nor loop, nor allocate wildly).
fn with_checksum(mut x: Vec<u8>) -> Vec<u8> {
    if x.len() >= HEADER_LEN {
        let len = (x.len() - HEADER_LEN) as u32;
        x[36..40].copy_from_slice(&len.to_le_bytes());
        let sum = checksum(&x[HEADER_LEN..]);
        x[40..48].copy_from_slice(&sum.to_le_bytes());
    }
    x
}

#[test]
fn damaged_payload_with_valid_checksum_never_panics() {
    let b = sample();
    let mut accepted = 0;
    for i in HEADER_LEN..b.len() {
        for v in [0x00u8, 0x01, 0x7f, 0x80, 0xff, b[i].wrapping_add(1), b[i] ^ 0x40] {
            let mut x = b.clone();
            x[i] = v;
            if let Some(c) = deserialize(&with_checksum(x), 42, 1000, "m.py") {
                assert!(validate(&c));
                accepted += 1;
            }
        }
        // Truncated payloads, checksum fixed.
        assert!(deserialize(&with_checksum(b[..i].to_vec()), 42, 1000, "m.py").is_none());
    }
    // Some changes (a different line number, constant) are harmless and accepted.
    assert!(accepted > 0);
    // Random payloads.
    let mut seed: u64 = 0x1234_5678;
    for _ in 0..2000 {
        let mut x = b[..HEADER_LEN].to_vec();
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let len = (seed >> 40) as usize % 300;
        for _ in 0..len {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            x.push((seed >> 56) as u8);
        }
        let _ = deserialize(&with_checksum(x), 42, 1000, "m.py");
    }
}

#[test]
fn validate_rejects_bad_code() {
    let c = crate::compiler::compile("def f(a):\n    return a + g\n", "m.py", Mode::Exec).unwrap();
    let Some(Const::Code(f)) = c.consts.iter().find(|k| matches!(k, Const::Code(_))) else { panic!() };
    let mut f = (**f).clone();
    assert!(validate(&f));
    let i = f.code.iter().position(|u| *u as u8 == Op::LoadGlobal as u8).unwrap();
    let good = f.code[i];
    f.code[i] = (good & 0xff) | (99 << 8);
    assert!(!validate(&f), "name index out of range");
    f.code[i] = good;
    f.code[i + 1] = 7;
    assert!(!validate(&f), "non-zero inline cache");
    f.code[i + 1] = 0;
    f.code[i] = 0xfe;
    assert!(!validate(&f), "unknown opcode");
    f.code[i] = (good & !0xff) | Op::LoadGlobalModule as u32;
    assert!(!validate(&f), "specialized opcode");
    f.code[i] = good;
    f.locations.pop();
    assert!(!validate(&f), "locations");
}
