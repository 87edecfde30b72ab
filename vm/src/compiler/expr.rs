//! Expression code generation.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::symtable::ScopeKind;
use super::unit::Label;
use super::{err, CResult, Compiler, Ctx};
use crate::bytecode::code::{flags, Const};
use crate::bytecode::opcodes::{BinOp, CmpOp, Op};

pub(crate) fn binop_of(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::FloorDiv => BinOp::FloorDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitAnd => BinOp::And,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
    }
}

fn parse_int(i: &ast::Int) -> Const {
    if let Some(v) = i.as_i64() {
        return Const::Int(v);
    }
    let s: String = i.to_string().chars().filter(|c| *c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    match BigInt::from_str_radix(&digits, radix) {
        Ok(b) => Const::BigInt(b),
        Err(_) => Const::Int(0),
    }
}

/// The constant value of a literal expression (and of tuples of constants,
/// negative numbers), if it is one.
pub(crate) fn const_value(e: &Expr) -> Option<Const> {
    Some(match e {
        Expr::NoneLiteral(_) => Const::None,
        Expr::BooleanLiteral(b) => Const::Bool(b.value),
        Expr::EllipsisLiteral(_) => Const::Ellipsis,
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => parse_int(i),
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { real, imag } => Const::Complex { re: *real, im: *imag },
        },
        Expr::StringLiteral(s) => match super::surrogate_literals::literal_text(s) {
            Some(b) => Const::Wtf8(Rc::from(b)),
            None => Const::Str(Rc::from(s.value.to_str())),
        },
        Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect()),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
            Expr::NumberLiteral(_) => match const_value(&u.operand)? {
                Const::Int(i) => match i.checked_neg() {
                    Some(v) => Const::Int(v),
                    None => Const::BigInt(-BigInt::from(i)),
                },
                Const::BigInt(b) => {
                    let n = -b;
                    match i64::try_from(&n) {
                        Ok(v) => Const::Int(v),
                        Err(_) => Const::BigInt(n),
                    }
                }
                Const::Float(f) => Const::Float(-f),
                Const::Complex { re, im } => Const::Complex { re: -re, im: -im },
                _ => return None,
            },
            _ => return None,
        },
        Expr::Tuple(t) => {
            let mut v = Vec::with_capacity(t.elts.len());
            for x in &t.elts {
                v.push(const_value(x)?);
            }
            Const::Tuple(v)
        }
        _ => return None,
    })
}

fn has_starred(elts: &[Expr]) -> bool {
    elts.iter().any(|e| matches!(e, Expr::Starred(_)))
}

impl<'a> Compiler<'a> {
    pub fn compile_expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.set_loc(e.range());
        let r = self.compile_expr_inner(e);
        self.restore_loc(saved);
        r
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = if b.op == ast::BoolOp::And { Op::JumpIfFalseOrPop } else { Op::JumpIfTrueOrPop };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < n {
                        self.jump(op, end);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Op::Copy, 1);
                self.compile_store(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Op::BinaryOp, binop_of(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => Op::UnaryInvert,
                    ast::UnaryOp::Not => Op::UnaryNot,
                    ast::UnaryOp::UAdd => Op::UnaryPositive,
                    ast::UnaryOp::USub => Op::UnaryNegative,
                };
                self.emit(op, 0);
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let els = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(&i.test, false, els)?;
                self.compile_expr(&i.body)?;
                self.jump(Op::Jump, end);
                self.bind(els);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.compile_sequence(&s.elts, Op::BuildSet)?,
            Expr::List(l) => self.compile_sequence(&l.elts, Op::BuildList)?,
            Expr::Tuple(t) => self.compile_sequence(&t.elts, Op::BuildTuple)?,
            Expr::ListComp(c) => self.compile_comprehension(e, "<listcomp>", &c.generators, CompKind::List(&c.elt))?,
            Expr::SetComp(c) => self.compile_comprehension(e, "<setcomp>", &c.generators, CompKind::Set(&c.elt))?,
            Expr::DictComp(c) => {
                self.compile_comprehension(e, "<dictcomp>", &c.generators, CompKind::Dict(&c.key, &c.value))?
            }
            Expr::Generator(c) => self.compile_comprehension(e, "<genexpr>", &c.generators, CompKind::Gen(&c.elt))?,
            Expr::Await(a) => {
                self.compile_expr(&a.value)?;
                self.emit_await(0);
            }
            Expr::Yield(y) => {
                self.check_yield_allowed(y.range)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Op::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.check_yield_allowed(y.range)?;
                if self.in_async_def() {
                    return err("'yield from' inside async function", y.range);
                }
                self.compile_expr(&y.value)?;
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(Const::None);
                self.emit_yield_from_loop();
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(t) => return err("template strings are not supported yet", t.range),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("handled by const_value"),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let saved = self.set_loc(a.range);
                let n = self.mangle(&a.attr);
                self.b().emit_name(Op::LoadAttr, &n);
                self.restore_loc(saved);
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.emit(Op::BinarySubscr, 0);
            }
            Expr::Starred(s) => return err("can't use starred expression here", s.range),
            Expr::Name(n) => self.name_op(&n.id, Ctx::Load, n.range)?,
            Expr::Slice(s) => {
                let n = self.compile_slice_parts(s)?;
                self.emit(Op::BuildSlice, n);
            }
            Expr::IpyEscapeCommand(i) => return err("invalid syntax", i.range),
        }
        Ok(())
    }

    fn check_yield_allowed(&self, range: TextRange) -> CResult<()> {
        if !matches!(self.ur().kind, ScopeKind::Function | ScopeKind::Comprehension) {
            return err("'yield' outside function", range);
        }
        Ok(())
    }

    /// `Send exit; YieldValue 1; JumpBackward send; exit:` — expects `[iter, value]`.
    /// (`gen_leave_send_loop` in interp/coroutine.rs relies on this shape.)
    pub fn emit_yield_from_loop(&mut self) {
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.jump(Op::Send, exit);
        self.emit(Op::YieldValue, 1);
        self.b().emit_jump(Op::JumpBackward, send);
        self.bind(exit);
    }

    /// `GetAwaitable where; LoadConst None; <yield-from loop>`: `[obj] -> [result]`.
    pub fn emit_await(&mut self, where_: u32) {
        self.emit(Op::GetAwaitable, where_);
        self.load_const(Const::None);
        self.emit_yield_from_loop();
    }

    /// One step of `async for`: `[aiter] -> [aiter next]`, jumping to `stop`
    /// (an `EndAsyncFor` handler, entered with `[aiter exc]`) when `__anext__` raises.
    pub fn emit_anext(&mut self, stop: Label) {
        let base = self.b().handler_stack.len();
        self.b().push_handler(stop, false, 0);
        self.emit(Op::GetAnext, 0);
        self.load_const(Const::None);
        self.emit_yield_from_loop();
        self.b().handler_stack.truncate(base);
    }

    /// Is the current unit an `async def` (CPython's COMPILER_SCOPE_ASYNC_FUNCTION)?
    pub fn in_async_def(&self) -> bool {
        let s = &self.st.scopes[self.ur().scope];
        s.kind == ScopeKind::Function && s.is_async_def
    }

    pub fn compile_subscript_key(&mut self, key: &'a Expr) -> CResult<()> {
        if let Expr::Slice(s) = key {
            let saved = self.set_loc(s.range);
            let n = self.compile_slice_parts(s)?;
            self.emit(Op::BuildSlice, n);
            self.restore_loc(saved);
            Ok(())
        } else {
            self.compile_expr(key)
        }
    }

    fn compile_slice_parts(&mut self, s: &'a ast::ExprSlice) -> CResult<u32> {
        match &s.lower {
            Some(v) => self.compile_expr(v)?,
            None => self.load_const(Const::None),
        }
        match &s.upper {
            Some(v) => self.compile_expr(v)?,
            None => self.load_const(Const::None),
        }
        if let Some(st) = &s.step {
            self.compile_expr(st)?;
            return Ok(3);
        }
        Ok(2)
    }

    /// List/tuple/set displays, with `*x` unpacking.
    fn compile_sequence(&mut self, elts: &'a [Expr], build: Op) -> CResult<()> {
        if !has_starred(elts) {
            for e in elts {
                self.compile_expr(e)?;
            }
            self.emit_n(build, elts.len());
            return Ok(());
        }
        let (container, add, extend) = match build {
            Op::BuildSet => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
            _ => (Op::BuildList, Op::ListAppend, Op::ListExtend),
        };
        let lead = elts.iter().take_while(|e| !matches!(e, Expr::Starred(_))).count();
        for e in &elts[..lead] {
            self.compile_expr(e)?;
        }
        self.emit_n(container, lead);
        for e in &elts[lead..] {
            match e {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.compile_expr(e)?;
                    self.emit(add, 1);
                }
            }
        }
        if build == Op::BuildTuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let mut have_dict = false;
        let mut pending = 0usize;
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.emit_n(Op::BuildMap, pending);
                        if have_dict {
                            self.emit(Op::DictUpdate, 1);
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.compile_expr(&item.value)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        if pending > 0 || !have_dict {
            self.emit_n(Op::BuildMap, pending);
            if have_dict {
                self.emit(Op::DictUpdate, 1);
            }
        }
        Ok(())
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_expr(&c.comparators[0])?;
            self.emit_cmp(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&c.comparators[i])?;
            self.emit(Op::Swap, 2);
            self.emit(Op::Copy, 2);
            self.emit_cmp(c.ops[i]);
            self.jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.compile_expr(&c.comparators[n - 1])?;
        self.emit_cmp(c.ops[n - 1]);
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    fn emit_cmp(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Eq => self.emit(Op::CompareOp, CmpOp::Eq as u32),
            C::NotEq => self.emit(Op::CompareOp, CmpOp::Ne as u32),
            C::Lt => self.emit(Op::CompareOp, CmpOp::Lt as u32),
            C::LtE => self.emit(Op::CompareOp, CmpOp::Le as u32),
            C::Gt => self.emit(Op::CompareOp, CmpOp::Gt as u32),
            C::GtE => self.emit(Op::CompareOp, CmpOp::Ge as u32),
            C::Is => self.emit(Op::IsOp, 0),
            C::IsNot => self.emit(Op::IsOp, 1),
            C::In => self.emit(Op::ContainsOp, 0),
            C::NotIn => self.emit(Op::ContainsOp, 1),
        }
    }

    /// Compile a condition; jump to `target` if its truth equals `cond`.
    pub fn compile_jump_if(&mut self, e: &'a Expr, cond: bool, target: super::unit::Label) -> CResult<()> {
        let saved = self.set_loc(e.range());
        let r = self.compile_jump_if_inner(e, cond, target);
        self.restore_loc(saved);
        r
    }

    fn compile_jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: super::unit::Label) -> CResult<()> {
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.compile_jump_if(&u.operand, !cond, target);
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == ast::BoolOp::Or;
                let n = b.values.len();
                if cond != is_or {
                    // (and, jump if true) / (or, jump if false): all must agree
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.compile_jump_if(v, !cond, skip)?;
                        } else {
                            self.compile_jump_if(v, cond, target)?;
                        }
                    }
                    self.bind(skip);
                } else {
                    for v in b.values.iter() {
                        self.compile_jump_if(v, cond, target)?;
                    }
                }
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() == 1 => {
                if matches!(c.ops[0], ast::CmpOp::Is | ast::CmpOp::IsNot) && c.comparators[0].is_none_literal_expr() {
                    self.compile_expr(&c.left)?;
                    let is = c.ops[0] == ast::CmpOp::Is;
                    let op = if is == cond { Op::PopJumpIfNone } else { Op::PopJumpIfNotNone };
                    self.jump(op, target);
                    return Ok(());
                }
            }
            _ => {}
        }
        self.compile_expr_inner(e)?;
        self.jump(if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
        Ok(())
    }

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let simple_args = !c.arguments.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !c.arguments.keywords.iter().any(|k| k.arg.is_none());
        if let Expr::Attribute(a) = &*c.func {
            if simple_args && a.ctx == ast::ExprContext::Load {
                self.compile_expr(&a.value)?;
                let saved = self.set_loc(a.range);
                let n = self.mangle(&a.attr);
                self.b().emit_name(Op::LoadMethod, &n);
                self.restore_loc(saved);
                return self.call_helper(0, &c.arguments.args, &c.arguments.keywords);
            }
        }
        self.compile_expr(&c.func)?;
        self.emit(Op::PushNull, 0);
        self.call_helper(0, &c.arguments.args, &c.arguments.keywords)
    }

    /// Emit arguments and the call. `[callable, self_or_null]` and `pushed`
    /// positional arguments are already on the stack.
    pub fn call_helper(&mut self, pushed: usize, args: &'a [Expr], keywords: &'a [ast::Keyword]) -> CResult<()> {
        let starred = has_starred(args);
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if !starred && !dstar {
            for a in args {
                self.compile_expr(a)?;
            }
            for k in keywords {
                self.compile_expr(&k.value)?;
            }
            if !keywords.is_empty() {
                let names: Vec<Const> = keywords
                    .iter()
                    .map(|k| Compiler::str_const(k.arg.as_ref().map(|a| a.as_str()).unwrap_or("")))
                    .collect();
                let idx = self.b().add_const(Const::Tuple(names));
                self.emit(Op::KwNames, idx);
            }
            self.emit_n(Op::Call, pushed + args.len() + keywords.len());
            return Ok(());
        }
        // Positional arguments as a tuple; a lone `*x` is passed as is
        // (CallFunctionEx converts it, naming the function if it cannot).
        if let ([Expr::Starred(s)], 0) = (args, pushed) {
            self.compile_expr(&s.value)?;
        } else if !starred {
            for a in args {
                self.compile_expr(a)?;
            }
            self.emit_n(Op::BuildTuple, pushed + args.len());
        } else {
            let lead = args.iter().take_while(|e| !matches!(e, Expr::Starred(_))).count();
            for a in &args[..lead] {
                self.compile_expr(a)?;
            }
            self.emit_n(Op::BuildList, pushed + lead);
            for a in &args[lead..] {
                match a {
                    Expr::Starred(s) => {
                        self.compile_expr(&s.value)?;
                        self.emit(Op::ListExtend, 1);
                    }
                    _ => {
                        self.compile_expr(a)?;
                        self.emit(Op::ListAppend, 1);
                    }
                }
            }
            self.emit(Op::ListToTuple, 0);
        }
        // Keyword arguments as a dict.
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut pending = 0usize;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Compiler::str_const(name));
                        self.compile_expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        if pending > 0 {
                            self.emit_n(Op::BuildMap, pending);
                            if have_dict {
                                self.emit(Op::DictMerge, 1);
                            }
                            have_dict = true;
                            pending = 0;
                        }
                        if !have_dict {
                            self.emit(Op::BuildMap, 0);
                            have_dict = true;
                        }
                        self.compile_expr(&k.value)?;
                        self.emit(Op::DictMerge, 1);
                    }
                }
            }
            if pending > 0 {
                self.emit_n(Op::BuildMap, pending);
                if have_dict {
                    self.emit(Op::DictMerge, 1);
                }
            }
            self.emit(Op::CallFunctionEx, 1);
        } else {
            self.emit(Op::CallFunctionEx, 0);
        }
        Ok(())
    }

    fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut parts: Vec<FPart<'a>> = Vec::new();
        for p in f.value.iter() {
            match p {
                ast::FStringPart::Literal(l) => push_lit(&mut parts, &l.value),
                ast::FStringPart::FString(fs) => self.collect_fparts(&fs.elements, &mut parts),
            }
        }
        self.emit_fparts(parts)
    }

    fn collect_fparts(&self, elements: &'a ast::InterpolatedStringElements, parts: &mut Vec<FPart<'a>>) {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => push_lit(parts, &l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    if let Some(dt) = &i.debug_text {
                        let r = i.expression.range();
                        let src = self.source.get(r.start().to_usize()..r.end().to_usize()).unwrap_or("");
                        push_lit(parts, &format!("{}{}{}", dt.leading, src, dt.trailing));
                    }
                    parts.push(FPart::Value(i));
                }
            }
        }
    }

    fn emit_fparts(&mut self, parts: Vec<FPart<'a>>) -> CResult<()> {
        let n = parts.len();
        if n == 0 {
            self.load_const(Compiler::str_const(""));
            return Ok(());
        }
        for p in parts {
            match p {
                FPart::Lit(s) => self.load_const(Compiler::str_const(&s)),
                FPart::Value(i) => {
                    self.compile_expr(&i.expression)?;
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if i.debug_text.is_some() && conv == 0 && i.format_spec.is_none() {
                        conv = 2;
                    }
                    if let Some(spec) = &i.format_spec {
                        let mut sp = Vec::new();
                        self.collect_fparts(&spec.elements, &mut sp);
                        self.emit_fparts(sp)?;
                        conv |= 4;
                    }
                    self.emit(Op::FormatValue, conv);
                }
            }
        }
        if n > 1 {
            self.emit_n(Op::BuildString, n);
        }
        Ok(())
    }

    /// Store TOS into an assignment target.
    pub fn compile_store(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.set_loc(t.range());
        let r = self.compile_store_inner(t);
        self.restore_loc(saved);
        r
    }

    fn compile_store_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.name_op(&n.id, Ctx::Store, n.range),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let n = self.mangle(&a.attr);
                self.b().emit_name(Op::StoreAttr, &n);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.emit(Op::StoreSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, t.range())
            }
            Expr::Starred(s) => err("starred assignment target must be in a list or tuple", s.range),
            _ => err(super::errors::assign_target_msg(t, "assign to"), t.range()),
        }
    }

    fn unpack_into(&mut self, elts: &'a [Expr], range: TextRange) -> CResult<()> {
        let mut star: Option<usize> = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e, Expr::Starred(_)) {
                if star.is_some() {
                    return err("multiple starred expressions in assignment", range);
                }
                star = Some(i);
            }
        }
        match star {
            None => self.emit_n(Op::UnpackSequence, elts.len()),
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 16) {
                    return err("too many expressions in star-unpacking assignment", range);
                }
                self.emit(Op::UnpackEx, (i | (after << 8)) as u32);
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.compile_store(&s.value)?,
                _ => self.compile_store(e)?,
            }
        }
        Ok(())
    }

    pub fn compile_delete(&mut self, t: &'a Expr) -> CResult<()> {
        let saved = self.set_loc(t.range());
        let r = match t {
            Expr::Name(n) => self.name_op(&n.id, Ctx::Del, n.range),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let n = self.mangle(&a.attr);
                self.b().emit_name(Op::DeleteAttr, &n);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.emit(Op::DeleteSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.compile_delete(e)?;
                }
                Ok(())
            }
            _ => err(super::errors::assign_target_msg(t, "delete"), t.range()),
        };
        self.restore_loc(saved);
        r
    }

    fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let scope = self.scope_of(l.range)?;
        let mut fl = match &l.parameters {
            Some(p) => self.compile_defaults(p)?,
            None => 0,
        };
        self.enter_unit(scope, "<lambda>", l.range, l.parameters.as_deref());
        self.compile_expr(&l.body)?;
        if self.ur().flags & flags::GENERATOR == 0 {
            self.emit(Op::ReturnValue, 0);
        } else {
            self.emit(Op::PopTop, 0);
            self.load_const(Const::None);
            self.emit(Op::ReturnValue, 0);
        }
        let code = self.exit_unit()?;
        if self.emit_closure(scope) {
            fl |= 8;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, fl);
        Ok(())
    }

    pub fn scope_of(&self, r: TextRange) -> CResult<usize> {
        match self.st.by_range.get(&(r.start().to_u32(), r.end().to_u32())) {
            Some(&s) => Ok(s),
            None => err("internal compiler error: scope not found", r),
        }
    }

    /// Push defaults tuple and kw-defaults dict; returns MakeFunction flags.
    pub fn compile_defaults(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut fl = 0;
        let defaults: Vec<&'a Expr> =
            p.posonlyargs.iter().chain(&p.args).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            let consts: Option<Vec<Const>> = defaults.iter().map(|d| const_value(d)).collect();
            match consts {
                Some(c) => self.load_const(Const::Tuple(c)),
                None => {
                    for d in &defaults {
                        self.compile_expr(d)?;
                    }
                    self.emit_n(Op::BuildTuple, defaults.len());
                }
            }
            fl |= 1;
        }
        let kwd: Vec<&'a ast::ParameterWithDefault> = p.kwonlyargs.iter().filter(|a| a.default.is_some()).collect();
        if !kwd.is_empty() {
            for a in &kwd {
                let n = self.mangle(&a.parameter.name);
                self.load_const(Compiler::str_const(&n));
                self.compile_expr(a.default.as_deref().unwrap())?;
            }
            self.emit_n(Op::BuildMap, kwd.len());
            fl |= 2;
        }
        Ok(fl)
    }

    fn compile_comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        gens: &'a [ast::Comprehension],
        kind: CompKind<'a>,
    ) -> CResult<()> {
        let scope = self.scope_of(e.range())?;
        let is_gen = matches!(kind, CompKind::Gen(_));
        // A non-generator comprehension with `async for`/`await` is a
        // coroutine awaited here; an async genexpr is an async generator.
        let awaited = self.st.scopes[scope].is_coroutine && !is_gen;
        if awaited && !self.in_async_def() && self.ur().kind != ScopeKind::Comprehension {
            return err("asynchronous comprehension outside of an asynchronous function", e.range());
        }
        self.enter_unit(scope, name, e.range(), None);
        self.b().cur_loc = self.loc(e.range());
        match kind {
            CompKind::List(_) => self.emit(Op::BuildList, 0),
            CompKind::Set(_) => self.emit(Op::BuildSet, 0),
            CompKind::Dict(..) => self.emit(Op::BuildMap, 0),
            CompKind::Gen(_) => {}
        }
        self.comp_generator(gens, 0, kind)?;
        if let CompKind::Gen(_) = kind {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.exit_unit()?;
        let mut fl = 0;
        if self.emit_closure(scope) {
            fl |= 8;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, fl);
        self.emit(Op::PushNull, 0);
        self.compile_expr(&gens[0].iter)?;
        self.emit(if gens[0].is_async { Op::GetAiter } else { Op::GetIter }, 0);
        self.emit(Op::Call, 1);
        if awaited {
            self.emit_await(0);
        }
        Ok(())
    }

    fn comp_generator(&mut self, gens: &'a [ast::Comprehension], i: usize, kind: CompKind<'a>) -> CResult<()> {
        let g = &gens[i];
        let top = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let stop = self.new_label();
        if i == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.compile_expr(&g.iter)?;
            self.emit(if g.is_async { Op::GetAiter } else { Op::GetIter }, 0);
        }
        self.bind(top);
        if g.is_async {
            self.emit_anext(stop);
        } else {
            self.jump(Op::ForIter, end);
        }
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.compile_jump_if(cond, false, cleanup)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List(elt) => {
                    self.compile_expr(elt)?;
                    self.emit(Op::ListAppend, depth);
                }
                CompKind::Set(elt) => {
                    self.compile_expr(elt)?;
                    self.emit(Op::SetAdd, depth);
                }
                CompKind::Dict(k, v) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    self.emit(Op::MapAdd, depth);
                }
                CompKind::Gen(elt) => {
                    self.compile_expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.bind(cleanup);
        self.b().emit_jump(Op::JumpBackward, top);
        if g.is_async {
            self.bind(stop);
            self.emit(Op::EndAsyncFor, 0);
        }
        self.bind(end);
        Ok(())
    }
}

#[derive(Copy, Clone)]
pub(crate) enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

pub(crate) enum FPart<'a> {
    Lit(String),
    Value(&'a ast::InterpolatedElement),
}

fn push_lit(parts: &mut Vec<FPart<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Lit(l)) = parts.last_mut() {
        l.push_str(s);
        return;
    }
    parts.push(FPart::Lit(s.to_string()));
}
