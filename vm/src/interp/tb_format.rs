//! Printing an uncaught exception as CPython 3.11 does: the cause/context
//! chain, `__notes__`, and exception groups as a tree
//! (`  + Exception Group Traceback`, `+-+---------------- 1 ----...`, with a
//! `| ` margin indented two columns per level).
//!
//! The state machine is CPython's (the `need_close` flag decides which level
//! draws the closing `+------` line); at most 15 sub-exceptions are shown per
//! group ("and N more exceptions") and groups nested deeper than 10 levels
//! are elided.

use crate::object::exception::{ExceptionObj, TracebackObj};
use crate::object::seq::{ListObj, TupleObj};
use crate::value::Value;
use crate::vm::Vm;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

struct Ctx {
    out: String,
    /// Exceptions printed so far: a chain link to one of them is not followed.
    seen: Vec<Value>,
    depth: usize,
    need_close: bool,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }
    fn margin(&self) -> String {
        if self.depth > 0 {
            format!("{}| ", self.indent())
        } else {
            String::new()
        }
    }
    /// Every line of `text` behind the margin.
    fn emit(&mut self, text: &str) {
        let m = self.margin();
        for line in text.split_inclusive('\n') {
            self.out.push_str(&m);
            self.out.push_str(line);
        }
    }
}

impl Vm {
    /// Format an uncaught exception like CPython 3.11.
    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut ctx = Ctx { out: String::new(), seen: Vec::new(), depth: 0, need_close: false };
        self.print_exc_recursive(exc, &mut ctx);
        ctx.out
    }

    fn print_exc_recursive(&mut self, exc: Value, ctx: &mut Ctx) {
        ctx.seen.push(exc);
        if let Some(e) = exc.downcast::<ExceptionObj>() {
            let (cause, context) = (e.cause.get(), e.context.get());
            let chained = |v: Value, seen: &Vec<Value>| v.downcast::<ExceptionObj>().is_some() && !seen.contains(&v);
            if chained(cause, &ctx.seen) {
                self.print_chained(cause, "The above exception was the direct cause of the following exception:\n", ctx);
            } else if !e.suppress_context.get() && chained(context, &ctx.seen) {
                self.print_chained(context, "During handling of the above exception, another exception occurred:\n", ctx);
            }
        }
        if !self.is_exception_group(exc) {
            let tb = self.traceback_of(exc);
            if tb.downcast::<TracebackObj>().is_some() {
                ctx.emit("Traceback (most recent call last):\n");
                let frames = self.format_tb_entries(tb);
                ctx.emit(&frames);
            }
            self.print_exc_only(exc, ctx);
        } else if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
        } else {
            self.print_group(exc, ctx);
        }
    }

    fn print_chained(&mut self, exc: Value, message: &str, ctx: &mut Ctx) {
        if self.enter().is_err() {
            return;
        }
        self.print_exc_recursive(exc, ctx);
        self.leave();
        ctx.emit("\n");
        ctx.emit(message);
        ctx.emit("\n");
    }

    fn print_group(&mut self, exc: Value, ctx: &mut Ctx) {
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        let tb = self.traceback_of(exc);
        if tb.downcast::<TracebackObj>().is_some() {
            let header = "Exception Group Traceback (most recent call last):\n";
            if toplevel {
                ctx.out.push_str(&format!("{}+ {header}", ctx.indent()));
            } else {
                ctx.emit(header);
            }
            let frames = self.format_tb_entries(tb);
            ctx.emit(&frames);
        }
        self.print_exc_only(exc, ctx);
        let excs = self.group_exceptions(exc);
        // Rooted: printing runs Python code (`__str__`, notes).
        let mark = self.extra_roots.len();
        self.extra_roots.extend(&excs);
        let n = if excs.len() > MAX_GROUP_WIDTH { MAX_GROUP_WIDTH + 1 } else { excs.len() };
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                // A nested group may draw the closing line itself.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            let lead = if i == 0 { "+-" } else { "  " };
            ctx.out.push_str(&format!("{}{lead}+---------------- {title} ----------------\n", ctx.indent()));
            ctx.depth += 1;
            if !truncated {
                if self.enter().is_ok() {
                    self.print_exc_recursive(excs[i], ctx);
                    self.leave();
                }
            } else {
                let more = excs.len() - MAX_GROUP_WIDTH;
                ctx.emit(&format!("and {more} more exception{}\n", if more > 1 { "s" } else { "" }));
            }
            if last && ctx.need_close {
                ctx.out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        self.extra_roots.truncate(mark);
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// `Type: message` behind the margin (continuation lines of a multi-line
    /// message are not indented, as in CPython), then the notes.
    fn print_exc_only(&mut self, exc: Value, ctx: &mut Ctx) {
        let text = self.exception_only(exc);
        if self.is_instance(exc, self.t.syntax_error) {
            // CPython prints the source line and the caret line without the margin.
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            let last = lines.len().saturating_sub(1);
            for (i, line) in lines.iter().enumerate() {
                if i == last || (i == 0 && line.starts_with("  File ")) {
                    ctx.emit(line);
                } else {
                    ctx.out.push_str(line);
                }
            }
        } else {
            ctx.out.push_str(&ctx.margin());
            ctx.out.push_str(&text);
        }
        self.print_notes(exc, ctx);
    }

    fn print_notes(&mut self, exc: Value, ctx: &mut Ctx) {
        let k = self.intern("__notes__");
        let notes = match self.getattr_opt(exc, k) {
            Ok(Some(n)) => n,
            _ => return,
        };
        let items: Vec<Value> = if let Some(l) = notes.downcast::<ListObj>() {
            l.items.with(|v| v.clone())
        } else if let Some(t) = notes.downcast::<TupleObj>() {
            t.items.to_vec()
        } else if notes.downcast::<crate::object::str::StrObj>().is_some() || self.type_of(notes).lookup(self.n.__getitem__).is_some() {
            self.collect_iter(notes).unwrap_or_default()
        } else {
            let r = self.repr_string(notes).unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            // CPython 3.11 writes no newline after this repr.
            ctx.emit(&r);
            return;
        };
        let mark = self.extra_roots.len();
        self.extra_roots.extend(&items);
        for note in items {
            let text = match Vm::str_of(note) {
                Some(s) => Some(s.to_string()),
                None => self.to_str(note).ok().and_then(|s| Vm::str_of(s).map(str::to_string)),
            };
            match text {
                Some(t) => {
                    ctx.emit(&t);
                    ctx.out.push('\n');
                }
                // CPython writes this one without the margin.
                None => ctx.out.push_str("<note str() failed>\n"),
            }
        }
        self.extra_roots.truncate(mark);
    }
}
