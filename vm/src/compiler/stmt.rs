//! Statement code generation.
//!
//! # Instruction sequences (the interpreter contract)
//!
//! Stack pictures are bottom..top. `H(target, depth, lasti)` is an
//! exception-table region: an exception inside it truncates the stack to
//! `depth` items, pushes `lasti` (the offending instruction index, as an int)
//! if `lasti`, then the exception, and jumps to `target`. `d` is the stack
//! depth at the start of the statement.
//!
//! ## try / except
//! ```text
//!     <body>                      covered by H(except, d, no lasti)
//!     <orelse>
//!     Jump end
//! except:                         [.. exc]          covered by H(cleanup, d+1, lasti)
//!     PushExcInfo                 [.. prev exc]
//!   for each clause `except T as n:`
//!     <T>; CheckExcMatch; PopJumpIfFalse next        (omitted for bare `except:`)
//!     StoreX n  (or PopTop)       [.. prev]
//!     <clause body>               named: covered by H(cleanup_n, d+1, lasti)
//!     PopExcept                   [..]
//!     [named: LoadConst None; StoreX n; DeleteX n]
//!     Jump end
//!   [named: cleanup_n: LoadConst None; StoreX n; DeleteX n; Reraise 1]
//!   next: ...
//!     Reraise 0                   no clause matched: re-raise exc
//! cleanup:                        [.. prev lasti exc2]
//!     Copy 3; PopExcept; Reraise 1
//! end:
//! ```
//!
//! `try`/`except*` is in `except_star.rs`.
//!
//! ## try / finally
//! ```text
//!     <body>                      covered by H(handler, d, no lasti)
//!     <finalbody>                 (normal-path copy)
//!     Jump end
//! handler:                        [.. exc]          covered by H(cleanup, d+1, lasti)
//!     PushExcInfo                 [.. prev exc]
//!     <finalbody>                 (exceptional copy)
//!     Reraise 0
//! cleanup:
//!     Copy 3; PopExcept; Reraise 1
//! end:
//! ```
//! `try/except/else/finally` is a try/finally whose body is the try/except.
//!
//! ## with
//! ```text
//!     <mgr>; BeforeWith           [.. exit enter_result]
//!     StoreX target | PopTop      covered by H(handler, d+1, lasti) from here
//!     <body>
//!     PushNull; LoadConst None x3; Call 3; PopTop       (exit(None, None, None))
//!     Jump end
//! handler:                        [.. exit lasti exc]  covered by H(cleanup, d+3, lasti)
//!     PushExcInfo                 [.. exit lasti prev exc]
//!     WithExceptStart             [.. exit lasti prev exc res]
//!     PopJumpIfTrue suppress
//!     Reraise 2                   (re-raise exc; lasti is the 3rd item below exc... CPython RERAISE 2)
//! suppress:
//!     PopTop; PopExcept; PopTop; PopTop             [..]
//!     Jump end
//! cleanup:
//!     Copy 3; PopExcept; Reraise 1
//! end:
//! ```
//! Several items nest: `with a, b:` is `with a: with b:`.
//!
//! ## Unwinding (`return` / `break` / `continue` leaving blocks)
//! Innermost first; a returned value is computed first and kept on top:
//! * for loop: `PopTop` the iterator (`Swap 2; PopTop` when preserving a value)
//! * try/finally body: the finally body (handler regions popped while it runs)
//! * exceptional finally copy: `[Swap 2]; PopTop; [Swap 2]; PopExcept`
//! * with: `[Swap 2]; PushNull; LoadConst None x3; Call 3; PopTop`
//! * except clause body: `[Swap 2]; PopExcept; [named: LoadConst None; StoreX n; DeleteX n]`
//!
//! ## Functions, decorators, classes
//! ```text
//! def f: <dec1>; PushNull; <dec2>; PushNull; ...     decorators in source order
//!        [<defaults tuple>] [<kwdefaults dict: BuildMap>] [<annotations: (name, value)*; BuildTuple 2n>]
//!        [LoadClosure..; BuildTuple] LoadConst <code>; MakeFunction flags
//!        Call 1 (per decorator, innermost first); StoreX f
//! class C(B, metaclass=M):
//!        <decorators as above>
//!        LoadBuildClass; PushNull; [closure]; LoadConst <body code>; MakeFunction;
//!        LoadConst 'C'; <B>; <M>; KwNames ('metaclass',); Call 4
//!        Call 1 per decorator; StoreX C
//! class body: LoadName __name__; StoreName __module__; LoadConst 'qualname'; StoreName __qualname__;
//!        [LoadConst doc; StoreName __doc__] [SetupAnnotations] <body>
//!        [LoadClosure __class__; StoreName __classcell__]; LoadConst None; ReturnValue
//! ```
//! Comprehensions: `[closure] LoadConst <code>; MakeFunction; PushNull; <outer iterable>; GetIter; Call 1`.
//! Inside: `BuildList 0 | BuildSet 0 | BuildMap 0` (none for genexpr); `LoadFast .0;
//! top: ForIter end; <store>; [<cond>; PopJumpIfFalse skip]; <elt>; ListAppend n+1 |
//! SetAdd n+1 | MapAdd n+1 | (YieldValue; PopTop); skip: JumpBackward top; end: [LoadConst None]; ReturnValue`
//! where n is the number of `for` clauses (iterators on the stack).
//!
//! `yield from x`: `<x>; GetYieldFromIter; LoadConst None; send: Send exit; YieldValue 1;
//! JumpBackward send; exit:` (result on the stack). `YieldValue 1` marks a suspension inside
//! this loop (the sub-iterator is then the item below the yielded value: `gen_yf`, throw/close
//! delegation); plain `yield` is `YieldValue 0`, which in an async generator is a value yield.
//!
//! ## Coroutines
//! `await x`: `<x>; GetAwaitable 0; LoadConst None; <the send loop above>`.
//!
//! `async with m as t:` is `with` with three changes: `BeforeAsyncWith; GetAwaitable 1;
//! LoadConst None; <send loop>` instead of `BeforeWith`; the normal exit awaits the
//! `__aexit__(None, None, None)` result (`GetAwaitable 2; LoadConst None; <send loop>`) before
//! `PopTop`, and the handler awaits the `WithExceptStart` result the same way before
//! `PopJumpIfTrue suppress`. Unwinding (`return`/`break`) also awaits the exit call.
//!
//! `async for t in it: body else: orelse`
//! ```text
//!     <it>; GetAiter               [.. aiter]
//! top:                             covered by H(stop, d+1, no lasti) up to the store
//!     GetAnext; LoadConst None; <send loop>            [.. aiter next]
//!     <store t>; <body>; JumpBackward top
//! stop:                            [.. aiter exc]
//!     EndAsyncFor                  (StopAsyncIteration: pop both; else re-raise exc)
//!     <orelse>
//! end:                             (`break` pops aiter and jumps here)
//! ```
//! Async comprehensions use the same step for each `async for` clause. A
//! non-generator comprehension containing `async for`/`await` is a coroutine
//! (its outermost iterable gets `GetAiter` when async) and the call is followed
//! by `GetAwaitable 0; LoadConst None; <send loop>`; an async generator
//! expression is an async generator function and is not awaited.

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::expr::{binop_of, const_value};
use super::symtable::ScopeKind;
use super::{docstring, err, find_ann, CResult, Compiler, Ctx, FBlock};
use crate::bytecode::code::{flags, Const};
use crate::bytecode::opcodes::{Op, INPLACE};

impl<'a> Compiler<'a> {
    pub fn compile_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    pub fn compile_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let saved = self.set_loc(s.range());
        let r = self.compile_stmt_inner(s);
        self.restore_loc(saved);
        r
    }

    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => self.compile_funcdef(f),
            Stmt::ClassDef(c) => self.compile_classdef(c),
            Stmt::Return(r) => {
                if !matches!(self.ur().kind, ScopeKind::Function | ScopeKind::Comprehension) {
                    return err("'return' outside function", r.range);
                }
                if r.value.is_some() && self.ur().flags & flags::ASYNC_GENERATOR != 0 {
                    return err("'return' with value in async generator", r.range);
                }
                // CPython reports a constant return value at the value, else the statement.
                let at = r.value.as_ref().filter(|v| const_value(v).is_some()).map_or(r.range, |v| v.range());
                self.check_except_star_exit(false, at)?;
                match &r.value {
                    Some(v) => {
                        self.compile_expr(v)?;
                        self.unwind_all(true)?;
                    }
                    None => {
                        self.unwind_all(false)?;
                        self.load_const(Const::None);
                    }
                }
                self.emit(Op::ReturnValue, 0);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.compile_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Op::Copy, 1);
                    }
                    self.compile_store(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_augassign(a),
            Stmt::AnnAssign(a) => self.compile_annassign(a),
            Stmt::TypeAlias(t) => err("type alias statements are not supported yet", t.range),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => {
                if w.is_async && !self.in_async_def() {
                    return err("'async with' outside async function", w.range);
                }
                self.compile_with(w, 0)
            }
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.compile_expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.compile_expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if !t.finalbody.is_empty() {
                    self.compile_try_finally(t)
                } else if t.is_star {
                    self.compile_try_star(t)
                } else {
                    self.compile_try_except(t)
                }
            }
            Stmt::Assert(a) => {
                let ok = self.new_label();
                self.compile_jump_if(&a.test, true, ok)?;
                // The failure points at the test expression, as in CPython.
                let saved = self.set_loc(a.test.range());
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.emit(Op::PushNull, 0);
                    self.compile_expr(m)?;
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.restore_loc(saved);
                self.bind(ok);
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let saved = self.set_loc(a.range);
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    self.b().emit_name(Op::ImportName, &a.name);
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.split('.').collect();
                            if parts.len() > 1 {
                                for (k, p) in parts[1..].iter().enumerate() {
                                    self.b().emit_name(Op::ImportFrom, p);
                                    if k + 2 < parts.len() {
                                        self.emit(Op::Swap, 2);
                                        self.emit(Op::PopTop, 0);
                                    }
                                }
                                self.name_op(asname, Ctx::Store, a.range)?;
                                self.emit(Op::PopTop, 0);
                            } else {
                                self.name_op(asname, Ctx::Store, a.range)?;
                            }
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("");
                            self.name_op(top, Ctx::Store, a.range)?;
                        }
                    }
                    self.restore_loc(saved);
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                let modname = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                if modname == "__future__" {
                    for a in &i.names {
                        let ok = matches!(
                            a.name.as_str(),
                            "nested_scopes"
                                | "generators"
                                | "division"
                                | "absolute_import"
                                | "with_statement"
                                | "print_function"
                                | "unicode_literals"
                                | "barry_as_FLUFL"
                                | "generator_stop"
                                | "annotations"
                        );
                        if a.name.as_str() == "braces" {
                            return err("not a chance", TextRange::empty(i.range.start()));
                        }
                        if !ok {
                            return err(format!("future feature {} is not defined", a.name), a.range);
                        }
                    }
                }
                self.load_const(Const::Int(i.level as i64));
                let names: Vec<Const> = i.names.iter().map(|a| Compiler::str_const(&a.name)).collect();
                self.load_const(Const::Tuple(names));
                self.b().emit_name(Op::ImportName, modname);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    if self.ur().kind != ScopeKind::Module {
                        return err("import * only allowed at module level", i.range);
                    }
                    self.emit(Op::ImportStar, 0);
                    return Ok(());
                }
                for a in &i.names {
                    let saved = self.set_loc(a.range);
                    self.b().emit_name(Op::ImportFrom, &a.name);
                    let store = a.asname.as_ref().unwrap_or(&a.name);
                    self.name_op(store, Ctx::Store, a.range)?;
                    self.restore_loc(saved);
                }
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.mode == crate::bytecode::code::Mode::Single && self.units.len() == 1 {
                    self.compile_expr(&e.value)?;
                    self.emit(Op::PrintExpr, 0);
                } else if const_value(&e.value).is_some() {
                    // constant expression statements are dropped
                } else {
                    self.compile_expr(&e.value)?;
                    self.emit(Op::PopTop, 0);
                }
                Ok(())
            }
            Stmt::Break(b) => self.compile_break_continue(true, b.range),
            Stmt::Continue(c) => self.compile_break_continue(false, c.range),
            Stmt::IpyEscapeCommand(i) => err("invalid syntax", i.range),
        }
    }

    fn compile_augassign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop_of(a.op) as u32 + INPLACE;
        match &*a.target {
            Expr::Name(n) => {
                let saved = self.set_loc(n.range);
                self.name_op(&n.id, Ctx::Load, n.range)?;
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.name_op(&n.id, Ctx::Store, n.range)?;
            }
            Expr::Attribute(at) => {
                self.compile_expr(&at.value)?;
                self.emit(Op::Copy, 1);
                let name = self.mangle(&at.attr);
                let saved = self.set_loc(at.range);
                self.b().emit_name(Op::LoadAttr, &name);
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.emit(Op::Swap, 2);
                let saved = self.set_loc(at.range);
                self.b().emit_name(Op::StoreAttr, &name);
                self.restore_loc(saved);
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                let saved = self.set_loc(s.range);
                self.emit(Op::BinarySubscr, 0);
                self.restore_loc(saved);
                self.compile_expr(&a.value)?;
                self.emit(Op::BinaryOp, op);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                let saved = self.set_loc(s.range);
                self.emit(Op::StoreSubscr, 0);
                self.restore_loc(saved);
            }
            t => return err(super::errors::augassign_target_msg(t), t.range()),
        }
        Ok(())
    }

    fn compile_annassign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        let at_top = matches!(self.ur().kind, ScopeKind::Module | ScopeKind::Class);
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.compile_store(&a.target)?;
        }
        match &*a.target {
            Expr::Name(n) => {
                if a.simple && at_top {
                    self.compile_annotation(&a.annotation)?;
                    let mangled = self.mangle(&n.id);
                    self.b().emit_name(Op::LoadName, "__annotations__");
                    self.load_const(Compiler::str_const(&mangled));
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.compile_expr(&at.value)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.compile_expr(&s.value)?;
                    self.emit(Op::PopTop, 0);
                    self.compile_subscript_key(&s.slice)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            t => return err(super::errors::assign_target_msg(t, "annotate"), t.range()),
        }
        if !matches!(&*a.target, Expr::Name(_)) || !a.simple {
            if at_top && !self.future_annotations {
                self.compile_expr(&a.annotation)?;
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    /// Push an annotation value (a string under `from __future__ import annotations`).
    pub fn compile_annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            let r = e.range();
            let src = self.source.get(r.start().to_usize()..r.end().to_usize()).unwrap_or("");
            self.load_const(Compiler::str_const(src));
            Ok(())
        } else {
            self.compile_expr(e)
        }
    }

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.compile_jump_if(&i.test, false, next)?;
        self.compile_body(&i.body)?;
        for c in &i.elif_else_clauses {
            if !self.b().ends_with_terminator() {
                self.jump(Op::Jump, end);
            }
            self.bind(next);
            next = self.new_label();
            match &c.test {
                Some(t) => {
                    let saved = self.set_loc(c.range);
                    self.compile_jump_if(t, false, next)?;
                    self.restore_loc(saved);
                }
                None => {}
            }
            self.compile_body(&c.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let top = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(top);
        let always = matches!(const_value(&w.test), Some(c) if const_truthy(&c));
        if !always {
            self.compile_jump_if(&w.test, false, orelse)?;
        }
        self.u().fblocks.push(FBlock::WhileLoop { top, end });
        self.compile_body(&w.body)?;
        self.u().fblocks.pop();
        self.b().emit_jump(Op::JumpBackward, top);
        self.bind(orelse);
        self.compile_body(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if f.is_async {
            return self.compile_async_for(f);
        }
        let top = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_expr(&f.iter)?;
        self.emit(Op::GetIter, 0);
        self.bind(top);
        self.jump(Op::ForIter, cleanup);
        self.compile_store(&f.target)?;
        self.u().fblocks.push(FBlock::ForLoop { top, end });
        self.compile_body(&f.body)?;
        self.u().fblocks.pop();
        self.b().emit_jump(Op::JumpBackward, top);
        self.bind(cleanup);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// See "async for" at the top of this file.
    fn compile_async_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if !self.in_async_def() {
            return err("'async for' outside async function", f.range);
        }
        let top = self.new_label();
        let stop = self.new_label();
        let end = self.new_label();
        self.compile_expr(&f.iter)?;
        self.emit(Op::GetAiter, 0);
        self.bind(top);
        self.emit_anext(stop);
        self.compile_store(&f.target)?;
        self.u().fblocks.push(FBlock::ForLoop { top, end });
        self.compile_body(&f.body)?;
        self.u().fblocks.pop();
        self.b().emit_jump(Op::JumpBackward, top);
        self.bind(stop);
        let saved = self.set_loc(f.iter.range());
        self.emit(Op::EndAsyncFor, 0);
        self.restore_loc(saved);
        self.compile_body(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_break_continue(&mut self, is_break: bool, range: TextRange) -> CResult<()> {
        self.check_except_star_exit(true, range)?;
        let has_loop = self
            .ur()
            .fblocks
            .iter()
            .any(|f| matches!(f, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }));
        if !has_loop {
            return err(if is_break { "'break' outside loop" } else { "'continue' not properly in loop" }, range);
        }
        let saved_fb = self.ur().fblocks.clone();
        let saved_h = self.b().handler_stack.clone();
        loop {
            let fb = self.u().fblocks.pop().unwrap();
            match fb {
                FBlock::WhileLoop { top, end } => {
                    if is_break {
                        self.jump(Op::Jump, end);
                    } else {
                        self.b().jump_to(top);
                    }
                    break;
                }
                FBlock::ForLoop { top, end } => {
                    if is_break {
                        self.emit(Op::PopTop, 0);
                        self.jump(Op::Jump, end);
                    } else {
                        self.b().jump_to(top);
                    }
                    break;
                }
                other => self.unwind_one(other, false)?,
            }
        }
        self.u().fblocks = saved_fb;
        self.b().handler_stack = saved_h;
        Ok(())
    }

    /// Unwind every block (for `return`).
    fn unwind_all(&mut self, preserve: bool) -> CResult<()> {
        let saved_fb = self.ur().fblocks.clone();
        let saved_h = self.b().handler_stack.clone();
        while let Some(fb) = self.u().fblocks.pop() {
            match fb {
                FBlock::WhileLoop { .. } => {}
                FBlock::ForLoop { .. } => {
                    if preserve {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopTop, 0);
                }
                other => self.unwind_one(other, preserve)?,
            }
        }
        self.u().fblocks = saved_fb;
        self.b().handler_stack = saved_h;
        Ok(())
    }

    fn unwind_one(&mut self, fb: FBlock<'a>, preserve: bool) -> CResult<()> {
        match fb {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } => {
                if preserve {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::TryExcept { handlers } => {
                self.b().handler_stack.truncate(handlers);
            }
            FBlock::FinallyTry { handlers, body } => {
                self.b().handler_stack.truncate(handlers);
                if preserve {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                self.compile_body(body)?;
                if preserve {
                    self.u().fblocks.pop();
                }
            }
            FBlock::FinallyEnd { handlers } => {
                if preserve {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
                if preserve {
                    self.emit(Op::Swap, 2);
                }
                self.b().handler_stack.truncate(handlers);
                self.emit(Op::PopExcept, 0);
            }
            FBlock::With { handlers, is_async } => {
                self.b().handler_stack.truncate(handlers);
                if preserve {
                    self.emit(Op::Swap, 2);
                }
                self.emit_exit_none_call(is_async);
            }
            FBlock::HandlerCleanup { handlers, name } => {
                self.b().handler_stack.truncate(handlers);
                if preserve {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopExcept, 0);
                if let Some(n) = name {
                    self.clear_name(&n)?;
                }
            }
            // `check_except_star_exit` rejected leaving one before any code was emitted.
            FBlock::ExceptStar => {}
            FBlock::PopValue => {
                if preserve {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    /// `[exit] -> []`: call exit(None, None, None) (awaiting it for
    /// `async with`) and discard the result.
    fn emit_exit_none_call(&mut self, is_async: bool) {
        self.emit(Op::PushNull, 0);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Op::Call, 3);
        if is_async {
            self.emit_await(2);
        }
        self.emit(Op::PopTop, 0);
    }

    pub(crate) fn clear_name(&mut self, n: &str) -> CResult<()> {
        self.load_const(Const::None);
        self.name_op(n, Ctx::Store, TextRange::default())?;
        self.name_op(n, Ctx::Del, TextRange::default())
    }

    /// `Copy 3; PopExcept; Reraise 1` — the cleanup handler body.
    pub(crate) fn emit_pop_except_and_reraise(&mut self) {
        self.emit(Op::Copy, 3);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 1);
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let except = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let base = self.b().handler_stack.len();
        self.b().push_handler(except, false, 0);
        self.u().fblocks.push(FBlock::TryExcept { handlers: base });
        self.compile_body(&t.body)?;
        self.u().fblocks.pop();
        self.b().handler_stack.truncate(base);
        self.compile_body(&t.orelse)?;
        self.jump(Op::Jump, end);

        self.bind(except);
        let h2 = self.b().push_handler(cleanup, true, 0);
        self.emit(Op::PushExcInfo, 0);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_loc(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.compile_expr(ty)?;
                    self.emit(Op::CheckExcMatch, 0);
                    self.jump(Op::PopJumpIfFalse, next);
                }
                None => {
                    if i + 1 < n {
                        return err("default 'except:' must be last", h.range);
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store, name.range)?;
                    let cleanup_body = self.new_label();
                    self.b().push_handler(cleanup_body, true, 0);
                    self.u().fblocks.push(FBlock::HandlerCleanup { handlers: base, name: Some(name.to_string()) });
                    self.compile_body(&h.body)?;
                    self.u().fblocks.pop();
                    self.b().handler_stack.truncate(base);
                    self.emit(Op::PopExcept, 0);
                    self.clear_name(name)?;
                    self.jump(Op::Jump, end);
                    // exception inside the clause body
                    self.b().handler_stack.push(h2);
                    self.bind(cleanup_body);
                    self.clear_name(name)?;
                    self.emit(Op::Reraise, 1);
                }
                None => {
                    self.emit(Op::PopTop, 0);
                    self.u().fblocks.push(FBlock::HandlerCleanup { handlers: base, name: None });
                    self.compile_body(&h.body)?;
                    self.u().fblocks.pop();
                    let hs = self.b().handler_stack.clone();
                    self.b().handler_stack.truncate(base);
                    self.emit(Op::PopExcept, 0);
                    self.jump(Op::Jump, end);
                    self.b().handler_stack = hs;
                }
            }
            self.restore_loc(saved);
            self.bind(next);
        }
        self.emit(Op::Reraise, 0);
        self.b().handler_stack.truncate(base);
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let base = self.b().handler_stack.len();
        self.b().push_handler(handler, false, 0);
        self.u().fblocks.push(FBlock::FinallyTry { handlers: base, body: &t.finalbody });
        if t.handlers.is_empty() {
            self.compile_body(&t.body)?;
        } else if t.is_star {
            self.compile_try_star(t)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.u().fblocks.pop();
        self.b().handler_stack.truncate(base);
        self.compile_body(&t.finalbody)?;
        self.jump(Op::Jump, end);

        self.bind(handler);
        self.b().push_handler(cleanup, true, 0);
        self.emit(Op::PushExcInfo, 0);
        self.u().fblocks.push(FBlock::FinallyEnd { handlers: base });
        self.compile_body(&t.finalbody)?;
        self.u().fblocks.pop();
        self.emit(Op::Reraise, 0);
        self.b().handler_stack.truncate(base);
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn compile_with(&mut self, w: &'a ast::StmtWith, item: usize) -> CResult<()> {
        let it = &w.items[item];
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let is_async = w.is_async;
        self.compile_expr(&it.context_expr)?;
        let saved = self.set_loc(it.range);
        if is_async {
            self.emit(Op::BeforeAsyncWith, 0);
            self.emit_await(1);
        } else {
            self.emit(Op::BeforeWith, 0);
        }
        let base = self.b().handler_stack.len();
        self.b().push_handler(handler, true, -1);
        self.u().fblocks.push(FBlock::With { handlers: base, is_async });
        match &it.optional_vars {
            Some(v) => self.compile_store(v)?,
            None => self.emit(Op::PopTop, 0),
        }
        if item + 1 < w.items.len() {
            self.compile_with(w, item + 1)?;
        } else {
            self.compile_body(&w.body)?;
        }
        self.u().fblocks.pop();
        self.b().handler_stack.truncate(base);
        self.set_loc(w.range);
        self.emit_exit_none_call(is_async);
        self.jump(Op::Jump, end);

        self.bind(handler);
        self.b().push_handler(cleanup, true, 0);
        self.emit(Op::PushExcInfo, 0);
        self.emit(Op::WithExceptStart, 0);
        if is_async {
            self.emit_await(2);
        }
        let suppress = self.new_label();
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 2);
        self.bind(suppress);
        self.emit(Op::PopTop, 0);
        self.b().handler_stack.truncate(base);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopTop, 0);
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        self.restore_loc(saved);
        Ok(())
    }

    /// Push decorators, each followed by PushNull.
    fn compile_decorators(&mut self, decs: &'a [ast::Decorator]) -> CResult<()> {
        for d in decs {
            self.compile_expr(&d.expression)?;
            self.emit(Op::PushNull, 0);
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decs: &'a [ast::Decorator]) {
        for d in decs.iter().rev() {
            let saved = self.set_loc(d.expression.range());
            self.emit(Op::Call, 1);
            self.restore_loc(saved);
        }
    }

    fn compile_funcdef(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        if f.type_params.is_some() {
            return err("type parameter lists are not supported yet", f.range);
        }
        let scope = self.scope_of(f.range)?;
        self.compile_decorators(&f.decorator_list)?;
        let mut fl = self.compile_defaults(&f.parameters)?;
        if self.compile_arg_annotations(&f.parameters, f.returns.as_deref())? {
            fl |= 4;
        }
        self.enter_unit(scope, &f.name, f.range, Some(&f.parameters));
        let mut body: &'a [Stmt] = &f.body;
        if let Some(doc) = docstring(body) {
            self.u().doc = Some(Rc::from(doc.as_str()));
            body = &body[1..];
        }
        self.compile_body(body)?;
        if !self.b().ends_with_terminator() {
            self.load_const(Const::None);
            self.emit(Op::ReturnValue, 0);
        }
        let code = self.exit_unit()?;
        if self.emit_closure(scope) {
            fl |= 8;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, fl);
        self.apply_decorators(&f.decorator_list);
        self.name_op(&f.name, Ctx::Store, f.name.range)
    }

    /// Push the flattened (name, value) annotations tuple, if any.
    fn compile_arg_annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut n = 0usize;
        let mut items: Vec<(&'a str, &'a Expr)> = Vec::new();
        for a in p.posonlyargs.iter().chain(&p.args) {
            if let Some(an) = &a.parameter.annotation {
                items.push((a.parameter.name.as_str(), an));
            }
        }
        if let Some(v) = &p.vararg {
            if let Some(an) = &v.annotation {
                items.push((v.name.as_str(), an));
            }
        }
        for a in &p.kwonlyargs {
            if let Some(an) = &a.parameter.annotation {
                items.push((a.parameter.name.as_str(), an));
            }
        }
        if let Some(v) = &p.kwarg {
            if let Some(an) = &v.annotation {
                items.push((v.name.as_str(), an));
            }
        }
        if let Some(r) = returns {
            items.push(("return", r));
        }
        for (name, an) in items {
            let m = self.mangle(name);
            self.load_const(Compiler::str_const(&m));
            match an {
                // PEP 646 `*args: *Ts`: the value stored is the single item
                // that unpacking `Ts` yields (CPython: UNPACK_SEQUENCE 1).
                // The parser only accepts a starred annotation on `*args`.
                Expr::Starred(s) if !self.future_annotations => {
                    self.compile_expr(&s.value)?;
                    self.emit_n(Op::UnpackSequence, 1);
                }
                _ => self.compile_annotation(an)?,
            }
            n += 1;
        }
        if n > 0 {
            self.emit_n(Op::BuildTuple, 2 * n);
            return Ok(true);
        }
        Ok(false)
    }

    fn compile_classdef(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        if c.type_params.is_some() {
            return err("type parameter lists are not supported yet", c.range);
        }
        let scope = self.scope_of(c.range)?;
        self.compile_decorators(&c.decorator_list)?;
        self.enter_unit(scope, &c.name, c.range, None);
        self.b().emit_name(Op::LoadName, "__name__");
        self.b().emit_name(Op::StoreName, "__module__");
        let qn = self.ur().qualname.clone();
        self.load_const(Compiler::str_const(&qn));
        self.b().emit_name(Op::StoreName, "__qualname__");
        let mut body: &'a [Stmt] = &c.body;
        if let Some(doc) = docstring(body) {
            self.u().doc = Some(Rc::from(doc.as_str()));
            self.load_const(Compiler::str_const(&doc));
            self.b().emit_name(Op::StoreName, "__doc__");
            body = &body[1..];
        }
        if find_ann(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        self.compile_body(body)?;
        if self.st.scopes[scope].needs_class_cell {
            let idx = self.ur().derefmap.get("__class__").copied().unwrap_or(0);
            self.emit(Op::LoadClosure, idx);
            self.b().emit_name(Op::StoreName, "__classcell__");
        }
        self.load_const(Const::None);
        self.emit(Op::ReturnValue, 0);
        let code = self.exit_unit()?;

        self.emit(Op::LoadBuildClass, 0);
        self.emit(Op::PushNull, 0);
        let mut fl = 0;
        if self.emit_closure(scope) {
            fl |= 8;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, fl);
        self.load_const(Compiler::str_const(&c.name));
        match &c.arguments {
            Some(a) => self.call_helper(2, &a.args, &a.keywords)?,
            None => self.emit(Op::Call, 2),
        }
        self.apply_decorators(&c.decorator_list);
        self.name_op(&c.name, Ctx::Store, c.name.range)
    }
}

fn const_truthy(c: &Const) -> bool {
    match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(i) => *i != 0,
        Const::BigInt(_) => true,
        Const::Float(f) => *f != 0.0,
        Const::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Wtf8(b) => !b.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
        Const::Ellipsis | Const::Code(_) => true,
    }
}
