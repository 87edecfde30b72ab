//! Frame objects for Python code that asks for them: `sys._getframe()`,
//! `traceback.tb_frame`, and traceback attributes. Frames on the frame
//! stack are not heap objects; these are snapshots (the locals are copied
//! when the snapshot is taken; a traceback's frame has only code, globals
//! and line, its locals are not kept after the frame returned).

use super::frame::*;
use crate::object::code::CodeObj;
use crate::object::coro::FrameObj;
use crate::object::exception::TracebackObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `f_lineno` / `f_lasti` of a frame at instruction `lasti` (-1: not started).
pub fn position_attr(code: &CodeObj, lasti: i64, n: &str) -> Value {
    if n == "f_lasti" {
        return Value::from_small_int(if lasti < 0 { -1 } else { lasti * 2 });
    }
    let line = if lasti < 0 { code.meta.first_line } else { code.line_of(lasti as usize) };
    Value::from_small_int(line as i64)
}

impl Vm {
    fn new_frame_snapshot(&mut self, code: Value, globals: Value, locals: Value, lasti: i64, back: Value) -> Value {
        let f = FrameObj { header: ObjHeader::new(self.t.frame), owner: Value::NULL, code, globals, locals, lasti, back };
        self.alloc(f).value()
    }

    /// Snapshot of the frame at `base` and, recursively, its callers.
    fn snapshot_stack_frame(&mut self, base: usize) -> Value {
        let mut bases = Vec::new();
        let mut b = base as i64;
        while b >= 0 && (b as usize) < self.stack_top {
            bases.push(b as usize);
            b = self.stack[b as usize + F_PREV].as_small_int().unwrap_or(-1);
        }
        let mut back = Value::NONE;
        for &fb in bases.iter().rev() {
            let code_v = self.stack[fb + F_CODE];
            let Some(code) = code_v.downcast::<CodeObj>() else { continue };
            let globals = self.stack[fb + F_GLOBALS];
            let mapping = self.stack[fb + F_LOCALS];
            let locals = if !mapping.is_null() && !mapping.is_none() {
                mapping
            } else {
                let d = self.new_dict();
                for (i, name) in code.varnames.iter().enumerate() {
                    let mut v = self.stack[fb + HEADER + i];
                    // Captured variables live in cells.
                    if let Some(c) = v.downcast::<crate::object::function::CellObj>() {
                        v = c.value.get();
                    }
                    if !v.is_null() {
                        d.set_str_key(*name, v);
                    }
                }
                d.value()
            };
            let lasti = self.stack[fb + F_LASTI].as_small_int().unwrap_or(-1);
            back = self.new_frame_snapshot(code_v, globals, locals, lasti, back);
        }
        back
    }

    /// `sys._getframe(depth)`.
    pub fn getframe(&mut self, depth: i64) -> PyResult {
        let mut b = self.frame as i64;
        for _ in 0..depth.max(0) {
            if b < 0 {
                break;
            }
            b = self.stack[b as usize + F_PREV].as_small_int().unwrap_or(-1);
        }
        if b < 0 || self.stack_top == 0 {
            return Err(self.value_error("call stack is not deep enough"));
        }
        Ok(self.snapshot_stack_frame(b as usize))
    }

    /// Attributes of a snapshot frame.
    pub fn snapshot_frame_attr(&mut self, f: Gc<FrameObj>, n: &str) -> Option<Value> {
        let code = f.code.downcast::<CodeObj>()?;
        Some(match n {
            "f_code" => f.code,
            "f_back" => f.back,
            "f_globals" => f.globals,
            "f_locals" => f.locals,
            "f_builtins" => self.builtins.value(),
            "f_lineno" | "f_lasti" => position_attr(&code, f.lasti, n),
            "f_trace" => Value::NONE,
            _ => return None,
        })
    }

    /// `tb_frame`, `tb_lineno`, `tb_lasti`, `tb_next`.
    pub fn traceback_attr(&mut self, tb: Gc<TracebackObj>, n: &str) -> Option<Value> {
        let code = tb.code.downcast::<CodeObj>()?;
        Some(match n {
            "tb_next" => {
                let next = tb.next.get();
                if next.is_null() {
                    Value::NONE
                } else {
                    next
                }
            }
            "tb_lineno" => Value::from_small_int(code.line_of(tb.ip as usize) as i64),
            "tb_lasti" => Value::from_small_int(tb.ip as i64 * 2),
            "tb_frame" => {
                let locals = self.new_dict().value();
                let globals = if tb.globals.is_null() { Value::NONE } else { tb.globals };
                self.new_frame_snapshot(tb.code, globals, locals, tb.ip as i64, Value::NONE)
            }
            _ => return None,
        })
    }
}
