//! Disassembler: CPython `dis`-style listing of a `CompiledCode`.

use std::fmt::Write;

use super::code::{CompiledCode, Const};
use super::opcodes::{BinOp, CmpOp, Op, INPLACE};

/// `repr`-like rendering of a constant.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex { re, im } => {
            if *re == 0.0 && re.is_sign_positive() {
                format!("{}j", float_short(*im))
            } else {
                format!("({}{}{}j)", float_short(*re), if *im >= 0.0 || im.is_nan() { "+" } else { "-" }, float_short(im.abs()))
            }
        }
        Const::Str(s) => str_repr(s),
        Const::Wtf8(b) => crate::text::str_methods::wtf8_repr(b),
        Const::Bytes(b) => {
            let mut out = String::from("b'");
            for &x in b {
                match x {
                    b'\'' => out.push_str("\\'"),
                    b'\\' => out.push_str("\\\\"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(x as char),
                    _ => {
                        let _ = write!(out, "\\x{x:02x}");
                    }
                }
            }
            out.push('\'');
            out
        }
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(code) => format!("<code object {} at line {}>", code.name, code.first_line),
    }
}

fn float_short(f: f64) -> String {
    if f.is_finite() && f == f.trunc() && f.abs() < 1e16 {
        format!("{}", f as i64)
    } else {
        float_repr(f)
    }
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == f.trunc() && f.abs() < 1e16 {
        return format!("{f:.1}");
    }
    format!("{f}")
}

fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn hint(code: &CompiledCode, op: Op, arg: u32) -> String {
    let name = |i: u32| code.names.get(i as usize).map(|s| s.to_string()).unwrap_or_else(|| "?".into());
    let local = |i: u32| {
        let i = i as usize;
        let n = code.varnames.len();
        if i < n {
            code.varnames[i].to_string()
        } else {
            "?".into()
        }
    };
    let deref = |i: u32| {
        let i = i as usize;
        let c = code.cellvars.len();
        if i < c {
            code.cellvars[i].to_string()
        } else {
            code.freevars.get(i - c).map(|s| s.to_string()).unwrap_or_else(|| "?".into())
        }
    };
    match op {
        Op::LoadConst | Op::KwNames => code.consts.get(arg as usize).map(const_repr).unwrap_or_else(|| "?".into()),
        Op::LoadFast | Op::StoreFast | Op::DeleteFast => local(arg),
        Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure | Op::LoadClassDeref => deref(arg),
        Op::LoadGlobal
        | Op::StoreGlobal
        | Op::DeleteGlobal
        | Op::LoadName
        | Op::StoreName
        | Op::DeleteName
        | Op::LoadAttr
        | Op::StoreAttr
        | Op::DeleteAttr
        | Op::LoadMethod
        | Op::ImportName
        | Op::ImportFrom => name(arg),
        Op::BinaryOp => {
            let base = arg & !INPLACE;
            let sym = BinOp::ALL.get(base as usize).map(|b| b.symbol()).unwrap_or("?");
            if arg & INPLACE != 0 {
                format!("{sym}=")
            } else {
                sym.to_string()
            }
        }
        Op::CompareOp => CmpOp::ALL.get(arg as usize).map(|c| c.symbol().to_string()).unwrap_or_else(|| "?".into()),
        Op::IsOp => if arg == 1 { "is not" } else { "is" }.into(),
        Op::ContainsOp => if arg == 1 { "not in" } else { "in" }.into(),
        Op::FormatValue => {
            let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
            let spec = if arg & 4 != 0 { "with format" } else { "" };
            [conv, spec].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join(", ")
        }
        op if op.is_jump() => format!("to {arg}"),
        _ => String::new(),
    }
}

fn takes_arg(op: Op) -> bool {
    !matches!(
        op,
        Op::Nop
            | Op::PopTop
            | Op::PushNull
            | Op::UnaryNegative
            | Op::UnaryPositive
            | Op::UnaryInvert
            | Op::UnaryNot
            | Op::BinarySubscr
            | Op::StoreSubscr
            | Op::DeleteSubscr
            | Op::ListToTuple
            | Op::GetIter
            | Op::ReturnValue
            | Op::LoadBuildClass
            | Op::PushExcInfo
            | Op::PopExcept
            | Op::CheckExcMatch
            | Op::CheckEgMatch
            | Op::PrepReraiseStar
            | Op::LoadAssertionError
            | Op::BeforeWith
            | Op::WithExceptStart
            | Op::ImportStar
            | Op::YieldValue
            | Op::GetYieldFromIter
            | Op::SetupAnnotations
            | Op::PrintExpr
            | Op::MatchSequence
            | Op::MatchMapping
            | Op::GetLen
            | Op::MatchKeys
    )
}

/// Disassemble `code` and, recursively, the code objects among its constants.
pub fn disassemble(code: &CompiledCode) -> String {
    let mut out = String::new();
    dis_one(code, &code.code, &mut out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}

/// Disassemble `code` as its live code units read now: the adaptive
/// interpreter's quickened instructions (specialized forms) included.
/// Nested code objects are not followed (theirs are separate objects).
pub fn disassemble_quickened(code: &CompiledCode, units: &[u32]) -> String {
    let mut out = String::new();
    dis_one(code, units, &mut out);
    out
}

fn dis_one(code: &CompiledCode, units: &[u32], out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} ({})> (line {}, flags 0x{:x}, stacksize {}):",
        code.name, code.qualname, code.first_line, code.flags, code.stacksize
    );
    // Jump targets, for `>>` markers.
    let mut targets = std::collections::HashSet::new();
    let mut i = 0;
    while i < units.len() {
        let unit = units[i];
        match Op::from_u8((unit & 0xff) as u8) {
            Some(op) => {
                if op.is_jump() {
                    targets.insert((unit >> 8) as usize);
                }
                i += 1 + op.cache_units();
            }
            None => i += 1,
        }
    }
    for e in &code.exception_table {
        targets.insert(e.target as usize);
    }
    let mut last_line = 0;
    let mut i = 0;
    while i < units.len() {
        let unit = units[i];
        let arg = unit >> 8;
        let line = code.locations.get(i).map(|l| l.line).unwrap_or(0);
        let line_col = if line != last_line && line != 0 {
            if i != 0 {
                out.push('\n');
            }
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let mark = if targets.contains(&i) { ">>" } else { "  " };
        match Op::from_u8((unit & 0xff) as u8) {
            Some(op) => {
                // Specialized forms are annotated like their generic family.
                let fam = op.family();
                let argstr = if takes_arg(fam) { arg.to_string() } else { String::new() };
                let h = hint(code, fam, arg);
                let h = if h.is_empty() || !takes_arg(fam) { String::new() } else { format!("({h})") };
                let text = format!("{line_col} {mark} {i:>4} {:<20} {argstr:>4} {h}", op.name());
                let _ = writeln!(out, "{}", text.trim_end());
                i += 1 + op.cache_units();
            }
            None => {
                let _ = writeln!(out, "{line_col} {mark} {i:>4} <invalid {unit:#x}>");
                i += 1;
            }
        }
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.target,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
}
