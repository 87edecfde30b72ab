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
