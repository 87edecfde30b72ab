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
