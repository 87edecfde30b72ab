//! `try` / `except*` (PEP 654), CPython 3.11's design.
//!
//! ```text
//!     <body>                      covered by H(except, d, no lasti)
//!     <orelse>
//!     Jump end
//! except:                         [.. exc]            covered by H(cleanup, d+1, lasti)
//!     PushExcInfo                 [.. prev exc]
//!     Copy 1; BuildList 0; Swap 2 [.. prev orig res exc]
//!   for each clause `except* T as n:`
//!     <T>; CheckEgMatch           [.. prev orig res rest match]
//!     Copy 1; PopJumpIfNone no_match
//!     StoreX n | PopTop           [.. prev orig res rest]
//!     <clause body>               covered by H(raised, d+4, lasti)
//!     [named: LoadConst None; StoreX n; DeleteX n]
//!     Jump next
//!   raised:                       [.. prev orig res rest lasti exc2]
//!     [named: clear n]; ListAppend 3; PopTop
//!     Jump next
//!   no_match:                     [.. prev orig res rest None]
//!     PopTop
//!   next: ...
//!     ListAppend 1                [.. prev orig res]   (the unhandled rest, maybe None)
//!     PrepReraiseStar             [.. prev exc_or_none]
//!     Copy 1; PopJumpIfNotNone reraise
//!     PopTop; PopExcept; Jump end                       (not covered from here)
//! reraise:
//!     Swap 2; PopExcept; Reraise 0
//! cleanup:
//!     Copy 3; PopExcept; Reraise 1
//! end:
//! ```
//! A clause that re-raises (bare `raise`) appends the matched group itself,
//! whose traceback, cause and context are the original's: `PrepReraiseStar`
//! tells re-raised exceptions from new ones by that metadata.

use ruff_python_ast::{self as ast};
use ruff_text_size::TextRange;

use super::{err, CResult, Compiler, Ctx, FBlock};
use crate::bytecode::opcodes::Op;

impl<'a> Compiler<'a> {
    /// `break`/`continue` (`to_loop`) and `return` may not leave an except* clause.
    pub(crate) fn check_except_star_exit(&mut self, to_loop: bool, range: TextRange) -> CResult<()> {
        for fb in self.ur().fblocks.iter().rev() {
            match fb {
                FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } if to_loop => return Ok(()),
                FBlock::ExceptStar => {
                    return err("'break', 'continue' and 'return' cannot appear in an except* block", range);
                }
                _ => {}
            }
        }
        Ok(())
    }

    pub(crate) fn compile_try_star(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let except = self.new_label();
        let cleanup = self.new_label();
        let reraise = self.new_label();
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
        self.emit(Op::Copy, 1);
        self.emit(Op::BuildList, 0);
        self.emit(Op::Swap, 2);
        self.u().fblocks.push(FBlock::ExceptStar);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let saved = self.set_loc(h.range);
            let Some(ty) = &h.type_ else {
                return err("expected one or more exception types", h.range);
            };
            let next = self.new_label();
            let no_match = self.new_label();
            let raised = self.new_label();
            self.compile_expr(ty)?;
            self.emit(Op::CheckEgMatch, 0);
            self.emit(Op::Copy, 1);
            self.jump(Op::PopJumpIfNone, no_match);
            match &h.name {
                Some(name) => self.name_op(name, Ctx::Store, name.range)?,
                None => self.emit(Op::PopTop, 0),
            }
            self.b().push_handler(raised, true, 0);
            let name = h.name.as_ref().map(|n| n.to_string());
            self.u().fblocks.push(FBlock::HandlerCleanup { handlers: base, name: name.clone() });
            self.compile_body(&h.body)?;
            self.u().fblocks.pop();
            self.b().handler_stack.truncate(base);
            self.b().handler_stack.push(h2);
            if let Some(n) = &name {
                self.clear_name(n)?;
            }
            self.jump(Op::Jump, next);

            self.bind(raised);
            if let Some(n) = &name {
                self.clear_name(n)?;
            }
            self.emit(Op::ListAppend, 3);
            self.emit(Op::PopTop, 0);
            self.jump(Op::Jump, next);

            self.bind(no_match);
            self.emit(Op::PopTop, 0);
            self.bind(next);
            self.restore_loc(saved);
        }
        self.u().fblocks.pop();
        self.emit(Op::ListAppend, 1);
        self.emit(Op::PrepReraiseStar, 0);
        self.emit(Op::Copy, 1);
        self.jump(Op::PopJumpIfNotNone, reraise);
        self.b().handler_stack.truncate(base);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.jump(Op::Jump, end);
        self.bind(reraise);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.bind(cleanup);
        self.emit_pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }
}
