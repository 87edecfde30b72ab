//! The bytecode compiler: Ruff AST -> `CompiledCode`.
//!
//! Pipeline: parse (ruff) -> syntax-error mapping (`errors`) -> scope analysis
//! (`symtable`) -> code generation (`expr`, `stmt`) into a per-scope
//! `CodeBuilder` (`unit`), which resolves labels, builds the exception table
//! and computes the stack size. The exact instruction sequences emitted for
//! the compound statements are documented at the top of `stmt.rs`.

mod errors;
mod hints;
mod nesting;
mod tok_errors;
mod expr;
mod pattern;
mod stmt;
mod except_star;
pub mod symtable;
mod unit;
mod surrogate_literals;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_except_star;

use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::bytecode::code::{flags, CompiledCode, Const, Location, Mode, SyntaxErrorInfo, SyntaxErrorKind};
use crate::bytecode::opcodes::Op;
use symtable::{NameScope, ScopeKind, SymbolTable};
use unit::{CodeBuilder, Label};

/// Compile `source` to a code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CompiledCode, SyntaxErrorInfo> {
    let _literals = surrogate_literals::enter(source);
    let lines = LineIndex::new(source);
    let mk_err = |e: CompileError| errors::to_info(source, filename, &lines, e.msg, e.range, e.kind);
    match mode {
        Mode::Eval => {
            if source.trim_start_matches(|c: char| c.is_whitespace() || c == '\x0c').is_empty() {
                return Err(errors::empty_input(filename, "invalid syntax"));
            }
            // CPython's tokenizer sees an indent before the expression.
            if let Some(at) = errors::leading_indent(source) {
                let e = CompileError { msg: "unexpected indent".into(), range: at, kind: SyntaxErrorKind::IndentationError };
                return Err(mk_err(e));
            }
            check_parens(source).map_err(mk_err)?;
            let parsed = ruff_python_parser::parse_expression(source)
                .map_err(|e| errors::parse_error(source, filename, &lines, &e, ruff_python_parser::Mode::Expression))?;
            let expr = parsed.into_expr();
            check_depth(&[], Some(&expr)).map_err(mk_err)?;
            let st = symtable::build(&[], Some(&expr), expr.range())
                .map_err(|e| mk_err(CompileError { msg: e.msg, range: e.range, kind: SyntaxErrorKind::SyntaxError }))?;
            let mut c = Compiler::new(source, filename, &lines, st, mode);
            c.compile_eval(&expr).map_err(mk_err)
        }
        Mode::Exec | Mode::Single => {
            // 'single' compiles the first statement (line) only; anything
            // after it is an error even when it would not parse.
            if mode == Mode::Single {
                if let Some((msg, at)) = errors::single_statement_extra(source) {
                    return Err(mk_err(CompileError {
                        msg: msg.into(),
                        range: TextRange::empty(at),
                        kind: SyntaxErrorKind::SyntaxError,
                    }));
                }
            }
            check_parens(source).map_err(mk_err)?;
            let parsed = ruff_python_parser::parse_module(source)
                .map_err(|e| errors::parse_error(source, filename, &lines, &e, ruff_python_parser::Mode::Module))?;
            let module = parsed.into_syntax();
            check_depth(&module.body, None).map_err(mk_err)?;
            errors::check_module(&module.body).map_err(mk_err)?;
            if mode == Mode::Single {
                if module.body.is_empty() {
                    return Err(errors::empty_input(filename, "invalid syntax"));
                }
            }
            let st = symtable::build(&module.body, None, module.range)
                .map_err(|e| mk_err(CompileError { msg: e.msg, range: e.range, kind: SyntaxErrorKind::SyntaxError }))?;
            let mut c = Compiler::new(source, filename, &lines, st, mode);
            c.compile_module(&module.body).map_err(mk_err)
        }
    }
}

/// CPython's tokenizer limit on open brackets (before the parser recurses).
fn check_parens(source: &str) -> Result<(), CompileError> {
    match nesting::too_many_parens(source) {
        Some(range) => Err(CompileError { msg: "too many nested parentheses".into(), range, kind: SyntaxErrorKind::SyntaxError }),
        None => Ok(()),
    }
}

/// CPython's compile-time recursion limit (before the compiler recurses).
fn check_depth(body: &[ruff_python_ast::Stmt], expr: Option<&ruff_python_ast::Expr>) -> Result<(), CompileError> {
    match nesting::too_deep(body, expr) {
        Some(range) => Err(CompileError { msg: "maximum recursion depth exceeded during compilation".into(), range, kind: SyntaxErrorKind::RecursionError }),
        None => Ok(()),
    }
}

/// Byte offset -> (1-based line, 0-based byte column).
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0];
        let b = src.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if i + 1 < b.len() && b[i + 1] == b'\n' {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }
    /// (line 1-based, col 0-based bytes)
    pub fn pos(&self, off: usize) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= off).max(1);
        let col = off - self.starts[line - 1];
        (line as u32, col as u32)
    }
    pub fn line_start(&self, line: u32) -> Option<usize> {
        self.starts.get(line.checked_sub(1)? as usize).copied()
    }
}

/// A compile-time error before conversion to `SyntaxErrorInfo`.
pub(crate) struct CompileError {
    pub msg: String,
    pub range: TextRange,
    pub kind: SyntaxErrorKind,
}

pub(crate) type CResult<T> = Result<T, CompileError>;

pub(crate) fn err<T>(msg: impl Into<String>, range: TextRange) -> CResult<T> {
    Err(CompileError { msg: msg.into(), range, kind: SyntaxErrorKind::SyntaxError })
}

/// Compiler block-stack entries (CPython's fblocks), used to unwind for
/// `break`/`continue`/`return`.
#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    WhileLoop { top: Label, end: Label },
    /// The iterator is on the stack.
    ForLoop { top: Label, end: Label },
    TryExcept { handlers: usize },
    FinallyTry { handlers: usize, body: &'a [Stmt] },
    /// Inside the exceptional copy of a finally body: stack has prev_exc, exc.
    FinallyEnd { handlers: usize },
    /// `exit` on the stack (`__aexit__` for `async with`, whose result is awaited).
    With { handlers: usize, is_async: bool },
    /// Inside an `except` body: prev_exc on the stack.
    HandlerCleanup { handlers: usize, name: Option<String> },
    /// A value to discard (return value being preserved across a finally body).
    PopValue,
    /// The clauses of a `try`/`except*`: `break`, `continue` and `return` may not leave them.
    ExceptStar,
}

pub(crate) struct Unit<'a> {
    pub b: CodeBuilder,
    pub scope: usize,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub varnames: Vec<String>,
    pub varmap: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub derefmap: HashMap<String, u32>,
    pub cell2arg: Vec<Option<u32>>,
    pub fblocks: Vec<FBlock<'a>>,
    pub flags: u32,
    pub argcount: u32,
    pub posonly: u32,
    pub kwonly: u32,
    pub first_line: u32,
    pub doc: Option<Rc<str>>,
    pub private: Option<String>,
}

pub(crate) struct Compiler<'a> {
    pub source: &'a str,
    pub filename: Rc<str>,
    pub lines: &'a LineIndex,
    pub st: SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub mode: Mode,
    /// `from __future__ import annotations` seen.
    pub future_annotations: bool,
}

#[derive(Copy, Clone, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    fn new(source: &'a str, filename: &str, lines: &'a LineIndex, st: SymbolTable, mode: Mode) -> Self {
        Compiler { source, filename: Rc::from(filename), lines, st, units: Vec::new(), mode, future_annotations: false }
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }
    pub fn ur(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }
    pub fn b(&mut self) -> &mut CodeBuilder {
        &mut self.units.last_mut().unwrap().b
    }

    pub fn loc(&self, r: TextRange) -> Location {
        let (l, c) = self.lines.pos(r.start().to_usize());
        let (el, ec) = self.lines.pos(r.end().to_usize());
        Location { line: l, end_line: el, col: c, end_col: ec }
    }

    /// Set the current location; returns the previous one.
    pub fn set_loc(&mut self, r: TextRange) -> Location {
        let l = self.loc(r);
        std::mem::replace(&mut self.b().cur_loc, l)
    }
    pub fn restore_loc(&mut self, l: Location) {
        self.b().cur_loc = l;
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        self.b().emit(op, arg);
    }
    pub fn emit_n(&mut self, op: Op, arg: usize) {
        self.b().emit_usize(op, arg);
    }
    pub fn new_label(&mut self) -> Label {
        self.b().new_label()
    }
    pub fn bind(&mut self, l: Label) {
        self.b().bind(l)
    }
    pub fn jump(&mut self, op: Op, l: Label) {
        self.b().emit_jump(op, l)
    }
    pub fn load_const(&mut self, c: Const) {
        self.b().load_const(c)
    }
    pub fn str_const(s: &str) -> Const {
        Const::Str(Rc::from(s))
    }

    pub fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.ur().private.as_deref(), name)
    }

    /// Enter a new code unit for symbol-table scope `scope`.
    pub fn enter_unit(&mut self, scope: usize, name: &str, range: TextRange, params: Option<&ast::Parameters>) {
        let s = &self.st.scopes[scope];
        let kind = s.kind;
        let parent = self.units.last();
        let qualname = match parent {
            None => name.to_string(),
            Some(p) => {
                // A function declared global in the parent gets a plain qualname.
                let global_here = p.kind != ScopeKind::Module
                    && self.st.scopes[p.scope].lookup(name) == NameScope::GlobalExplicit
                    && kind != ScopeKind::Comprehension;
                if global_here {
                    name.to_string()
                } else {
                    match p.kind {
                        ScopeKind::Module => name.to_string(),
                        ScopeKind::Class => format!("{}.{}", p.qualname, name),
                        _ => format!("{}.<locals>.{}", p.qualname, name),
                    }
                }
            }
        };
        let nested = self.units.iter().any(|u| matches!(u.kind, ScopeKind::Function | ScopeKind::Comprehension));
        let private = match parent {
            Some(p) if p.kind == ScopeKind::Class => Some(p.name.clone()),
            Some(p) => p.private.clone(),
            None => None,
        };
        let private = if kind == ScopeKind::Class { Some(name.to_string()) } else { private };
        let mut fl = match kind {
            ScopeKind::Module => flags::NEWLOCALS,
            ScopeKind::Class => flags::NEWLOCALS | flags::CLASS_BODY,
            _ => flags::OPTIMIZED | flags::NEWLOCALS,
        };
        if nested && s.is_function() {
            fl |= flags::NESTED;
        }
        if s.is_generator && s.is_coroutine {
            fl |= flags::ASYNC_GENERATOR;
        } else if s.is_generator {
            fl |= flags::GENERATOR;
        } else if s.is_coroutine {
            fl |= flags::COROUTINE;
        }
        let mut varnames: Vec<String> = Vec::new();
        let (mut argcount, mut posonly, mut kwonly) = (0, 0, 0);
        if let Some(p) = params {
            posonly = p.posonlyargs.len() as u32;
            argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            kwonly = p.kwonlyargs.len() as u32;
            if p.vararg.is_some() {
                fl |= flags::VARARGS;
            }
            if p.kwarg.is_some() {
                fl |= flags::VARKEYWORDS;
            }
        }
        if kind == ScopeKind::Comprehension {
            argcount = 1;
        }
        if s.is_function() {
            for pn in &s.params {
                varnames.push(pn.clone());
            }
            for (n, _) in &s.symbols {
                if s.resolved.get(n) == Some(&NameScope::Local) && !varnames.contains(n) {
                    varnames.push(n.clone());
                }
            }
        }
        let varmap: HashMap<String, u32> = varnames.iter().enumerate().map(|(i, n)| (n.clone(), i as u32)).collect();
        let cellvars = s.cells.clone();
        let freevars = s.frees.clone();
        let mut derefmap = HashMap::new();
        for (i, n) in cellvars.iter().chain(freevars.iter()).enumerate() {
            derefmap.entry(n.clone()).or_insert(i as u32);
        }
        let cell2arg = cellvars.iter().map(|c| if s.params.contains(c) { varmap.get(c).copied() } else { None }).collect();
        let first_line = self.lines.pos(range.start().to_usize()).0;
        let mut b = CodeBuilder::new();
        b.cur_loc = Location { line: first_line, end_line: first_line, col: 0, end_col: 0 };
        self.units.push(Unit {
            b,
            scope,
            kind,
            name: name.to_string(),
            qualname,
            varnames,
            varmap,
            cellvars,
            freevars,
            derefmap,
            cell2arg,
            fblocks: Vec::new(),
            flags: fl,
            argcount,
            posonly,
            kwonly,
            first_line,
            doc: None,
            private,
        });
    }

    pub fn exit_unit(&mut self) -> CResult<CompiledCode> {
        let u = self.units.pop().unwrap();
        let rc = |v: &Vec<String>| v.iter().map(|s| Rc::from(s.as_str())).collect::<Vec<Rc<str>>>();
        let out = CompiledCode {
            name: Rc::from(u.name.as_str()),
            qualname: Rc::from(u.qualname.as_str()),
            filename: self.filename.clone(),
            flags: u.flags,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            code: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: rc(&u.varnames),
            cellvars: rc(&u.cellvars),
            cell2arg: u.cell2arg,
            freevars: rc(&u.freevars),
            stacksize: 0,
            exception_table: Vec::new(),
            locations: Vec::new(),
            first_line: u.first_line,
            doc: u.doc,
        };
        let loc = u.b.cur_loc;
        u.b.finish(out).map_err(|m| CompileError {
            msg: if m.starts_with("too many") { m } else { format!("internal compiler error: {m}") },
            range: TextRange::default(),
            kind: SyntaxErrorKind::SyntaxError,
        })
        .map_err(|mut e| {
            let _ = loc;
            e.range = TextRange::default();
            e
        })
    }

    /// Emit the load/store/delete of a variable.
    pub fn name_op(&mut self, name: &str, ctx: Ctx, range: TextRange) -> CResult<()> {
        if name == "__debug__" {
            if ctx == Ctx::Load {
                self.load_const(Const::Bool(true));
                return Ok(());
            }
            return err(
                if ctx == Ctx::Del { "cannot delete __debug__" } else { "cannot assign to __debug__" },
                range,
            );
        }
        let name = self.mangle(name);
        let u = self.ur();
        let sc = self.st.scopes[u.scope].lookup(&name);
        let kind = u.kind;
        enum K {
            Fast(u32),
            Deref(u32),
            Global,
            Name,
            ClassDeref(u32),
        }
        let k = match kind {
            ScopeKind::Module => K::Name,
            ScopeKind::Class => match sc {
                NameScope::GlobalExplicit => K::Global,
                NameScope::Free => match u.derefmap.get(&name) {
                    Some(&i) => {
                        if ctx == Ctx::Load {
                            K::ClassDeref(i)
                        } else {
                            K::Deref(i)
                        }
                    }
                    None => K::Name,
                },
                _ => K::Name,
            },
            _ => match sc {
                NameScope::Local => match u.varmap.get(&name) {
                    Some(&i) => K::Fast(i),
                    None => K::Global,
                },
                NameScope::Cell | NameScope::Free => match u.derefmap.get(&name) {
                    Some(&i) => K::Deref(i),
                    None => K::Global,
                },
                _ => K::Global,
            },
        };
        match (k, ctx) {
            (K::Fast(i), Ctx::Load) => self.emit(Op::LoadFast, i),
            (K::Fast(i), Ctx::Store) => self.emit(Op::StoreFast, i),
            (K::Fast(i), Ctx::Del) => self.emit(Op::DeleteFast, i),
            (K::Deref(i), Ctx::Load) => self.emit(Op::LoadDeref, i),
            (K::Deref(i) | K::ClassDeref(i), Ctx::Store) => self.emit(Op::StoreDeref, i),
            (K::Deref(i) | K::ClassDeref(i), Ctx::Del) => self.emit(Op::DeleteDeref, i),
            (K::ClassDeref(i), Ctx::Load) => self.emit(Op::LoadClassDeref, i),
            (K::Global, Ctx::Load) => self.b().emit_name(Op::LoadGlobal, &name),
            (K::Global, Ctx::Store) => self.b().emit_name(Op::StoreGlobal, &name),
            (K::Global, Ctx::Del) => self.b().emit_name(Op::DeleteGlobal, &name),
            (K::Name, Ctx::Load) => self.b().emit_name(Op::LoadName, &name),
            (K::Name, Ctx::Store) => self.b().emit_name(Op::StoreName, &name),
            (K::Name, Ctx::Del) => self.b().emit_name(Op::DeleteName, &name),
        }
        Ok(())
    }

    /// Push the closure tuple for the code of scope `child` (if it has free
    /// variables); returns whether a closure was pushed.
    pub fn emit_closure(&mut self, child: usize) -> bool {
        let frees = self.st.scopes[child].frees.clone();
        if frees.is_empty() {
            return false;
        }
        for f in &frees {
            let idx = self.ur().derefmap.get(f).copied();
            match idx {
                Some(i) => self.emit(Op::LoadClosure, i),
                None => {
                    // Should not happen; keep the stack consistent.
                    self.load_const(Const::None);
                }
            }
        }
        self.emit_n(Op::BuildTuple, frees.len());
        true
    }

    fn compile_module(&mut self, body: &'a [Stmt]) -> CResult<CompiledCode> {
        self.enter_unit(0, "<module>", TextRange::default(), None);
        self.b().cur_loc = Location { line: 1, end_line: 1, col: 0, end_col: 0 };
        let mut body = body;
        if self.mode == Mode::Exec {
            if let Some(doc) = docstring(body) {
                let r = body[0].range();
                let saved = self.set_loc(r);
                self.load_const(Const::Str(Rc::from(doc.as_str())));
                self.b().emit_name(Op::StoreName, "__doc__");
                self.restore_loc(saved);
                self.u().doc = Some(Rc::from(doc.as_str()));
                body = &body[1..];
            }
        }
        for s in body {
            if let Stmt::ImportFrom(i) = s {
                if i.module.as_ref().map(|m| m.as_str()) == Some("__future__") {
                    for a in &i.names {
                        if a.name.as_str() == "annotations" {
                            self.future_annotations = true;
                        }
                    }
                }
            }
        }
        if find_ann(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        self.compile_body(body)?;
        if !self.b().ends_with_terminator() || self.b().code.is_empty() {
            self.load_const(Const::None);
            self.emit(Op::ReturnValue, 0);
        }
        self.exit_unit()
    }

    fn compile_eval(&mut self, e: &'a Expr) -> CResult<CompiledCode> {
        self.enter_unit(0, "<module>", TextRange::default(), None);
        self.compile_expr(e)?;
        self.emit(Op::ReturnValue, 0);
        self.exit_unit()
    }
}

/// The docstring of a body, if its first statement is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::StringLiteral(s) = &*e.value {
            return Some(s.value.to_str().to_string());
        }
    }
    None
}

/// Does a module/class body contain annotated assignments (outside nested scopes)?
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}
