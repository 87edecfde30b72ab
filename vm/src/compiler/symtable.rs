//! Scope analysis (CPython's symtable.c, re-derived): which names are local,
//! global (explicit/implicit), free or cell in each scope.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

pub const DEF_LOCAL: u32 = 1; // assigned / bound
pub const DEF_PARAM: u32 = 2;
pub const DEF_GLOBAL: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_ANNOT: u32 = 32;
pub const DEF_COMP_ITER: u32 = 64;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    /// Comprehension or generator expression (a function scope).
    Comprehension,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Flags per name, in first-seen order.
    pub symbols: Vec<(String, u32)>,
    sym_index: HashMap<String, usize>,
    pub resolved: HashMap<String, NameScope>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// `async def`, or a comprehension containing `async for`/`await` (or
    /// such a non-generator comprehension): its code is a coroutine.
    pub is_coroutine: bool,
    /// Written `async def` (where `await`, `async for`/`with` are allowed).
    pub is_async_def: bool,
    pub needs_class_cell: bool,
    /// Class scopes: names free in the class body (read with LoadClassDeref).
    pub params: Vec<String>,
    pub parent: Option<usize>,
    /// Free names (in order) — filled by analysis.
    pub frees: Vec<String>,
    pub cells: Vec<String>,
    pub nonlocal_ranges: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            sym_index: HashMap::new(),
            resolved: HashMap::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_async_def: false,
            needs_class_cell: false,
            params: Vec::new(),
            parent,
            frees: Vec::new(),
            cells: Vec::new(),
            nonlocal_ranges: HashMap::new(),
        }
    }
    pub fn flags(&self, name: &str) -> u32 {
        self.sym_index.get(name).map(|&i| self.symbols[i].1).unwrap_or(0)
    }
    fn add(&mut self, name: &str, flag: u32) -> u32 {
        match self.sym_index.get(name) {
            Some(&i) => {
                let old = self.symbols[i].1;
                self.symbols[i].1 |= flag;
                old
            }
            None => {
                self.sym_index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), flag));
                0
            }
        }
    }
    pub fn lookup(&self, name: &str) -> NameScope {
        match self.resolved.get(name) {
            Some(s) => *s,
            None => match self.kind {
                ScopeKind::Module | ScopeKind::Class => NameScope::GlobalImplicit,
                _ => NameScope::GlobalImplicit,
            },
        }
    }
    pub fn is_function(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// Scope-creating node range -> scope id.
    pub by_range: HashMap<(u32, u32), usize>,
}

/// A symtable error: message and the node range.
pub struct SymError {
    pub msg: String,
    pub range: TextRange,
}

fn key(r: TextRange) -> (u32, u32) {
    (r.start().to_u32(), r.end().to_u32())
}

pub struct Builder {
    scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), usize>,
    cur: usize,
    err: Option<SymError>,
    /// Innermost comprehension iterable-expression nesting (walrus checks).
    in_comp_iter: u32,
    /// Enclosing class name, for private-name mangling.
    private: Option<String>,
}

impl Builder {
    fn error(&mut self, msg: String, range: TextRange) {
        if self.err.is_none() {
            self.err = Some(SymError { msg, range });
        }
    }
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }
    fn enter(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, Some(self.cur)));
        self.scopes[self.cur].children.push(id);
        self.by_range.insert(key(range), id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) {
        let m = mangle(self.private.as_deref(), name);
        let name = m.as_str();
        let s = &self.scopes[self.cur];
        let old = s.flags(name);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            self.error(format!("duplicate argument '{name}' in function definition"), range);
        }
        self.scope().add(name, flag);
    }

    fn add_use(&mut self, name: &str) {
        let m = mangle(self.private.as_deref(), name);
        self.scope().add(&m, USE);
    }

    /// Bind a name in the current scope, or for walrus in comprehensions, the enclosing one.
    fn bind_name(&mut self, name: &str, range: TextRange) {
        self.add_def(name, DEF_LOCAL, range);
    }

    fn visit_body(&mut self, body: &[Stmt]) {
        for s in body {
            self.visit_stmt(s);
        }
    }

    fn visit_params_defaults(&mut self, p: &ast::Parameters) {
        for pd in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &pd.default {
                self.visit_expr(d);
            }
        }
    }

    fn visit_params_annotations(&mut self, p: &ast::Parameters) {
        for pd in p.posonlyargs.iter().chain(&p.args) {
            if let Some(a) = &pd.parameter.annotation {
                self.visit_expr(a);
            }
        }
        if let Some(v) = &p.vararg {
            if let Some(a) = &v.annotation {
                self.visit_expr(a);
            }
        }
        for pd in &p.kwonlyargs {
            if let Some(a) = &pd.parameter.annotation {
                self.visit_expr(a);
            }
        }
        if let Some(v) = &p.kwarg {
            if let Some(a) = &v.annotation {
                self.visit_expr(a);
            }
        }
    }

    fn declare_params(&mut self, p: &ast::Parameters) {
        let mut names = Vec::new();
        for pd in p.posonlyargs.iter().chain(&p.args) {
            names.push((pd.parameter.name.to_string(), pd.parameter.range));
        }
        for pd in &p.kwonlyargs {
            names.push((pd.parameter.name.to_string(), pd.parameter.range));
        }
        if let Some(v) = &p.vararg {
            names.push((v.name.to_string(), v.range));
        }
        if let Some(v) = &p.kwarg {
            names.push((v.name.to_string(), v.range));
        }
        for (n, r) in names {
            self.add_def(&n, DEF_PARAM, r);
            self.scope().params.push(n);
        }
    }

    fn check_global_order(&mut self, name: &str, range: TextRange, is_global: bool) {
        let f = self.scopes[self.cur].flags(name);
        let kw = if is_global { "global" } else { "nonlocal" };
        if f & DEF_PARAM != 0 {
            self.error(format!("name '{name}' is parameter and {kw}"), range);
        } else if f & DEF_ANNOT != 0 && is_global {
            self.error(format!("annotated name '{name}' can't be global"), range);
        } else if f & DEF_ANNOT != 0 {
            self.error(format!("annotated name '{name}' can't be nonlocal"), range);
        } else if f & DEF_LOCAL != 0 {
            self.error(format!("name '{name}' is assigned to before {kw} declaration"), range);
        } else if f & USE != 0 {
            self.error(format!("name '{name}' is used prior to {kw} declaration"), range);
        }
    }

    pub fn visit_stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                self.bind_name(&f.name, f.name.range);
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_params_defaults(&f.parameters);
                self.visit_params_annotations(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                let prev = self.enter(ScopeKind::Function, &f.name, f.range);
                self.scope().is_coroutine = f.is_async;
                self.scope().is_async_def = f.is_async;
                self.declare_params(&f.parameters);
                self.visit_body(&f.body);
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                self.bind_name(&c.name, c.name.range);
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(a) = &c.arguments {
                    for e in a.args.iter() {
                        self.visit_expr(e);
                    }
                    for k in a.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                }
                let prev = self.enter(ScopeKind::Class, &c.name, c.range);
                let prev_private = self.private.replace(c.name.to_string());
                self.visit_body(&c.body);
                self.private = prev_private;
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v);
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t);
                }
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value);
                for t in &a.targets {
                    self.visit_expr(t);
                }
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.value);
                self.visit_expr(&a.target);
                if let Expr::Name(n) = &*a.target {
                    self.add_use(&n.id);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let f = self.scopes[self.cur].flags(&n.id);
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let kw = if f & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        self.error(format!("annotated name '{}' can't be {kw}", n.id), n.range);
                    }
                    if a.simple {
                        self.add_def(&n.id, DEF_LOCAL | DEF_ANNOT, n.range);
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range);
                    }
                } else {
                    self.visit_expr(&a.target);
                }
                if !self.scopes[self.cur].is_function() {
                    self.visit_expr(&a.annotation);
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
            }
            Stmt::TypeAlias(_) => {}
            Stmt::For(f) => {
                self.visit_expr(&f.target);
                self.visit_expr(&f.iter);
                self.visit_body(&f.body);
                self.visit_body(&f.orelse);
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test);
                self.visit_body(&w.body);
                self.visit_body(&w.orelse);
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test);
                self.visit_body(&i.body);
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t);
                    }
                    self.visit_body(&c.body);
                }
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.visit_expr(&it.context_expr);
                    if let Some(v) = &it.optional_vars {
                        self.visit_expr(v);
                    }
                }
                self.visit_body(&w.body);
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject);
                for c in &m.cases {
                    self.visit_pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.visit_expr(g);
                    }
                    self.visit_body(&c.body);
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e);
                }
                if let Some(e) = &r.cause {
                    self.visit_expr(e);
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind_name(n, n.range);
                    }
                    self.visit_body(&h.body);
                }
                self.visit_body(&t.orelse);
                self.visit_body(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test);
                if let Some(m) = &a.msg {
                    self.visit_expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind_name(&bound, a.range);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            self.error("import * only allowed at module level".into(), i.range);
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.bind_name(&bound, a.range);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.check_global_order(n, g.range, true);
                    let f = self.scopes[self.cur].flags(n);
                    if f & DEF_NONLOCAL != 0 {
                        self.error(format!("name '{n}' is nonlocal and global"), g.range);
                    }
                    self.scope().add(n, DEF_GLOBAL);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    self.error("nonlocal declaration not allowed at module level".into(), g.range);
                }
                for n in &g.names {
                    self.check_global_order(n, g.range, false);
                    let f = self.scopes[self.cur].flags(n);
                    if f & DEF_GLOBAL != 0 {
                        self.error(format!("name '{n}' is nonlocal and global"), g.range);
                    }
                    self.scope().add(n, DEF_NONLOCAL);
                    self.scope().nonlocal_ranges.insert(n.to_string(), g.range);
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
    }

    fn visit_comprehension(
        &mut self,
        range: TextRange,
        name: &str,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
        is_genexpr: bool,
    ) {
        let Some(first) = generators.first() else { return };
        self.in_comp_iter += 1;
        self.visit_expr(&first.iter);
        self.in_comp_iter -= 1;
        let prev = self.enter(ScopeKind::Comprehension, name, range);
        if is_genexpr {
            self.scope().is_generator = true;
        }
        if generators.iter().any(|g| g.is_async) {
            self.scope().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, range);
        self.scope().params.push(".0".into());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.in_comp_iter += 1;
                self.visit_expr(&g.iter);
                self.in_comp_iter -= 1;
            }
            self.visit_comp_target(&g.target);
            for c in &g.ifs {
                self.visit_expr(c);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        // A non-generator async comprehension is awaited where it is called.
        let is_async = self.scopes[self.cur].is_coroutine && !is_genexpr;
        self.cur = prev;
        if is_async {
            self.scope().is_coroutine = true;
        }
    }

    /// Names captured by a pattern are local bindings; value patterns,
    /// mapping keys and class names are ordinary loads.
    fn visit_pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.visit_expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|q| self.visit_pattern(q)),
            P::MatchMapping(m) => {
                for (k, q) in m.keys.iter().zip(&m.patterns) {
                    self.visit_expr(k);
                    self.visit_pattern(q);
                }
                if let Some(r) = &m.rest {
                    self.bind_name(r, r.range);
                }
            }
            P::MatchClass(c) => {
                self.visit_expr(&c.cls);
                c.arguments.patterns.iter().for_each(|q| self.visit_pattern(q));
                c.arguments.keywords.iter().for_each(|k| self.visit_pattern(&k.pattern));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind_name(n, n.range);
                }
            }
            P::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.visit_pattern(q);
                }
                if let Some(n) = &a.name {
                    self.bind_name(n, n.range);
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|q| self.visit_pattern(q)),
        }
    }

    fn visit_comp_target(&mut self, t: &Expr) {
        match t {
            Expr::Name(n) => {
                self.add_def(&n.id, DEF_LOCAL | DEF_COMP_ITER, n.range);
            }
            _ => self.visit_expr(t),
        }
    }

    pub fn visit_expr(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => {
                    self.add_use(&n.id);
                    if n.id.as_str() == "super" && self.scopes[self.cur].is_function() {
                        self.add_use("__class__");
                    }
                }
                _ => {
                    if self.scopes[self.cur].flags(&n.id) & DEF_COMP_ITER != 0 {}
                    self.bind_name(&n.id, n.range);
                }
            },
            Expr::Named(nm) => {
                self.visit_expr(&nm.value);
                if let Expr::Name(n) = &*nm.target {
                    if self.in_comp_iter > 0 && self.scopes[self.cur].kind != ScopeKind::Comprehension {
                        // handled below
                    }
                    // Walrus inside comprehensions binds in the nearest enclosing non-comprehension scope.
                    let mut sid = self.cur;
                    if self.scopes[sid].kind == ScopeKind::Comprehension {
                        if self.in_comp_iter > 0 {
                            self.error(
                                "assignment expression cannot be used in a comprehension iterable expression".into(),
                                nm.range,
                            );
                            return;
                        }
                        if self.scopes[sid].flags(&n.id) & DEF_COMP_ITER != 0 {
                            self.error(
                                format!("assignment expression cannot rebind comprehension iteration variable '{}'", n.id),
                                nm.range,
                            );
                            return;
                        }
                        let mut chain = vec![sid];
                        while self.scopes[sid].kind == ScopeKind::Comprehension {
                            sid = self.scopes[sid].parent.unwrap_or(0);
                            chain.push(sid);
                        }
                        let target = sid;
                        match self.scopes[target].kind {
                            ScopeKind::Class => {
                                self.error(
                                    "assignment expression within a comprehension cannot be used in a class body".into(),
                                    nm.range,
                                );
                                return;
                            }
                            ScopeKind::Module => {
                                for &c in &chain[..chain.len() - 1] {
                                    self.scopes[c].add(&n.id, DEF_GLOBAL);
                                }
                                self.scopes[target].add(&n.id, DEF_LOCAL);
                            }
                            _ => {
                                for &c in &chain[..chain.len() - 1] {
                                    self.scopes[c].add(&n.id, DEF_NONLOCAL);
                                }
                                self.scopes[target].add(&n.id, DEF_LOCAL);
                            }
                        }
                    } else {
                        self.bind_name(&n.id, n.range);
                    }
                } else {
                    self.visit_expr(&nm.target);
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_params_defaults(p);
                }
                let prev = self.enter(ScopeKind::Function, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.declare_params(p);
                }
                self.visit_expr(&l.body);
                self.cur = prev;
            }
            Expr::ListComp(c) => self.visit_comprehension(c.range, "<listcomp>", &c.generators, &[&c.elt], false),
            Expr::SetComp(c) => self.visit_comprehension(c.range, "<setcomp>", &c.generators, &[&c.elt], false),
            Expr::Generator(c) => self.visit_comprehension(c.range, "<genexpr>", &c.generators, &[&c.elt], true),
            Expr::DictComp(c) => {
                self.visit_comprehension(c.range, "<dictcomp>", &c.generators, &[&c.key, &c.value], false)
            }
            Expr::Yield(y) => {
                self.mark_yield(y.range, "yield");
                if let Some(v) = &y.value {
                    self.visit_expr(v);
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_yield(y.range, "yield");
                if self.scopes[self.cur].kind == ScopeKind::Function && self.scopes[self.cur].is_coroutine {
                    self.error("'yield from' inside async function".into(), y.range);
                }
                self.visit_expr(&y.value);
            }
            Expr::Await(a) => {
                let s = &self.scopes[self.cur];
                let (is_fn, kind, is_async_def) = (s.is_function(), s.kind, s.is_async_def);
                if !is_fn {
                    self.error("'await' outside function".into(), a.range);
                } else if kind == ScopeKind::Function && !is_async_def {
                    self.error("'await' outside async function".into(), a.range);
                }
                if kind == ScopeKind::Comprehension {
                    self.scope().is_coroutine = true;
                }
                self.visit_expr(&a.value);
            }
            _ => {
                // Generic traversal of children.
                walk_expr_children(e, &mut |c| self.visit_expr(c));
            }
        }
    }

    fn mark_yield(&mut self, range: TextRange, _what: &str) {
        let s = &self.scopes[self.cur];
        match s.kind {
            ScopeKind::Function => self.scope().is_generator = true,
            ScopeKind::Comprehension => {
                let n = &s.name;
                let msg = format!(
                    "'yield' inside {}",
                    match n.as_str() {
                        "<listcomp>" => "list comprehension",
                        "<setcomp>" => "set comprehension",
                        "<dictcomp>" => "dict comprehension",
                        _ => "generator expression",
                    }
                );
                self.error(msg, range);
            }
            _ => self.error("'yield' outside function".into(), range),
        }
    }
}

/// Call `f` on each direct sub-expression of `e` that is evaluated in the
/// same scope (used for expressions without scope effects).
pub fn walk_expr_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match e {
        Expr::BoolOp(b) => b.values.iter().for_each(|v| f(v)),
        Expr::Named(n) => {
            f(&n.target);
            f(&n.value)
        }
        Expr::BinOp(b) => {
            f(&b.left);
            f(&b.right)
        }
        Expr::UnaryOp(u) => f(&u.operand),
        Expr::If(i) => {
            f(&i.test);
            f(&i.body);
            f(&i.orelse)
        }
        Expr::Dict(d) => {
            for it in &d.items {
                if let Some(k) = &it.key {
                    f(k);
                }
                f(&it.value);
            }
        }
        Expr::Set(s) => s.elts.iter().for_each(|v| f(v)),
        Expr::Await(a) => f(&a.value),
        Expr::Yield(y) => {
            if let Some(v) = &y.value {
                f(v)
            }
        }
        Expr::YieldFrom(y) => f(&y.value),
        Expr::Compare(c) => {
            f(&c.left);
            c.comparators.iter().for_each(|v| f(v))
        }
        Expr::Call(c) => {
            f(&c.func);
            c.arguments.args.iter().for_each(|v| f(v));
            c.arguments.keywords.iter().for_each(|k| f(&k.value));
        }
        Expr::FString(fs) => {
            for el in fs.value.elements() {
                walk_interp(el, f);
            }
        }
        Expr::TString(_) => {}
        Expr::Attribute(a) => f(&a.value),
        Expr::Subscript(s) => {
            f(&s.value);
            f(&s.slice)
        }
        Expr::Starred(s) => f(&s.value),
        Expr::List(l) => l.elts.iter().for_each(|v| f(v)),
        Expr::Tuple(t) => t.elts.iter().for_each(|v| f(v)),
        Expr::Slice(s) => {
            for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                f(v)
            }
        }
        _ => {}
    }
}

fn walk_interp(el: &ast::InterpolatedStringElement, f: &mut dyn FnMut(&Expr)) {
    if let ast::InterpolatedStringElement::Interpolation(i) = el {
        f(&i.expression);
        if let Some(spec) = &i.format_spec {
            for e in spec.elements.iter() {
                walk_interp(e, f);
            }
        }
    }
}

/// Build the symbol table for a module (or an expression wrapped as one).
pub fn build(body: &[Stmt], expr: Option<&Expr>, module_range: TextRange) -> Result<SymbolTable, SymError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_range: HashMap::new(),
        cur: 0,
        err: None,
        in_comp_iter: 0,
        private: None,
    };
    let _ = module_range;
    b.visit_body(body);
    if let Some(e) = expr {
        b.visit_expr(e);
    }
    if let Some(e) = b.err.take() {
        return Err(e);
    }
    let mut st = SymbolTable { scopes: b.scopes, by_range: b.by_range };
    let mut err = None;
    analyze(&mut st, 0, &HashSet::new(), &HashSet::new(), &mut err);
    if let Some(e) = err {
        return Err(e);
    }
    Ok(st)
}

/// Resolve names in scope `id`; returns the set of names free in it (needed from outside).
fn analyze(
    st: &mut SymbolTable,
    id: usize,
    bound: &HashSet<String>,
    global: &HashSet<String>,
    err: &mut Option<SymError>,
) -> HashSet<String> {
    let kind = st.scopes[id].kind;
    let mut local: HashSet<String> = HashSet::new();
    let mut explicit_globals: HashSet<String> = HashSet::new();
    let mut free: HashSet<String> = HashSet::new();
    let symbols = st.scopes[id].symbols.clone();
    for (name, flags) in &symbols {
        let sc = if flags & DEF_GLOBAL != 0 {
            explicit_globals.insert(name.clone());
            NameScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(name) {
                if err.is_none() {
                    *err = Some(SymError {
                        msg: format!("no binding for nonlocal '{name}' found"),
                        range: st.scopes[id].nonlocal_ranges.get(name).copied().unwrap_or_default(),
                    });
                }
            }
            free.insert(name.clone());
            NameScope::Free
        } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
            local.insert(name.clone());
            NameScope::Local
        } else if kind != ScopeKind::Module && bound.contains(name) {
            free.insert(name.clone());
            NameScope::Free
        } else if global.contains(name) {
            NameScope::GlobalImplicit
        } else {
            NameScope::GlobalImplicit
        };
        st.scopes[id].resolved.insert(name.clone(), sc);
    }
    let (newbound, newglobal) = match kind {
        ScopeKind::Module => (HashSet::new(), explicit_globals.clone()),
        ScopeKind::Class => {
            let mut nb: HashSet<String> = bound.difference(&explicit_globals).cloned().collect();
            nb.insert("__class__".to_string());
            let ng: HashSet<String> = global.union(&explicit_globals).cloned().collect();
            (nb, ng)
        }
        _ => {
            let mut nb: HashSet<String> = bound.difference(&explicit_globals).cloned().collect();
            nb.extend(local.iter().cloned());
            let mut ng: HashSet<String> = global.union(&explicit_globals).cloned().collect();
            for l in &local {
                ng.remove(l);
            }
            (nb, ng)
        }
    };
    let children = st.scopes[id].children.clone();
    let mut child_free: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for c in children {
        let mut cf: Vec<String> = analyze(st, c, &newbound, &newglobal, err).into_iter().collect();
        cf.sort();
        for n in cf {
            if seen.insert(n.clone()) {
                child_free.push(n);
            }
        }
    }
    let mut cells = Vec::new();
    for n in child_free {
        match kind {
            ScopeKind::Function | ScopeKind::Comprehension => {
                if local.contains(&n) {
                    st.scopes[id].resolved.insert(n.clone(), NameScope::Cell);
                    cells.push(n);
                } else {
                    // pass-through free variable
                    let cur = st.scopes[id].resolved.get(&n).copied();
                    if cur.is_none() || cur == Some(NameScope::Free) || cur == Some(NameScope::GlobalImplicit) {
                        if cur != Some(NameScope::Free) && cur.is_some() {
                            // A name implicitly global here but bound further out: free.
                        }
                        st.scopes[id].resolved.insert(n.clone(), NameScope::Free);
                        free.insert(n);
                    }
                }
            }
            ScopeKind::Class => {
                if n == "__class__" {
                    st.scopes[id].needs_class_cell = true;
                    cells.push(n);
                } else {
                    // Free in a method: passes through the class scope.
                    free.insert(n.clone());
                    if !st.scopes[id].resolved.contains_key(&n) {
                        st.scopes[id].resolved.insert(n, NameScope::Free);
                    } else if st.scopes[id].resolved[&n] == NameScope::GlobalImplicit {
                        st.scopes[id].resolved.insert(n, NameScope::Free);
                    }
                }
            }
            ScopeKind::Module => {}
        }
    }
    cells.sort();
    st.scopes[id].cells = cells;
    let mut fv: Vec<String> = free.iter().cloned().collect();
    fv.sort();
    st.scopes[id].frees = fv;
    free
}

pub fn scope_for(st: &SymbolTable, r: &impl Ranged) -> Option<usize> {
    st.by_range.get(&key(r.range())).copied()
}

/// Private-name mangling: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    if let Some(p) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = p.trim_start_matches('_');
            if !stripped.is_empty() {
                return format!("_{stripped}{name}");
            }
        }
    }
    name.to_string()
}
