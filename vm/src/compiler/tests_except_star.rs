//! `try`/`except*`: code shape and compile-time errors (messages and
//! positions from python3.11's `compile()`).

use super::*;

fn c(src: &str) -> CompiledCode {
    match compile(src, "<test>", Mode::Exec) {
        Ok(code) => code,
        Err(e) => panic!("compile failed for {src:?}: {e:?}"),
    }
}

fn ops(code: &CompiledCode) -> Vec<Op> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < code.code.len() {
        let op = Op::from_u8((code.code[i] & 0xff) as u8).expect("valid opcode");
        out.push(op);
        i += 1 + op.cache_units();
    }
    out
}

#[test]
fn except_star_shapes() {
    let code = c("try:\n    a()\nexcept* E as e:\n    b()\nexcept* (F, G):\n    c()\nelse:\n    d()\nfinally:\n    f()\n");
    let ops = ops(&code);
    assert_eq!(ops.iter().filter(|o| **o == Op::CheckEgMatch).count(), 2);
    assert_eq!(ops.iter().filter(|o| **o == Op::PrepReraiseStar).count(), 1);
    // try body, handler section, two clause bodies, finally handler, cleanups.
    assert!(code.exception_table.len() >= 5, "{:?}", code.exception_table);
    // The clause bodies' handler keeps prev, orig, the list and the rest.
    assert!(code.exception_table.iter().any(|e| e.depth == 4 && e.lasti));
    for src in [
        "def f():\n    for i in x:\n        try:\n            pass\n        except* E:\n            for j in y:\n                break\n            while z:\n                continue\n",
        "async def f():\n    try:\n        await a\n    except* E as e:\n        await b(e)\n",
        "def g():\n    try:\n        yield 1\n    except* E:\n        yield 2\n    finally:\n        return 3\n",
        "try:\n    pass\nexcept* E:\n    def f():\n        return 1\n    class C:\n        pass\n",
    ] {
        c(src);
    }
}

#[test]
fn except_star_compile_errors() {
    const MSG: &str = "'break', 'continue' and 'return' cannot appear in an except* block";
    let cases: &[(&str, &str, u32, u32)] = &[
        ("for i in x:\n    try:\n        pass\n    except* E:\n        break", MSG, 5, 9),
        ("for i in x:\n    try:\n        pass\n    except* E:\n        continue", MSG, 5, 9),
        ("def f():\n    try:\n        pass\n    except* E:\n        return", MSG, 5, 9),
        ("def f():\n    try:\n        pass\n    except* E:\n        return 1", MSG, 5, 16),
        ("def f():\n    try:\n        pass\n    except* E:\n        return g()", MSG, 5, 9),
        ("try:\n    pass\nexcept* E:\n    break", MSG, 4, 5),
        ("try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1),
        ("try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1),
    ];
    for (src, msg, line, col) in cases {
        match compile(src, "<test>", Mode::Exec) {
            Ok(_) => panic!("{src:?} compiled"),
            Err(e) => assert_eq!((e.msg.as_str(), e.lineno, e.offset), (*msg, *line, *col), "{src:?}"),
        }
    }
}
