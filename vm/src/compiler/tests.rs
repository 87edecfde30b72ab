use super::*;
use crate::bytecode::code::Const;
use crate::bytecode::dis::disassemble;

fn c(src: &str) -> CompiledCode {
    match compile(src, "<test>", Mode::Exec) {
        Ok(code) => code,
        Err(e) => panic!("compile failed for {src:?}: {e:?}"),
    }
}

/// Structural checks: jumps land on instruction starts, exception table is
/// sane, locations cover every unit; recursive into nested code.
fn validate(code: &CompiledCode) {
    let mut starts = std::collections::HashSet::new();
    let mut i = 0;
    while i < code.code.len() {
        starts.insert(i);
        let op = Op::from_u8((code.code[i] & 0xff) as u8).expect("valid opcode");
        for k in 1..=op.cache_units() {
            assert_eq!(code.code[i + k], 0, "cache unit not zero");
        }
        i += 1 + op.cache_units();
    }
    assert_eq!(i, code.code.len());
    assert_eq!(code.locations.len(), code.code.len());
    for &s in &starts {
        let unit = code.code[s];
        let op = Op::from_u8((unit & 0xff) as u8).unwrap();
        if op.is_jump() {
            let t = (unit >> 8) as usize;
            assert!(starts.contains(&t), "jump target {t} not an instruction in {}", code.name);
            if op == Op::JumpBackward {
                assert!(t <= s);
            }
            if op == Op::Jump {
                assert!(t > s, "Jump must be forward");
            }
        }
        let a = unit >> 8;
        match op {
            Op::LoadConst | Op::KwNames => assert!((a as usize) < code.consts.len()),
            Op::LoadFast | Op::StoreFast | Op::DeleteFast => assert!((a as usize) < code.varnames.len()),
            Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure | Op::LoadClassDeref => {
                assert!((a as usize) < code.cellvars.len() + code.freevars.len())
            }
            Op::LoadGlobal | Op::StoreGlobal | Op::LoadName | Op::StoreName | Op::LoadAttr | Op::StoreAttr
            | Op::LoadMethod | Op::ImportName | Op::ImportFrom | Op::DeleteName | Op::DeleteGlobal | Op::DeleteAttr => {
                assert!((a as usize) < code.names.len())
            }
            _ => {}
        }
    }
    let mut prev_end = 0;
    for e in &code.exception_table {
        assert!(e.start < e.end, "empty exception range");
        assert!(e.start >= prev_end, "overlapping exception ranges");
        prev_end = e.end;
        assert!(starts.contains(&(e.start as usize)));
        assert!(e.end as usize == code.code.len() || starts.contains(&(e.end as usize)));
        assert!(starts.contains(&(e.target as usize)));
        assert!(e.depth + 2 <= code.stacksize + 2);
    }
    assert!(code.stacksize < 1000);
    assert_eq!(code.cell2arg.len(), code.cellvars.len());
    for k in &code.consts {
        if let Const::Code(inner) = k {
            validate(inner);
        }
    }
}

fn dis(src: &str) -> String {
    let code = c(src);
    validate(&code);
    disassemble(&code)
}

/// Op names of the top-level code, in order.
fn ops(src: &str) -> Vec<&'static str> {
    let code = c(src);
    validate(&code);
    op_names(&code)
}

fn op_names(code: &CompiledCode) -> Vec<&'static str> {
    let mut v = Vec::new();
    let mut i = 0;
    while i < code.code.len() {
        let op = Op::from_u8((code.code[i] & 0xff) as u8).unwrap();
        v.push(op.name());
        i += 1 + op.cache_units();
    }
    v
}

fn inner(code: &CompiledCode, n: usize) -> CompiledCode {
    let codes: Vec<_> = code.consts.iter().filter_map(|c| if let Const::Code(c) = c { Some((**c).clone()) } else { None }).collect();
    codes[n].clone()
}

#[test]
fn dump_env() {
    if let Ok(src) = std::env::var("TAIPAN_DIS") {
        match compile(&src, "<dump>", Mode::Exec) {
            Ok(code) => {
                validate(&code);
                println!("{}", disassemble(&code));
            }
            Err(e) => println!("{e:?}"),
        }
    }
}

const SNIPPETS: &[&str] = &[
    "x = 1",
    "x = y = z = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 << 1 >> 2 & 3 | 4 ^ 5 @ m",
    "a, b = b, a",
    "a, *b, c = range(10)",
    "[a, (b, c)] = x",
    "x += 1; a.b -= 2; a[i] *= 3; a[1:2] //= 4",
    "del a, b.c, d[e], f[1:2]",
    "x = -1; y = +z; w = ~v; q = not r; n = -(2**63)",
    "x = a if b else c",
    "x = a and b or c and not d",
    "x = 1 < y <= 3 != z",
    "x = a is None; y = b is not None; z = c in d; w = e not in f",
    "x = [1, 2, *a, 3]; y = (1, *b); z = {1, *c}; d = {1: 2, **e, 3: 4}",
    "x = {}; y = []; z = (); w = set()",
    "x = a[1]; y = a[1:2]; z = a[::2]; w = a[1:2, ::3]",
    "x = f(1, *a, k=2, **kw)",
    "x = f(*a)",
    "x = f(**kw)",
    "x = o.m(1, 2, k=3)",
    "x = o.m(*a)",
    "x = f'{a} and {b!r:>{width}} {c=} {d=!s} {e:.2f}'",
    "x = f''",
    "x = f'plain'",
    "x = 'a' 'b'; y = b'x' b'y'; z = 1.5; w = 2j; v = ...; u = None; t = True",
    "x = 123456789012345678901234567890; y = 0xFFFFFFFFFFFFFFFFFFFF",
    "x = lambda a, b=1, *c, d, e=2, **f: a + b",
    "x = lambda: (yield)",
    "x = [i * j for i in range(3) for j in range(i) if i if j]",
    "x = {i: j for i, j in z}",
    "x = {i for i in z}",
    "x = (i for i in z)",
    "x = sum(i for i in z)",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    x = 2",
    "while a:\n    if b: break\n    if c: continue\nelse:\n    x = 1",
    "while True:\n    break",
    "for i in x:\n    if i: break\n    continue\nelse:\n    pass",
    "for a, b in x:\n    for c in a:\n        break",
    "def f(a, /, b, *, c=1, **k) -> int:\n    '''doc'''\n    return a",
    "def f(a: int, *args: str, b: 'x' = 3, **kw: float) -> None: pass",
    "def f():\n    global g\n    g = 1\n    return g",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g",
    "def f(a):\n    def g():\n        return a\n    return g",
    "def f():\n    yield 1\n    x = yield\n    yield from g()",
    "@d1\n@d2(x)\ndef f(): pass",
    "@dec\nclass C(A, B, metaclass=M):\n    '''doc'''\n    x: int = 1\n    y: str\n    def m(self):\n        return __class__\n    def n(self):\n        return super().n()",
    "class C:\n    def __init__(self):\n        self.__x = 1\n    def __private(self): pass",
    "class C(*bases, **kw): pass",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def g(self): return x\n    return C",
    "try:\n    a()\nexcept ValueError:\n    b()\nexcept (TypeError, KeyError) as e:\n    c(e)\nexcept:\n    d()\nelse:\n    e()\nfinally:\n    f()",
    "try:\n    a()\nfinally:\n    b()",
    "def f():\n    try:\n        return 1\n    finally:\n        print(2)",
    "def f():\n    for i in x:\n        try:\n            break\n        finally:\n            continue",
    "def f():\n    with a as b, c as (d, e):\n        return b",
    "def f():\n    for i in x:\n        with a:\n            continue",
    "def f():\n    try:\n        pass\n    except E as e:\n        return e",
    "def f():\n    try:\n        pass\n    finally:\n        try:\n            return 2\n        finally:\n            pass",
    "with a: pass",
    "import a.b.c\nimport a.b.c as d\nimport x as y\nfrom . import m\nfrom ..p.q import r as s, t\nfrom m import *",
    "raise\n",
    "raise E\n",
    "raise E from F\n",
    "assert x\nassert x, 'msg'",
    "x: int\ny: list = []\na.b: int\nc[1]: int = 2",
    "def f():\n    x: int = 1\n    y: str\n    return x",
    "if (n := 10) > 5: print(n)",
    "def f():\n    return [y := 1, y ** 2]",
    "def f(a):\n    return [(z := x) for x in a], z",
    "print(__debug__)",
    "x = a.b.c.d(e)(f)[g]",
    "async def f():\n    await g()\n    return 1",
    "def f(*, a): pass",
    "def f(a, b, /): pass",
    "x = [*a, *b]",
    "print(*a, *b, sep='')",
    "f(a)(b)(c)",
    "x = not (a < b)",
    "if not a and (b or c): pass",
    "while x is not None: x = x.next",
    "def f():\n    def g():\n        def h():\n            return x\n        return h\n    x = 1\n    return g",
    "class A:\n    class B:\n        def f(self): pass",
    "try:\n    pass\nexcept:\n    raise",
    "for x in y:\n    try:\n        pass\n    except E:\n        break",
    "def g():\n    for x in y:\n        try:\n            pass\n        except E as e:\n            return e\n        finally:\n            pass",
];

#[test]
fn many_snippets_compile_and_validate() {
    for s in SNIPPETS {
        let code = c(s);
        validate(&code);
        let _ = disassemble(&code);
    }
}

#[test]
fn simple_sequences() {
    assert_eq!(ops("x = a + 1"), ["LoadName", "LoadConst", "BinaryOp", "StoreName", "LoadConst", "ReturnValue"]);
    assert_eq!(
        ops("f(1, k=2)"),
        ["LoadName", "PushNull", "LoadConst", "LoadConst", "KwNames", "Call", "PopTop", "LoadConst", "ReturnValue"]
    );
    assert_eq!(
        ops("o.m(1)"),
        ["LoadName", "LoadMethod", "LoadConst", "Call", "PopTop", "LoadConst", "ReturnValue"]
    );
    assert_eq!(
        ops("for i in x: pass"),
        ["LoadName", "GetIter", "ForIter", "StoreName", "JumpBackward", "LoadConst", "ReturnValue"]
    );
    let d = dis("def f(a):\n    return a.b\n");
    assert!(d.contains("LoadFast                0 (a)"), "{d}");
    assert!(d.contains("LoadAttr                0 (b)"), "{d}");
}

#[test]
fn scopes_and_cells() {
    let code = c("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n");
    let f = inner(&code, 0);
    assert_eq!(&*f.varnames[0], "a");
    assert_eq!(f.cellvars.iter().map(|s| s.to_string()).collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(f.cell2arg, [Some(0), None]);
    assert!(op_names(&f).contains(&"StoreDeref"));
    let g = inner(&f, 0);
    assert_eq!(g.freevars.iter().map(|s| s.to_string()).collect::<Vec<_>>(), ["a", "b"]);
    assert_ne!(g.flags & flags::NESTED, 0);
    assert!(op_names(&g).iter().filter(|o| **o == "LoadDeref").count() == 2);
    // class cell
    let code = c("class C:\n    def m(self):\n        super().m()\n");
    let cls = inner(&code, 0);
    assert_eq!(cls.cellvars.iter().map(|s| s.to_string()).collect::<Vec<_>>(), ["__class__"]);
    let m = inner(&cls, 0);
    assert_eq!(m.freevars.iter().map(|s| s.to_string()).collect::<Vec<_>>(), ["__class__"]);
    assert_eq!(&*m.qualname, "C.m");
    // generator flags
    let code = c("def g():\n    yield 1\n");
    assert_ne!(inner(&code, 0).flags & flags::GENERATOR, 0);
    let code = c("x = (i for i in y)\n");
    assert_ne!(inner(&code, 0).flags & flags::GENERATOR, 0);
    // qualnames
    let code = c("def f():\n    def g(): pass\n");
    assert_eq!(&*inner(&inner(&code, 0), 0).qualname, "f.<locals>.g");
    // mangling
    let code = c("class C:\n    __x = 1\n    def m(self): return self.__y\n");
    let cls = inner(&code, 0);
    assert!(cls.names.iter().any(|n| &**n == "_C__x"));
    assert!(inner(&cls, 0).names.iter().any(|n| &**n == "_C__y"));
}

#[test]
fn eval_and_single_modes() {
    let code = compile("1 + x", "<e>", Mode::Eval).unwrap();
    assert_eq!(op_names(&code), ["LoadConst", "LoadName", "BinaryOp", "ReturnValue"]);
    let code = compile("x\n", "<s>", Mode::Single).unwrap();
    assert!(op_names(&code).contains(&"PrintExpr"));
}

#[test]
fn exception_table_shapes() {
    let code = c("try:\n    a()\nexcept E:\n    b()\n");
    validate(&code);
    assert_eq!(code.exception_table.len(), 3);
    assert_eq!(code.exception_table[0].depth, 0);
    assert!(!code.exception_table[0].lasti);
    assert_eq!(code.exception_table[1].depth, 1);
    assert!(code.exception_table[1].lasti);
    let code = c("with a as b:\n    c()\n");
    assert_eq!(code.exception_table[0].depth, 1);
    assert!(code.exception_table[0].lasti);
    assert_eq!(code.exception_table[1].depth, 3);
}

const MATCH_SNIPPETS: &[&str] = &[
    "match x:\n    case 1 | 2.5 | -3 | 1+2j | 'a' 'b' | b'c' | None | True: pass\n    case _: pass",
    "match x:\n    case [a, b, *rest]: pass\n    case (a, *_, b): pass\n    case [*_]: pass\n    case []: pass",
    "match x:\n    case {'k': v, 1: w, **rest}: pass\n    case {}: pass\n    case {**r}: pass",
    "match x:\n    case C(a, b=[c, *d], e=_): pass\n    case m.C(): pass\n    case int(n) if n > 0: pass",
    "match x:\n    case [a, 0] | [0, a] | {'a': a}: pass\n    case (1 as one) | (2 as one): pass",
    "match x:\n    case [a, ([b, c] | [c, b]) as bc, {'d': d} | D(d=d)] as whole if a: pass",
    "def f(x):\n    match x:\n        case [y]:\n            return lambda: y\n    return None",
    "def f(x):\n    for i in x:\n        match i:\n            case 1: continue\n            case 2: break\n            case y: return y",
    "class C:\n    match v:\n        case {'a': __a}: pass",
    "match x:\n    case K.a.b: pass\n    case _ if g: pass",
];

#[test]
fn match_snippets_compile_and_validate() {
    for s in MATCH_SNIPPETS {
        let code = c(s);
        validate(&code);
        let _ = disassemble(&code);
    }
}

#[test]
fn match_sequences() {
    assert_eq!(
        ops("match x:\n    case 1: pass"),
        ["LoadName", "LoadConst", "CompareOp", "PopJumpIfFalse", "Jump", "LoadConst", "ReturnValue"]
    );
    // Only the last tested case consumes the subject without a copy.
    let o = ops("match x:\n    case None: a\n    case [y]: b");
    assert_eq!(o[..5], ["LoadName", "Copy", "LoadConst", "IsOp", "PopJumpIfFalse"]);
    assert!(o.contains(&"MatchSequence") && o.contains(&"GetLen") && o.contains(&"UnpackSequence"));
    assert_eq!(o.iter().filter(|n| **n == "Copy").count(), 1);
    // Captures are stored after the pattern, in capture order.
    let d = dis("match x:\n    case {'a': p, 'b': q}: pass");
    let (p, q) = (d.find("StoreName               1 (p)").unwrap(), d.find("StoreName               2 (q)").unwrap());
    assert!(p < q && d.contains("MatchKeys"), "{d}");
    // A star wildcard indexes from the end with len() - k.
    let o = ops("match x:\n    case [a, *_, b]: pass");
    assert!(o.contains(&"BinarySubscr") && !o.contains(&"UnpackEx"));
    assert!(ops("match x:\n    case [a, *b]: pass").contains(&"UnpackEx"));
    assert!(ops("match x:\n    case C(a, b=1): pass").contains(&"MatchClass"));
    // Captured names are locals of a function.
    let f = inner(&c("def f(x):\n    match x:\n        case [a, *b] | (b, a): return a\n"), 0);
    assert!(f.varnames.iter().any(|n| &**n == "a") && f.varnames.iter().any(|n| &**n == "b"));
}

fn match_err(src: &str) -> (String, u32, u32) {
    match compile(src, "<test>", Mode::Exec) {
        Ok(_) => panic!("expected a SyntaxError for {src:?}"),
        Err(e) => (e.msg, e.lineno, e.offset),
    }
}

#[test]
fn match_compile_errors() {
    let cases: &[(&str, &str, u32)] = &[
        ("match x:\n case y: pass\n case 1: pass", "name capture 'y' makes remaining patterns unreachable", 7),
        ("match x:\n case _: pass\n case 1: pass", "wildcard makes remaining patterns unreachable", 7),
        ("match x:\n case 1 | y: pass\n case 2: pass", "name capture 'y' makes remaining patterns unreachable", 11),
        ("match x:\n case [a, a]: pass", "multiple assignments to name 'a' in pattern", 11),
        ("match x:\n case {'k': a, **a}: pass", "multiple assignments to name 'a' in pattern", 13),
        ("match x:\n case [a] | [b]: pass", "alternative patterns bind different names", 14),
        ("match x:\n case [a, *b, *c]: pass", "multiple starred names in sequence pattern", 7),
        ("match x:\n case {1: a, True: b}: pass", "mapping pattern checks duplicate key (True)", 7),
        ("match x:\n case {1+2j: a, 1+2j: b}: pass", "mapping pattern checks duplicate key ((1+2j))", 7),
        ("match x:\n case {b'k': a, b'k': b}: pass", "mapping pattern checks duplicate key (b'k')", 7),
        ("match x:\n case f'a': pass", "patterns may only match literals and attribute lookups", 7),
        ("match x:\n case C(x=1, x=2): pass", "attribute name repeated in class pattern: x", 16),
        ("match x:\n case C(__debug__=1): pass", "cannot assign to __debug__", 19),
        ("match x:\n case [__debug__]: pass", "cannot assign to __debug__", 8),
        ("match x:\n case 1 as _: pass", "cannot use '_' as a target", 12),
        ("match x:\n case {**_}: pass", "invalid syntax", 10),
        ("match x:\n case 1 + 2: pass", "imaginary number required in complex literal", 11),
        ("match x:\n case 1j + 2: pass", "real number required in complex literal", 7),
        ("match x:\n case C(x=1, 2): pass", "positional patterns follow keyword patterns", 14),
    ];
    for (src, msg, col) in cases {
        let (m, line, offset) = match_err(src);
        assert_eq!((m.as_str(), line, offset), (*msg, 2, *col), "{src:?}");
    }
    // Allowed: guarded or last irrefutable cases, equal keys via attributes.
    c("match x:\n case y if y: pass\n case 1: pass");
    c("match x:\n case {a.b: 1, a.b: 2}: pass");
    c("match x:\n case (1 as a) | (2 as a): pass");
}

/// Odd pattern sources must give a SyntaxError or compile, never panic.
#[test]
fn match_fuzz_no_panic() {
    let pieces = [
        "x", "_", "1", "-1", "1+2j", "'s'", "None", "a.b", "*r", "*_", "**k", "[", "]", "(", ")", "{", "}", ",", ":",
        "|", " as y", "C(", "k=", "if z", "f'{x}'",
    ];
    let mut seed: u64 = 0x5eed;
    for _ in 0..3000 {
        let mut pat = String::new();
        for _ in 0..1 + (seed % 7) {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            pat.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        let src = format!("match v:\n    case {pat}:\n        pass\n    case 2:\n        pass\n");
        match compile(&src, "<fuzz>", Mode::Exec) {
            Ok(code) => validate(&code),
            Err(e) => assert!(!e.msg.contains("internal"), "{src:?}: {}", e.msg),
        }
    }
    // Grammatical patterns: exercises the code generator, not just the parser.
    fn gen(seed: &mut u64, depth: u32) -> String {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let r = (*seed >> 33) as usize;
        let names = ["a", "b", "c"];
        let leaf = depth == 0 || r % 3 == 0;
        if leaf {
            return ["1", "'s'", "None", "K.v", "_", "a", "b", "c", "-2.5"][r / 3 % 9].to_string();
        }
        let (x, y) = (gen(seed, depth - 1), gen(seed, depth - 1));
        match r / 3 % 7 {
            0 => format!("[{x}, *{}, {y}]", names[r / 21 % 3]),
            1 => format!("({x}, {y}, *_)"),
            2 => format!("{{'k': {x}, 1: {y}, **{}}}", names[r / 21 % 3]),
            3 => format!("C({x}, k={y})"),
            4 => format!("({x} | {y})"),
            5 => format!("({x} as {})", names[r / 21 % 3]),
            _ => format!("[{x}, {y}]"),
        }
    }
    let mut ok = 0;
    for _ in 0..3000 {
        let pat = gen(&mut seed, 4);
        let src = format!("def f(v):\n    match v:\n        case {pat}:\n            return a\n        case 2:\n            pass\n");
        match compile(&src, "<fuzz>", Mode::Exec) {
            Ok(code) => {
                validate(&code);
                ok += 1;
            }
            Err(e) => assert!(!e.msg.contains("internal"), "{src:?}: {}", e.msg),
        }
    }
    assert!(ok > 100, "only {ok} generated patterns compiled");
}

/// Syntax errors as CPython 3.11 reports them: (source, mode, expected
/// (class, msg, lineno, offset) or None when it compiles). Generated with
/// python3.11's `compile()`.
#[test]
fn syntax_errors_match_cpython() {
    let cases: &[(&str, Mode, Option<(&str, &str, u32, u32)>)] = &[
        ("x = (1, 2", Mode::Exec, Some(("SyntaxError", "'(' was never closed", 1, 5))),
        ("def f(:\n  pass", Mode::Exec, Some(("SyntaxError", "invalid syntax", 1, 7))),
        ("for x in y print(x)", Mode::Exec, Some(("SyntaxError", "invalid syntax", 1, 12))),
        ("if True:\npass", Mode::Exec, Some(("IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1))),
        ("  x = 1", Mode::Exec, Some(("IndentationError", "unexpected indent", 1, 2))),
        ("x = [1, 2}", Mode::Exec, Some(("SyntaxError", "closing parenthesis '}' does not match opening parenthesis '['", 1, 10))),
        ("x = ((1, 2", Mode::Exec, Some(("SyntaxError", "'(' was never closed", 1, 6))),
        ("x = (1 2\n", Mode::Exec, Some(("SyntaxError", "'(' was never closed", 1, 5))),
        ("f(a b)", Mode::Exec, Some(("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3))),
        ("x = (1,\n2 3\n", Mode::Exec, Some(("SyntaxError", "'(' was never closed", 1, 5))),
        ("x = {1: 2 3", Mode::Exec, Some(("SyntaxError", "'{' was never closed", 1, 5))),
        ("def f(x y", Mode::Exec, Some(("SyntaxError", "invalid syntax", 1, 9))),
        ("foo(\nx = 'abc\n)", Mode::Exec, Some(("SyntaxError", "unterminated string literal (detected at line 2)", 2, 5))),
        ("print 'x'", Mode::Exec, Some(("SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1))),
        ("x = )", Mode::Exec, Some(("SyntaxError", "unmatched ')'", 1, 5))),
        ("if x:\n  y\n z", Mode::Exec, Some(("IndentationError", "unindent does not match any outer indentation level", 3, 3))),
        ("x = 08", Mode::Exec, Some(("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5))),
        ("x = 1_", Mode::Exec, Some(("SyntaxError", "invalid decimal literal", 1, 6))),
        ("1.a", Mode::Exec, Some(("SyntaxError", "invalid decimal literal", 1, 2))),
        ("x = 0x", Mode::Exec, Some(("SyntaxError", "invalid hexadecimal literal", 1, 6))),
        ("a = 1 if b", Mode::Exec, Some(("SyntaxError", "expected 'else' after 'if' expression", 1, 5))),
        ("x = yield = 3", Mode::Exec, Some(("SyntaxError", "assignment to yield expression not possible", 1, 5))),
        ("[x for x in y] = 1", Mode::Exec, Some(("SyntaxError", "cannot assign to list comprehension here. Maybe you meant '==' instead of '='?", 1, 1))),
        ("1 = 2 = 3", Mode::Exec, Some(("SyntaxError", "cannot assign to literal", 1, 1))),
        ("a, 1 = 2", Mode::Exec, Some(("SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 4))),
        ("(a, 1) = 2", Mode::Exec, Some(("SyntaxError", "cannot assign to literal", 1, 5))),
        ("(yield) = 1", Mode::Exec, Some(("SyntaxError", "cannot assign to yield expression here. Maybe you meant '==' instead of '='?", 1, 2))),
        ("for 1 in x: pass", Mode::Exec, Some(("SyntaxError", "cannot assign to literal", 1, 5))),
        ("x = {1: 2, 3}", Mode::Exec, Some(("SyntaxError", "':' expected after dictionary key", 1, 12))),
        ("a, b += 1", Mode::Exec, Some(("SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1))),
        ("if x = 1: pass", Mode::Exec, Some(("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4))),
        ("def f() pass", Mode::Exec, Some(("SyntaxError", "expected ':'", 1, 9))),
        ("class A pass", Mode::Exec, Some(("SyntaxError", "invalid syntax", 1, 9))),
        ("x = '''abc", Mode::Exec, Some(("SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5))),
        ("from __future__ import braces", Mode::Exec, Some(("SyntaxError", "not a chance", 1, 1))),
        ("async def f(): yield from x", Mode::Exec, Some(("SyntaxError", "'yield from' inside async function", 1, 16))),
        (" 1", Mode::Eval, Some(("IndentationError", "unexpected indent", 1, 1))),
        ("", Mode::Eval, Some(("SyntaxError", "invalid syntax", 0, 0))),
        ("x = 1\ny = 2", Mode::Single, Some(("SyntaxError", "multiple statements found while compiling a single statement", 1, 6))),
        ("x = 1; y = 2", Mode::Single, None),
        ("x = 1 +\n", Mode::Exec, Some(("SyntaxError", "invalid syntax", 1, 8))),
        ("else: pass", Mode::Exec, Some(("SyntaxError", "invalid syntax", 1, 1))),
        ("def f(x, /, y, /): pass", Mode::Exec, Some(("SyntaxError", "/ may appear only once", 1, 16))),
    ];
    for (src, mode, want) in cases {
        let got = compile(src, "<test>", *mode).err().map(|e| {
            let kind = match e.kind {
                SyntaxErrorKind::SyntaxError => "SyntaxError",
                SyntaxErrorKind::IndentationError => "IndentationError",
                SyntaxErrorKind::TabError => "TabError",
                SyntaxErrorKind::RecursionError => "RecursionError",
            };
            (kind, e.msg, e.lineno, e.offset)
        });
        let got = got.as_ref().map(|(k, m, l, o)| (*k, m.as_str(), *l, *o));
        assert_eq!(got, *want, "for {src:?} ({mode:?})");
    }
}

const ASYNC_SNIPPETS: &[&str] = &[
    "async def f():\n    async with a as b, c:\n        return await b",
    "async def f():\n    for i in x:\n        async with a:\n            if i: break\n            continue",
    "async def f():\n    async for x in y:\n        if x: break\n        continue\n    else:\n        pass",
    "async def f():\n    try:\n        async for x in y:\n            return x\n    finally:\n        await z",
    "async def f():\n    return [x async for x in y if await x], {x: 1 async for x in y}, {await x for x in y}",
    "async def f():\n    return [[z async for z in w] for w in y]",
    "async def g():\n    yield 1\n    await x\n    async for y in z:\n        yield y\n    return",
    "def f():\n    return (x async for x in y), (await x for x in y)",
];

#[test]
fn async_snippets_compile_and_validate() {
    for s in ASYNC_SNIPPETS {
        let code = c(s);
        validate(&code);
        let _ = disassemble(&code);
    }
}

#[test]
fn async_code_flags_and_shapes() {
    let code = c("async def f():\n    await g()\n");
    let f = inner(&code, 0);
    assert_ne!(f.flags & flags::COROUTINE, 0);
    let ops = op_names(&f);
    let i = ops.iter().position(|o| *o == "GetAwaitable").expect("GetAwaitable");
    assert_eq!(&ops[i + 1..i + 5], ["LoadConst", "Send", "YieldValue", "JumpBackward"]);
    let code = c("async def f():\n    yield 1\n");
    assert_ne!(inner(&code, 0).flags & flags::ASYNC_GENERATOR, 0);
    // an async listcomp is a coroutine awaited by its caller; an async genexpr is not awaited
    let code = c("async def f():\n    return [x async for x in y]\n");
    let f = inner(&code, 0);
    assert_ne!(inner(&f, 0).flags & flags::COROUTINE, 0);
    let ops = op_names(&f);
    assert!(ops.contains(&"GetAiter") && ops.contains(&"GetAwaitable"));
    let code = c("def f():\n    return (x async for x in y)\n");
    let f = inner(&code, 0);
    assert_ne!(inner(&f, 0).flags & flags::ASYNC_GENERATOR, 0);
    assert!(!op_names(&f).contains(&"GetAwaitable"));
    // async for: the anext step is covered by a handler whose target is EndAsyncFor
    let code = c("async def f():\n    async for x in y:\n        pass\n");
    let f = inner(&code, 0);
    let h = f.exception_table.first().expect("handler");
    assert_eq!(Op::from_u8((f.code[h.target as usize] & 0xff) as u8), Some(Op::EndAsyncFor));
    assert_eq!(h.depth, 1);
}

#[test]
fn async_compile_errors() {
    let cases: &[(&str, &str)] = &[
        ("await x", "'await' outside function"),
        ("def f():\n    await x", "'await' outside async function"),
        ("async def f():\n    yield from x", "'yield from' inside async function"),
        ("async def f():\n    yield 1\n    return 2", "'return' with value in async generator"),
        ("def f():\n    async with x: pass", "'async with' outside async function"),
        ("async for x in y: pass", "'async for' outside async function"),
        ("def f():\n    return [await x for x in y]", "asynchronous comprehension outside of an asynchronous function"),
        ("[x async for x in y]", "asynchronous comprehension outside of an asynchronous function"),
    ];
    for (src, msg) in cases {
        match compile(src, "<test>", Mode::Exec) {
            Ok(_) => panic!("{src:?} compiled"),
            Err(e) => assert!(format!("{e:?}").contains(msg), "{src:?}: {e:?}"),
        }
    }
}
